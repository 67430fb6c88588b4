module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<512x64xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<64x172xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<64x172xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<64x172xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<64x172xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<64x172xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg4, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<512x64xf16>, tensor<1x1xi32>) -> tensor<1x64xf16>
    %5 = stablehlo.convert %4 : (tensor<1x64xf16>) -> tensor<1x64xf32>
    %6 = stablehlo.convert %5 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %7 = stablehlo.convert %6 : (tensor<1x64xf16>) -> tensor<1x64xf32>
    %8 = stablehlo.composite "mlxla.rms_norm" %7, %arg5 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %9 = stablehlo.convert %8 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %10 = stablehlo.dot_general %9, %arg6, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %11 = stablehlo.reshape %10 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %12 = stablehlo.composite "mlxla.rope" %11, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %13 = stablehlo.convert %8 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %14 = stablehlo.dot_general %13, %arg7, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %15 = stablehlo.reshape %14 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %16 = stablehlo.composite "mlxla.rope" %15, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %17 = stablehlo.convert %8 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %18 = stablehlo.dot_general %17, %arg8, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %19 = stablehlo.reshape %18 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %20 = stablehlo.convert %16 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %21 = stablehlo.convert %19 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %22 = stablehlo.constant dense<0> : tensor<i32>
    %23 = stablehlo.constant dense<0> : tensor<i32>
    %24 = stablehlo.constant dense<0> : tensor<i32>
    %25 = stablehlo.reshape %20 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %26 = stablehlo.dynamic_update_slice %arg2, %25, %22, %24, %arg1, %23, %23 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %27 = stablehlo.reshape %21 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %28 = stablehlo.dynamic_update_slice %arg3, %27, %22, %24, %arg1, %23, %23 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %29 = stablehlo.slice %28 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %30 = stablehlo.reshape %29 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %31 = stablehlo.slice %26 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %32 = stablehlo.reshape %31 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %33 = stablehlo.composite "mlxla.attention" %12, %32, %30, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %34 = stablehlo.reshape %33 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %35 = stablehlo.convert %34 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %36 = stablehlo.dot_general %35, %arg9, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %37 = stablehlo.add %7, %36 : tensor<1x64xf32>
    %38 = stablehlo.composite "mlxla.rms_norm" %37, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %39 = stablehlo.convert %38 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %40 = stablehlo.dot_general %39, %arg11, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %41 = stablehlo.convert %38 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %42 = stablehlo.dot_general %41, %arg12, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %43 = stablehlo.logistic %40 : tensor<1x172xf32>
    %44 = stablehlo.multiply %40, %43 : tensor<1x172xf32>
    %45 = stablehlo.multiply %44, %42 : tensor<1x172xf32>
    %46 = stablehlo.convert %45 : (tensor<1x172xf32>) -> tensor<1x172xf16>
    %47 = stablehlo.dot_general %46, %arg13, contracting_dims = [1] x [1] : (tensor<1x172xf16>, tensor<64x172xf16>) -> tensor<1x64xf32>
    %48 = stablehlo.add %37, %47 : tensor<1x64xf32>
    %49 = stablehlo.composite "mlxla.rms_norm" %48, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %50 = stablehlo.convert %49 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %51 = stablehlo.dot_general %50, %arg15, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %52 = stablehlo.reshape %51 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %53 = stablehlo.composite "mlxla.rope" %52, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %54 = stablehlo.convert %49 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %55 = stablehlo.dot_general %54, %arg16, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %56 = stablehlo.reshape %55 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %57 = stablehlo.composite "mlxla.rope" %56, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %58 = stablehlo.convert %49 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %59 = stablehlo.dot_general %58, %arg17, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %60 = stablehlo.reshape %59 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %61 = stablehlo.convert %57 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %62 = stablehlo.convert %60 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %63 = stablehlo.constant dense<1> : tensor<i32>
    %64 = stablehlo.constant dense<0> : tensor<i32>
    %65 = stablehlo.constant dense<0> : tensor<i32>
    %66 = stablehlo.reshape %61 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %67 = stablehlo.dynamic_update_slice %26, %66, %63, %65, %arg1, %64, %64 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %68 = stablehlo.reshape %62 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %69 = stablehlo.dynamic_update_slice %28, %68, %63, %65, %arg1, %64, %64 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %70 = stablehlo.slice %69 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %71 = stablehlo.reshape %70 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %72 = stablehlo.slice %67 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %73 = stablehlo.reshape %72 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %74 = stablehlo.composite "mlxla.attention" %53, %73, %71, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %75 = stablehlo.reshape %74 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %76 = stablehlo.convert %75 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %77 = stablehlo.dot_general %76, %arg18, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %78 = stablehlo.add %48, %77 : tensor<1x64xf32>
    %79 = stablehlo.composite "mlxla.rms_norm" %78, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %80 = stablehlo.convert %79 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %81 = stablehlo.dot_general %80, %arg20, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %82 = stablehlo.convert %79 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %83 = stablehlo.dot_general %82, %arg21, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %84 = stablehlo.logistic %81 : tensor<1x172xf32>
    %85 = stablehlo.multiply %81, %84 : tensor<1x172xf32>
    %86 = stablehlo.multiply %85, %83 : tensor<1x172xf32>
    %87 = stablehlo.convert %86 : (tensor<1x172xf32>) -> tensor<1x172xf16>
    %88 = stablehlo.dot_general %87, %arg22, contracting_dims = [1] x [1] : (tensor<1x172xf16>, tensor<64x172xf16>) -> tensor<1x64xf32>
    %89 = stablehlo.add %78, %88 : tensor<1x64xf32>
    %90 = stablehlo.composite "mlxla.rms_norm" %89, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %91 = stablehlo.convert %90 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %92 = stablehlo.dot_general %91, %arg24, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %93 = stablehlo.reshape %92 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %94 = stablehlo.composite "mlxla.rope" %93, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %95 = stablehlo.convert %90 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %96 = stablehlo.dot_general %95, %arg25, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %97 = stablehlo.reshape %96 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %98 = stablehlo.composite "mlxla.rope" %97, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %99 = stablehlo.convert %90 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %100 = stablehlo.dot_general %99, %arg26, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %101 = stablehlo.reshape %100 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %102 = stablehlo.convert %98 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %103 = stablehlo.convert %101 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %104 = stablehlo.constant dense<2> : tensor<i32>
    %105 = stablehlo.constant dense<0> : tensor<i32>
    %106 = stablehlo.constant dense<0> : tensor<i32>
    %107 = stablehlo.reshape %102 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %108 = stablehlo.dynamic_update_slice %67, %107, %104, %106, %arg1, %105, %105 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %109 = stablehlo.reshape %103 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %110 = stablehlo.dynamic_update_slice %69, %109, %104, %106, %arg1, %105, %105 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %111 = stablehlo.slice %110 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %112 = stablehlo.reshape %111 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %113 = stablehlo.slice %108 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %114 = stablehlo.reshape %113 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %115 = stablehlo.composite "mlxla.attention" %94, %114, %112, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %116 = stablehlo.reshape %115 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %117 = stablehlo.convert %116 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %118 = stablehlo.dot_general %117, %arg27, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %119 = stablehlo.add %89, %118 : tensor<1x64xf32>
    %120 = stablehlo.composite "mlxla.rms_norm" %119, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %121 = stablehlo.convert %120 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %122 = stablehlo.dot_general %121, %arg29, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %123 = stablehlo.convert %120 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %124 = stablehlo.dot_general %123, %arg30, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %125 = stablehlo.logistic %122 : tensor<1x172xf32>
    %126 = stablehlo.multiply %122, %125 : tensor<1x172xf32>
    %127 = stablehlo.multiply %126, %124 : tensor<1x172xf32>
    %128 = stablehlo.convert %127 : (tensor<1x172xf32>) -> tensor<1x172xf16>
    %129 = stablehlo.dot_general %128, %arg31, contracting_dims = [1] x [1] : (tensor<1x172xf16>, tensor<64x172xf16>) -> tensor<1x64xf32>
    %130 = stablehlo.add %119, %129 : tensor<1x64xf32>
    %131 = stablehlo.composite "mlxla.rms_norm" %130, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %132 = stablehlo.convert %131 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %133 = stablehlo.dot_general %132, %arg33, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %134 = stablehlo.reshape %133 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %135 = stablehlo.composite "mlxla.rope" %134, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %136 = stablehlo.convert %131 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %137 = stablehlo.dot_general %136, %arg34, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %138 = stablehlo.reshape %137 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %139 = stablehlo.composite "mlxla.rope" %138, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %140 = stablehlo.convert %131 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %141 = stablehlo.dot_general %140, %arg35, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %142 = stablehlo.reshape %141 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %143 = stablehlo.convert %139 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %144 = stablehlo.convert %142 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %145 = stablehlo.constant dense<3> : tensor<i32>
    %146 = stablehlo.constant dense<0> : tensor<i32>
    %147 = stablehlo.constant dense<0> : tensor<i32>
    %148 = stablehlo.reshape %143 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %149 = stablehlo.dynamic_update_slice %108, %148, %145, %147, %arg1, %146, %146 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %150 = stablehlo.reshape %144 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %151 = stablehlo.dynamic_update_slice %110, %150, %145, %147, %arg1, %146, %146 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %152 = stablehlo.slice %151 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %153 = stablehlo.reshape %152 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %154 = stablehlo.slice %149 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %155 = stablehlo.reshape %154 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %156 = stablehlo.composite "mlxla.attention" %135, %155, %153, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %157 = stablehlo.reshape %156 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %158 = stablehlo.convert %157 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %159 = stablehlo.dot_general %158, %arg36, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %160 = stablehlo.add %130, %159 : tensor<1x64xf32>
    %161 = stablehlo.composite "mlxla.rms_norm" %160, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %162 = stablehlo.convert %161 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %163 = stablehlo.dot_general %162, %arg38, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %164 = stablehlo.convert %161 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %165 = stablehlo.dot_general %164, %arg39, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %166 = stablehlo.logistic %163 : tensor<1x172xf32>
    %167 = stablehlo.multiply %163, %166 : tensor<1x172xf32>
    %168 = stablehlo.multiply %167, %165 : tensor<1x172xf32>
    %169 = stablehlo.convert %168 : (tensor<1x172xf32>) -> tensor<1x172xf16>
    %170 = stablehlo.dot_general %169, %arg40, contracting_dims = [1] x [1] : (tensor<1x172xf16>, tensor<64x172xf16>) -> tensor<1x64xf32>
    %171 = stablehlo.add %160, %170 : tensor<1x64xf32>
    %172 = stablehlo.composite "mlxla.rms_norm" %171, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %173 = stablehlo.convert %172 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %174 = stablehlo.dot_general %173, %arg42, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %175 = stablehlo.reshape %174 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %176 = stablehlo.composite "mlxla.rope" %175, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %177 = stablehlo.convert %172 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %178 = stablehlo.dot_general %177, %arg43, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %179 = stablehlo.reshape %178 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %180 = stablehlo.composite "mlxla.rope" %179, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %181 = stablehlo.convert %172 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %182 = stablehlo.dot_general %181, %arg44, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %183 = stablehlo.reshape %182 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %184 = stablehlo.convert %180 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %185 = stablehlo.convert %183 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %186 = stablehlo.constant dense<4> : tensor<i32>
    %187 = stablehlo.constant dense<0> : tensor<i32>
    %188 = stablehlo.constant dense<0> : tensor<i32>
    %189 = stablehlo.reshape %184 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %190 = stablehlo.dynamic_update_slice %149, %189, %186, %188, %arg1, %187, %187 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %191 = stablehlo.reshape %185 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %192 = stablehlo.dynamic_update_slice %151, %191, %186, %188, %arg1, %187, %187 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %193 = stablehlo.slice %192 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %194 = stablehlo.reshape %193 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %195 = stablehlo.slice %190 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %196 = stablehlo.reshape %195 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %197 = stablehlo.composite "mlxla.attention" %176, %196, %194, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %198 = stablehlo.reshape %197 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %199 = stablehlo.convert %198 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %200 = stablehlo.dot_general %199, %arg45, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %201 = stablehlo.add %171, %200 : tensor<1x64xf32>
    %202 = stablehlo.composite "mlxla.rms_norm" %201, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %203 = stablehlo.convert %202 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %204 = stablehlo.dot_general %203, %arg47, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %205 = stablehlo.convert %202 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %206 = stablehlo.dot_general %205, %arg48, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %207 = stablehlo.logistic %204 : tensor<1x172xf32>
    %208 = stablehlo.multiply %204, %207 : tensor<1x172xf32>
    %209 = stablehlo.multiply %208, %206 : tensor<1x172xf32>
    %210 = stablehlo.convert %209 : (tensor<1x172xf32>) -> tensor<1x172xf16>
    %211 = stablehlo.dot_general %210, %arg49, contracting_dims = [1] x [1] : (tensor<1x172xf16>, tensor<64x172xf16>) -> tensor<1x64xf32>
    %212 = stablehlo.add %201, %211 : tensor<1x64xf32>
    %213 = stablehlo.composite "mlxla.rms_norm" %212, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %214 = stablehlo.convert %213 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %215 = stablehlo.dot_general %214, %arg4, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<512x64xf16>) -> tensor<1x512xf32>
    %216 = stablehlo.composite "mlxla.argmax" %215 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %216, %190, %192 : tensor<1xi32>, tensor<5x1x64x4x8xf16>, tensor<5x1x64x4x8xf16>
  }
  func.func private @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f(%arg0: tensor<1x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64xf32> {mlxla.name = "arg1"}) -> (tensor<1x64xf32>) {
    %0 = stablehlo.constant dense<0.0> : tensor<f32>
    %1 = stablehlo.multiply %arg0, %arg0 : tensor<1x64xf32>
    %2 = stablehlo.reduce(%1 init: %0) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %3 = stablehlo.constant dense<64.0> : tensor<1xf32>
    %4 = stablehlo.divide %2, %3 : tensor<1xf32>
    %5 = stablehlo.constant dense<1.0e-05> : tensor<1xf32>
    %6 = stablehlo.add %4, %5 : tensor<1xf32>
    %7 = stablehlo.rsqrt %6 : tensor<1xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<1x64xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<1x64xf32>
    return %11 : tensor<1x64xf32>
  }
  func.func private @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74(%arg0: tensor<1x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x8x8xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %1 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<1x4xf32>
    %5 = stablehlo.cosine %4 : tensor<1x4xf32>
    %6 = stablehlo.sine %4 : tensor<1x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x8x8xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x8x8xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:8, 0:4] : (tensor<1x8x8xf32>) -> tensor<1x8x4xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:8, 4:8] : (tensor<1x8x8xf32>) -> tensor<1x8x4xf32>
    %13 = stablehlo.negate %12 : tensor<1x8x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x8x4xf32>, tensor<1x8x4xf32>) -> tensor<1x8x8xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<1x8x8xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<1x8x8xf32>
    %17 = stablehlo.add %16, %15 : tensor<1x8x8xf32>
    return %17 : tensor<1x8x8xf32>
  }
  func.func private @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74(%arg0: tensor<1x4x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x4x8xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %1 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<1x4xf32>
    %5 = stablehlo.cosine %4 : tensor<1x4xf32>
    %6 = stablehlo.sine %4 : tensor<1x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x4x8xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x4x8xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:4, 0:4] : (tensor<1x4x8xf32>) -> tensor<1x4x4xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:4, 4:8] : (tensor<1x4x8xf32>) -> tensor<1x4x4xf32>
    %13 = stablehlo.negate %12 : tensor<1x4x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x4x4xf32>, tensor<1x4x4xf32>) -> tensor<1x4x8xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<1x4x8xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<1x4x8xf32>
    %17 = stablehlo.add %16, %15 : tensor<1x4x8xf32>
    return %17 : tensor<1x4x8xf32>
  }
  func.func private @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626(%arg0: tensor<1x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x4x8xf16> {mlxla.name = "arg1"}, %arg2: tensor<64x4x8xf16> {mlxla.name = "arg2"}, %arg3: tensor<1xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<1x8x8xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<1x8x8xf32>) -> tensor<1x4x2x8xf32>
    %1 = stablehlo.convert %arg1 : (tensor<64x4x8xf16>) -> tensor<64x4x8xf32>
    %2 = stablehlo.convert %arg2 : (tensor<64x4x8xf16>) -> tensor<64x4x8xf32>
    %3 = stablehlo.dot_general %0, %1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<1x4x2x8xf32>, tensor<64x4x8xf32>) -> tensor<4x1x2x64xf32>
    %4 = stablehlo.constant dense<0.35355338> : tensor<4x1x2x64xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<4x1x2x64xf32>
    %6 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %7 = stablehlo.constant dense<1> : tensor<1xi32>
    %8 = stablehlo.add %arg3, %7 : tensor<1xi32>
    %9 = stablehlo.minimum %8, %6 : tensor<1xi32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<1xi32>) -> tensor<4x1x2x64xi32>
    %11 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %12 = stablehlo.compare LT, %11, %10 : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %13 = stablehlo.constant dense<-3.4028235e+38> : tensor<4x1x2x64xf32>
    %14 = stablehlo.select %12, %5, %13 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %15 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %16 = stablehlo.reduce(%14 init: %15) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %18 = stablehlo.subtract %14, %17 : tensor<4x1x2x64xf32>
    %19 = stablehlo.exponential %18 : tensor<4x1x2x64xf32>
    %20 = stablehlo.constant dense<0.0> : tensor<f32>
    %21 = stablehlo.reduce(%19 init: %20) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %23 = stablehlo.divide %19, %22 : tensor<4x1x2x64xf32>
    %24 = stablehlo.dot_general %23, %2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<4x1x2x64xf32>, tensor<64x4x8xf32>) -> tensor<4x1x2x8xf32>
    %25 = stablehlo.transpose %24, dims = [1, 0, 2, 3] : (tensor<4x1x2x8xf32>) -> tensor<1x4x2x8xf32>
    %26 = stablehlo.reshape %25 : (tensor<1x4x2x8xf32>) -> tensor<1x8x8xf32>
    return %26 : tensor<1x8x8xf32>
  }
  func.func private @mlxla_argmax_1x512xf32_cbf29ce484222325(%arg0: tensor<1x512xf32> {mlxla.name = "arg0"}) -> (tensor<1xi32>) {
    %0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1 = stablehlo.reduce(%arg0 init: %0) applies stablehlo.maximum across dimensions = [1] : (tensor<1x512xf32>, tensor<f32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x512xf32>
    %3 = stablehlo.compare EQ, %arg0, %2 : (tensor<1x512xf32>, tensor<1x512xf32>) -> tensor<1x512xi1>
    %4 = stablehlo.constant dense<512> : tensor<1x512xi32>
    %5 = stablehlo.iota dim = 1 : tensor<1x512xi32>
    %6 = stablehlo.select %3, %5, %4 : tensor<1x512xi1>, tensor<1x512xi32>
    %7 = stablehlo.constant dense<512> : tensor<i32>
    %8 = stablehlo.reduce(%6 init: %7) applies stablehlo.minimum across dimensions = [1] : (tensor<1x512xi32>, tensor<i32>) -> tensor<1xi32>
    return %8 : tensor<1xi32>
  }
}
