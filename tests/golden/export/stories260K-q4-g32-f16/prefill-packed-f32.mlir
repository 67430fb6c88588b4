module @mlxla {
  func.func @main(%arg0: tensor<8xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "start"}, %arg2: tensor<i32> {mlxla.name = "n_valid"}, %arg3: tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg4: tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg5: tensor<512x8xui32> {mlxla.name = "model.embed_tokens.weight"}, %arg6: tensor<512x2xf16> {mlxla.name = "model.embed_tokens.scales"}, %arg7: tensor<512x2xf16> {mlxla.name = "model.embed_tokens.biases"}, %arg8: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg9: tensor<64x8xui32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg10: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.scales"}, %arg11: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.biases"}, %arg12: tensor<32x8xui32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg13: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.scales"}, %arg14: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.biases"}, %arg15: tensor<32x8xui32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg16: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.scales"}, %arg17: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.biases"}, %arg18: tensor<64x8xui32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg19: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.scales"}, %arg20: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.biases"}, %arg21: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg22: tensor<172x8xui32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg23: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.scales"}, %arg24: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.biases"}, %arg25: tensor<172x8xui32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg26: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.up_proj.scales"}, %arg27: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.up_proj.biases"}, %arg28: tensor<64x172xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg29: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg30: tensor<64x8xui32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg31: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.scales"}, %arg32: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.biases"}, %arg33: tensor<32x8xui32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg34: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.scales"}, %arg35: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.biases"}, %arg36: tensor<32x8xui32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg37: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.scales"}, %arg38: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.biases"}, %arg39: tensor<64x8xui32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg40: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.scales"}, %arg41: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.biases"}, %arg42: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg43: tensor<172x8xui32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg44: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.scales"}, %arg45: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.biases"}, %arg46: tensor<172x8xui32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg47: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.up_proj.scales"}, %arg48: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.up_proj.biases"}, %arg49: tensor<64x172xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg50: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg51: tensor<64x8xui32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg52: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.scales"}, %arg53: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.biases"}, %arg54: tensor<32x8xui32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg55: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.scales"}, %arg56: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.biases"}, %arg57: tensor<32x8xui32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg58: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.scales"}, %arg59: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.biases"}, %arg60: tensor<64x8xui32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg61: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.scales"}, %arg62: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.biases"}, %arg63: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg64: tensor<172x8xui32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg65: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.scales"}, %arg66: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.biases"}, %arg67: tensor<172x8xui32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg68: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.up_proj.scales"}, %arg69: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.up_proj.biases"}, %arg70: tensor<64x172xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg71: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg72: tensor<64x8xui32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg73: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.scales"}, %arg74: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.biases"}, %arg75: tensor<32x8xui32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg76: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.scales"}, %arg77: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.biases"}, %arg78: tensor<32x8xui32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg79: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.scales"}, %arg80: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.biases"}, %arg81: tensor<64x8xui32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg82: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.scales"}, %arg83: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.biases"}, %arg84: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg85: tensor<172x8xui32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg86: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.scales"}, %arg87: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.biases"}, %arg88: tensor<172x8xui32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg89: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.up_proj.scales"}, %arg90: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.up_proj.biases"}, %arg91: tensor<64x172xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg92: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg93: tensor<64x8xui32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg94: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.scales"}, %arg95: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.biases"}, %arg96: tensor<32x8xui32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg97: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.scales"}, %arg98: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.biases"}, %arg99: tensor<32x8xui32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg100: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.scales"}, %arg101: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.biases"}, %arg102: tensor<64x8xui32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg103: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.scales"}, %arg104: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.biases"}, %arg105: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg106: tensor<172x8xui32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg107: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.scales"}, %arg108: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.biases"}, %arg109: tensor<172x8xui32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg110: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.up_proj.scales"}, %arg111: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.up_proj.biases"}, %arg112: tensor<64x172xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg113: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.iota dim = 0 : tensor<8xi32>
    %1 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.add %1, %0 : tensor<8xi32>
    %3 = stablehlo.constant dense<-1> : tensor<i32>
    %4 = stablehlo.add %arg2, %3 : tensor<i32>
    %5 = stablehlo.add %arg1, %arg2 : tensor<i32>
    %6 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %7 = "stablehlo.gather"(%arg7, %6) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2>} : (tensor<512x2xf16>, tensor<8x1xi32>) -> tensor<8x2xf16>
    %8 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %9 = "stablehlo.gather"(%arg6, %8) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2>} : (tensor<512x2xf16>, tensor<8x1xi32>) -> tensor<8x2xf16>
    %10 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %11 = "stablehlo.gather"(%arg5, %10) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8>} : (tensor<512x8xui32>, tensor<8x1xi32>) -> tensor<8x8xui32>
    %12 = stablehlo.reshape %11 : (tensor<8x8xui32>) -> tensor<8x2x4xui32>
    %13 = stablehlo.slice %12 [0:8, 0:2, 0:1] : (tensor<8x2x4xui32>) -> tensor<8x2x1xui32>
    %14 = stablehlo.slice %12 [0:8, 0:2, 1:2] : (tensor<8x2x4xui32>) -> tensor<8x2x1xui32>
    %15 = stablehlo.slice %12 [0:8, 0:2, 2:3] : (tensor<8x2x4xui32>) -> tensor<8x2x1xui32>
    %16 = stablehlo.slice %12 [0:8, 0:2, 3:4] : (tensor<8x2x4xui32>) -> tensor<8x2x1xui32>
    %17 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [2] : (tensor<32xui32>) -> tensor<8x2x32xui32>
    %19 = stablehlo.concatenate %13, %13, %13, %13, %13, %13, %13, %13, %14, %14, %14, %14, %14, %14, %14, %14, %15, %15, %15, %15, %15, %15, %15, %15, %16, %16, %16, %16, %16, %16, %16, %16, dim = 2 : (tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>, tensor<8x2x1xui32>) -> tensor<8x2x32xui32>
    %20 = stablehlo.shift_right_logical %19, %18 : tensor<8x2x32xui32>
    %21 = stablehlo.constant dense<15> : tensor<8x2x32xui32>
    %22 = stablehlo.and %20, %21 : tensor<8x2x32xui32>
    %23 = stablehlo.reshape %22 : (tensor<8x2x32xui32>) -> tensor<8x64xui32>
    %24 = stablehlo.convert %23 : (tensor<8x64xui32>) -> tensor<8x64xf32>
    %25 = stablehlo.convert %9 : (tensor<8x2xf16>) -> tensor<8x2xf32>
    %26 = stablehlo.broadcast_in_dim %25, dims = [0, 1] : (tensor<8x2xf32>) -> tensor<8x2x32xf32>
    %27 = stablehlo.reshape %26 : (tensor<8x2x32xf32>) -> tensor<8x64xf32>
    %28 = stablehlo.multiply %24, %27 : tensor<8x64xf32>
    %29 = stablehlo.convert %7 : (tensor<8x2xf16>) -> tensor<8x2xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [0, 1] : (tensor<8x2xf32>) -> tensor<8x2x32xf32>
    %31 = stablehlo.reshape %30 : (tensor<8x2x32xf32>) -> tensor<8x64xf32>
    %32 = stablehlo.add %28, %31 : tensor<8x64xf32>
    %33 = stablehlo.composite "mlxla.rms_norm" %32, %arg8 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %34 = stablehlo.composite "mlxla.quantized_dot" %33, %arg9, %arg10, %arg11 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %35 = stablehlo.reshape %34 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %36 = stablehlo.composite "mlxla.rope" %35, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %37 = stablehlo.composite "mlxla.quantized_dot" %33, %arg12, %arg13, %arg14 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %38 = stablehlo.reshape %37 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %39 = stablehlo.composite "mlxla.rope" %38, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %40 = stablehlo.composite "mlxla.quantized_dot" %33, %arg15, %arg16, %arg17 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %41 = stablehlo.reshape %40 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %42 = stablehlo.convert %39 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %43 = stablehlo.convert %41 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %44 = stablehlo.constant dense<0> : tensor<i32>
    %45 = stablehlo.constant dense<0> : tensor<i32>
    %46 = stablehlo.constant dense<0> : tensor<i32>
    %47 = stablehlo.reshape %42 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %48 = stablehlo.dynamic_update_slice %arg3, %47, %44, %46, %arg1, %45, %45 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %49 = stablehlo.reshape %43 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %50 = stablehlo.dynamic_update_slice %arg4, %49, %44, %46, %arg1, %45, %45 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %51 = stablehlo.slice %50 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %52 = stablehlo.reshape %51 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %53 = stablehlo.slice %48 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %54 = stablehlo.reshape %53 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %55 = stablehlo.composite "mlxla.attention" %36, %54, %52, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %56 = stablehlo.reshape %55 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %57 = stablehlo.composite "mlxla.quantized_dot" %56, %arg18, %arg19, %arg20 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %58 = stablehlo.add %32, %57 : tensor<8x64xf32>
    %59 = stablehlo.composite "mlxla.rms_norm" %58, %arg21 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %60 = stablehlo.composite "mlxla.quantized_dot" %59, %arg22, %arg23, %arg24 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %61 = stablehlo.composite "mlxla.quantized_dot" %59, %arg25, %arg26, %arg27 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %62 = stablehlo.logistic %60 : tensor<8x172xf32>
    %63 = stablehlo.multiply %60, %62 : tensor<8x172xf32>
    %64 = stablehlo.multiply %63, %61 : tensor<8x172xf32>
    %65 = stablehlo.convert %arg28 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %66 = stablehlo.dot_general %64, %65, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %67 = stablehlo.add %58, %66 : tensor<8x64xf32>
    %68 = stablehlo.composite "mlxla.rms_norm" %67, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %69 = stablehlo.composite "mlxla.quantized_dot" %68, %arg30, %arg31, %arg32 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %70 = stablehlo.reshape %69 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %71 = stablehlo.composite "mlxla.rope" %70, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %72 = stablehlo.composite "mlxla.quantized_dot" %68, %arg33, %arg34, %arg35 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %73 = stablehlo.reshape %72 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %74 = stablehlo.composite "mlxla.rope" %73, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %75 = stablehlo.composite "mlxla.quantized_dot" %68, %arg36, %arg37, %arg38 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %76 = stablehlo.reshape %75 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %77 = stablehlo.convert %74 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %78 = stablehlo.convert %76 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %79 = stablehlo.constant dense<1> : tensor<i32>
    %80 = stablehlo.constant dense<0> : tensor<i32>
    %81 = stablehlo.constant dense<0> : tensor<i32>
    %82 = stablehlo.reshape %77 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %83 = stablehlo.dynamic_update_slice %48, %82, %79, %81, %arg1, %80, %80 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %84 = stablehlo.reshape %78 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %85 = stablehlo.dynamic_update_slice %50, %84, %79, %81, %arg1, %80, %80 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %86 = stablehlo.slice %85 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %87 = stablehlo.reshape %86 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %88 = stablehlo.slice %83 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %89 = stablehlo.reshape %88 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %90 = stablehlo.composite "mlxla.attention" %71, %89, %87, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %91 = stablehlo.reshape %90 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %92 = stablehlo.composite "mlxla.quantized_dot" %91, %arg39, %arg40, %arg41 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %93 = stablehlo.add %67, %92 : tensor<8x64xf32>
    %94 = stablehlo.composite "mlxla.rms_norm" %93, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %95 = stablehlo.composite "mlxla.quantized_dot" %94, %arg43, %arg44, %arg45 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %96 = stablehlo.composite "mlxla.quantized_dot" %94, %arg46, %arg47, %arg48 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %97 = stablehlo.logistic %95 : tensor<8x172xf32>
    %98 = stablehlo.multiply %95, %97 : tensor<8x172xf32>
    %99 = stablehlo.multiply %98, %96 : tensor<8x172xf32>
    %100 = stablehlo.convert %arg49 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %101 = stablehlo.dot_general %99, %100, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %102 = stablehlo.add %93, %101 : tensor<8x64xf32>
    %103 = stablehlo.composite "mlxla.rms_norm" %102, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %104 = stablehlo.composite "mlxla.quantized_dot" %103, %arg51, %arg52, %arg53 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %105 = stablehlo.reshape %104 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %106 = stablehlo.composite "mlxla.rope" %105, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %107 = stablehlo.composite "mlxla.quantized_dot" %103, %arg54, %arg55, %arg56 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %108 = stablehlo.reshape %107 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %109 = stablehlo.composite "mlxla.rope" %108, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %110 = stablehlo.composite "mlxla.quantized_dot" %103, %arg57, %arg58, %arg59 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %111 = stablehlo.reshape %110 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %112 = stablehlo.convert %109 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %113 = stablehlo.convert %111 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %114 = stablehlo.constant dense<2> : tensor<i32>
    %115 = stablehlo.constant dense<0> : tensor<i32>
    %116 = stablehlo.constant dense<0> : tensor<i32>
    %117 = stablehlo.reshape %112 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %118 = stablehlo.dynamic_update_slice %83, %117, %114, %116, %arg1, %115, %115 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %119 = stablehlo.reshape %113 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %120 = stablehlo.dynamic_update_slice %85, %119, %114, %116, %arg1, %115, %115 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %121 = stablehlo.slice %120 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %122 = stablehlo.reshape %121 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %123 = stablehlo.slice %118 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %124 = stablehlo.reshape %123 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %125 = stablehlo.composite "mlxla.attention" %106, %124, %122, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %126 = stablehlo.reshape %125 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %127 = stablehlo.composite "mlxla.quantized_dot" %126, %arg60, %arg61, %arg62 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %128 = stablehlo.add %102, %127 : tensor<8x64xf32>
    %129 = stablehlo.composite "mlxla.rms_norm" %128, %arg63 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %130 = stablehlo.composite "mlxla.quantized_dot" %129, %arg64, %arg65, %arg66 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %131 = stablehlo.composite "mlxla.quantized_dot" %129, %arg67, %arg68, %arg69 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %132 = stablehlo.logistic %130 : tensor<8x172xf32>
    %133 = stablehlo.multiply %130, %132 : tensor<8x172xf32>
    %134 = stablehlo.multiply %133, %131 : tensor<8x172xf32>
    %135 = stablehlo.convert %arg70 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %136 = stablehlo.dot_general %134, %135, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %137 = stablehlo.add %128, %136 : tensor<8x64xf32>
    %138 = stablehlo.composite "mlxla.rms_norm" %137, %arg71 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %139 = stablehlo.composite "mlxla.quantized_dot" %138, %arg72, %arg73, %arg74 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %140 = stablehlo.reshape %139 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %141 = stablehlo.composite "mlxla.rope" %140, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %142 = stablehlo.composite "mlxla.quantized_dot" %138, %arg75, %arg76, %arg77 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %143 = stablehlo.reshape %142 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %144 = stablehlo.composite "mlxla.rope" %143, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %145 = stablehlo.composite "mlxla.quantized_dot" %138, %arg78, %arg79, %arg80 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %146 = stablehlo.reshape %145 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %147 = stablehlo.convert %144 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %148 = stablehlo.convert %146 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %149 = stablehlo.constant dense<3> : tensor<i32>
    %150 = stablehlo.constant dense<0> : tensor<i32>
    %151 = stablehlo.constant dense<0> : tensor<i32>
    %152 = stablehlo.reshape %147 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %153 = stablehlo.dynamic_update_slice %118, %152, %149, %151, %arg1, %150, %150 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %154 = stablehlo.reshape %148 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %155 = stablehlo.dynamic_update_slice %120, %154, %149, %151, %arg1, %150, %150 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %156 = stablehlo.slice %155 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %157 = stablehlo.reshape %156 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %158 = stablehlo.slice %153 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %159 = stablehlo.reshape %158 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %160 = stablehlo.composite "mlxla.attention" %141, %159, %157, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %161 = stablehlo.reshape %160 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %162 = stablehlo.composite "mlxla.quantized_dot" %161, %arg81, %arg82, %arg83 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %163 = stablehlo.add %137, %162 : tensor<8x64xf32>
    %164 = stablehlo.composite "mlxla.rms_norm" %163, %arg84 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %165 = stablehlo.composite "mlxla.quantized_dot" %164, %arg85, %arg86, %arg87 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %166 = stablehlo.composite "mlxla.quantized_dot" %164, %arg88, %arg89, %arg90 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %167 = stablehlo.logistic %165 : tensor<8x172xf32>
    %168 = stablehlo.multiply %165, %167 : tensor<8x172xf32>
    %169 = stablehlo.multiply %168, %166 : tensor<8x172xf32>
    %170 = stablehlo.convert %arg91 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %171 = stablehlo.dot_general %169, %170, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %172 = stablehlo.add %163, %171 : tensor<8x64xf32>
    %173 = stablehlo.composite "mlxla.rms_norm" %172, %arg92 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %174 = stablehlo.composite "mlxla.quantized_dot" %173, %arg93, %arg94, %arg95 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %175 = stablehlo.reshape %174 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %176 = stablehlo.composite "mlxla.rope" %175, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %177 = stablehlo.composite "mlxla.quantized_dot" %173, %arg96, %arg97, %arg98 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %178 = stablehlo.reshape %177 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %179 = stablehlo.composite "mlxla.rope" %178, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %180 = stablehlo.composite "mlxla.quantized_dot" %173, %arg99, %arg100, %arg101 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %181 = stablehlo.reshape %180 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %182 = stablehlo.convert %179 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %183 = stablehlo.convert %181 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %184 = stablehlo.constant dense<4> : tensor<i32>
    %185 = stablehlo.constant dense<0> : tensor<i32>
    %186 = stablehlo.constant dense<0> : tensor<i32>
    %187 = stablehlo.reshape %182 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %188 = stablehlo.dynamic_update_slice %153, %187, %184, %186, %arg1, %185, %185 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %189 = stablehlo.reshape %183 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %190 = stablehlo.dynamic_update_slice %155, %189, %184, %186, %arg1, %185, %185 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %191 = stablehlo.slice %190 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %192 = stablehlo.reshape %191 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %193 = stablehlo.slice %188 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %194 = stablehlo.reshape %193 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %195 = stablehlo.composite "mlxla.attention" %176, %194, %192, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %196 = stablehlo.reshape %195 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %197 = stablehlo.composite "mlxla.quantized_dot" %196, %arg102, %arg103, %arg104 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %198 = stablehlo.add %172, %197 : tensor<8x64xf32>
    %199 = stablehlo.composite "mlxla.rms_norm" %198, %arg105 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %200 = stablehlo.composite "mlxla.quantized_dot" %199, %arg106, %arg107, %arg108 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %201 = stablehlo.composite "mlxla.quantized_dot" %199, %arg109, %arg110, %arg111 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %202 = stablehlo.logistic %200 : tensor<8x172xf32>
    %203 = stablehlo.multiply %200, %202 : tensor<8x172xf32>
    %204 = stablehlo.multiply %203, %201 : tensor<8x172xf32>
    %205 = stablehlo.convert %arg112 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %206 = stablehlo.dot_general %204, %205, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %207 = stablehlo.add %198, %206 : tensor<8x64xf32>
    %208 = stablehlo.constant dense<0> : tensor<i32>
    %209 = stablehlo.dynamic_slice %207, %4, %208, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %210 = stablehlo.composite "mlxla.rms_norm" %209, %arg113 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %211 = stablehlo.composite "mlxla.quantized_dot" %210, %arg5, %arg6, %arg7 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x64xf32_512x8xui32_512x2xf16_512x2xf16_c34ad7d0a3dd13df} : (tensor<1x64xf32>, tensor<512x8xui32>, tensor<512x2xf16>, tensor<512x2xf16>) -> tensor<1x512xf32>
    %212 = stablehlo.composite "mlxla.argmax" %211 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %212, %188, %190 : tensor<1xi32>, tensor<5x1x64x4x8xf16>, tensor<5x1x64x4x8xf16>
  }
  func.func private @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f(%arg0: tensor<8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64xf32> {mlxla.name = "arg1"}) -> (tensor<8x64xf32>) {
    %0 = stablehlo.constant dense<0.0> : tensor<f32>
    %1 = stablehlo.multiply %arg0, %arg0 : tensor<8x64xf32>
    %2 = stablehlo.reduce(%1 init: %0) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %3 = stablehlo.constant dense<64.0> : tensor<8xf32>
    %4 = stablehlo.divide %2, %3 : tensor<8xf32>
    %5 = stablehlo.constant dense<1.0e-05> : tensor<8xf32>
    %6 = stablehlo.add %4, %5 : tensor<8xf32>
    %7 = stablehlo.rsqrt %6 : tensor<8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<8x64xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<8x64xf32>
    return %11 : tensor<8x64xf32>
  }
  func.func private @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df(%arg0: tensor<8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<64x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<64x2xf16> {mlxla.name = "arg3"}) -> (tensor<8x64xf32>) {
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
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    return %21 : tensor<8x64xf32>
  }
  func.func private @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74(%arg0: tensor<8x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<8xi32> {mlxla.name = "arg1"}) -> (tensor<8x8x8xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %1 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<4xf32>) -> tensor<8x4xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<8xf32>) -> tensor<8x4xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<8x4xf32>
    %5 = stablehlo.cosine %4 : tensor<8x4xf32>
    %6 = stablehlo.sine %4 : tensor<8x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:8, 0:4] : (tensor<8x8x8xf32>) -> tensor<8x8x4xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:8, 4:8] : (tensor<8x8x8xf32>) -> tensor<8x8x4xf32>
    %13 = stablehlo.negate %12 : tensor<8x8x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x8x4xf32>, tensor<8x8x4xf32>) -> tensor<8x8x8xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<8x8x8xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<8x8x8xf32>
    %17 = stablehlo.add %16, %15 : tensor<8x8x8xf32>
    return %17 : tensor<8x8x8xf32>
  }
  func.func private @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df(%arg0: tensor<8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<32x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<32x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<32x2xf16> {mlxla.name = "arg3"}) -> (tensor<8x32xf32>) {
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
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    return %21 : tensor<8x32xf32>
  }
  func.func private @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74(%arg0: tensor<8x4x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<8xi32> {mlxla.name = "arg1"}) -> (tensor<8x4x8xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %1 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<4xf32>) -> tensor<8x4xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<8xf32>) -> tensor<8x4xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<8x4xf32>
    %5 = stablehlo.cosine %4 : tensor<8x4xf32>
    %6 = stablehlo.sine %4 : tensor<8x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x4x8xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x4x8xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:4, 0:4] : (tensor<8x4x8xf32>) -> tensor<8x4x4xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:4, 4:8] : (tensor<8x4x8xf32>) -> tensor<8x4x4xf32>
    %13 = stablehlo.negate %12 : tensor<8x4x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x4x4xf32>, tensor<8x4x4xf32>) -> tensor<8x4x8xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<8x4x8xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<8x4x8xf32>
    %17 = stablehlo.add %16, %15 : tensor<8x4x8xf32>
    return %17 : tensor<8x4x8xf32>
  }
  func.func private @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626(%arg0: tensor<8x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x4x8xf16> {mlxla.name = "arg1"}, %arg2: tensor<64x4x8xf16> {mlxla.name = "arg2"}, %arg3: tensor<8xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<8x8x8xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<8x8x8xf32>) -> tensor<8x4x2x8xf32>
    %1 = stablehlo.convert %arg1 : (tensor<64x4x8xf16>) -> tensor<64x4x8xf32>
    %2 = stablehlo.convert %arg2 : (tensor<64x4x8xf16>) -> tensor<64x4x8xf32>
    %3 = stablehlo.dot_general %0, %1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x4x2x8xf32>, tensor<64x4x8xf32>) -> tensor<4x8x2x64xf32>
    %4 = stablehlo.constant dense<0.35355338> : tensor<4x8x2x64xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<4x8x2x64xf32>
    %6 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %7 = stablehlo.constant dense<1> : tensor<8xi32>
    %8 = stablehlo.add %arg3, %7 : tensor<8xi32>
    %9 = stablehlo.minimum %8, %6 : tensor<8xi32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<8xi32>) -> tensor<4x8x2x64xi32>
    %11 = stablehlo.iota dim = 3 : tensor<4x8x2x64xi32>
    %12 = stablehlo.compare LT, %11, %10 : (tensor<4x8x2x64xi32>, tensor<4x8x2x64xi32>) -> tensor<4x8x2x64xi1>
    %13 = stablehlo.constant dense<-3.4028235e+38> : tensor<4x8x2x64xf32>
    %14 = stablehlo.select %12, %5, %13 : tensor<4x8x2x64xi1>, tensor<4x8x2x64xf32>
    %15 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %16 = stablehlo.reduce(%14 init: %15) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x2x64xf32>, tensor<f32>) -> tensor<4x8x2xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 2] : (tensor<4x8x2xf32>) -> tensor<4x8x2x64xf32>
    %18 = stablehlo.subtract %14, %17 : tensor<4x8x2x64xf32>
    %19 = stablehlo.exponential %18 : tensor<4x8x2x64xf32>
    %20 = stablehlo.constant dense<0.0> : tensor<f32>
    %21 = stablehlo.reduce(%19 init: %20) applies stablehlo.add across dimensions = [3] : (tensor<4x8x2x64xf32>, tensor<f32>) -> tensor<4x8x2xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1, 2] : (tensor<4x8x2xf32>) -> tensor<4x8x2x64xf32>
    %23 = stablehlo.divide %19, %22 : tensor<4x8x2x64xf32>
    %24 = stablehlo.dot_general %23, %2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<4x8x2x64xf32>, tensor<64x4x8xf32>) -> tensor<4x8x2x8xf32>
    %25 = stablehlo.transpose %24, dims = [1, 0, 2, 3] : (tensor<4x8x2x8xf32>) -> tensor<8x4x2x8xf32>
    %26 = stablehlo.reshape %25 : (tensor<8x4x2x8xf32>) -> tensor<8x8x8xf32>
    return %26 : tensor<8x8x8xf32>
  }
  func.func private @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df(%arg0: tensor<8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<172x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<172x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<172x2xf16> {mlxla.name = "arg3"}) -> (tensor<8x172xf32>) {
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
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    return %21 : tensor<8x172xf32>
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
