module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<512x64xf32> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<64x64xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<32x64xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<32x64xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<64x64xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<172x64xf32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<172x64xf32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<64x172xf32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<64x64xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<32x64xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<32x64xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<64x64xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<172x64xf32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<172x64xf32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<64x172xf32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<64x64xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<32x64xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<32x64xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<64x64xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<172x64xf32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<172x64xf32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<64x172xf32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<64x64xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<32x64xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<32x64xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<64x64xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<172x64xf32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<172x64xf32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<64x172xf32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<64x64xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<32x64xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<32x64xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<64x64xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<172x64xf32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<172x64xf32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<64x172xf32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg4, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<512x64xf32>, tensor<1x1xi32>) -> tensor<1x64xf32>
    %5 = stablehlo.composite "mlxla.rms_norm" %4, %arg5 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %6 = stablehlo.dot_general %5, %arg6, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %7 = stablehlo.reshape %6 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %8 = stablehlo.composite "mlxla.rope" %7, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %9 = stablehlo.dot_general %5, %arg7, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %10 = stablehlo.reshape %9 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %11 = stablehlo.composite "mlxla.rope" %10, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %12 = stablehlo.dot_general %5, %arg8, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %13 = stablehlo.reshape %12 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %14 = stablehlo.constant dense<0> : tensor<i32>
    %15 = stablehlo.constant dense<0> : tensor<i32>
    %16 = stablehlo.constant dense<0> : tensor<i32>
    %17 = stablehlo.reshape %11 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %18 = stablehlo.dynamic_update_slice %arg2, %17, %14, %16, %arg1, %15, %15 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %19 = stablehlo.reshape %13 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %20 = stablehlo.dynamic_update_slice %arg3, %19, %14, %16, %arg1, %15, %15 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %21 = stablehlo.slice %18 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %22 = stablehlo.reshape %21 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %23 = stablehlo.slice %20 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %24 = stablehlo.reshape %23 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %25 = stablehlo.composite "mlxla.attention" %8, %22, %24, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %26 = stablehlo.reshape %25 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %27 = stablehlo.dot_general %26, %arg9, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %28 = stablehlo.add %4, %27 : tensor<1x64xf32>
    %29 = stablehlo.composite "mlxla.rms_norm" %28, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %30 = stablehlo.dot_general %29, %arg11, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %31 = stablehlo.logistic %30 : tensor<1x172xf32>
    %32 = stablehlo.multiply %30, %31 : tensor<1x172xf32>
    %33 = stablehlo.dot_general %29, %arg12, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %34 = stablehlo.multiply %32, %33 : tensor<1x172xf32>
    %35 = stablehlo.dot_general %34, %arg13, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %36 = stablehlo.add %28, %35 : tensor<1x64xf32>
    %37 = stablehlo.composite "mlxla.rms_norm" %36, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %38 = stablehlo.dot_general %37, %arg15, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %39 = stablehlo.reshape %38 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %40 = stablehlo.composite "mlxla.rope" %39, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %41 = stablehlo.dot_general %37, %arg16, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %42 = stablehlo.reshape %41 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %43 = stablehlo.composite "mlxla.rope" %42, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %44 = stablehlo.dot_general %37, %arg17, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %45 = stablehlo.reshape %44 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %46 = stablehlo.constant dense<1> : tensor<i32>
    %47 = stablehlo.constant dense<0> : tensor<i32>
    %48 = stablehlo.constant dense<0> : tensor<i32>
    %49 = stablehlo.reshape %43 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %50 = stablehlo.dynamic_update_slice %18, %49, %46, %48, %arg1, %47, %47 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %51 = stablehlo.reshape %45 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %52 = stablehlo.dynamic_update_slice %20, %51, %46, %48, %arg1, %47, %47 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %53 = stablehlo.slice %50 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %54 = stablehlo.reshape %53 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %55 = stablehlo.slice %52 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %56 = stablehlo.reshape %55 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %57 = stablehlo.composite "mlxla.attention" %40, %54, %56, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %58 = stablehlo.reshape %57 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %59 = stablehlo.dot_general %58, %arg18, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %60 = stablehlo.add %36, %59 : tensor<1x64xf32>
    %61 = stablehlo.composite "mlxla.rms_norm" %60, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %62 = stablehlo.dot_general %61, %arg20, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %63 = stablehlo.logistic %62 : tensor<1x172xf32>
    %64 = stablehlo.multiply %62, %63 : tensor<1x172xf32>
    %65 = stablehlo.dot_general %61, %arg21, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %66 = stablehlo.multiply %64, %65 : tensor<1x172xf32>
    %67 = stablehlo.dot_general %66, %arg22, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %68 = stablehlo.add %60, %67 : tensor<1x64xf32>
    %69 = stablehlo.composite "mlxla.rms_norm" %68, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %70 = stablehlo.dot_general %69, %arg24, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %72 = stablehlo.composite "mlxla.rope" %71, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %73 = stablehlo.dot_general %69, %arg25, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %74 = stablehlo.reshape %73 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %75 = stablehlo.composite "mlxla.rope" %74, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %76 = stablehlo.dot_general %69, %arg26, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %77 = stablehlo.reshape %76 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %78 = stablehlo.constant dense<2> : tensor<i32>
    %79 = stablehlo.constant dense<0> : tensor<i32>
    %80 = stablehlo.constant dense<0> : tensor<i32>
    %81 = stablehlo.reshape %75 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %82 = stablehlo.dynamic_update_slice %50, %81, %78, %80, %arg1, %79, %79 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %83 = stablehlo.reshape %77 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %84 = stablehlo.dynamic_update_slice %52, %83, %78, %80, %arg1, %79, %79 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %85 = stablehlo.slice %82 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %86 = stablehlo.reshape %85 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %87 = stablehlo.slice %84 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %88 = stablehlo.reshape %87 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %89 = stablehlo.composite "mlxla.attention" %72, %86, %88, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %90 = stablehlo.reshape %89 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %91 = stablehlo.dot_general %90, %arg27, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %92 = stablehlo.add %68, %91 : tensor<1x64xf32>
    %93 = stablehlo.composite "mlxla.rms_norm" %92, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %94 = stablehlo.dot_general %93, %arg29, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %95 = stablehlo.logistic %94 : tensor<1x172xf32>
    %96 = stablehlo.multiply %94, %95 : tensor<1x172xf32>
    %97 = stablehlo.dot_general %93, %arg30, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %98 = stablehlo.multiply %96, %97 : tensor<1x172xf32>
    %99 = stablehlo.dot_general %98, %arg31, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %100 = stablehlo.add %92, %99 : tensor<1x64xf32>
    %101 = stablehlo.composite "mlxla.rms_norm" %100, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %102 = stablehlo.dot_general %101, %arg33, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %103 = stablehlo.reshape %102 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %104 = stablehlo.composite "mlxla.rope" %103, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %105 = stablehlo.dot_general %101, %arg34, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %106 = stablehlo.reshape %105 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %107 = stablehlo.composite "mlxla.rope" %106, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %108 = stablehlo.dot_general %101, %arg35, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %109 = stablehlo.reshape %108 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %110 = stablehlo.constant dense<3> : tensor<i32>
    %111 = stablehlo.constant dense<0> : tensor<i32>
    %112 = stablehlo.constant dense<0> : tensor<i32>
    %113 = stablehlo.reshape %107 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %114 = stablehlo.dynamic_update_slice %82, %113, %110, %112, %arg1, %111, %111 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %115 = stablehlo.reshape %109 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %116 = stablehlo.dynamic_update_slice %84, %115, %110, %112, %arg1, %111, %111 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %117 = stablehlo.slice %114 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %118 = stablehlo.reshape %117 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %119 = stablehlo.slice %116 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %120 = stablehlo.reshape %119 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %121 = stablehlo.composite "mlxla.attention" %104, %118, %120, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %122 = stablehlo.reshape %121 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %123 = stablehlo.dot_general %122, %arg36, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %124 = stablehlo.add %100, %123 : tensor<1x64xf32>
    %125 = stablehlo.composite "mlxla.rms_norm" %124, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %126 = stablehlo.dot_general %125, %arg38, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %127 = stablehlo.logistic %126 : tensor<1x172xf32>
    %128 = stablehlo.multiply %126, %127 : tensor<1x172xf32>
    %129 = stablehlo.dot_general %125, %arg39, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %130 = stablehlo.multiply %128, %129 : tensor<1x172xf32>
    %131 = stablehlo.dot_general %130, %arg40, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %132 = stablehlo.add %124, %131 : tensor<1x64xf32>
    %133 = stablehlo.composite "mlxla.rms_norm" %132, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %134 = stablehlo.dot_general %133, %arg42, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %135 = stablehlo.reshape %134 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %136 = stablehlo.composite "mlxla.rope" %135, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %137 = stablehlo.dot_general %133, %arg43, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %138 = stablehlo.reshape %137 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %139 = stablehlo.composite "mlxla.rope" %138, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %140 = stablehlo.dot_general %133, %arg44, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %141 = stablehlo.reshape %140 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %142 = stablehlo.constant dense<4> : tensor<i32>
    %143 = stablehlo.constant dense<0> : tensor<i32>
    %144 = stablehlo.constant dense<0> : tensor<i32>
    %145 = stablehlo.reshape %139 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %146 = stablehlo.dynamic_update_slice %114, %145, %142, %144, %arg1, %143, %143 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %147 = stablehlo.reshape %141 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %148 = stablehlo.dynamic_update_slice %116, %147, %142, %144, %arg1, %143, %143 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %149 = stablehlo.slice %146 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %151 = stablehlo.slice %148 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %152 = stablehlo.reshape %151 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %153 = stablehlo.composite "mlxla.attention" %136, %150, %152, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %154 = stablehlo.reshape %153 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %155 = stablehlo.dot_general %154, %arg45, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %156 = stablehlo.add %132, %155 : tensor<1x64xf32>
    %157 = stablehlo.composite "mlxla.rms_norm" %156, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %158 = stablehlo.dot_general %157, %arg47, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %159 = stablehlo.logistic %158 : tensor<1x172xf32>
    %160 = stablehlo.multiply %158, %159 : tensor<1x172xf32>
    %161 = stablehlo.dot_general %157, %arg48, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %162 = stablehlo.multiply %160, %161 : tensor<1x172xf32>
    %163 = stablehlo.dot_general %162, %arg49, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %164 = stablehlo.add %156, %163 : tensor<1x64xf32>
    %165 = stablehlo.composite "mlxla.rms_norm" %164, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %166 = stablehlo.dot_general %165, %arg4, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<512x64xf32>) -> tensor<1x512xf32>
    %167 = stablehlo.composite "mlxla.argmax" %166 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %167, %146, %148 : tensor<1xi32>, tensor<5x1x64x4x8xf32>, tensor<5x1x64x4x8xf32>
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
