module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<512x8xui32> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<512x2xf16> {mlxla.name = "model.embed_tokens.scales"}, %arg6: tensor<512x2xf16> {mlxla.name = "model.embed_tokens.biases"}, %arg7: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg8: tensor<64x8xui32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg9: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.scales"}, %arg10: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.biases"}, %arg11: tensor<32x8xui32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg12: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.scales"}, %arg13: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.biases"}, %arg14: tensor<32x8xui32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg15: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.scales"}, %arg16: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.biases"}, %arg17: tensor<64x8xui32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg18: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.scales"}, %arg19: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.biases"}, %arg20: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg21: tensor<172x8xui32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg22: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.scales"}, %arg23: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.biases"}, %arg24: tensor<172x8xui32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg25: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.up_proj.scales"}, %arg26: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.up_proj.biases"}, %arg27: tensor<64x172xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg28: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg29: tensor<64x8xui32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg30: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.scales"}, %arg31: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.biases"}, %arg32: tensor<32x8xui32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg33: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.scales"}, %arg34: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.biases"}, %arg35: tensor<32x8xui32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg36: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.scales"}, %arg37: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.biases"}, %arg38: tensor<64x8xui32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg39: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.scales"}, %arg40: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.biases"}, %arg41: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg42: tensor<172x8xui32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg43: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.scales"}, %arg44: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.biases"}, %arg45: tensor<172x8xui32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg46: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.up_proj.scales"}, %arg47: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.up_proj.biases"}, %arg48: tensor<64x172xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg49: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg50: tensor<64x8xui32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg51: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.scales"}, %arg52: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.biases"}, %arg53: tensor<32x8xui32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg54: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.scales"}, %arg55: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.biases"}, %arg56: tensor<32x8xui32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg57: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.scales"}, %arg58: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.biases"}, %arg59: tensor<64x8xui32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg60: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.scales"}, %arg61: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.biases"}, %arg62: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg63: tensor<172x8xui32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg64: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.scales"}, %arg65: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.biases"}, %arg66: tensor<172x8xui32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg67: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.up_proj.scales"}, %arg68: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.up_proj.biases"}, %arg69: tensor<64x172xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg70: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg71: tensor<64x8xui32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg72: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.scales"}, %arg73: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.biases"}, %arg74: tensor<32x8xui32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg75: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.scales"}, %arg76: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.biases"}, %arg77: tensor<32x8xui32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg78: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.scales"}, %arg79: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.biases"}, %arg80: tensor<64x8xui32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg81: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.scales"}, %arg82: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.biases"}, %arg83: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg84: tensor<172x8xui32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg85: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.scales"}, %arg86: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.biases"}, %arg87: tensor<172x8xui32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg88: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.up_proj.scales"}, %arg89: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.up_proj.biases"}, %arg90: tensor<64x172xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg91: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg92: tensor<64x8xui32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg93: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.scales"}, %arg94: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.biases"}, %arg95: tensor<32x8xui32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg96: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.scales"}, %arg97: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.biases"}, %arg98: tensor<32x8xui32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg99: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.scales"}, %arg100: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.biases"}, %arg101: tensor<64x8xui32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg102: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.scales"}, %arg103: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.biases"}, %arg104: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg105: tensor<172x8xui32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg106: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.scales"}, %arg107: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.biases"}, %arg108: tensor<172x8xui32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg109: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.up_proj.scales"}, %arg110: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.up_proj.biases"}, %arg111: tensor<64x172xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg112: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg6, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2>} : (tensor<512x2xf16>, tensor<1x1xi32>) -> tensor<1x2xf16>
    %5 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %6 = "stablehlo.gather"(%arg5, %5) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2>} : (tensor<512x2xf16>, tensor<1x1xi32>) -> tensor<1x2xf16>
    %7 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %8 = "stablehlo.gather"(%arg4, %7) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8>} : (tensor<512x8xui32>, tensor<1x1xi32>) -> tensor<1x8xui32>
    %9 = stablehlo.reshape %8 : (tensor<1x8xui32>) -> tensor<1x2x4xui32>
    %10 = stablehlo.slice %9 [0:1, 0:2, 0:1] : (tensor<1x2x4xui32>) -> tensor<1x2x1xui32>
    %11 = stablehlo.slice %9 [0:1, 0:2, 1:2] : (tensor<1x2x4xui32>) -> tensor<1x2x1xui32>
    %12 = stablehlo.slice %9 [0:1, 0:2, 2:3] : (tensor<1x2x4xui32>) -> tensor<1x2x1xui32>
    %13 = stablehlo.slice %9 [0:1, 0:2, 3:4] : (tensor<1x2x4xui32>) -> tensor<1x2x1xui32>
    %14 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [2] : (tensor<32xui32>) -> tensor<1x2x32xui32>
    %16 = stablehlo.concatenate %10, %10, %10, %10, %10, %10, %10, %10, %11, %11, %11, %11, %11, %11, %11, %11, %12, %12, %12, %12, %12, %12, %12, %12, %13, %13, %13, %13, %13, %13, %13, %13, dim = 2 : (tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>, tensor<1x2x1xui32>) -> tensor<1x2x32xui32>
    %17 = stablehlo.shift_right_logical %16, %15 : tensor<1x2x32xui32>
    %18 = stablehlo.constant dense<15> : tensor<1x2x32xui32>
    %19 = stablehlo.and %17, %18 : tensor<1x2x32xui32>
    %20 = stablehlo.reshape %19 : (tensor<1x2x32xui32>) -> tensor<1x64xui32>
    %21 = stablehlo.convert %20 : (tensor<1x64xui32>) -> tensor<1x64xf32>
    %22 = stablehlo.convert %6 : (tensor<1x2xf16>) -> tensor<1x2xf32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [0, 1] : (tensor<1x2xf32>) -> tensor<1x2x32xf32>
    %24 = stablehlo.reshape %23 : (tensor<1x2x32xf32>) -> tensor<1x64xf32>
    %25 = stablehlo.multiply %21, %24 : tensor<1x64xf32>
    %26 = stablehlo.convert %4 : (tensor<1x2xf16>) -> tensor<1x2xf32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [0, 1] : (tensor<1x2xf32>) -> tensor<1x2x32xf32>
    %28 = stablehlo.reshape %27 : (tensor<1x2x32xf32>) -> tensor<1x64xf32>
    %29 = stablehlo.add %25, %28 : tensor<1x64xf32>
    %30 = stablehlo.composite "mlxla.rms_norm" %29, %arg7 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %31 = stablehlo.composite "mlxla.quantized_dot" %30, %arg8, %arg9, %arg10 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<1x64xf32>
    %32 = stablehlo.reshape %31 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %33 = stablehlo.composite "mlxla.rope" %32, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %34 = stablehlo.composite "mlxla.quantized_dot" %30, %arg11, %arg12, %arg13 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<1x32xf32>
    %35 = stablehlo.reshape %34 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %36 = stablehlo.composite "mlxla.rope" %35, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %37 = stablehlo.composite "mlxla.quantized_dot" %30, %arg14, %arg15, %arg16 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<1x32xf32>
    %38 = stablehlo.reshape %37 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %39 = stablehlo.convert %36 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %40 = stablehlo.convert %38 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %41 = stablehlo.constant dense<0> : tensor<i32>
    %42 = stablehlo.constant dense<0> : tensor<i32>
    %43 = stablehlo.constant dense<0> : tensor<i32>
    %44 = stablehlo.reshape %39 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %45 = stablehlo.dynamic_update_slice %arg2, %44, %41, %43, %arg1, %42, %42 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %46 = stablehlo.reshape %40 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %47 = stablehlo.dynamic_update_slice %arg3, %46, %41, %43, %arg1, %42, %42 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %48 = stablehlo.slice %47 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %49 = stablehlo.reshape %48 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %50 = stablehlo.slice %45 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %51 = stablehlo.reshape %50 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %52 = stablehlo.composite "mlxla.attention" %33, %51, %49, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %53 = stablehlo.reshape %52 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %54 = stablehlo.composite "mlxla.quantized_dot" %53, %arg17, %arg18, %arg19 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<1x64xf32>
    %55 = stablehlo.add %29, %54 : tensor<1x64xf32>
    %56 = stablehlo.composite "mlxla.rms_norm" %55, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %57 = stablehlo.composite "mlxla.quantized_dot" %56, %arg21, %arg22, %arg23 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<1x172xf32>
    %58 = stablehlo.composite "mlxla.quantized_dot" %56, %arg24, %arg25, %arg26 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<1x172xf32>
    %59 = stablehlo.logistic %57 : tensor<1x172xf32>
    %60 = stablehlo.multiply %57, %59 : tensor<1x172xf32>
    %61 = stablehlo.multiply %60, %58 : tensor<1x172xf32>
    %62 = stablehlo.convert %arg27 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %63 = stablehlo.dot_general %61, %62, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %64 = stablehlo.add %55, %63 : tensor<1x64xf32>
    %65 = stablehlo.composite "mlxla.rms_norm" %64, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %66 = stablehlo.composite "mlxla.quantized_dot" %65, %arg29, %arg30, %arg31 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<1x64xf32>
    %67 = stablehlo.reshape %66 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %68 = stablehlo.composite "mlxla.rope" %67, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %69 = stablehlo.composite "mlxla.quantized_dot" %65, %arg32, %arg33, %arg34 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<1x32xf32>
    %70 = stablehlo.reshape %69 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %71 = stablehlo.composite "mlxla.rope" %70, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %72 = stablehlo.composite "mlxla.quantized_dot" %65, %arg35, %arg36, %arg37 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<1x32xf32>
    %73 = stablehlo.reshape %72 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %74 = stablehlo.convert %71 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %75 = stablehlo.convert %73 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %76 = stablehlo.constant dense<1> : tensor<i32>
    %77 = stablehlo.constant dense<0> : tensor<i32>
    %78 = stablehlo.constant dense<0> : tensor<i32>
    %79 = stablehlo.reshape %74 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %80 = stablehlo.dynamic_update_slice %45, %79, %76, %78, %arg1, %77, %77 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %81 = stablehlo.reshape %75 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %82 = stablehlo.dynamic_update_slice %47, %81, %76, %78, %arg1, %77, %77 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %83 = stablehlo.slice %82 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %84 = stablehlo.reshape %83 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %85 = stablehlo.slice %80 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %86 = stablehlo.reshape %85 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %87 = stablehlo.composite "mlxla.attention" %68, %86, %84, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %88 = stablehlo.reshape %87 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %89 = stablehlo.composite "mlxla.quantized_dot" %88, %arg38, %arg39, %arg40 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<1x64xf32>
    %90 = stablehlo.add %64, %89 : tensor<1x64xf32>
    %91 = stablehlo.composite "mlxla.rms_norm" %90, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %92 = stablehlo.composite "mlxla.quantized_dot" %91, %arg42, %arg43, %arg44 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<1x172xf32>
    %93 = stablehlo.composite "mlxla.quantized_dot" %91, %arg45, %arg46, %arg47 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<1x172xf32>
    %94 = stablehlo.logistic %92 : tensor<1x172xf32>
    %95 = stablehlo.multiply %92, %94 : tensor<1x172xf32>
    %96 = stablehlo.multiply %95, %93 : tensor<1x172xf32>
    %97 = stablehlo.convert %arg48 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %98 = stablehlo.dot_general %96, %97, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %99 = stablehlo.add %90, %98 : tensor<1x64xf32>
    %100 = stablehlo.composite "mlxla.rms_norm" %99, %arg49 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %101 = stablehlo.composite "mlxla.quantized_dot" %100, %arg50, %arg51, %arg52 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<1x64xf32>
    %102 = stablehlo.reshape %101 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %103 = stablehlo.composite "mlxla.rope" %102, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %104 = stablehlo.composite "mlxla.quantized_dot" %100, %arg53, %arg54, %arg55 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<1x32xf32>
    %105 = stablehlo.reshape %104 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %106 = stablehlo.composite "mlxla.rope" %105, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %107 = stablehlo.composite "mlxla.quantized_dot" %100, %arg56, %arg57, %arg58 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<1x32xf32>
    %108 = stablehlo.reshape %107 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %109 = stablehlo.convert %106 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %110 = stablehlo.convert %108 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %111 = stablehlo.constant dense<2> : tensor<i32>
    %112 = stablehlo.constant dense<0> : tensor<i32>
    %113 = stablehlo.constant dense<0> : tensor<i32>
    %114 = stablehlo.reshape %109 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %115 = stablehlo.dynamic_update_slice %80, %114, %111, %113, %arg1, %112, %112 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %116 = stablehlo.reshape %110 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %117 = stablehlo.dynamic_update_slice %82, %116, %111, %113, %arg1, %112, %112 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %118 = stablehlo.slice %117 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %119 = stablehlo.reshape %118 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %120 = stablehlo.slice %115 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %121 = stablehlo.reshape %120 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %122 = stablehlo.composite "mlxla.attention" %103, %121, %119, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %123 = stablehlo.reshape %122 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %124 = stablehlo.composite "mlxla.quantized_dot" %123, %arg59, %arg60, %arg61 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<1x64xf32>
    %125 = stablehlo.add %99, %124 : tensor<1x64xf32>
    %126 = stablehlo.composite "mlxla.rms_norm" %125, %arg62 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %127 = stablehlo.composite "mlxla.quantized_dot" %126, %arg63, %arg64, %arg65 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<1x172xf32>
    %128 = stablehlo.composite "mlxla.quantized_dot" %126, %arg66, %arg67, %arg68 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<1x172xf32>
    %129 = stablehlo.logistic %127 : tensor<1x172xf32>
    %130 = stablehlo.multiply %127, %129 : tensor<1x172xf32>
    %131 = stablehlo.multiply %130, %128 : tensor<1x172xf32>
    %132 = stablehlo.convert %arg69 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %133 = stablehlo.dot_general %131, %132, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %134 = stablehlo.add %125, %133 : tensor<1x64xf32>
    %135 = stablehlo.composite "mlxla.rms_norm" %134, %arg70 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %136 = stablehlo.composite "mlxla.quantized_dot" %135, %arg71, %arg72, %arg73 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<1x64xf32>
    %137 = stablehlo.reshape %136 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %138 = stablehlo.composite "mlxla.rope" %137, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %139 = stablehlo.composite "mlxla.quantized_dot" %135, %arg74, %arg75, %arg76 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<1x32xf32>
    %140 = stablehlo.reshape %139 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %141 = stablehlo.composite "mlxla.rope" %140, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %142 = stablehlo.composite "mlxla.quantized_dot" %135, %arg77, %arg78, %arg79 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<1x32xf32>
    %143 = stablehlo.reshape %142 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %144 = stablehlo.convert %141 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %145 = stablehlo.convert %143 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %146 = stablehlo.constant dense<3> : tensor<i32>
    %147 = stablehlo.constant dense<0> : tensor<i32>
    %148 = stablehlo.constant dense<0> : tensor<i32>
    %149 = stablehlo.reshape %144 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %150 = stablehlo.dynamic_update_slice %115, %149, %146, %148, %arg1, %147, %147 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %151 = stablehlo.reshape %145 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %152 = stablehlo.dynamic_update_slice %117, %151, %146, %148, %arg1, %147, %147 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %153 = stablehlo.slice %152 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %154 = stablehlo.reshape %153 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %155 = stablehlo.slice %150 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %156 = stablehlo.reshape %155 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %157 = stablehlo.composite "mlxla.attention" %138, %156, %154, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %158 = stablehlo.reshape %157 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %159 = stablehlo.composite "mlxla.quantized_dot" %158, %arg80, %arg81, %arg82 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<1x64xf32>
    %160 = stablehlo.add %134, %159 : tensor<1x64xf32>
    %161 = stablehlo.composite "mlxla.rms_norm" %160, %arg83 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %162 = stablehlo.composite "mlxla.quantized_dot" %161, %arg84, %arg85, %arg86 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<1x172xf32>
    %163 = stablehlo.composite "mlxla.quantized_dot" %161, %arg87, %arg88, %arg89 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<1x172xf32>
    %164 = stablehlo.logistic %162 : tensor<1x172xf32>
    %165 = stablehlo.multiply %162, %164 : tensor<1x172xf32>
    %166 = stablehlo.multiply %165, %163 : tensor<1x172xf32>
    %167 = stablehlo.convert %arg90 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %168 = stablehlo.dot_general %166, %167, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %169 = stablehlo.add %160, %168 : tensor<1x64xf32>
    %170 = stablehlo.composite "mlxla.rms_norm" %169, %arg91 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %171 = stablehlo.composite "mlxla.quantized_dot" %170, %arg92, %arg93, %arg94 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<1x64xf32>
    %172 = stablehlo.reshape %171 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %173 = stablehlo.composite "mlxla.rope" %172, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %174 = stablehlo.composite "mlxla.quantized_dot" %170, %arg95, %arg96, %arg97 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<1x32xf32>
    %175 = stablehlo.reshape %174 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %176 = stablehlo.composite "mlxla.rope" %175, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %177 = stablehlo.composite "mlxla.quantized_dot" %170, %arg98, %arg99, %arg100 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<1x32xf32>
    %178 = stablehlo.reshape %177 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %179 = stablehlo.convert %176 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %180 = stablehlo.convert %178 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %181 = stablehlo.constant dense<4> : tensor<i32>
    %182 = stablehlo.constant dense<0> : tensor<i32>
    %183 = stablehlo.constant dense<0> : tensor<i32>
    %184 = stablehlo.reshape %179 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %185 = stablehlo.dynamic_update_slice %150, %184, %181, %183, %arg1, %182, %182 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %186 = stablehlo.reshape %180 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %187 = stablehlo.dynamic_update_slice %152, %186, %181, %183, %arg1, %182, %182 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %188 = stablehlo.slice %187 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %189 = stablehlo.reshape %188 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %190 = stablehlo.slice %185 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %191 = stablehlo.reshape %190 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %192 = stablehlo.composite "mlxla.attention" %173, %191, %189, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %193 = stablehlo.reshape %192 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %194 = stablehlo.composite "mlxla.quantized_dot" %193, %arg101, %arg102, %arg103 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<1x64xf32>
    %195 = stablehlo.add %169, %194 : tensor<1x64xf32>
    %196 = stablehlo.composite "mlxla.rms_norm" %195, %arg104 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %197 = stablehlo.composite "mlxla.quantized_dot" %196, %arg105, %arg106, %arg107 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<1x172xf32>
    %198 = stablehlo.composite "mlxla.quantized_dot" %196, %arg108, %arg109, %arg110 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<1x172xf32>
    %199 = stablehlo.logistic %197 : tensor<1x172xf32>
    %200 = stablehlo.multiply %197, %199 : tensor<1x172xf32>
    %201 = stablehlo.multiply %200, %198 : tensor<1x172xf32>
    %202 = stablehlo.convert %arg111 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %203 = stablehlo.dot_general %201, %202, contracting_dims = [1] x [1] : (tensor<1x172xf32>, tensor<64x172xf32>) -> tensor<1x64xf32>
    %204 = stablehlo.add %195, %203 : tensor<1x64xf32>
    %205 = stablehlo.composite "mlxla.rms_norm" %204, %arg112 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %206 = stablehlo.composite "mlxla.quantized_dot" %205, %arg4, %arg5, %arg6 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_512x8xui32_512x2xf16_512x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<512x8xui32>, tensor<512x2xf16>, tensor<512x2xf16>) -> tensor<1x512xf32>
    %207 = stablehlo.composite "mlxla.argmax" %206 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %207, %185, %187 : tensor<1xi32>, tensor<5x1x64x4x8xf16>, tensor<5x1x64x4x8xf16>
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
  func.func private @mlxla_quantized_dot_1x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df(%arg0: tensor<1x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<64x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<64x2xf16> {mlxla.name = "arg3"}) -> (tensor<1x64xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<64x8xui32>) -> tensor<64x2x4xui32>
    %1 = stablehlo.slice %0 [0:64, 0:2, 0:1] : (tensor<64x2x4xui32>) -> tensor<64x2x1xui32>
    %2 = stablehlo.slice %0 [0:64, 0:2, 1:2] : (tensor<64x2x4xui32>) -> tensor<64x2x1xui32>
    %3 = stablehlo.slice %0 [0:64, 0:2, 2:3] : (tensor<64x2x4xui32>) -> tensor<64x2x1xui32>
    %4 = stablehlo.slice %0 [0:64, 0:2, 3:4] : (tensor<64x2x4xui32>) -> tensor<64x2x1xui32>
    %5 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %6 = stablehlo.broadcast_in_dim %5, dims = [2] : (tensor<32xui32>) -> tensor<64x2x32xui32>
    %7 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>) -> tensor<64x2x32xui32>
    %8 = stablehlo.shift_right_logical %7, %6 : tensor<64x2x32xui32>
    %9 = stablehlo.constant dense<15> : tensor<64x2x32xui32>
    %10 = stablehlo.and %8, %9 : tensor<64x2x32xui32>
    %11 = stablehlo.reshape %10 : (tensor<64x2x32xui32>) -> tensor<64x64xui32>
    %12 = stablehlo.convert %11 : (tensor<64x64xui32>) -> tensor<64x64xf32>
    %13 = stablehlo.convert %arg2 : (tensor<64x2xf16>) -> tensor<64x2xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<64x2xf32>) -> tensor<64x2x32xf32>
    %15 = stablehlo.reshape %14 : (tensor<64x2x32xf32>) -> tensor<64x64xf32>
    %16 = stablehlo.multiply %12, %15 : tensor<64x64xf32>
    %17 = stablehlo.convert %arg3 : (tensor<64x2xf16>) -> tensor<64x2xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<64x2xf32>) -> tensor<64x2x32xf32>
    %19 = stablehlo.reshape %18 : (tensor<64x2x32xf32>) -> tensor<64x64xf32>
    %20 = stablehlo.add %16, %19 : tensor<64x64xf32>
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    return %21 : tensor<1x64xf32>
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
  func.func private @mlxla_quantized_dot_1x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df(%arg0: tensor<1x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<32x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<32x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<32x2xf16> {mlxla.name = "arg3"}) -> (tensor<1x32xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<32x8xui32>) -> tensor<32x2x4xui32>
    %1 = stablehlo.slice %0 [0:32, 0:2, 0:1] : (tensor<32x2x4xui32>) -> tensor<32x2x1xui32>
    %2 = stablehlo.slice %0 [0:32, 0:2, 1:2] : (tensor<32x2x4xui32>) -> tensor<32x2x1xui32>
    %3 = stablehlo.slice %0 [0:32, 0:2, 2:3] : (tensor<32x2x4xui32>) -> tensor<32x2x1xui32>
    %4 = stablehlo.slice %0 [0:32, 0:2, 3:4] : (tensor<32x2x4xui32>) -> tensor<32x2x1xui32>
    %5 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %6 = stablehlo.broadcast_in_dim %5, dims = [2] : (tensor<32xui32>) -> tensor<32x2x32xui32>
    %7 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>) -> tensor<32x2x32xui32>
    %8 = stablehlo.shift_right_logical %7, %6 : tensor<32x2x32xui32>
    %9 = stablehlo.constant dense<15> : tensor<32x2x32xui32>
    %10 = stablehlo.and %8, %9 : tensor<32x2x32xui32>
    %11 = stablehlo.reshape %10 : (tensor<32x2x32xui32>) -> tensor<32x64xui32>
    %12 = stablehlo.convert %11 : (tensor<32x64xui32>) -> tensor<32x64xf32>
    %13 = stablehlo.convert %arg2 : (tensor<32x2xf16>) -> tensor<32x2xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<32x2xf32>) -> tensor<32x2x32xf32>
    %15 = stablehlo.reshape %14 : (tensor<32x2x32xf32>) -> tensor<32x64xf32>
    %16 = stablehlo.multiply %12, %15 : tensor<32x64xf32>
    %17 = stablehlo.convert %arg3 : (tensor<32x2xf16>) -> tensor<32x2xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<32x2xf32>) -> tensor<32x2x32xf32>
    %19 = stablehlo.reshape %18 : (tensor<32x2x32xf32>) -> tensor<32x64xf32>
    %20 = stablehlo.add %16, %19 : tensor<32x64xf32>
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<32x64xf32>) -> tensor<1x32xf32>
    return %21 : tensor<1x32xf32>
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
  func.func private @mlxla_quantized_dot_1x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df(%arg0: tensor<1x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<172x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<172x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<172x2xf16> {mlxla.name = "arg3"}) -> (tensor<1x172xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<172x8xui32>) -> tensor<172x2x4xui32>
    %1 = stablehlo.slice %0 [0:172, 0:2, 0:1] : (tensor<172x2x4xui32>) -> tensor<172x2x1xui32>
    %2 = stablehlo.slice %0 [0:172, 0:2, 1:2] : (tensor<172x2x4xui32>) -> tensor<172x2x1xui32>
    %3 = stablehlo.slice %0 [0:172, 0:2, 2:3] : (tensor<172x2x4xui32>) -> tensor<172x2x1xui32>
    %4 = stablehlo.slice %0 [0:172, 0:2, 3:4] : (tensor<172x2x4xui32>) -> tensor<172x2x1xui32>
    %5 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %6 = stablehlo.broadcast_in_dim %5, dims = [2] : (tensor<32xui32>) -> tensor<172x2x32xui32>
    %7 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>) -> tensor<172x2x32xui32>
    %8 = stablehlo.shift_right_logical %7, %6 : tensor<172x2x32xui32>
    %9 = stablehlo.constant dense<15> : tensor<172x2x32xui32>
    %10 = stablehlo.and %8, %9 : tensor<172x2x32xui32>
    %11 = stablehlo.reshape %10 : (tensor<172x2x32xui32>) -> tensor<172x64xui32>
    %12 = stablehlo.convert %11 : (tensor<172x64xui32>) -> tensor<172x64xf32>
    %13 = stablehlo.convert %arg2 : (tensor<172x2xf16>) -> tensor<172x2xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<172x2xf32>) -> tensor<172x2x32xf32>
    %15 = stablehlo.reshape %14 : (tensor<172x2x32xf32>) -> tensor<172x64xf32>
    %16 = stablehlo.multiply %12, %15 : tensor<172x64xf32>
    %17 = stablehlo.convert %arg3 : (tensor<172x2xf16>) -> tensor<172x2xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<172x2xf32>) -> tensor<172x2x32xf32>
    %19 = stablehlo.reshape %18 : (tensor<172x2x32xf32>) -> tensor<172x64xf32>
    %20 = stablehlo.add %16, %19 : tensor<172x64xf32>
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<172x64xf32>) -> tensor<1x172xf32>
    return %21 : tensor<1x172xf32>
  }
  func.func private @mlxla_quantized_dot_1x64xf32_512x8xui32_512x2xf16_512x2xf16_c34ad7d0a3dd13df(%arg0: tensor<1x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<512x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<512x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<512x2xf16> {mlxla.name = "arg3"}) -> (tensor<1x512xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<512x8xui32>) -> tensor<512x2x4xui32>
    %1 = stablehlo.slice %0 [0:512, 0:2, 0:1] : (tensor<512x2x4xui32>) -> tensor<512x2x1xui32>
    %2 = stablehlo.slice %0 [0:512, 0:2, 1:2] : (tensor<512x2x4xui32>) -> tensor<512x2x1xui32>
    %3 = stablehlo.slice %0 [0:512, 0:2, 2:3] : (tensor<512x2x4xui32>) -> tensor<512x2x1xui32>
    %4 = stablehlo.slice %0 [0:512, 0:2, 3:4] : (tensor<512x2x4xui32>) -> tensor<512x2x1xui32>
    %5 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %6 = stablehlo.broadcast_in_dim %5, dims = [2] : (tensor<32xui32>) -> tensor<512x2x32xui32>
    %7 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>) -> tensor<512x2x32xui32>
    %8 = stablehlo.shift_right_logical %7, %6 : tensor<512x2x32xui32>
    %9 = stablehlo.constant dense<15> : tensor<512x2x32xui32>
    %10 = stablehlo.and %8, %9 : tensor<512x2x32xui32>
    %11 = stablehlo.reshape %10 : (tensor<512x2x32xui32>) -> tensor<512x64xui32>
    %12 = stablehlo.convert %11 : (tensor<512x64xui32>) -> tensor<512x64xf32>
    %13 = stablehlo.convert %arg2 : (tensor<512x2xf16>) -> tensor<512x2xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<512x2xf32>) -> tensor<512x2x32xf32>
    %15 = stablehlo.reshape %14 : (tensor<512x2x32xf32>) -> tensor<512x64xf32>
    %16 = stablehlo.multiply %12, %15 : tensor<512x64xf32>
    %17 = stablehlo.convert %arg3 : (tensor<512x2xf16>) -> tensor<512x2xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<512x2xf32>) -> tensor<512x2x32xf32>
    %19 = stablehlo.reshape %18 : (tensor<512x2x32xf32>) -> tensor<512x64xf32>
    %20 = stablehlo.add %16, %19 : tensor<512x64xf32>
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<512x64xf32>) -> tensor<1x512xf32>
    return %21 : tensor<1x512xf32>
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
