module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<512x64xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<64x172xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<64x172xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<64x172xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<64x172xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<64x172xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache"}) {
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
    %18 = stablehlo.constant dense<0> : tensor<i32>
    %19 = stablehlo.constant dense<0> : tensor<i32>
    %20 = stablehlo.constant dense<0> : tensor<i32>
    %21 = stablehlo.reshape %14 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %22 = stablehlo.dynamic_update_slice %arg2, %21, %18, %20, %arg1, %19, %19 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %23 = stablehlo.reshape %17 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %24 = stablehlo.dynamic_update_slice %arg3, %23, %18, %20, %arg1, %19, %19 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %25 = stablehlo.slice %22 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %26 = stablehlo.reshape %25 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %27 = stablehlo.slice %24 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %28 = stablehlo.reshape %27 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %29 = stablehlo.composite "mlxla.attention" %10, %26, %28, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %30 = stablehlo.reshape %29 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %31 = stablehlo.convert %arg9 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %32 = stablehlo.dot_general %30, %31, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %33 = stablehlo.add %5, %32 : tensor<1x64xf32>
    %34 = stablehlo.composite "mlxla.rms_norm" %33, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %35 = stablehlo.convert %arg11 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %36 = stablehlo.dot_general %34, %35, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %37 = stablehlo.logistic %36 : tensor<1x172xf32>
    %38 = stablehlo.multiply %36, %37 : tensor<1x172xf32>
    %39 = stablehlo.convert %arg12 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %40 = stablehlo.dot_general %34, %39, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %41 = stablehlo.multiply %38, %40 : tensor<1x172xf32>
    %42 = stablehlo.convert %arg13 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %43 = stablehlo.dot_general %41, %42, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %44 = stablehlo.add %33, %43 : tensor<1x64xf32>
    %45 = stablehlo.composite "mlxla.rms_norm" %44, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %46 = stablehlo.convert %arg15 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %47 = stablehlo.dot_general %45, %46, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %48 = stablehlo.reshape %47 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %49 = stablehlo.composite "mlxla.rope" %48, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %50 = stablehlo.convert %arg16 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %51 = stablehlo.dot_general %45, %50, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %52 = stablehlo.reshape %51 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %53 = stablehlo.composite "mlxla.rope" %52, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %54 = stablehlo.convert %arg17 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %55 = stablehlo.dot_general %45, %54, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %56 = stablehlo.reshape %55 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %57 = stablehlo.constant dense<1> : tensor<i32>
    %58 = stablehlo.constant dense<0> : tensor<i32>
    %59 = stablehlo.constant dense<0> : tensor<i32>
    %60 = stablehlo.reshape %53 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %61 = stablehlo.dynamic_update_slice %22, %60, %57, %59, %arg1, %58, %58 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %62 = stablehlo.reshape %56 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %63 = stablehlo.dynamic_update_slice %24, %62, %57, %59, %arg1, %58, %58 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %64 = stablehlo.slice %61 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %65 = stablehlo.reshape %64 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %66 = stablehlo.slice %63 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %67 = stablehlo.reshape %66 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %68 = stablehlo.composite "mlxla.attention" %49, %65, %67, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %69 = stablehlo.reshape %68 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %70 = stablehlo.convert %arg18 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %71 = stablehlo.dot_general %69, %70, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %72 = stablehlo.add %44, %71 : tensor<1x64xf32>
    %73 = stablehlo.composite "mlxla.rms_norm" %72, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %74 = stablehlo.convert %arg20 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %75 = stablehlo.dot_general %73, %74, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %76 = stablehlo.logistic %75 : tensor<1x172xf32>
    %77 = stablehlo.multiply %75, %76 : tensor<1x172xf32>
    %78 = stablehlo.convert %arg21 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %79 = stablehlo.dot_general %73, %78, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %80 = stablehlo.multiply %77, %79 : tensor<1x172xf32>
    %81 = stablehlo.convert %arg22 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %82 = stablehlo.dot_general %80, %81, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %83 = stablehlo.add %72, %82 : tensor<1x64xf32>
    %84 = stablehlo.composite "mlxla.rms_norm" %83, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %85 = stablehlo.convert %arg24 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %86 = stablehlo.dot_general %84, %85, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %87 = stablehlo.reshape %86 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %88 = stablehlo.composite "mlxla.rope" %87, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %89 = stablehlo.convert %arg25 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %90 = stablehlo.dot_general %84, %89, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %91 = stablehlo.reshape %90 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %92 = stablehlo.composite "mlxla.rope" %91, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %93 = stablehlo.convert %arg26 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %94 = stablehlo.dot_general %84, %93, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %95 = stablehlo.reshape %94 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %96 = stablehlo.constant dense<2> : tensor<i32>
    %97 = stablehlo.constant dense<0> : tensor<i32>
    %98 = stablehlo.constant dense<0> : tensor<i32>
    %99 = stablehlo.reshape %92 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %100 = stablehlo.dynamic_update_slice %61, %99, %96, %98, %arg1, %97, %97 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %101 = stablehlo.reshape %95 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %102 = stablehlo.dynamic_update_slice %63, %101, %96, %98, %arg1, %97, %97 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %103 = stablehlo.slice %100 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %104 = stablehlo.reshape %103 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %105 = stablehlo.slice %102 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %106 = stablehlo.reshape %105 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %107 = stablehlo.composite "mlxla.attention" %88, %104, %106, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %108 = stablehlo.reshape %107 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %109 = stablehlo.convert %arg27 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %110 = stablehlo.dot_general %108, %109, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %111 = stablehlo.add %83, %110 : tensor<1x64xf32>
    %112 = stablehlo.composite "mlxla.rms_norm" %111, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %113 = stablehlo.convert %arg29 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %114 = stablehlo.dot_general %112, %113, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %115 = stablehlo.logistic %114 : tensor<1x172xf32>
    %116 = stablehlo.multiply %114, %115 : tensor<1x172xf32>
    %117 = stablehlo.convert %arg30 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %118 = stablehlo.dot_general %112, %117, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %119 = stablehlo.multiply %116, %118 : tensor<1x172xf32>
    %120 = stablehlo.convert %arg31 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %121 = stablehlo.dot_general %119, %120, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %122 = stablehlo.add %111, %121 : tensor<1x64xf32>
    %123 = stablehlo.composite "mlxla.rms_norm" %122, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %124 = stablehlo.convert %arg33 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %125 = stablehlo.dot_general %123, %124, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %126 = stablehlo.reshape %125 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %127 = stablehlo.composite "mlxla.rope" %126, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %128 = stablehlo.convert %arg34 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %129 = stablehlo.dot_general %123, %128, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %130 = stablehlo.reshape %129 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %131 = stablehlo.composite "mlxla.rope" %130, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %132 = stablehlo.convert %arg35 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %133 = stablehlo.dot_general %123, %132, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %134 = stablehlo.reshape %133 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %135 = stablehlo.constant dense<3> : tensor<i32>
    %136 = stablehlo.constant dense<0> : tensor<i32>
    %137 = stablehlo.constant dense<0> : tensor<i32>
    %138 = stablehlo.reshape %131 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %139 = stablehlo.dynamic_update_slice %100, %138, %135, %137, %arg1, %136, %136 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %140 = stablehlo.reshape %134 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %141 = stablehlo.dynamic_update_slice %102, %140, %135, %137, %arg1, %136, %136 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %142 = stablehlo.slice %139 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %143 = stablehlo.reshape %142 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %144 = stablehlo.slice %141 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %145 = stablehlo.reshape %144 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %146 = stablehlo.composite "mlxla.attention" %127, %143, %145, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %147 = stablehlo.reshape %146 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %148 = stablehlo.convert %arg36 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %149 = stablehlo.dot_general %147, %148, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %150 = stablehlo.add %122, %149 : tensor<1x64xf32>
    %151 = stablehlo.composite "mlxla.rms_norm" %150, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %152 = stablehlo.convert %arg38 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %153 = stablehlo.dot_general %151, %152, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %154 = stablehlo.logistic %153 : tensor<1x172xf32>
    %155 = stablehlo.multiply %153, %154 : tensor<1x172xf32>
    %156 = stablehlo.convert %arg39 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %157 = stablehlo.dot_general %151, %156, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %158 = stablehlo.multiply %155, %157 : tensor<1x172xf32>
    %159 = stablehlo.convert %arg40 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %160 = stablehlo.dot_general %158, %159, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %161 = stablehlo.add %150, %160 : tensor<1x64xf32>
    %162 = stablehlo.composite "mlxla.rms_norm" %161, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %163 = stablehlo.convert %arg42 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %164 = stablehlo.dot_general %162, %163, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %165 = stablehlo.reshape %164 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %166 = stablehlo.composite "mlxla.rope" %165, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %167 = stablehlo.convert %arg43 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %168 = stablehlo.dot_general %162, %167, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %169 = stablehlo.reshape %168 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %170 = stablehlo.composite "mlxla.rope" %169, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %171 = stablehlo.convert %arg44 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %172 = stablehlo.dot_general %162, %171, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %173 = stablehlo.reshape %172 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %174 = stablehlo.constant dense<4> : tensor<i32>
    %175 = stablehlo.constant dense<0> : tensor<i32>
    %176 = stablehlo.constant dense<0> : tensor<i32>
    %177 = stablehlo.reshape %170 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %178 = stablehlo.dynamic_update_slice %139, %177, %174, %176, %arg1, %175, %175 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %179 = stablehlo.reshape %173 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %180 = stablehlo.dynamic_update_slice %141, %179, %174, %176, %arg1, %175, %175 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %181 = stablehlo.slice %178 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %182 = stablehlo.reshape %181 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %183 = stablehlo.slice %180 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %184 = stablehlo.reshape %183 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %185 = stablehlo.composite "mlxla.attention" %166, %182, %184, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %186 = stablehlo.reshape %185 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %187 = stablehlo.convert %arg45 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %188 = stablehlo.dot_general %186, %187, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %189 = stablehlo.add %161, %188 : tensor<1x64xf32>
    %190 = stablehlo.composite "mlxla.rms_norm" %189, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %191 = stablehlo.convert %arg47 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %192 = stablehlo.dot_general %190, %191, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %193 = stablehlo.logistic %192 : tensor<1x172xf32>
    %194 = stablehlo.multiply %192, %193 : tensor<1x172xf32>
    %195 = stablehlo.convert %arg48 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %196 = stablehlo.dot_general %190, %195, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %197 = stablehlo.multiply %194, %196 : tensor<1x172xf32>
    %198 = stablehlo.convert %arg49 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %199 = stablehlo.dot_general %197, %198, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %200 = stablehlo.add %189, %199 : tensor<1x64xf32>
    %201 = stablehlo.composite "mlxla.rms_norm" %200, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %202 = stablehlo.convert %arg4 : (tensor<512x64xf16>) -> tensor<512x64xf32>
    %203 = stablehlo.dot_general %201, %202, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<512x64xf32>) -> tensor<1x512xf32>
    %204 = stablehlo.composite "mlxla.argmax" %203 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %204, %178, %180 : tensor<1xi32>, tensor<5x1x64x4x8xf32>, tensor<5x1x64x4x8xf32>
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
