module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<512x64xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<64x172xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<64x172xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<64x172xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<64x172xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<64x172xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache"}) {
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
    %20 = stablehlo.constant dense<0> : tensor<i32>
    %21 = stablehlo.constant dense<0> : tensor<i32>
    %22 = stablehlo.constant dense<0> : tensor<i32>
    %23 = stablehlo.reshape %16 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %24 = stablehlo.dynamic_update_slice %arg2, %23, %20, %22, %arg1, %21, %21 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %25 = stablehlo.reshape %19 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %26 = stablehlo.dynamic_update_slice %arg3, %25, %20, %22, %arg1, %21, %21 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %27 = stablehlo.slice %24 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %28 = stablehlo.reshape %27 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %29 = stablehlo.slice %26 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %30 = stablehlo.reshape %29 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %31 = stablehlo.composite "mlxla.attention" %12, %28, %30, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %32 = stablehlo.reshape %31 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %33 = stablehlo.convert %32 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %34 = stablehlo.dot_general %33, %arg9, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %35 = stablehlo.add %7, %34 : tensor<1x64xf32>
    %36 = stablehlo.composite "mlxla.rms_norm" %35, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %37 = stablehlo.convert %36 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %38 = stablehlo.dot_general %37, %arg11, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %39 = stablehlo.logistic %38 : tensor<1x172xf32>
    %40 = stablehlo.multiply %38, %39 : tensor<1x172xf32>
    %41 = stablehlo.convert %36 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %42 = stablehlo.dot_general %41, %arg12, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %43 = stablehlo.multiply %40, %42 : tensor<1x172xf32>
    %44 = stablehlo.convert %43 : (tensor<1x172xf32>) -> tensor<1x172xf16>
    %45 = stablehlo.dot_general %44, %arg13, contracting_dims = [1] x [1] : (tensor<1x172xf16>, tensor<64x172xf16>) -> tensor<1x64xf32>
    %46 = stablehlo.add %35, %45 : tensor<1x64xf32>
    %47 = stablehlo.composite "mlxla.rms_norm" %46, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %48 = stablehlo.convert %47 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %49 = stablehlo.dot_general %48, %arg15, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %50 = stablehlo.reshape %49 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %51 = stablehlo.composite "mlxla.rope" %50, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %52 = stablehlo.convert %47 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %53 = stablehlo.dot_general %52, %arg16, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %54 = stablehlo.reshape %53 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %55 = stablehlo.composite "mlxla.rope" %54, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %56 = stablehlo.convert %47 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %57 = stablehlo.dot_general %56, %arg17, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %58 = stablehlo.reshape %57 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %59 = stablehlo.constant dense<1> : tensor<i32>
    %60 = stablehlo.constant dense<0> : tensor<i32>
    %61 = stablehlo.constant dense<0> : tensor<i32>
    %62 = stablehlo.reshape %55 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %63 = stablehlo.dynamic_update_slice %24, %62, %59, %61, %arg1, %60, %60 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %64 = stablehlo.reshape %58 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %65 = stablehlo.dynamic_update_slice %26, %64, %59, %61, %arg1, %60, %60 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %66 = stablehlo.slice %63 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %67 = stablehlo.reshape %66 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %68 = stablehlo.slice %65 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %69 = stablehlo.reshape %68 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %70 = stablehlo.composite "mlxla.attention" %51, %67, %69, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %72 = stablehlo.convert %71 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %73 = stablehlo.dot_general %72, %arg18, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %74 = stablehlo.add %46, %73 : tensor<1x64xf32>
    %75 = stablehlo.composite "mlxla.rms_norm" %74, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %76 = stablehlo.convert %75 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %77 = stablehlo.dot_general %76, %arg20, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %78 = stablehlo.logistic %77 : tensor<1x172xf32>
    %79 = stablehlo.multiply %77, %78 : tensor<1x172xf32>
    %80 = stablehlo.convert %75 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %81 = stablehlo.dot_general %80, %arg21, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %82 = stablehlo.multiply %79, %81 : tensor<1x172xf32>
    %83 = stablehlo.convert %82 : (tensor<1x172xf32>) -> tensor<1x172xf16>
    %84 = stablehlo.dot_general %83, %arg22, contracting_dims = [1] x [1] : (tensor<1x172xf16>, tensor<64x172xf16>) -> tensor<1x64xf32>
    %85 = stablehlo.add %74, %84 : tensor<1x64xf32>
    %86 = stablehlo.composite "mlxla.rms_norm" %85, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %87 = stablehlo.convert %86 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %88 = stablehlo.dot_general %87, %arg24, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %89 = stablehlo.reshape %88 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %90 = stablehlo.composite "mlxla.rope" %89, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %91 = stablehlo.convert %86 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %92 = stablehlo.dot_general %91, %arg25, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %93 = stablehlo.reshape %92 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %94 = stablehlo.composite "mlxla.rope" %93, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %95 = stablehlo.convert %86 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %96 = stablehlo.dot_general %95, %arg26, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %97 = stablehlo.reshape %96 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %98 = stablehlo.constant dense<2> : tensor<i32>
    %99 = stablehlo.constant dense<0> : tensor<i32>
    %100 = stablehlo.constant dense<0> : tensor<i32>
    %101 = stablehlo.reshape %94 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %102 = stablehlo.dynamic_update_slice %63, %101, %98, %100, %arg1, %99, %99 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %103 = stablehlo.reshape %97 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %104 = stablehlo.dynamic_update_slice %65, %103, %98, %100, %arg1, %99, %99 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %105 = stablehlo.slice %102 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %106 = stablehlo.reshape %105 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %107 = stablehlo.slice %104 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %108 = stablehlo.reshape %107 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %109 = stablehlo.composite "mlxla.attention" %90, %106, %108, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %110 = stablehlo.reshape %109 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %111 = stablehlo.convert %110 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %112 = stablehlo.dot_general %111, %arg27, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %113 = stablehlo.add %85, %112 : tensor<1x64xf32>
    %114 = stablehlo.composite "mlxla.rms_norm" %113, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %115 = stablehlo.convert %114 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %116 = stablehlo.dot_general %115, %arg29, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %117 = stablehlo.logistic %116 : tensor<1x172xf32>
    %118 = stablehlo.multiply %116, %117 : tensor<1x172xf32>
    %119 = stablehlo.convert %114 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %120 = stablehlo.dot_general %119, %arg30, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %121 = stablehlo.multiply %118, %120 : tensor<1x172xf32>
    %122 = stablehlo.convert %121 : (tensor<1x172xf32>) -> tensor<1x172xf16>
    %123 = stablehlo.dot_general %122, %arg31, contracting_dims = [1] x [1] : (tensor<1x172xf16>, tensor<64x172xf16>) -> tensor<1x64xf32>
    %124 = stablehlo.add %113, %123 : tensor<1x64xf32>
    %125 = stablehlo.composite "mlxla.rms_norm" %124, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %126 = stablehlo.convert %125 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %127 = stablehlo.dot_general %126, %arg33, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %128 = stablehlo.reshape %127 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %129 = stablehlo.composite "mlxla.rope" %128, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %130 = stablehlo.convert %125 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %131 = stablehlo.dot_general %130, %arg34, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %132 = stablehlo.reshape %131 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %133 = stablehlo.composite "mlxla.rope" %132, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %134 = stablehlo.convert %125 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %135 = stablehlo.dot_general %134, %arg35, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %136 = stablehlo.reshape %135 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %137 = stablehlo.constant dense<3> : tensor<i32>
    %138 = stablehlo.constant dense<0> : tensor<i32>
    %139 = stablehlo.constant dense<0> : tensor<i32>
    %140 = stablehlo.reshape %133 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %141 = stablehlo.dynamic_update_slice %102, %140, %137, %139, %arg1, %138, %138 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %142 = stablehlo.reshape %136 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %143 = stablehlo.dynamic_update_slice %104, %142, %137, %139, %arg1, %138, %138 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %144 = stablehlo.slice %141 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %145 = stablehlo.reshape %144 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %146 = stablehlo.slice %143 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %147 = stablehlo.reshape %146 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %148 = stablehlo.composite "mlxla.attention" %129, %145, %147, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %149 = stablehlo.reshape %148 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %150 = stablehlo.convert %149 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %151 = stablehlo.dot_general %150, %arg36, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %152 = stablehlo.add %124, %151 : tensor<1x64xf32>
    %153 = stablehlo.composite "mlxla.rms_norm" %152, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %154 = stablehlo.convert %153 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %155 = stablehlo.dot_general %154, %arg38, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %156 = stablehlo.logistic %155 : tensor<1x172xf32>
    %157 = stablehlo.multiply %155, %156 : tensor<1x172xf32>
    %158 = stablehlo.convert %153 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %159 = stablehlo.dot_general %158, %arg39, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %160 = stablehlo.multiply %157, %159 : tensor<1x172xf32>
    %161 = stablehlo.convert %160 : (tensor<1x172xf32>) -> tensor<1x172xf16>
    %162 = stablehlo.dot_general %161, %arg40, contracting_dims = [1] x [1] : (tensor<1x172xf16>, tensor<64x172xf16>) -> tensor<1x64xf32>
    %163 = stablehlo.add %152, %162 : tensor<1x64xf32>
    %164 = stablehlo.composite "mlxla.rms_norm" %163, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %165 = stablehlo.convert %164 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %166 = stablehlo.dot_general %165, %arg42, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %167 = stablehlo.reshape %166 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %168 = stablehlo.composite "mlxla.rope" %167, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %169 = stablehlo.convert %164 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %170 = stablehlo.dot_general %169, %arg43, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %171 = stablehlo.reshape %170 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %172 = stablehlo.composite "mlxla.rope" %171, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %173 = stablehlo.convert %164 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %174 = stablehlo.dot_general %173, %arg44, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<32x64xf16>) -> tensor<1x32xf32>
    %175 = stablehlo.reshape %174 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %176 = stablehlo.constant dense<4> : tensor<i32>
    %177 = stablehlo.constant dense<0> : tensor<i32>
    %178 = stablehlo.constant dense<0> : tensor<i32>
    %179 = stablehlo.reshape %172 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %180 = stablehlo.dynamic_update_slice %141, %179, %176, %178, %arg1, %177, %177 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %181 = stablehlo.reshape %175 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %182 = stablehlo.dynamic_update_slice %143, %181, %176, %178, %arg1, %177, %177 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %183 = stablehlo.slice %180 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %184 = stablehlo.reshape %183 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %185 = stablehlo.slice %182 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %186 = stablehlo.reshape %185 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %187 = stablehlo.composite "mlxla.attention" %168, %184, %186, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %188 = stablehlo.reshape %187 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %189 = stablehlo.convert %188 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %190 = stablehlo.dot_general %189, %arg45, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<64x64xf16>) -> tensor<1x64xf32>
    %191 = stablehlo.add %163, %190 : tensor<1x64xf32>
    %192 = stablehlo.composite "mlxla.rms_norm" %191, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %193 = stablehlo.convert %192 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %194 = stablehlo.dot_general %193, %arg47, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %195 = stablehlo.logistic %194 : tensor<1x172xf32>
    %196 = stablehlo.multiply %194, %195 : tensor<1x172xf32>
    %197 = stablehlo.convert %192 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %198 = stablehlo.dot_general %197, %arg48, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<172x64xf16>) -> tensor<1x172xf32>
    %199 = stablehlo.multiply %196, %198 : tensor<1x172xf32>
    %200 = stablehlo.convert %199 : (tensor<1x172xf32>) -> tensor<1x172xf16>
    %201 = stablehlo.dot_general %200, %arg49, contracting_dims = [1] x [1] : (tensor<1x172xf16>, tensor<64x172xf16>) -> tensor<1x64xf32>
    %202 = stablehlo.add %191, %201 : tensor<1x64xf32>
    %203 = stablehlo.composite "mlxla.rms_norm" %202, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %204 = stablehlo.convert %203 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %205 = stablehlo.dot_general %204, %arg4, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<512x64xf16>) -> tensor<1x512xf32>
    %206 = stablehlo.composite "mlxla.argmax" %205 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %206, %180, %182 : tensor<1xi32>, tensor<5x1x64x4x8xf32>, tensor<5x1x64x4x8xf32>
  }
  func.func private @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f(%arg0: tensor<1x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64xf32> {mlxla.name = "arg1"}) -> (tensor<1x64xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<1x64xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
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
    %0 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %2 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<1x4xf32>
    %5 = stablehlo.cosine %4 : tensor<1x4xf32>
    %6 = stablehlo.sine %4 : tensor<1x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x8x8xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x8x8xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:8, 0:4] : (tensor<1x8x8xf32>) -> tensor<1x8x4xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:8, 4:8] : (tensor<1x8x8xf32>) -> tensor<1x8x4xf32>
    %13 = stablehlo.negate %12 : tensor<1x8x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x8x4xf32>, tensor<1x8x4xf32>) -> tensor<1x8x8xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<1x8x8xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<1x8x8xf32>
    %17 = stablehlo.add %15, %16 : tensor<1x8x8xf32>
    return %17 : tensor<1x8x8xf32>
  }
  func.func private @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74(%arg0: tensor<1x4x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x4x8xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %2 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<1x4xf32>
    %5 = stablehlo.cosine %4 : tensor<1x4xf32>
    %6 = stablehlo.sine %4 : tensor<1x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x4x8xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x4x8xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:4, 0:4] : (tensor<1x4x8xf32>) -> tensor<1x4x4xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:4, 4:8] : (tensor<1x4x8xf32>) -> tensor<1x4x4xf32>
    %13 = stablehlo.negate %12 : tensor<1x4x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x4x4xf32>, tensor<1x4x4xf32>) -> tensor<1x4x8xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<1x4x8xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<1x4x8xf32>
    %17 = stablehlo.add %15, %16 : tensor<1x4x8xf32>
    return %17 : tensor<1x4x8xf32>
  }
  func.func private @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626(%arg0: tensor<1x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x4x8xf32> {mlxla.name = "arg1"}, %arg2: tensor<64x4x8xf32> {mlxla.name = "arg2"}, %arg3: tensor<1xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<1x8x8xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<1x8x8xf32>) -> tensor<1x4x2x8xf32>
    %1 = stablehlo.dot_general %0, %arg1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<1x4x2x8xf32>, tensor<64x4x8xf32>) -> tensor<4x1x2x64xf32>
    %2 = stablehlo.constant dense<0.35355338> : tensor<4x1x2x64xf32>
    %3 = stablehlo.multiply %1, %2 : tensor<4x1x2x64xf32>
    %4 = stablehlo.constant dense<1> : tensor<1xi32>
    %5 = stablehlo.add %arg3, %4 : tensor<1xi32>
    %6 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %7 = stablehlo.minimum %5, %6 : tensor<1xi32>
    %8 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [1] : (tensor<1xi32>) -> tensor<4x1x2x64xi32>
    %10 = stablehlo.compare LT, %8, %9 : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %11 = stablehlo.constant dense<-3.4028235e+38> : tensor<4x1x2x64xf32>
    %12 = stablehlo.select %10, %3, %11 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %13 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %14 = stablehlo.reduce(%12 init: %13) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %16 = stablehlo.subtract %12, %15 : tensor<4x1x2x64xf32>
    %17 = stablehlo.exponential %16 : tensor<4x1x2x64xf32>
    %18 = stablehlo.constant dense<0.0> : tensor<f32>
    %19 = stablehlo.reduce(%17 init: %18) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %21 = stablehlo.divide %17, %20 : tensor<4x1x2x64xf32>
    %22 = stablehlo.dot_general %21, %arg2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<4x1x2x64xf32>, tensor<64x4x8xf32>) -> tensor<4x1x2x8xf32>
    %23 = stablehlo.transpose %22, dims = [1, 0, 2, 3] : (tensor<4x1x2x8xf32>) -> tensor<1x4x2x8xf32>
    %24 = stablehlo.reshape %23 : (tensor<1x4x2x8xf32>) -> tensor<1x8x8xf32>
    return %24 : tensor<1x8x8xf32>
  }
  func.func private @mlxla_argmax_1x512xf32_cbf29ce484222325(%arg0: tensor<1x512xf32> {mlxla.name = "arg0"}) -> (tensor<1xi32>) {
    %0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1 = stablehlo.reduce(%arg0 init: %0) applies stablehlo.maximum across dimensions = [1] : (tensor<1x512xf32>, tensor<f32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x512xf32>
    %3 = stablehlo.compare EQ, %arg0, %2 : (tensor<1x512xf32>, tensor<1x512xf32>) -> tensor<1x512xi1>
    %4 = stablehlo.iota dim = 1 : tensor<1x512xi32>
    %5 = stablehlo.constant dense<512> : tensor<1x512xi32>
    %6 = stablehlo.select %3, %4, %5 : tensor<1x512xi1>, tensor<1x512xi32>
    %7 = stablehlo.constant dense<512> : tensor<i32>
    %8 = stablehlo.reduce(%6 init: %7) applies stablehlo.minimum across dimensions = [1] : (tensor<1x512xi32>, tensor<i32>) -> tensor<1xi32>
    return %8 : tensor<1xi32>
  }
}
