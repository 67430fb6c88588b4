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
    %9 = stablehlo.convert %arg6 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %10 = stablehlo.convert %9 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %11 = stablehlo.convert %8 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %12 = stablehlo.dot_general %11, %10, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %13 = stablehlo.reshape %12 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %14 = stablehlo.composite "mlxla.rope" %13, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %15 = stablehlo.convert %arg7 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %16 = stablehlo.convert %15 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %17 = stablehlo.convert %8 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %18 = stablehlo.dot_general %17, %16, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %19 = stablehlo.reshape %18 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %20 = stablehlo.composite "mlxla.rope" %19, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %21 = stablehlo.convert %arg8 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %22 = stablehlo.convert %21 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %23 = stablehlo.convert %8 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %24 = stablehlo.dot_general %23, %22, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
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
    %35 = stablehlo.slice %34 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %36 = stablehlo.reshape %35 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %37 = stablehlo.slice %32 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %38 = stablehlo.reshape %37 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %39 = stablehlo.composite "mlxla.attention" %14, %38, %36, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %40 = stablehlo.reshape %39 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %41 = stablehlo.convert %arg9 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %42 = stablehlo.convert %41 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %43 = stablehlo.convert %40 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %44 = stablehlo.dot_general %43, %42, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %45 = stablehlo.add %7, %44 : tensor<1x64xf32>
    %46 = stablehlo.composite "mlxla.rms_norm" %45, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %47 = stablehlo.convert %arg11 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %48 = stablehlo.convert %47 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %49 = stablehlo.convert %46 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %50 = stablehlo.dot_general %49, %48, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %51 = stablehlo.convert %arg12 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %52 = stablehlo.convert %51 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %53 = stablehlo.convert %46 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %54 = stablehlo.dot_general %53, %52, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %55 = stablehlo.logistic %50 : tensor<1x172xf32>
    %56 = stablehlo.multiply %50, %55 : tensor<1x172xf32>
    %57 = stablehlo.multiply %56, %54 : tensor<1x172xf32>
    %58 = stablehlo.convert %arg13 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %59 = stablehlo.convert %58 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %60 = stablehlo.convert %57 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %61 = stablehlo.dot_general %60, %59, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %62 = stablehlo.add %45, %61 : tensor<1x64xf32>
    %63 = stablehlo.composite "mlxla.rms_norm" %62, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %64 = stablehlo.convert %arg15 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %65 = stablehlo.convert %64 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %66 = stablehlo.convert %63 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %67 = stablehlo.dot_general %66, %65, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %68 = stablehlo.reshape %67 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %69 = stablehlo.composite "mlxla.rope" %68, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %70 = stablehlo.convert %arg16 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %71 = stablehlo.convert %70 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %72 = stablehlo.convert %63 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %73 = stablehlo.dot_general %72, %71, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %74 = stablehlo.reshape %73 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %75 = stablehlo.composite "mlxla.rope" %74, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %76 = stablehlo.convert %arg17 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %77 = stablehlo.convert %76 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %78 = stablehlo.convert %63 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %79 = stablehlo.dot_general %78, %77, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
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
    %90 = stablehlo.slice %89 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %91 = stablehlo.reshape %90 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %92 = stablehlo.slice %87 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %93 = stablehlo.reshape %92 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %94 = stablehlo.composite "mlxla.attention" %69, %93, %91, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %95 = stablehlo.reshape %94 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %96 = stablehlo.convert %arg18 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %97 = stablehlo.convert %96 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %98 = stablehlo.convert %95 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %99 = stablehlo.dot_general %98, %97, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %100 = stablehlo.add %62, %99 : tensor<1x64xf32>
    %101 = stablehlo.composite "mlxla.rms_norm" %100, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %102 = stablehlo.convert %arg20 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %103 = stablehlo.convert %102 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %104 = stablehlo.convert %101 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %105 = stablehlo.dot_general %104, %103, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %106 = stablehlo.convert %arg21 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %107 = stablehlo.convert %106 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %108 = stablehlo.convert %101 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %109 = stablehlo.dot_general %108, %107, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %110 = stablehlo.logistic %105 : tensor<1x172xf32>
    %111 = stablehlo.multiply %105, %110 : tensor<1x172xf32>
    %112 = stablehlo.multiply %111, %109 : tensor<1x172xf32>
    %113 = stablehlo.convert %arg22 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %114 = stablehlo.convert %113 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %115 = stablehlo.convert %112 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %116 = stablehlo.dot_general %115, %114, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %117 = stablehlo.add %100, %116 : tensor<1x64xf32>
    %118 = stablehlo.composite "mlxla.rms_norm" %117, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %119 = stablehlo.convert %arg24 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %120 = stablehlo.convert %119 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %121 = stablehlo.convert %118 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %122 = stablehlo.dot_general %121, %120, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %123 = stablehlo.reshape %122 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %124 = stablehlo.composite "mlxla.rope" %123, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %125 = stablehlo.convert %arg25 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %126 = stablehlo.convert %125 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %127 = stablehlo.convert %118 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %128 = stablehlo.dot_general %127, %126, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %129 = stablehlo.reshape %128 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %130 = stablehlo.composite "mlxla.rope" %129, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %131 = stablehlo.convert %arg26 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %132 = stablehlo.convert %131 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %133 = stablehlo.convert %118 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %134 = stablehlo.dot_general %133, %132, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
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
    %145 = stablehlo.slice %144 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %146 = stablehlo.reshape %145 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %147 = stablehlo.slice %142 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %148 = stablehlo.reshape %147 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %149 = stablehlo.composite "mlxla.attention" %124, %148, %146, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %151 = stablehlo.convert %arg27 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %152 = stablehlo.convert %151 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %153 = stablehlo.convert %150 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %154 = stablehlo.dot_general %153, %152, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %155 = stablehlo.add %117, %154 : tensor<1x64xf32>
    %156 = stablehlo.composite "mlxla.rms_norm" %155, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %157 = stablehlo.convert %arg29 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %158 = stablehlo.convert %157 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %159 = stablehlo.convert %156 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %160 = stablehlo.dot_general %159, %158, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %161 = stablehlo.convert %arg30 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %162 = stablehlo.convert %161 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %163 = stablehlo.convert %156 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %164 = stablehlo.dot_general %163, %162, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %165 = stablehlo.logistic %160 : tensor<1x172xf32>
    %166 = stablehlo.multiply %160, %165 : tensor<1x172xf32>
    %167 = stablehlo.multiply %166, %164 : tensor<1x172xf32>
    %168 = stablehlo.convert %arg31 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %169 = stablehlo.convert %168 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %170 = stablehlo.convert %167 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %171 = stablehlo.dot_general %170, %169, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %172 = stablehlo.add %155, %171 : tensor<1x64xf32>
    %173 = stablehlo.composite "mlxla.rms_norm" %172, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %174 = stablehlo.convert %arg33 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %175 = stablehlo.convert %174 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %176 = stablehlo.convert %173 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %177 = stablehlo.dot_general %176, %175, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %178 = stablehlo.reshape %177 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %179 = stablehlo.composite "mlxla.rope" %178, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %180 = stablehlo.convert %arg34 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %181 = stablehlo.convert %180 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %182 = stablehlo.convert %173 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %183 = stablehlo.dot_general %182, %181, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %184 = stablehlo.reshape %183 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %185 = stablehlo.composite "mlxla.rope" %184, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %186 = stablehlo.convert %arg35 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %187 = stablehlo.convert %186 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %188 = stablehlo.convert %173 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %189 = stablehlo.dot_general %188, %187, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
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
    %200 = stablehlo.slice %199 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %201 = stablehlo.reshape %200 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %202 = stablehlo.slice %197 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %203 = stablehlo.reshape %202 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %204 = stablehlo.composite "mlxla.attention" %179, %203, %201, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %205 = stablehlo.reshape %204 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %206 = stablehlo.convert %arg36 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %207 = stablehlo.convert %206 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %208 = stablehlo.convert %205 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %209 = stablehlo.dot_general %208, %207, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %210 = stablehlo.add %172, %209 : tensor<1x64xf32>
    %211 = stablehlo.composite "mlxla.rms_norm" %210, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %212 = stablehlo.convert %arg38 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %213 = stablehlo.convert %212 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %214 = stablehlo.convert %211 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %215 = stablehlo.dot_general %214, %213, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %216 = stablehlo.convert %arg39 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %217 = stablehlo.convert %216 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %218 = stablehlo.convert %211 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %219 = stablehlo.dot_general %218, %217, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %220 = stablehlo.logistic %215 : tensor<1x172xf32>
    %221 = stablehlo.multiply %215, %220 : tensor<1x172xf32>
    %222 = stablehlo.multiply %221, %219 : tensor<1x172xf32>
    %223 = stablehlo.convert %arg40 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %224 = stablehlo.convert %223 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %225 = stablehlo.convert %222 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %226 = stablehlo.dot_general %225, %224, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %227 = stablehlo.add %210, %226 : tensor<1x64xf32>
    %228 = stablehlo.composite "mlxla.rms_norm" %227, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %229 = stablehlo.convert %arg42 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %230 = stablehlo.convert %229 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %231 = stablehlo.convert %228 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %232 = stablehlo.dot_general %231, %230, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %233 = stablehlo.reshape %232 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %234 = stablehlo.composite "mlxla.rope" %233, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %235 = stablehlo.convert %arg43 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %236 = stablehlo.convert %235 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %237 = stablehlo.convert %228 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %238 = stablehlo.dot_general %237, %236, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %239 = stablehlo.reshape %238 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %240 = stablehlo.composite "mlxla.rope" %239, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %241 = stablehlo.convert %arg44 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %242 = stablehlo.convert %241 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %243 = stablehlo.convert %228 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %244 = stablehlo.dot_general %243, %242, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
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
    %255 = stablehlo.slice %254 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %256 = stablehlo.reshape %255 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %257 = stablehlo.slice %252 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %258 = stablehlo.reshape %257 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %259 = stablehlo.composite "mlxla.attention" %234, %258, %256, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %260 = stablehlo.reshape %259 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %261 = stablehlo.convert %arg45 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %262 = stablehlo.convert %261 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %263 = stablehlo.convert %260 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %264 = stablehlo.dot_general %263, %262, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %265 = stablehlo.add %227, %264 : tensor<1x64xf32>
    %266 = stablehlo.composite "mlxla.rms_norm" %265, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %267 = stablehlo.convert %arg47 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %268 = stablehlo.convert %267 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %269 = stablehlo.convert %266 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %270 = stablehlo.dot_general %269, %268, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %271 = stablehlo.convert %arg48 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %272 = stablehlo.convert %271 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %273 = stablehlo.convert %266 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %274 = stablehlo.dot_general %273, %272, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %275 = stablehlo.logistic %270 : tensor<1x172xf32>
    %276 = stablehlo.multiply %270, %275 : tensor<1x172xf32>
    %277 = stablehlo.multiply %276, %274 : tensor<1x172xf32>
    %278 = stablehlo.convert %arg49 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %279 = stablehlo.convert %278 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %280 = stablehlo.convert %277 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %281 = stablehlo.dot_general %280, %279, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %282 = stablehlo.add %265, %281 : tensor<1x64xf32>
    %283 = stablehlo.composite "mlxla.rms_norm" %282, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %284 = stablehlo.convert %arg4 : (tensor<512x64xf16>) -> tensor<512x64xf32>
    %285 = stablehlo.convert %284 : (tensor<512x64xf32>) -> tensor<512x64xbf16>
    %286 = stablehlo.convert %283 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %287 = stablehlo.dot_general %286, %285, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<512x64xbf16>) -> tensor<1x512xf32>
    %288 = stablehlo.composite "mlxla.argmax" %287 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %288, %252, %254 : tensor<1xi32>, tensor<5x1x64x4x8xf16>, tensor<5x1x64x4x8xf16>
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
