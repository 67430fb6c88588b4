module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<512x64xf32> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<64x64xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<32x64xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<32x64xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<64x64xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<172x64xf32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<172x64xf32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<64x172xf32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<64x64xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<32x64xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<32x64xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<64x64xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<172x64xf32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<172x64xf32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<64x172xf32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<64x64xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<32x64xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<32x64xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<64x64xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<172x64xf32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<172x64xf32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<64x172xf32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<64x64xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<32x64xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<32x64xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<64x64xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<172x64xf32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<172x64xf32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<64x172xf32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<64x64xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<32x64xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<32x64xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<64x64xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<172x64xf32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<172x64xf32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<64x172xf32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg4, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<512x64xf32>, tensor<1x1xi32>) -> tensor<1x64xf32>
    %5 = stablehlo.convert %4 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %6 = stablehlo.convert %5 : (tensor<1x64xbf16>) -> tensor<1x64xf32>
    %7 = stablehlo.composite "mlxla.rms_norm" %6, %arg5 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %8 = stablehlo.convert %7 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %9 = stablehlo.convert %arg6 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %10 = stablehlo.dot_general %8, %9, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %11 = stablehlo.reshape %10 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %12 = stablehlo.composite "mlxla.rope" %11, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %13 = stablehlo.convert %7 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %14 = stablehlo.convert %arg7 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %15 = stablehlo.dot_general %13, %14, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %16 = stablehlo.reshape %15 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %17 = stablehlo.composite "mlxla.rope" %16, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %18 = stablehlo.convert %7 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %19 = stablehlo.convert %arg8 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %20 = stablehlo.dot_general %18, %19, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %21 = stablehlo.reshape %20 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %22 = stablehlo.constant dense<0> : tensor<i32>
    %23 = stablehlo.constant dense<0> : tensor<i32>
    %24 = stablehlo.constant dense<0> : tensor<i32>
    %25 = stablehlo.reshape %17 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %26 = stablehlo.dynamic_update_slice %arg2, %25, %22, %24, %arg1, %23, %23 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %27 = stablehlo.reshape %21 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %28 = stablehlo.dynamic_update_slice %arg3, %27, %22, %24, %arg1, %23, %23 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %29 = stablehlo.slice %26 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %30 = stablehlo.reshape %29 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %31 = stablehlo.slice %28 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %32 = stablehlo.reshape %31 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %33 = stablehlo.composite "mlxla.attention" %12, %30, %32, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %34 = stablehlo.reshape %33 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %35 = stablehlo.convert %34 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %36 = stablehlo.convert %arg9 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %37 = stablehlo.dot_general %35, %36, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %38 = stablehlo.add %6, %37 : tensor<1x64xf32>
    %39 = stablehlo.composite "mlxla.rms_norm" %38, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %40 = stablehlo.convert %39 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %41 = stablehlo.convert %arg11 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %42 = stablehlo.dot_general %40, %41, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %43 = stablehlo.logistic %42 : tensor<1x172xf32>
    %44 = stablehlo.multiply %42, %43 : tensor<1x172xf32>
    %45 = stablehlo.convert %39 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %46 = stablehlo.convert %arg12 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %47 = stablehlo.dot_general %45, %46, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %48 = stablehlo.multiply %44, %47 : tensor<1x172xf32>
    %49 = stablehlo.convert %48 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %50 = stablehlo.convert %arg13 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %51 = stablehlo.dot_general %49, %50, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %52 = stablehlo.add %38, %51 : tensor<1x64xf32>
    %53 = stablehlo.composite "mlxla.rms_norm" %52, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %54 = stablehlo.convert %53 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %55 = stablehlo.convert %arg15 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %56 = stablehlo.dot_general %54, %55, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %57 = stablehlo.reshape %56 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %58 = stablehlo.composite "mlxla.rope" %57, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %59 = stablehlo.convert %53 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %60 = stablehlo.convert %arg16 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %61 = stablehlo.dot_general %59, %60, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %62 = stablehlo.reshape %61 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %63 = stablehlo.composite "mlxla.rope" %62, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %64 = stablehlo.convert %53 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %65 = stablehlo.convert %arg17 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %66 = stablehlo.dot_general %64, %65, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %67 = stablehlo.reshape %66 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %68 = stablehlo.constant dense<1> : tensor<i32>
    %69 = stablehlo.constant dense<0> : tensor<i32>
    %70 = stablehlo.constant dense<0> : tensor<i32>
    %71 = stablehlo.reshape %63 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %72 = stablehlo.dynamic_update_slice %26, %71, %68, %70, %arg1, %69, %69 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %73 = stablehlo.reshape %67 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %74 = stablehlo.dynamic_update_slice %28, %73, %68, %70, %arg1, %69, %69 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %75 = stablehlo.slice %72 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %76 = stablehlo.reshape %75 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %77 = stablehlo.slice %74 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %79 = stablehlo.composite "mlxla.attention" %58, %76, %78, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %80 = stablehlo.reshape %79 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %81 = stablehlo.convert %80 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %82 = stablehlo.convert %arg18 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %83 = stablehlo.dot_general %81, %82, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %84 = stablehlo.add %52, %83 : tensor<1x64xf32>
    %85 = stablehlo.composite "mlxla.rms_norm" %84, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %86 = stablehlo.convert %85 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %87 = stablehlo.convert %arg20 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %88 = stablehlo.dot_general %86, %87, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %89 = stablehlo.logistic %88 : tensor<1x172xf32>
    %90 = stablehlo.multiply %88, %89 : tensor<1x172xf32>
    %91 = stablehlo.convert %85 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %92 = stablehlo.convert %arg21 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %93 = stablehlo.dot_general %91, %92, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %94 = stablehlo.multiply %90, %93 : tensor<1x172xf32>
    %95 = stablehlo.convert %94 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %96 = stablehlo.convert %arg22 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %97 = stablehlo.dot_general %95, %96, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %98 = stablehlo.add %84, %97 : tensor<1x64xf32>
    %99 = stablehlo.composite "mlxla.rms_norm" %98, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %100 = stablehlo.convert %99 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %101 = stablehlo.convert %arg24 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %102 = stablehlo.dot_general %100, %101, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %103 = stablehlo.reshape %102 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %104 = stablehlo.composite "mlxla.rope" %103, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %105 = stablehlo.convert %99 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %106 = stablehlo.convert %arg25 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %107 = stablehlo.dot_general %105, %106, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %108 = stablehlo.reshape %107 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %109 = stablehlo.composite "mlxla.rope" %108, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %110 = stablehlo.convert %99 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %111 = stablehlo.convert %arg26 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %112 = stablehlo.dot_general %110, %111, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %113 = stablehlo.reshape %112 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %114 = stablehlo.constant dense<2> : tensor<i32>
    %115 = stablehlo.constant dense<0> : tensor<i32>
    %116 = stablehlo.constant dense<0> : tensor<i32>
    %117 = stablehlo.reshape %109 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %118 = stablehlo.dynamic_update_slice %72, %117, %114, %116, %arg1, %115, %115 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %119 = stablehlo.reshape %113 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %120 = stablehlo.dynamic_update_slice %74, %119, %114, %116, %arg1, %115, %115 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %121 = stablehlo.slice %118 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %122 = stablehlo.reshape %121 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %123 = stablehlo.slice %120 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %124 = stablehlo.reshape %123 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %125 = stablehlo.composite "mlxla.attention" %104, %122, %124, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %126 = stablehlo.reshape %125 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %127 = stablehlo.convert %126 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %128 = stablehlo.convert %arg27 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %129 = stablehlo.dot_general %127, %128, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %130 = stablehlo.add %98, %129 : tensor<1x64xf32>
    %131 = stablehlo.composite "mlxla.rms_norm" %130, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %132 = stablehlo.convert %131 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %133 = stablehlo.convert %arg29 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %134 = stablehlo.dot_general %132, %133, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %135 = stablehlo.logistic %134 : tensor<1x172xf32>
    %136 = stablehlo.multiply %134, %135 : tensor<1x172xf32>
    %137 = stablehlo.convert %131 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %138 = stablehlo.convert %arg30 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %139 = stablehlo.dot_general %137, %138, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %140 = stablehlo.multiply %136, %139 : tensor<1x172xf32>
    %141 = stablehlo.convert %140 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %142 = stablehlo.convert %arg31 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %143 = stablehlo.dot_general %141, %142, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %144 = stablehlo.add %130, %143 : tensor<1x64xf32>
    %145 = stablehlo.composite "mlxla.rms_norm" %144, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %146 = stablehlo.convert %145 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %147 = stablehlo.convert %arg33 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %148 = stablehlo.dot_general %146, %147, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %149 = stablehlo.reshape %148 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %150 = stablehlo.composite "mlxla.rope" %149, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %151 = stablehlo.convert %145 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %152 = stablehlo.convert %arg34 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %153 = stablehlo.dot_general %151, %152, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %154 = stablehlo.reshape %153 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %155 = stablehlo.composite "mlxla.rope" %154, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %156 = stablehlo.convert %145 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %157 = stablehlo.convert %arg35 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %158 = stablehlo.dot_general %156, %157, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %159 = stablehlo.reshape %158 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %160 = stablehlo.constant dense<3> : tensor<i32>
    %161 = stablehlo.constant dense<0> : tensor<i32>
    %162 = stablehlo.constant dense<0> : tensor<i32>
    %163 = stablehlo.reshape %155 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %164 = stablehlo.dynamic_update_slice %118, %163, %160, %162, %arg1, %161, %161 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %165 = stablehlo.reshape %159 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %166 = stablehlo.dynamic_update_slice %120, %165, %160, %162, %arg1, %161, %161 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %167 = stablehlo.slice %164 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %168 = stablehlo.reshape %167 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %169 = stablehlo.slice %166 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %170 = stablehlo.reshape %169 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %171 = stablehlo.composite "mlxla.attention" %150, %168, %170, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %172 = stablehlo.reshape %171 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %173 = stablehlo.convert %172 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %174 = stablehlo.convert %arg36 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %175 = stablehlo.dot_general %173, %174, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %176 = stablehlo.add %144, %175 : tensor<1x64xf32>
    %177 = stablehlo.composite "mlxla.rms_norm" %176, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %178 = stablehlo.convert %177 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %179 = stablehlo.convert %arg38 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %180 = stablehlo.dot_general %178, %179, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %181 = stablehlo.logistic %180 : tensor<1x172xf32>
    %182 = stablehlo.multiply %180, %181 : tensor<1x172xf32>
    %183 = stablehlo.convert %177 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %184 = stablehlo.convert %arg39 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %185 = stablehlo.dot_general %183, %184, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %186 = stablehlo.multiply %182, %185 : tensor<1x172xf32>
    %187 = stablehlo.convert %186 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %188 = stablehlo.convert %arg40 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %189 = stablehlo.dot_general %187, %188, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %190 = stablehlo.add %176, %189 : tensor<1x64xf32>
    %191 = stablehlo.composite "mlxla.rms_norm" %190, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %192 = stablehlo.convert %191 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %193 = stablehlo.convert %arg42 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %194 = stablehlo.dot_general %192, %193, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %195 = stablehlo.reshape %194 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %196 = stablehlo.composite "mlxla.rope" %195, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %197 = stablehlo.convert %191 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %198 = stablehlo.convert %arg43 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %199 = stablehlo.dot_general %197, %198, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %200 = stablehlo.reshape %199 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %201 = stablehlo.composite "mlxla.rope" %200, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %202 = stablehlo.convert %191 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %203 = stablehlo.convert %arg44 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %204 = stablehlo.dot_general %202, %203, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %205 = stablehlo.reshape %204 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %206 = stablehlo.constant dense<4> : tensor<i32>
    %207 = stablehlo.constant dense<0> : tensor<i32>
    %208 = stablehlo.constant dense<0> : tensor<i32>
    %209 = stablehlo.reshape %201 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %210 = stablehlo.dynamic_update_slice %164, %209, %206, %208, %arg1, %207, %207 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %211 = stablehlo.reshape %205 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %212 = stablehlo.dynamic_update_slice %166, %211, %206, %208, %arg1, %207, %207 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %213 = stablehlo.slice %210 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %214 = stablehlo.reshape %213 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %215 = stablehlo.slice %212 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %216 = stablehlo.reshape %215 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %217 = stablehlo.composite "mlxla.attention" %196, %214, %216, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %218 = stablehlo.reshape %217 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %219 = stablehlo.convert %218 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %220 = stablehlo.convert %arg45 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %221 = stablehlo.dot_general %219, %220, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %222 = stablehlo.add %190, %221 : tensor<1x64xf32>
    %223 = stablehlo.composite "mlxla.rms_norm" %222, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %224 = stablehlo.convert %223 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %225 = stablehlo.convert %arg47 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %226 = stablehlo.dot_general %224, %225, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %227 = stablehlo.logistic %226 : tensor<1x172xf32>
    %228 = stablehlo.multiply %226, %227 : tensor<1x172xf32>
    %229 = stablehlo.convert %223 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %230 = stablehlo.convert %arg48 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %231 = stablehlo.dot_general %229, %230, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %232 = stablehlo.multiply %228, %231 : tensor<1x172xf32>
    %233 = stablehlo.convert %232 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %234 = stablehlo.convert %arg49 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %235 = stablehlo.dot_general %233, %234, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %236 = stablehlo.add %222, %235 : tensor<1x64xf32>
    %237 = stablehlo.composite "mlxla.rms_norm" %236, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %238 = stablehlo.convert %237 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %239 = stablehlo.convert %arg4 : (tensor<512x64xf32>) -> tensor<512x64xbf16>
    %240 = stablehlo.dot_general %238, %239, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<512x64xbf16>) -> tensor<1x512xf32>
    %241 = stablehlo.composite "mlxla.argmax" %240 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %241, %210, %212 : tensor<1xi32>, tensor<5x1x64x4x8xf32>, tensor<5x1x64x4x8xf32>
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
