module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<512x64xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<64x172xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<64x172xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<64x172xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<64x172xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<64x172xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg4, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<512x64xf16>, tensor<1x1xi32>) -> tensor<1x64xf16>
    %5 = stablehlo.convert %4 : (tensor<1x64xf16>) -> tensor<1x64xf32>
    %6 = stablehlo.composite "mlxla.rms_norm" %5, %arg5 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %7 = stablehlo.convert %arg6 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %8 = stablehlo.dot_general %6, %7, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %9 = stablehlo.reshape %8 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %10 = stablehlo.composite "mlxla.rope" %9, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %11 = stablehlo.convert %arg7 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %12 = stablehlo.dot_general %6, %11, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %13 = stablehlo.reshape %12 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %14 = stablehlo.composite "mlxla.rope" %13, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %15 = stablehlo.convert %arg8 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %16 = stablehlo.dot_general %6, %15, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %17 = stablehlo.reshape %16 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %18 = stablehlo.convert %14 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %19 = stablehlo.convert %17 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %20 = stablehlo.constant dense<0> : tensor<i32>
    %21 = stablehlo.constant dense<0> : tensor<i32>
    %22 = stablehlo.constant dense<0> : tensor<i32>
    %23 = stablehlo.reshape %18 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %24 = stablehlo.dynamic_update_slice %arg2, %23, %20, %22, %arg1, %21, %21 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %25 = stablehlo.reshape %19 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %26 = stablehlo.dynamic_update_slice %arg3, %25, %20, %22, %arg1, %21, %21 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %27 = stablehlo.slice %26 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %28 = stablehlo.reshape %27 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %29 = stablehlo.slice %24 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %30 = stablehlo.reshape %29 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %31 = stablehlo.composite "mlxla.attention" %10, %30, %28, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %32 = stablehlo.reshape %31 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %33 = stablehlo.convert %arg9 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %34 = stablehlo.dot_general %32, %33, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %35 = stablehlo.add %5, %34 : tensor<1x64xf32>
    %36 = stablehlo.composite "mlxla.rms_norm" %35, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %37 = stablehlo.convert %arg11 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %38 = stablehlo.dot_general %36, %37, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %39 = stablehlo.convert %arg12 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %40 = stablehlo.dot_general %36, %39, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %41 = stablehlo.logistic %38 : tensor<1x172xf32>
    %42 = stablehlo.multiply %38, %41 : tensor<1x172xf32>
    %43 = stablehlo.multiply %42, %40 : tensor<1x172xf32>
    %44 = stablehlo.convert %arg13 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %45 = stablehlo.dot_general %43, %44, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %46 = stablehlo.add %35, %45 : tensor<1x64xf32>
    %47 = stablehlo.composite "mlxla.rms_norm" %46, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %48 = stablehlo.convert %arg15 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %49 = stablehlo.dot_general %47, %48, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %50 = stablehlo.reshape %49 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %51 = stablehlo.composite "mlxla.rope" %50, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %52 = stablehlo.convert %arg16 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %53 = stablehlo.dot_general %47, %52, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %54 = stablehlo.reshape %53 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %55 = stablehlo.composite "mlxla.rope" %54, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %56 = stablehlo.convert %arg17 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %57 = stablehlo.dot_general %47, %56, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %58 = stablehlo.reshape %57 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %59 = stablehlo.convert %55 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %60 = stablehlo.convert %58 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %61 = stablehlo.constant dense<1> : tensor<i32>
    %62 = stablehlo.constant dense<0> : tensor<i32>
    %63 = stablehlo.constant dense<0> : tensor<i32>
    %64 = stablehlo.reshape %59 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %65 = stablehlo.dynamic_update_slice %24, %64, %61, %63, %arg1, %62, %62 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %66 = stablehlo.reshape %60 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %67 = stablehlo.dynamic_update_slice %26, %66, %61, %63, %arg1, %62, %62 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %68 = stablehlo.slice %67 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %69 = stablehlo.reshape %68 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %70 = stablehlo.slice %65 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %71 = stablehlo.reshape %70 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %72 = stablehlo.composite "mlxla.attention" %51, %71, %69, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %73 = stablehlo.reshape %72 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %74 = stablehlo.convert %arg18 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %75 = stablehlo.dot_general %73, %74, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %76 = stablehlo.add %46, %75 : tensor<1x64xf32>
    %77 = stablehlo.composite "mlxla.rms_norm" %76, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %78 = stablehlo.convert %arg20 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %79 = stablehlo.dot_general %77, %78, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %80 = stablehlo.convert %arg21 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %81 = stablehlo.dot_general %77, %80, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %82 = stablehlo.logistic %79 : tensor<1x172xf32>
    %83 = stablehlo.multiply %79, %82 : tensor<1x172xf32>
    %84 = stablehlo.multiply %83, %81 : tensor<1x172xf32>
    %85 = stablehlo.convert %arg22 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %86 = stablehlo.dot_general %84, %85, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %87 = stablehlo.add %76, %86 : tensor<1x64xf32>
    %88 = stablehlo.composite "mlxla.rms_norm" %87, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %89 = stablehlo.convert %arg24 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %90 = stablehlo.dot_general %88, %89, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %91 = stablehlo.reshape %90 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %92 = stablehlo.composite "mlxla.rope" %91, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %93 = stablehlo.convert %arg25 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %94 = stablehlo.dot_general %88, %93, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %95 = stablehlo.reshape %94 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %96 = stablehlo.composite "mlxla.rope" %95, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %97 = stablehlo.convert %arg26 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %98 = stablehlo.dot_general %88, %97, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %99 = stablehlo.reshape %98 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %100 = stablehlo.convert %96 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %101 = stablehlo.convert %99 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %102 = stablehlo.constant dense<2> : tensor<i32>
    %103 = stablehlo.constant dense<0> : tensor<i32>
    %104 = stablehlo.constant dense<0> : tensor<i32>
    %105 = stablehlo.reshape %100 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %106 = stablehlo.dynamic_update_slice %65, %105, %102, %104, %arg1, %103, %103 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %107 = stablehlo.reshape %101 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %108 = stablehlo.dynamic_update_slice %67, %107, %102, %104, %arg1, %103, %103 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %109 = stablehlo.slice %108 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %110 = stablehlo.reshape %109 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %111 = stablehlo.slice %106 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %112 = stablehlo.reshape %111 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %113 = stablehlo.composite "mlxla.attention" %92, %112, %110, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %114 = stablehlo.reshape %113 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %115 = stablehlo.convert %arg27 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %116 = stablehlo.dot_general %114, %115, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %117 = stablehlo.add %87, %116 : tensor<1x64xf32>
    %118 = stablehlo.composite "mlxla.rms_norm" %117, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %119 = stablehlo.convert %arg29 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %120 = stablehlo.dot_general %118, %119, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %121 = stablehlo.convert %arg30 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %122 = stablehlo.dot_general %118, %121, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %123 = stablehlo.logistic %120 : tensor<1x172xf32>
    %124 = stablehlo.multiply %120, %123 : tensor<1x172xf32>
    %125 = stablehlo.multiply %124, %122 : tensor<1x172xf32>
    %126 = stablehlo.convert %arg31 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %127 = stablehlo.dot_general %125, %126, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %128 = stablehlo.add %117, %127 : tensor<1x64xf32>
    %129 = stablehlo.composite "mlxla.rms_norm" %128, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %130 = stablehlo.convert %arg33 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %131 = stablehlo.dot_general %129, %130, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %132 = stablehlo.reshape %131 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %133 = stablehlo.composite "mlxla.rope" %132, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %134 = stablehlo.convert %arg34 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %135 = stablehlo.dot_general %129, %134, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %136 = stablehlo.reshape %135 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %137 = stablehlo.composite "mlxla.rope" %136, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %138 = stablehlo.convert %arg35 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %139 = stablehlo.dot_general %129, %138, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %140 = stablehlo.reshape %139 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %141 = stablehlo.convert %137 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %142 = stablehlo.convert %140 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %143 = stablehlo.constant dense<3> : tensor<i32>
    %144 = stablehlo.constant dense<0> : tensor<i32>
    %145 = stablehlo.constant dense<0> : tensor<i32>
    %146 = stablehlo.reshape %141 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %147 = stablehlo.dynamic_update_slice %106, %146, %143, %145, %arg1, %144, %144 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %148 = stablehlo.reshape %142 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %149 = stablehlo.dynamic_update_slice %108, %148, %143, %145, %arg1, %144, %144 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %150 = stablehlo.slice %149 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %151 = stablehlo.reshape %150 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %152 = stablehlo.slice %147 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %153 = stablehlo.reshape %152 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %154 = stablehlo.composite "mlxla.attention" %133, %153, %151, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %155 = stablehlo.reshape %154 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %156 = stablehlo.convert %arg36 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %157 = stablehlo.dot_general %155, %156, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %158 = stablehlo.add %128, %157 : tensor<1x64xf32>
    %159 = stablehlo.composite "mlxla.rms_norm" %158, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %160 = stablehlo.convert %arg38 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %161 = stablehlo.dot_general %159, %160, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %162 = stablehlo.convert %arg39 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %163 = stablehlo.dot_general %159, %162, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %164 = stablehlo.logistic %161 : tensor<1x172xf32>
    %165 = stablehlo.multiply %161, %164 : tensor<1x172xf32>
    %166 = stablehlo.multiply %165, %163 : tensor<1x172xf32>
    %167 = stablehlo.convert %arg40 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %168 = stablehlo.dot_general %166, %167, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %169 = stablehlo.add %158, %168 : tensor<1x64xf32>
    %170 = stablehlo.composite "mlxla.rms_norm" %169, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %171 = stablehlo.convert %arg42 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %172 = stablehlo.dot_general %170, %171, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %173 = stablehlo.reshape %172 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %174 = stablehlo.composite "mlxla.rope" %173, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %175 = stablehlo.convert %arg43 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %176 = stablehlo.dot_general %170, %175, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %177 = stablehlo.reshape %176 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %178 = stablehlo.composite "mlxla.rope" %177, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %179 = stablehlo.convert %arg44 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %180 = stablehlo.dot_general %170, %179, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %181 = stablehlo.reshape %180 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %182 = stablehlo.convert %178 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %183 = stablehlo.convert %181 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %184 = stablehlo.constant dense<4> : tensor<i32>
    %185 = stablehlo.constant dense<0> : tensor<i32>
    %186 = stablehlo.constant dense<0> : tensor<i32>
    %187 = stablehlo.reshape %182 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %188 = stablehlo.dynamic_update_slice %147, %187, %184, %186, %arg1, %185, %185 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %189 = stablehlo.reshape %183 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %190 = stablehlo.dynamic_update_slice %149, %189, %184, %186, %arg1, %185, %185 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %191 = stablehlo.slice %190 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %192 = stablehlo.reshape %191 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %193 = stablehlo.slice %188 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %194 = stablehlo.reshape %193 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %195 = stablehlo.composite "mlxla.attention" %174, %194, %192, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %196 = stablehlo.reshape %195 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %197 = stablehlo.convert %arg45 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %198 = stablehlo.dot_general %196, %197, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %199 = stablehlo.add %169, %198 : tensor<1x64xf32>
    %200 = stablehlo.composite "mlxla.rms_norm" %199, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %201 = stablehlo.convert %arg47 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %202 = stablehlo.dot_general %200, %201, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %203 = stablehlo.convert %arg48 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %204 = stablehlo.dot_general %200, %203, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %205 = stablehlo.logistic %202 : tensor<1x172xf32>
    %206 = stablehlo.multiply %202, %205 : tensor<1x172xf32>
    %207 = stablehlo.multiply %206, %204 : tensor<1x172xf32>
    %208 = stablehlo.convert %arg49 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %209 = stablehlo.dot_general %207, %208, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %210 = stablehlo.add %199, %209 : tensor<1x64xf32>
    %211 = stablehlo.composite "mlxla.rms_norm" %210, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %212 = stablehlo.convert %arg4 : (tensor<512x64xf16>) -> tensor<512x64xf32>
    %213 = stablehlo.dot_general %211, %212, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<512x64xf32>) -> tensor<1x512xf32>
    %214 = stablehlo.composite "mlxla.argmax" %213 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %214, %188, %190 : tensor<1xi32>, tensor<5x1x64x4x8xf16>, tensor<5x1x64x4x8xf16>
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
