module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<512x64xf32> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<64x64xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<32x64xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<32x64xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<64x64xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<172x64xf32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<172x64xf32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<64x172xf32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<64x64xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<32x64xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<32x64xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<64x64xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<172x64xf32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<172x64xf32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<64x172xf32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<64x64xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<32x64xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<32x64xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<64x64xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<172x64xf32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<172x64xf32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<64x172xf32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<64x64xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<32x64xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<32x64xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<64x64xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<172x64xf32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<172x64xf32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<64x172xf32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<64x64xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<32x64xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<32x64xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<64x64xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<172x64xf32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<172x64xf32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<64x172xf32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache"}) {
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
    %14 = stablehlo.convert %11 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %15 = stablehlo.convert %13 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %16 = stablehlo.constant dense<0> : tensor<i32>
    %17 = stablehlo.constant dense<0> : tensor<i32>
    %18 = stablehlo.constant dense<0> : tensor<i32>
    %19 = stablehlo.reshape %14 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %20 = stablehlo.dynamic_update_slice %arg2, %19, %16, %18, %arg1, %17, %17 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %21 = stablehlo.reshape %15 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %22 = stablehlo.dynamic_update_slice %arg3, %21, %16, %18, %arg1, %17, %17 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %23 = stablehlo.slice %22 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %24 = stablehlo.reshape %23 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %25 = stablehlo.slice %20 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %26 = stablehlo.reshape %25 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %27 = stablehlo.composite "mlxla.attention" %8, %26, %24, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %28 = stablehlo.reshape %27 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %29 = stablehlo.dot_general %28, %arg9, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %30 = stablehlo.add %4, %29 : tensor<1x64xf32>
    %31 = stablehlo.composite "mlxla.rms_norm" %30, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %32 = stablehlo.dot_general %31, %arg11, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %33 = stablehlo.dot_general %31, %arg12, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %34 = stablehlo.logistic %32 : tensor<1x172xf32>
    %35 = stablehlo.multiply %32, %34 : tensor<1x172xf32>
    %36 = stablehlo.multiply %35, %33 : tensor<1x172xf32>
    %37 = stablehlo.dot_general %36, %arg13, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %38 = stablehlo.add %30, %37 : tensor<1x64xf32>
    %39 = stablehlo.composite "mlxla.rms_norm" %38, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %40 = stablehlo.dot_general %39, %arg15, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %41 = stablehlo.reshape %40 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %42 = stablehlo.composite "mlxla.rope" %41, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %43 = stablehlo.dot_general %39, %arg16, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %44 = stablehlo.reshape %43 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %45 = stablehlo.composite "mlxla.rope" %44, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %46 = stablehlo.dot_general %39, %arg17, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %47 = stablehlo.reshape %46 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %48 = stablehlo.convert %45 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %49 = stablehlo.convert %47 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %50 = stablehlo.constant dense<1> : tensor<i32>
    %51 = stablehlo.constant dense<0> : tensor<i32>
    %52 = stablehlo.constant dense<0> : tensor<i32>
    %53 = stablehlo.reshape %48 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %54 = stablehlo.dynamic_update_slice %20, %53, %50, %52, %arg1, %51, %51 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %55 = stablehlo.reshape %49 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %56 = stablehlo.dynamic_update_slice %22, %55, %50, %52, %arg1, %51, %51 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %57 = stablehlo.slice %56 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %58 = stablehlo.reshape %57 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %59 = stablehlo.slice %54 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %60 = stablehlo.reshape %59 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %61 = stablehlo.composite "mlxla.attention" %42, %60, %58, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %62 = stablehlo.reshape %61 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %63 = stablehlo.dot_general %62, %arg18, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %64 = stablehlo.add %38, %63 : tensor<1x64xf32>
    %65 = stablehlo.composite "mlxla.rms_norm" %64, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %66 = stablehlo.dot_general %65, %arg20, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %67 = stablehlo.dot_general %65, %arg21, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %68 = stablehlo.logistic %66 : tensor<1x172xf32>
    %69 = stablehlo.multiply %66, %68 : tensor<1x172xf32>
    %70 = stablehlo.multiply %69, %67 : tensor<1x172xf32>
    %71 = stablehlo.dot_general %70, %arg22, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %72 = stablehlo.add %64, %71 : tensor<1x64xf32>
    %73 = stablehlo.composite "mlxla.rms_norm" %72, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %74 = stablehlo.dot_general %73, %arg24, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %75 = stablehlo.reshape %74 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %76 = stablehlo.composite "mlxla.rope" %75, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %77 = stablehlo.dot_general %73, %arg25, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %79 = stablehlo.composite "mlxla.rope" %78, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %80 = stablehlo.dot_general %73, %arg26, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %81 = stablehlo.reshape %80 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %82 = stablehlo.convert %79 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %83 = stablehlo.convert %81 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %84 = stablehlo.constant dense<2> : tensor<i32>
    %85 = stablehlo.constant dense<0> : tensor<i32>
    %86 = stablehlo.constant dense<0> : tensor<i32>
    %87 = stablehlo.reshape %82 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %88 = stablehlo.dynamic_update_slice %54, %87, %84, %86, %arg1, %85, %85 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %89 = stablehlo.reshape %83 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %90 = stablehlo.dynamic_update_slice %56, %89, %84, %86, %arg1, %85, %85 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %91 = stablehlo.slice %90 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %92 = stablehlo.reshape %91 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %93 = stablehlo.slice %88 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %94 = stablehlo.reshape %93 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %95 = stablehlo.composite "mlxla.attention" %76, %94, %92, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %96 = stablehlo.reshape %95 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %97 = stablehlo.dot_general %96, %arg27, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %98 = stablehlo.add %72, %97 : tensor<1x64xf32>
    %99 = stablehlo.composite "mlxla.rms_norm" %98, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %100 = stablehlo.dot_general %99, %arg29, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %101 = stablehlo.dot_general %99, %arg30, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %102 = stablehlo.logistic %100 : tensor<1x172xf32>
    %103 = stablehlo.multiply %100, %102 : tensor<1x172xf32>
    %104 = stablehlo.multiply %103, %101 : tensor<1x172xf32>
    %105 = stablehlo.dot_general %104, %arg31, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %106 = stablehlo.add %98, %105 : tensor<1x64xf32>
    %107 = stablehlo.composite "mlxla.rms_norm" %106, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %108 = stablehlo.dot_general %107, %arg33, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %109 = stablehlo.reshape %108 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %110 = stablehlo.composite "mlxla.rope" %109, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %111 = stablehlo.dot_general %107, %arg34, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %112 = stablehlo.reshape %111 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %113 = stablehlo.composite "mlxla.rope" %112, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %114 = stablehlo.dot_general %107, %arg35, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %115 = stablehlo.reshape %114 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %116 = stablehlo.convert %113 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %117 = stablehlo.convert %115 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %118 = stablehlo.constant dense<3> : tensor<i32>
    %119 = stablehlo.constant dense<0> : tensor<i32>
    %120 = stablehlo.constant dense<0> : tensor<i32>
    %121 = stablehlo.reshape %116 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %122 = stablehlo.dynamic_update_slice %88, %121, %118, %120, %arg1, %119, %119 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %123 = stablehlo.reshape %117 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %124 = stablehlo.dynamic_update_slice %90, %123, %118, %120, %arg1, %119, %119 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %125 = stablehlo.slice %124 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %126 = stablehlo.reshape %125 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %127 = stablehlo.slice %122 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %128 = stablehlo.reshape %127 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %129 = stablehlo.composite "mlxla.attention" %110, %128, %126, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %130 = stablehlo.reshape %129 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %131 = stablehlo.dot_general %130, %arg36, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %132 = stablehlo.add %106, %131 : tensor<1x64xf32>
    %133 = stablehlo.composite "mlxla.rms_norm" %132, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %134 = stablehlo.dot_general %133, %arg38, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %135 = stablehlo.dot_general %133, %arg39, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %136 = stablehlo.logistic %134 : tensor<1x172xf32>
    %137 = stablehlo.multiply %134, %136 : tensor<1x172xf32>
    %138 = stablehlo.multiply %137, %135 : tensor<1x172xf32>
    %139 = stablehlo.dot_general %138, %arg40, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %140 = stablehlo.add %132, %139 : tensor<1x64xf32>
    %141 = stablehlo.composite "mlxla.rms_norm" %140, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %142 = stablehlo.dot_general %141, %arg42, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %143 = stablehlo.reshape %142 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %144 = stablehlo.composite "mlxla.rope" %143, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %145 = stablehlo.dot_general %141, %arg43, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %146 = stablehlo.reshape %145 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %147 = stablehlo.composite "mlxla.rope" %146, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %148 = stablehlo.dot_general %141, %arg44, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    %149 = stablehlo.reshape %148 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %150 = stablehlo.convert %147 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %151 = stablehlo.convert %149 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %152 = stablehlo.constant dense<4> : tensor<i32>
    %153 = stablehlo.constant dense<0> : tensor<i32>
    %154 = stablehlo.constant dense<0> : tensor<i32>
    %155 = stablehlo.reshape %150 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %156 = stablehlo.dynamic_update_slice %122, %155, %152, %154, %arg1, %153, %153 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %157 = stablehlo.reshape %151 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %158 = stablehlo.dynamic_update_slice %124, %157, %152, %154, %arg1, %153, %153 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %159 = stablehlo.slice %158 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %160 = stablehlo.reshape %159 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %161 = stablehlo.slice %156 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %162 = stablehlo.reshape %161 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %163 = stablehlo.composite "mlxla.attention" %144, %162, %160, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %164 = stablehlo.reshape %163 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %165 = stablehlo.dot_general %164, %arg45, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %166 = stablehlo.add %140, %165 : tensor<1x64xf32>
    %167 = stablehlo.composite "mlxla.rms_norm" %166, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %168 = stablehlo.dot_general %167, %arg47, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %169 = stablehlo.dot_general %167, %arg48, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    %170 = stablehlo.logistic %168 : tensor<1x172xf32>
    %171 = stablehlo.multiply %168, %170 : tensor<1x172xf32>
    %172 = stablehlo.multiply %171, %169 : tensor<1x172xf32>
    %173 = stablehlo.dot_general %172, %arg49, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %174 = stablehlo.add %166, %173 : tensor<1x64xf32>
    %175 = stablehlo.composite "mlxla.rms_norm" %174, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %176 = stablehlo.dot_general %175, %arg4, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<512x64xf32>) -> tensor<1x512xf32>
    %177 = stablehlo.composite "mlxla.argmax" %176 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %177, %156, %158 : tensor<1xi32>, tensor<5x1x64x4x8xf16>, tensor<5x1x64x4x8xf16>
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
