module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<512x64xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<64x172xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<64x172xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<64x172xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<64x172xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<64x172xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg4, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<512x64xf16>, tensor<1x1xi32>) -> tensor<1x64xf16>
    %5 = stablehlo.convert %4 : (tensor<1x64xf16>) -> tensor<1x64xf32>
    %6 = stablehlo.convert %5 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %7 = stablehlo.convert %6 : (tensor<1x64xbf16>) -> tensor<1x64xf32>
    %8 = stablehlo.composite "mlxla.rms_norm" %7, %arg5 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %9 = stablehlo.convert %8 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %10 = stablehlo.convert %arg6 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %11 = stablehlo.convert %10 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %12 = stablehlo.dot_general %9, %11, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %13 = stablehlo.reshape %12 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %14 = stablehlo.composite "mlxla.rope" %13, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %15 = stablehlo.convert %8 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %16 = stablehlo.convert %arg7 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %17 = stablehlo.convert %16 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %18 = stablehlo.dot_general %15, %17, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %19 = stablehlo.reshape %18 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %20 = stablehlo.composite "mlxla.rope" %19, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %21 = stablehlo.convert %8 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %22 = stablehlo.convert %arg8 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %23 = stablehlo.convert %22 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %24 = stablehlo.dot_general %21, %23, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %25 = stablehlo.reshape %24 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %26 = stablehlo.convert %20 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %27 = stablehlo.convert %25 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %28 = stablehlo.constant dense<0> : tensor<i32>
    %29 = stablehlo.constant dense<0> : tensor<i32>
    %30 = stablehlo.constant dense<0> : tensor<i32>
    %31 = stablehlo.reshape %26 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %32 = stablehlo.dynamic_update_slice %arg2, %31, %28, %30, %arg1, %29, %29 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %33 = stablehlo.reshape %27 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %34 = stablehlo.dynamic_update_slice %arg3, %33, %28, %30, %arg1, %29, %29 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %35 = stablehlo.slice %32 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %36 = stablehlo.reshape %35 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %37 = stablehlo.slice %34 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %38 = stablehlo.reshape %37 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %39 = stablehlo.composite "mlxla.attention" %14, %36, %38, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %40 = stablehlo.reshape %39 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %41 = stablehlo.convert %40 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %42 = stablehlo.convert %arg9 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %43 = stablehlo.convert %42 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %44 = stablehlo.dot_general %41, %43, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %45 = stablehlo.add %7, %44 : tensor<1x64xf32>
    %46 = stablehlo.composite "mlxla.rms_norm" %45, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %47 = stablehlo.convert %46 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %48 = stablehlo.convert %arg11 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %49 = stablehlo.convert %48 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %50 = stablehlo.dot_general %47, %49, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %51 = stablehlo.logistic %50 : tensor<1x172xf32>
    %52 = stablehlo.multiply %50, %51 : tensor<1x172xf32>
    %53 = stablehlo.convert %46 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %54 = stablehlo.convert %arg12 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %55 = stablehlo.convert %54 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %56 = stablehlo.dot_general %53, %55, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %57 = stablehlo.multiply %52, %56 : tensor<1x172xf32>
    %58 = stablehlo.convert %57 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %59 = stablehlo.convert %arg13 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %60 = stablehlo.convert %59 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %61 = stablehlo.dot_general %58, %60, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %62 = stablehlo.add %45, %61 : tensor<1x64xf32>
    %63 = stablehlo.composite "mlxla.rms_norm" %62, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %64 = stablehlo.convert %63 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %65 = stablehlo.convert %arg15 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %66 = stablehlo.convert %65 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %67 = stablehlo.dot_general %64, %66, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %68 = stablehlo.reshape %67 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %69 = stablehlo.composite "mlxla.rope" %68, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %70 = stablehlo.convert %63 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %71 = stablehlo.convert %arg16 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %72 = stablehlo.convert %71 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %73 = stablehlo.dot_general %70, %72, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %74 = stablehlo.reshape %73 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %75 = stablehlo.composite "mlxla.rope" %74, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %76 = stablehlo.convert %63 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %77 = stablehlo.convert %arg17 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %78 = stablehlo.convert %77 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %79 = stablehlo.dot_general %76, %78, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %80 = stablehlo.reshape %79 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %81 = stablehlo.convert %75 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %82 = stablehlo.convert %80 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %83 = stablehlo.constant dense<1> : tensor<i32>
    %84 = stablehlo.constant dense<0> : tensor<i32>
    %85 = stablehlo.constant dense<0> : tensor<i32>
    %86 = stablehlo.reshape %81 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %87 = stablehlo.dynamic_update_slice %32, %86, %83, %85, %arg1, %84, %84 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %88 = stablehlo.reshape %82 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %89 = stablehlo.dynamic_update_slice %34, %88, %83, %85, %arg1, %84, %84 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %90 = stablehlo.slice %87 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %91 = stablehlo.reshape %90 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %92 = stablehlo.slice %89 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %93 = stablehlo.reshape %92 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %94 = stablehlo.composite "mlxla.attention" %69, %91, %93, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %95 = stablehlo.reshape %94 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %96 = stablehlo.convert %95 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %97 = stablehlo.convert %arg18 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %98 = stablehlo.convert %97 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %99 = stablehlo.dot_general %96, %98, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %100 = stablehlo.add %62, %99 : tensor<1x64xf32>
    %101 = stablehlo.composite "mlxla.rms_norm" %100, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %102 = stablehlo.convert %101 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %103 = stablehlo.convert %arg20 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %104 = stablehlo.convert %103 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %105 = stablehlo.dot_general %102, %104, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %106 = stablehlo.logistic %105 : tensor<1x172xf32>
    %107 = stablehlo.multiply %105, %106 : tensor<1x172xf32>
    %108 = stablehlo.convert %101 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %109 = stablehlo.convert %arg21 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %110 = stablehlo.convert %109 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %111 = stablehlo.dot_general %108, %110, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %112 = stablehlo.multiply %107, %111 : tensor<1x172xf32>
    %113 = stablehlo.convert %112 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %114 = stablehlo.convert %arg22 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %115 = stablehlo.convert %114 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %116 = stablehlo.dot_general %113, %115, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %117 = stablehlo.add %100, %116 : tensor<1x64xf32>
    %118 = stablehlo.composite "mlxla.rms_norm" %117, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %119 = stablehlo.convert %118 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %120 = stablehlo.convert %arg24 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %121 = stablehlo.convert %120 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %122 = stablehlo.dot_general %119, %121, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %123 = stablehlo.reshape %122 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %124 = stablehlo.composite "mlxla.rope" %123, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %125 = stablehlo.convert %118 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %126 = stablehlo.convert %arg25 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %127 = stablehlo.convert %126 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %128 = stablehlo.dot_general %125, %127, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %129 = stablehlo.reshape %128 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %130 = stablehlo.composite "mlxla.rope" %129, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %131 = stablehlo.convert %118 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %132 = stablehlo.convert %arg26 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %133 = stablehlo.convert %132 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %134 = stablehlo.dot_general %131, %133, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %135 = stablehlo.reshape %134 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %136 = stablehlo.convert %130 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %137 = stablehlo.convert %135 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %138 = stablehlo.constant dense<2> : tensor<i32>
    %139 = stablehlo.constant dense<0> : tensor<i32>
    %140 = stablehlo.constant dense<0> : tensor<i32>
    %141 = stablehlo.reshape %136 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %142 = stablehlo.dynamic_update_slice %87, %141, %138, %140, %arg1, %139, %139 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %143 = stablehlo.reshape %137 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %144 = stablehlo.dynamic_update_slice %89, %143, %138, %140, %arg1, %139, %139 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %145 = stablehlo.slice %142 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %146 = stablehlo.reshape %145 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %147 = stablehlo.slice %144 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %148 = stablehlo.reshape %147 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %149 = stablehlo.composite "mlxla.attention" %124, %146, %148, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %151 = stablehlo.convert %150 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %152 = stablehlo.convert %arg27 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %153 = stablehlo.convert %152 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %154 = stablehlo.dot_general %151, %153, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %155 = stablehlo.add %117, %154 : tensor<1x64xf32>
    %156 = stablehlo.composite "mlxla.rms_norm" %155, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %157 = stablehlo.convert %156 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %158 = stablehlo.convert %arg29 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %159 = stablehlo.convert %158 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %160 = stablehlo.dot_general %157, %159, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %161 = stablehlo.logistic %160 : tensor<1x172xf32>
    %162 = stablehlo.multiply %160, %161 : tensor<1x172xf32>
    %163 = stablehlo.convert %156 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %164 = stablehlo.convert %arg30 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %165 = stablehlo.convert %164 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %166 = stablehlo.dot_general %163, %165, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %167 = stablehlo.multiply %162, %166 : tensor<1x172xf32>
    %168 = stablehlo.convert %167 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %169 = stablehlo.convert %arg31 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %170 = stablehlo.convert %169 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %171 = stablehlo.dot_general %168, %170, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %172 = stablehlo.add %155, %171 : tensor<1x64xf32>
    %173 = stablehlo.composite "mlxla.rms_norm" %172, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %174 = stablehlo.convert %173 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %175 = stablehlo.convert %arg33 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %176 = stablehlo.convert %175 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %177 = stablehlo.dot_general %174, %176, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %178 = stablehlo.reshape %177 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %179 = stablehlo.composite "mlxla.rope" %178, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %180 = stablehlo.convert %173 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %181 = stablehlo.convert %arg34 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %182 = stablehlo.convert %181 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %183 = stablehlo.dot_general %180, %182, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %184 = stablehlo.reshape %183 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %185 = stablehlo.composite "mlxla.rope" %184, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %186 = stablehlo.convert %173 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %187 = stablehlo.convert %arg35 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %188 = stablehlo.convert %187 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %189 = stablehlo.dot_general %186, %188, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %190 = stablehlo.reshape %189 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %191 = stablehlo.convert %185 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %192 = stablehlo.convert %190 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %193 = stablehlo.constant dense<3> : tensor<i32>
    %194 = stablehlo.constant dense<0> : tensor<i32>
    %195 = stablehlo.constant dense<0> : tensor<i32>
    %196 = stablehlo.reshape %191 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %197 = stablehlo.dynamic_update_slice %142, %196, %193, %195, %arg1, %194, %194 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %198 = stablehlo.reshape %192 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %199 = stablehlo.dynamic_update_slice %144, %198, %193, %195, %arg1, %194, %194 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %200 = stablehlo.slice %197 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %201 = stablehlo.reshape %200 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %202 = stablehlo.slice %199 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %203 = stablehlo.reshape %202 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %204 = stablehlo.composite "mlxla.attention" %179, %201, %203, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %205 = stablehlo.reshape %204 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %206 = stablehlo.convert %205 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %207 = stablehlo.convert %arg36 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %208 = stablehlo.convert %207 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %209 = stablehlo.dot_general %206, %208, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %210 = stablehlo.add %172, %209 : tensor<1x64xf32>
    %211 = stablehlo.composite "mlxla.rms_norm" %210, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %212 = stablehlo.convert %211 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %213 = stablehlo.convert %arg38 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %214 = stablehlo.convert %213 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %215 = stablehlo.dot_general %212, %214, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %216 = stablehlo.logistic %215 : tensor<1x172xf32>
    %217 = stablehlo.multiply %215, %216 : tensor<1x172xf32>
    %218 = stablehlo.convert %211 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %219 = stablehlo.convert %arg39 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %220 = stablehlo.convert %219 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %221 = stablehlo.dot_general %218, %220, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %222 = stablehlo.multiply %217, %221 : tensor<1x172xf32>
    %223 = stablehlo.convert %222 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %224 = stablehlo.convert %arg40 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %225 = stablehlo.convert %224 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %226 = stablehlo.dot_general %223, %225, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %227 = stablehlo.add %210, %226 : tensor<1x64xf32>
    %228 = stablehlo.composite "mlxla.rms_norm" %227, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %229 = stablehlo.convert %228 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %230 = stablehlo.convert %arg42 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %231 = stablehlo.convert %230 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %232 = stablehlo.dot_general %229, %231, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %233 = stablehlo.reshape %232 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %234 = stablehlo.composite "mlxla.rope" %233, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %235 = stablehlo.convert %228 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %236 = stablehlo.convert %arg43 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %237 = stablehlo.convert %236 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %238 = stablehlo.dot_general %235, %237, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %239 = stablehlo.reshape %238 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %240 = stablehlo.composite "mlxla.rope" %239, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %241 = stablehlo.convert %228 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %242 = stablehlo.convert %arg44 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %243 = stablehlo.convert %242 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %244 = stablehlo.dot_general %241, %243, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %245 = stablehlo.reshape %244 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %246 = stablehlo.convert %240 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %247 = stablehlo.convert %245 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %248 = stablehlo.constant dense<4> : tensor<i32>
    %249 = stablehlo.constant dense<0> : tensor<i32>
    %250 = stablehlo.constant dense<0> : tensor<i32>
    %251 = stablehlo.reshape %246 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %252 = stablehlo.dynamic_update_slice %197, %251, %248, %250, %arg1, %249, %249 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %253 = stablehlo.reshape %247 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %254 = stablehlo.dynamic_update_slice %199, %253, %248, %250, %arg1, %249, %249 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %255 = stablehlo.slice %252 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %256 = stablehlo.reshape %255 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %257 = stablehlo.slice %254 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %258 = stablehlo.reshape %257 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %259 = stablehlo.composite "mlxla.attention" %234, %256, %258, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %260 = stablehlo.reshape %259 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %261 = stablehlo.convert %260 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %262 = stablehlo.convert %arg45 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %263 = stablehlo.convert %262 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %264 = stablehlo.dot_general %261, %263, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %265 = stablehlo.add %227, %264 : tensor<1x64xf32>
    %266 = stablehlo.composite "mlxla.rms_norm" %265, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %267 = stablehlo.convert %266 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %268 = stablehlo.convert %arg47 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %269 = stablehlo.convert %268 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %270 = stablehlo.dot_general %267, %269, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %271 = stablehlo.logistic %270 : tensor<1x172xf32>
    %272 = stablehlo.multiply %270, %271 : tensor<1x172xf32>
    %273 = stablehlo.convert %266 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %274 = stablehlo.convert %arg48 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %275 = stablehlo.convert %274 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %276 = stablehlo.dot_general %273, %275, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %277 = stablehlo.multiply %272, %276 : tensor<1x172xf32>
    %278 = stablehlo.convert %277 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %279 = stablehlo.convert %arg49 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %280 = stablehlo.convert %279 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %281 = stablehlo.dot_general %278, %280, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %282 = stablehlo.add %265, %281 : tensor<1x64xf32>
    %283 = stablehlo.composite "mlxla.rms_norm" %282, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %284 = stablehlo.convert %283 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %285 = stablehlo.convert %arg4 : (tensor<512x64xf16>) -> tensor<512x64xf32>
    %286 = stablehlo.convert %285 : (tensor<512x64xf32>) -> tensor<512x64xbf16>
    %287 = stablehlo.dot_general %284, %286, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<512x64xbf16>) -> tensor<1x512xf32>
    %288 = stablehlo.composite "mlxla.argmax" %287 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %288, %252, %254 : tensor<1xi32>, tensor<5x1x64x4x8xf16>, tensor<5x1x64x4x8xf16>
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
  func.func private @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626(%arg0: tensor<1x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x4x8xf16> {mlxla.name = "arg1"}, %arg2: tensor<64x4x8xf16> {mlxla.name = "arg2"}, %arg3: tensor<1xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<1x8x8xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<1x8x8xf32>) -> tensor<1x4x2x8xf32>
    %1 = stablehlo.convert %arg1 : (tensor<64x4x8xf16>) -> tensor<64x4x8xf32>
    %2 = stablehlo.convert %arg2 : (tensor<64x4x8xf16>) -> tensor<64x4x8xf32>
    %3 = stablehlo.dot_general %0, %1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<1x4x2x8xf32>, tensor<64x4x8xf32>) -> tensor<4x1x2x64xf32>
    %4 = stablehlo.constant dense<0.35355338> : tensor<4x1x2x64xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<4x1x2x64xf32>
    %6 = stablehlo.constant dense<1> : tensor<1xi32>
    %7 = stablehlo.add %arg3, %6 : tensor<1xi32>
    %8 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %9 = stablehlo.minimum %7, %8 : tensor<1xi32>
    %10 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %11 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<1xi32>) -> tensor<4x1x2x64xi32>
    %12 = stablehlo.compare LT, %10, %11 : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
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
    %4 = stablehlo.iota dim = 1 : tensor<1x512xi32>
    %5 = stablehlo.constant dense<512> : tensor<1x512xi32>
    %6 = stablehlo.select %3, %4, %5 : tensor<1x512xi1>, tensor<1x512xi32>
    %7 = stablehlo.constant dense<512> : tensor<i32>
    %8 = stablehlo.reduce(%6 init: %7) applies stablehlo.minimum across dimensions = [1] : (tensor<1x512xi32>, tensor<i32>) -> tensor<1xi32>
    return %8 : tensor<1xi32>
  }
}
