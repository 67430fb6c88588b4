module @mlxla {
  func.func @main(%arg0: tensor<2xi32> {mlxla.name = "tokens"}, %arg1: tensor<2xi32> {mlxla.name = "positions"}, %arg2: tensor<5x2x64x4x8xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<5x2x64x4x8xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<512x8xui32> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<512x2xf16> {mlxla.name = "model.embed_tokens.scales"}, %arg6: tensor<512x2xf16> {mlxla.name = "model.embed_tokens.biases"}, %arg7: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg8: tensor<64x8xui32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg9: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.scales"}, %arg10: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.biases"}, %arg11: tensor<32x8xui32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg12: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.scales"}, %arg13: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.biases"}, %arg14: tensor<32x8xui32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg15: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.scales"}, %arg16: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.biases"}, %arg17: tensor<64x8xui32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg18: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.scales"}, %arg19: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.biases"}, %arg20: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg21: tensor<172x8xui32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg22: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.scales"}, %arg23: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.biases"}, %arg24: tensor<172x8xui32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg25: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.up_proj.scales"}, %arg26: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.up_proj.biases"}, %arg27: tensor<64x172xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg28: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg29: tensor<64x8xui32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg30: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.scales"}, %arg31: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.biases"}, %arg32: tensor<32x8xui32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg33: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.scales"}, %arg34: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.biases"}, %arg35: tensor<32x8xui32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg36: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.scales"}, %arg37: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.biases"}, %arg38: tensor<64x8xui32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg39: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.scales"}, %arg40: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.biases"}, %arg41: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg42: tensor<172x8xui32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg43: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.scales"}, %arg44: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.biases"}, %arg45: tensor<172x8xui32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg46: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.up_proj.scales"}, %arg47: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.up_proj.biases"}, %arg48: tensor<64x172xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg49: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg50: tensor<64x8xui32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg51: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.scales"}, %arg52: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.biases"}, %arg53: tensor<32x8xui32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg54: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.scales"}, %arg55: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.biases"}, %arg56: tensor<32x8xui32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg57: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.scales"}, %arg58: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.biases"}, %arg59: tensor<64x8xui32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg60: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.scales"}, %arg61: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.biases"}, %arg62: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg63: tensor<172x8xui32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg64: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.scales"}, %arg65: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.biases"}, %arg66: tensor<172x8xui32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg67: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.up_proj.scales"}, %arg68: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.up_proj.biases"}, %arg69: tensor<64x172xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg70: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg71: tensor<64x8xui32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg72: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.scales"}, %arg73: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.biases"}, %arg74: tensor<32x8xui32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg75: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.scales"}, %arg76: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.biases"}, %arg77: tensor<32x8xui32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg78: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.scales"}, %arg79: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.biases"}, %arg80: tensor<64x8xui32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg81: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.scales"}, %arg82: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.biases"}, %arg83: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg84: tensor<172x8xui32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg85: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.scales"}, %arg86: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.biases"}, %arg87: tensor<172x8xui32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg88: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.up_proj.scales"}, %arg89: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.up_proj.biases"}, %arg90: tensor<64x172xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg91: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg92: tensor<64x8xui32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg93: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.scales"}, %arg94: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.biases"}, %arg95: tensor<32x8xui32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg96: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.scales"}, %arg97: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.biases"}, %arg98: tensor<32x8xui32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg99: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.scales"}, %arg100: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.biases"}, %arg101: tensor<64x8xui32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg102: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.scales"}, %arg103: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.biases"}, %arg104: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg105: tensor<172x8xui32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg106: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.scales"}, %arg107: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.biases"}, %arg108: tensor<172x8xui32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg109: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.up_proj.scales"}, %arg110: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.up_proj.biases"}, %arg111: tensor<64x172xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg112: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<2xi32> {mlxla.name = "next_tokens"}, tensor<5x2x64x4x8xf32> {mlxla.name = "k_cache"}, tensor<5x2x64x4x8xf32> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.constant dense<1> : tensor<i32>
    %3 = stablehlo.add %1, %2 : tensor<i32>
    %4 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<1> : tensor<i32>
    %7 = stablehlo.add %5, %6 : tensor<i32>
    %8 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %9 = "stablehlo.gather"(%arg4, %8) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8>} : (tensor<512x8xui32>, tensor<2x1xi32>) -> tensor<2x8xui32>
    %10 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%arg5, %10) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2>} : (tensor<512x2xf16>, tensor<2x1xi32>) -> tensor<2x2xf16>
    %12 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %13 = "stablehlo.gather"(%arg6, %12) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2>} : (tensor<512x2xf16>, tensor<2x1xi32>) -> tensor<2x2xf16>
    %14 = stablehlo.reshape %9 : (tensor<2x8xui32>) -> tensor<2x2x4xui32>
    %15 = stablehlo.slice %14 [0:2, 0:2, 0:1] : (tensor<2x2x4xui32>) -> tensor<2x2x1xui32>
    %16 = stablehlo.slice %14 [0:2, 0:2, 1:2] : (tensor<2x2x4xui32>) -> tensor<2x2x1xui32>
    %17 = stablehlo.slice %14 [0:2, 0:2, 2:3] : (tensor<2x2x4xui32>) -> tensor<2x2x1xui32>
    %18 = stablehlo.slice %14 [0:2, 0:2, 3:4] : (tensor<2x2x4xui32>) -> tensor<2x2x1xui32>
    %19 = stablehlo.concatenate %15, %15, %15, %15, %15, %15, %15, %15, %16, %16, %16, %16, %16, %16, %16, %16, %17, %17, %17, %17, %17, %17, %17, %17, %18, %18, %18, %18, %18, %18, %18, %18, dim = 2 : (tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>) -> tensor<2x2x32xui32>
    %20 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [2] : (tensor<32xui32>) -> tensor<2x2x32xui32>
    %22 = stablehlo.shift_right_logical %19, %21 : tensor<2x2x32xui32>
    %23 = stablehlo.constant dense<15> : tensor<2x2x32xui32>
    %24 = stablehlo.and %22, %23 : tensor<2x2x32xui32>
    %25 = stablehlo.reshape %24 : (tensor<2x2x32xui32>) -> tensor<2x64xui32>
    %26 = stablehlo.convert %25 : (tensor<2x64xui32>) -> tensor<2x64xf32>
    %27 = stablehlo.convert %11 : (tensor<2x2xf16>) -> tensor<2x2xf32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [0, 1] : (tensor<2x2xf32>) -> tensor<2x2x32xf32>
    %29 = stablehlo.reshape %28 : (tensor<2x2x32xf32>) -> tensor<2x64xf32>
    %30 = stablehlo.multiply %26, %29 : tensor<2x64xf32>
    %31 = stablehlo.convert %13 : (tensor<2x2xf16>) -> tensor<2x2xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0, 1] : (tensor<2x2xf32>) -> tensor<2x2x32xf32>
    %33 = stablehlo.reshape %32 : (tensor<2x2x32xf32>) -> tensor<2x64xf32>
    %34 = stablehlo.add %30, %33 : tensor<2x64xf32>
    %35 = stablehlo.composite "mlxla.rms_norm" %34, %arg7 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %36 = stablehlo.composite "mlxla.quantized_dot" %35, %arg8, %arg9, %arg10 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %37 = stablehlo.reshape %36 : (tensor<2x64xf32>) -> tensor<2x8x8xf32>
    %38 = stablehlo.composite "mlxla.rope" %37, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x8x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x8x8xf32>, tensor<2xi32>) -> tensor<2x8x8xf32>
    %39 = stablehlo.composite "mlxla.quantized_dot" %35, %arg11, %arg12, %arg13 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %40 = stablehlo.reshape %39 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %41 = stablehlo.composite "mlxla.rope" %40, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x8xf32>, tensor<2xi32>) -> tensor<2x4x8xf32>
    %42 = stablehlo.composite "mlxla.quantized_dot" %35, %arg14, %arg15, %arg16 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %43 = stablehlo.reshape %42 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %44 = stablehlo.constant dense<0> : tensor<i32>
    %45 = stablehlo.constant dense<0> : tensor<i32>
    %46 = stablehlo.constant dense<0> : tensor<i32>
    %47 = stablehlo.slice %41 [0:1, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %48 = stablehlo.reshape %47 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %49 = stablehlo.dynamic_update_slice %arg2, %48, %44, %46, %1, %45, %45 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %50 = stablehlo.slice %43 [0:1, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %51 = stablehlo.reshape %50 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %52 = stablehlo.dynamic_update_slice %arg3, %51, %44, %46, %1, %45, %45 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %53 = stablehlo.constant dense<1> : tensor<i32>
    %54 = stablehlo.slice %41 [1:2, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %55 = stablehlo.reshape %54 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %56 = stablehlo.dynamic_update_slice %49, %55, %44, %53, %5, %45, %45 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %57 = stablehlo.slice %43 [1:2, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %58 = stablehlo.reshape %57 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %59 = stablehlo.dynamic_update_slice %52, %58, %44, %53, %5, %45, %45 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %60 = stablehlo.slice %38 [0:1, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %61 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %62 = stablehlo.slice %56 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %63 = stablehlo.reshape %62 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %64 = stablehlo.slice %59 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %65 = stablehlo.reshape %64 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %66 = stablehlo.composite "mlxla.attention" %60, %63, %65, %61, %3 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %67 = stablehlo.slice %38 [1:2, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %68 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %69 = stablehlo.slice %56 [0:1, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %70 = stablehlo.reshape %69 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %71 = stablehlo.slice %59 [0:1, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %72 = stablehlo.reshape %71 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %73 = stablehlo.composite "mlxla.attention" %67, %70, %72, %68, %7 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %74 = stablehlo.concatenate %66, %73, dim = 0 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<2x8x8xf32>
    %75 = stablehlo.reshape %74 : (tensor<2x8x8xf32>) -> tensor<2x64xf32>
    %76 = stablehlo.composite "mlxla.quantized_dot" %75, %arg17, %arg18, %arg19 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %77 = stablehlo.add %34, %76 : tensor<2x64xf32>
    %78 = stablehlo.composite "mlxla.rms_norm" %77, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %79 = stablehlo.composite "mlxla.quantized_dot" %78, %arg21, %arg22, %arg23 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %80 = stablehlo.logistic %79 : tensor<2x172xf32>
    %81 = stablehlo.multiply %79, %80 : tensor<2x172xf32>
    %82 = stablehlo.composite "mlxla.quantized_dot" %78, %arg24, %arg25, %arg26 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %83 = stablehlo.multiply %81, %82 : tensor<2x172xf32>
    %84 = stablehlo.convert %arg27 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %85 = stablehlo.dot_general %83, %84, contracting_dims = [1] x [1] : (tensor<2x172xf32>, tensor<64x172xf32>) -> tensor<2x64xf32>
    %86 = stablehlo.add %77, %85 : tensor<2x64xf32>
    %87 = stablehlo.composite "mlxla.rms_norm" %86, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %88 = stablehlo.composite "mlxla.quantized_dot" %87, %arg29, %arg30, %arg31 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %89 = stablehlo.reshape %88 : (tensor<2x64xf32>) -> tensor<2x8x8xf32>
    %90 = stablehlo.composite "mlxla.rope" %89, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x8x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x8x8xf32>, tensor<2xi32>) -> tensor<2x8x8xf32>
    %91 = stablehlo.composite "mlxla.quantized_dot" %87, %arg32, %arg33, %arg34 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %92 = stablehlo.reshape %91 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %93 = stablehlo.composite "mlxla.rope" %92, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x8xf32>, tensor<2xi32>) -> tensor<2x4x8xf32>
    %94 = stablehlo.composite "mlxla.quantized_dot" %87, %arg35, %arg36, %arg37 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %95 = stablehlo.reshape %94 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %96 = stablehlo.constant dense<1> : tensor<i32>
    %97 = stablehlo.constant dense<0> : tensor<i32>
    %98 = stablehlo.constant dense<0> : tensor<i32>
    %99 = stablehlo.slice %93 [0:1, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %100 = stablehlo.reshape %99 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %101 = stablehlo.dynamic_update_slice %56, %100, %96, %98, %1, %97, %97 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %102 = stablehlo.slice %95 [0:1, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %103 = stablehlo.reshape %102 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %104 = stablehlo.dynamic_update_slice %59, %103, %96, %98, %1, %97, %97 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %105 = stablehlo.constant dense<1> : tensor<i32>
    %106 = stablehlo.slice %93 [1:2, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %107 = stablehlo.reshape %106 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %108 = stablehlo.dynamic_update_slice %101, %107, %96, %105, %5, %97, %97 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %109 = stablehlo.slice %95 [1:2, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %110 = stablehlo.reshape %109 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %111 = stablehlo.dynamic_update_slice %104, %110, %96, %105, %5, %97, %97 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %112 = stablehlo.slice %90 [0:1, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %113 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %114 = stablehlo.slice %108 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %115 = stablehlo.reshape %114 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %116 = stablehlo.slice %111 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %117 = stablehlo.reshape %116 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %118 = stablehlo.composite "mlxla.attention" %112, %115, %117, %113, %3 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %119 = stablehlo.slice %90 [1:2, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %120 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %121 = stablehlo.slice %108 [1:2, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %122 = stablehlo.reshape %121 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %123 = stablehlo.slice %111 [1:2, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %124 = stablehlo.reshape %123 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %125 = stablehlo.composite "mlxla.attention" %119, %122, %124, %120, %7 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %126 = stablehlo.concatenate %118, %125, dim = 0 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<2x8x8xf32>
    %127 = stablehlo.reshape %126 : (tensor<2x8x8xf32>) -> tensor<2x64xf32>
    %128 = stablehlo.composite "mlxla.quantized_dot" %127, %arg38, %arg39, %arg40 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %129 = stablehlo.add %86, %128 : tensor<2x64xf32>
    %130 = stablehlo.composite "mlxla.rms_norm" %129, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %131 = stablehlo.composite "mlxla.quantized_dot" %130, %arg42, %arg43, %arg44 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %132 = stablehlo.logistic %131 : tensor<2x172xf32>
    %133 = stablehlo.multiply %131, %132 : tensor<2x172xf32>
    %134 = stablehlo.composite "mlxla.quantized_dot" %130, %arg45, %arg46, %arg47 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %135 = stablehlo.multiply %133, %134 : tensor<2x172xf32>
    %136 = stablehlo.convert %arg48 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %137 = stablehlo.dot_general %135, %136, contracting_dims = [1] x [1] : (tensor<2x172xf32>, tensor<64x172xf32>) -> tensor<2x64xf32>
    %138 = stablehlo.add %129, %137 : tensor<2x64xf32>
    %139 = stablehlo.composite "mlxla.rms_norm" %138, %arg49 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %140 = stablehlo.composite "mlxla.quantized_dot" %139, %arg50, %arg51, %arg52 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %141 = stablehlo.reshape %140 : (tensor<2x64xf32>) -> tensor<2x8x8xf32>
    %142 = stablehlo.composite "mlxla.rope" %141, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x8x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x8x8xf32>, tensor<2xi32>) -> tensor<2x8x8xf32>
    %143 = stablehlo.composite "mlxla.quantized_dot" %139, %arg53, %arg54, %arg55 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %144 = stablehlo.reshape %143 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %145 = stablehlo.composite "mlxla.rope" %144, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x8xf32>, tensor<2xi32>) -> tensor<2x4x8xf32>
    %146 = stablehlo.composite "mlxla.quantized_dot" %139, %arg56, %arg57, %arg58 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %147 = stablehlo.reshape %146 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %148 = stablehlo.constant dense<2> : tensor<i32>
    %149 = stablehlo.constant dense<0> : tensor<i32>
    %150 = stablehlo.constant dense<0> : tensor<i32>
    %151 = stablehlo.slice %145 [0:1, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %152 = stablehlo.reshape %151 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %153 = stablehlo.dynamic_update_slice %108, %152, %148, %150, %1, %149, %149 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %154 = stablehlo.slice %147 [0:1, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %155 = stablehlo.reshape %154 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %156 = stablehlo.dynamic_update_slice %111, %155, %148, %150, %1, %149, %149 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %157 = stablehlo.constant dense<1> : tensor<i32>
    %158 = stablehlo.slice %145 [1:2, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %159 = stablehlo.reshape %158 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %160 = stablehlo.dynamic_update_slice %153, %159, %148, %157, %5, %149, %149 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %161 = stablehlo.slice %147 [1:2, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %162 = stablehlo.reshape %161 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %163 = stablehlo.dynamic_update_slice %156, %162, %148, %157, %5, %149, %149 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %164 = stablehlo.slice %142 [0:1, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %165 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %166 = stablehlo.slice %160 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %167 = stablehlo.reshape %166 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %168 = stablehlo.slice %163 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %169 = stablehlo.reshape %168 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %170 = stablehlo.composite "mlxla.attention" %164, %167, %169, %165, %3 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %171 = stablehlo.slice %142 [1:2, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %172 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %173 = stablehlo.slice %160 [2:3, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %174 = stablehlo.reshape %173 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %175 = stablehlo.slice %163 [2:3, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %176 = stablehlo.reshape %175 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %177 = stablehlo.composite "mlxla.attention" %171, %174, %176, %172, %7 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %178 = stablehlo.concatenate %170, %177, dim = 0 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<2x8x8xf32>
    %179 = stablehlo.reshape %178 : (tensor<2x8x8xf32>) -> tensor<2x64xf32>
    %180 = stablehlo.composite "mlxla.quantized_dot" %179, %arg59, %arg60, %arg61 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %181 = stablehlo.add %138, %180 : tensor<2x64xf32>
    %182 = stablehlo.composite "mlxla.rms_norm" %181, %arg62 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %183 = stablehlo.composite "mlxla.quantized_dot" %182, %arg63, %arg64, %arg65 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %184 = stablehlo.logistic %183 : tensor<2x172xf32>
    %185 = stablehlo.multiply %183, %184 : tensor<2x172xf32>
    %186 = stablehlo.composite "mlxla.quantized_dot" %182, %arg66, %arg67, %arg68 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %187 = stablehlo.multiply %185, %186 : tensor<2x172xf32>
    %188 = stablehlo.convert %arg69 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %189 = stablehlo.dot_general %187, %188, contracting_dims = [1] x [1] : (tensor<2x172xf32>, tensor<64x172xf32>) -> tensor<2x64xf32>
    %190 = stablehlo.add %181, %189 : tensor<2x64xf32>
    %191 = stablehlo.composite "mlxla.rms_norm" %190, %arg70 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %192 = stablehlo.composite "mlxla.quantized_dot" %191, %arg71, %arg72, %arg73 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %193 = stablehlo.reshape %192 : (tensor<2x64xf32>) -> tensor<2x8x8xf32>
    %194 = stablehlo.composite "mlxla.rope" %193, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x8x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x8x8xf32>, tensor<2xi32>) -> tensor<2x8x8xf32>
    %195 = stablehlo.composite "mlxla.quantized_dot" %191, %arg74, %arg75, %arg76 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %196 = stablehlo.reshape %195 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %197 = stablehlo.composite "mlxla.rope" %196, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x8xf32>, tensor<2xi32>) -> tensor<2x4x8xf32>
    %198 = stablehlo.composite "mlxla.quantized_dot" %191, %arg77, %arg78, %arg79 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %199 = stablehlo.reshape %198 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %200 = stablehlo.constant dense<3> : tensor<i32>
    %201 = stablehlo.constant dense<0> : tensor<i32>
    %202 = stablehlo.constant dense<0> : tensor<i32>
    %203 = stablehlo.slice %197 [0:1, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %204 = stablehlo.reshape %203 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %205 = stablehlo.dynamic_update_slice %160, %204, %200, %202, %1, %201, %201 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %206 = stablehlo.slice %199 [0:1, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %207 = stablehlo.reshape %206 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %208 = stablehlo.dynamic_update_slice %163, %207, %200, %202, %1, %201, %201 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %209 = stablehlo.constant dense<1> : tensor<i32>
    %210 = stablehlo.slice %197 [1:2, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %211 = stablehlo.reshape %210 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %212 = stablehlo.dynamic_update_slice %205, %211, %200, %209, %5, %201, %201 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %213 = stablehlo.slice %199 [1:2, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %214 = stablehlo.reshape %213 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %215 = stablehlo.dynamic_update_slice %208, %214, %200, %209, %5, %201, %201 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %216 = stablehlo.slice %194 [0:1, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %217 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %218 = stablehlo.slice %212 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %219 = stablehlo.reshape %218 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %220 = stablehlo.slice %215 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %221 = stablehlo.reshape %220 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %222 = stablehlo.composite "mlxla.attention" %216, %219, %221, %217, %3 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %223 = stablehlo.slice %194 [1:2, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %224 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %225 = stablehlo.slice %212 [3:4, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %226 = stablehlo.reshape %225 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %227 = stablehlo.slice %215 [3:4, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %228 = stablehlo.reshape %227 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %229 = stablehlo.composite "mlxla.attention" %223, %226, %228, %224, %7 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %230 = stablehlo.concatenate %222, %229, dim = 0 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<2x8x8xf32>
    %231 = stablehlo.reshape %230 : (tensor<2x8x8xf32>) -> tensor<2x64xf32>
    %232 = stablehlo.composite "mlxla.quantized_dot" %231, %arg80, %arg81, %arg82 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %233 = stablehlo.add %190, %232 : tensor<2x64xf32>
    %234 = stablehlo.composite "mlxla.rms_norm" %233, %arg83 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %235 = stablehlo.composite "mlxla.quantized_dot" %234, %arg84, %arg85, %arg86 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %236 = stablehlo.logistic %235 : tensor<2x172xf32>
    %237 = stablehlo.multiply %235, %236 : tensor<2x172xf32>
    %238 = stablehlo.composite "mlxla.quantized_dot" %234, %arg87, %arg88, %arg89 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %239 = stablehlo.multiply %237, %238 : tensor<2x172xf32>
    %240 = stablehlo.convert %arg90 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %241 = stablehlo.dot_general %239, %240, contracting_dims = [1] x [1] : (tensor<2x172xf32>, tensor<64x172xf32>) -> tensor<2x64xf32>
    %242 = stablehlo.add %233, %241 : tensor<2x64xf32>
    %243 = stablehlo.composite "mlxla.rms_norm" %242, %arg91 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %244 = stablehlo.composite "mlxla.quantized_dot" %243, %arg92, %arg93, %arg94 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %245 = stablehlo.reshape %244 : (tensor<2x64xf32>) -> tensor<2x8x8xf32>
    %246 = stablehlo.composite "mlxla.rope" %245, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x8x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x8x8xf32>, tensor<2xi32>) -> tensor<2x8x8xf32>
    %247 = stablehlo.composite "mlxla.quantized_dot" %243, %arg95, %arg96, %arg97 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %248 = stablehlo.reshape %247 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %249 = stablehlo.composite "mlxla.rope" %248, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x8xf32>, tensor<2xi32>) -> tensor<2x4x8xf32>
    %250 = stablehlo.composite "mlxla.quantized_dot" %243, %arg98, %arg99, %arg100 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %251 = stablehlo.reshape %250 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %252 = stablehlo.constant dense<4> : tensor<i32>
    %253 = stablehlo.constant dense<0> : tensor<i32>
    %254 = stablehlo.constant dense<0> : tensor<i32>
    %255 = stablehlo.slice %249 [0:1, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %256 = stablehlo.reshape %255 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %257 = stablehlo.dynamic_update_slice %212, %256, %252, %254, %1, %253, %253 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %258 = stablehlo.slice %251 [0:1, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %259 = stablehlo.reshape %258 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %260 = stablehlo.dynamic_update_slice %215, %259, %252, %254, %1, %253, %253 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %261 = stablehlo.constant dense<1> : tensor<i32>
    %262 = stablehlo.slice %249 [1:2, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %263 = stablehlo.reshape %262 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %264 = stablehlo.dynamic_update_slice %257, %263, %252, %261, %5, %253, %253 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %265 = stablehlo.slice %251 [1:2, 0:4, 0:8] : (tensor<2x4x8xf32>) -> tensor<1x4x8xf32>
    %266 = stablehlo.reshape %265 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %267 = stablehlo.dynamic_update_slice %260, %266, %252, %261, %5, %253, %253 : (tensor<5x2x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf32>
    %268 = stablehlo.slice %246 [0:1, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %269 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %270 = stablehlo.slice %264 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %271 = stablehlo.reshape %270 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %272 = stablehlo.slice %267 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %273 = stablehlo.reshape %272 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %274 = stablehlo.composite "mlxla.attention" %268, %271, %273, %269, %3 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %275 = stablehlo.slice %246 [1:2, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %276 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %277 = stablehlo.slice %264 [4:5, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %278 = stablehlo.reshape %277 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %279 = stablehlo.slice %267 [4:5, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %280 = stablehlo.reshape %279 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %281 = stablehlo.composite "mlxla.attention" %275, %278, %280, %276, %7 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %282 = stablehlo.concatenate %274, %281, dim = 0 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<2x8x8xf32>
    %283 = stablehlo.reshape %282 : (tensor<2x8x8xf32>) -> tensor<2x64xf32>
    %284 = stablehlo.composite "mlxla.quantized_dot" %283, %arg101, %arg102, %arg103 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %285 = stablehlo.add %242, %284 : tensor<2x64xf32>
    %286 = stablehlo.composite "mlxla.rms_norm" %285, %arg104 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %287 = stablehlo.composite "mlxla.quantized_dot" %286, %arg105, %arg106, %arg107 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %288 = stablehlo.logistic %287 : tensor<2x172xf32>
    %289 = stablehlo.multiply %287, %288 : tensor<2x172xf32>
    %290 = stablehlo.composite "mlxla.quantized_dot" %286, %arg108, %arg109, %arg110 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %291 = stablehlo.multiply %289, %290 : tensor<2x172xf32>
    %292 = stablehlo.convert %arg111 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %293 = stablehlo.dot_general %291, %292, contracting_dims = [1] x [1] : (tensor<2x172xf32>, tensor<64x172xf32>) -> tensor<2x64xf32>
    %294 = stablehlo.add %285, %293 : tensor<2x64xf32>
    %295 = stablehlo.composite "mlxla.rms_norm" %294, %arg112 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %296 = stablehlo.composite "mlxla.quantized_dot" %295, %arg4, %arg5, %arg6 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_512x8xui32_512x2xf16_512x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<512x8xui32>, tensor<512x2xf16>, tensor<512x2xf16>) -> tensor<2x512xf32>
    %297 = stablehlo.composite "mlxla.argmax" %296 {decomposition = @mlxla_argmax_2x512xf32_cbf29ce484222325} : (tensor<2x512xf32>) -> tensor<2xi32>
    return %297, %264, %267 : tensor<2xi32>, tensor<5x2x64x4x8xf32>, tensor<5x2x64x4x8xf32>
  }
  func.func private @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f(%arg0: tensor<2x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64xf32> {mlxla.name = "arg1"}) -> (tensor<2x64xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<2x64xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %3 = stablehlo.constant dense<64.0> : tensor<2xf32>
    %4 = stablehlo.divide %2, %3 : tensor<2xf32>
    %5 = stablehlo.constant dense<1.0e-05> : tensor<2xf32>
    %6 = stablehlo.add %4, %5 : tensor<2xf32>
    %7 = stablehlo.rsqrt %6 : tensor<2xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<2x64xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<2x64xf32>
    return %11 : tensor<2x64xf32>
  }
  func.func private @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df(%arg0: tensor<2x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<64x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<64x2xf16> {mlxla.name = "arg3"}) -> (tensor<2x64xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<64x8xui32>) -> tensor<64x2x4xui32>
    %1 = stablehlo.slice %0 [0:64, 0:2, 0:1] : (tensor<64x2x4xui32>) -> tensor<64x2x1xui32>
    %2 = stablehlo.slice %0 [0:64, 0:2, 1:2] : (tensor<64x2x4xui32>) -> tensor<64x2x1xui32>
    %3 = stablehlo.slice %0 [0:64, 0:2, 2:3] : (tensor<64x2x4xui32>) -> tensor<64x2x1xui32>
    %4 = stablehlo.slice %0 [0:64, 0:2, 3:4] : (tensor<64x2x4xui32>) -> tensor<64x2x1xui32>
    %5 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>, tensor<64x2x1xui32>) -> tensor<64x2x32xui32>
    %6 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<32xui32>) -> tensor<64x2x32xui32>
    %8 = stablehlo.shift_right_logical %5, %7 : tensor<64x2x32xui32>
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
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    return %21 : tensor<2x64xf32>
  }
  func.func private @mlxla_rope_2x8x8xf32_2xi32_e799d9b71a401c74(%arg0: tensor<2x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<2xi32> {mlxla.name = "arg1"}) -> (tensor<2x8x8xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<2xi32>) -> tensor<2xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<2xf32>) -> tensor<2x4xf32>
    %2 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<4xf32>) -> tensor<2x4xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<2x4xf32>
    %5 = stablehlo.cosine %4 : tensor<2x4xf32>
    %6 = stablehlo.sine %4 : tensor<2x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x8xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x8xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<2x8xf32>) -> tensor<2x8x8xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x8xf32>) -> tensor<2x8x8xf32>
    %11 = stablehlo.slice %arg0 [0:2, 0:8, 0:4] : (tensor<2x8x8xf32>) -> tensor<2x8x4xf32>
    %12 = stablehlo.slice %arg0 [0:2, 0:8, 4:8] : (tensor<2x8x8xf32>) -> tensor<2x8x4xf32>
    %13 = stablehlo.negate %12 : tensor<2x8x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<2x8x4xf32>, tensor<2x8x4xf32>) -> tensor<2x8x8xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<2x8x8xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<2x8x8xf32>
    %17 = stablehlo.add %15, %16 : tensor<2x8x8xf32>
    return %17 : tensor<2x8x8xf32>
  }
  func.func private @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df(%arg0: tensor<2x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<32x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<32x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<32x2xf16> {mlxla.name = "arg3"}) -> (tensor<2x32xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<32x8xui32>) -> tensor<32x2x4xui32>
    %1 = stablehlo.slice %0 [0:32, 0:2, 0:1] : (tensor<32x2x4xui32>) -> tensor<32x2x1xui32>
    %2 = stablehlo.slice %0 [0:32, 0:2, 1:2] : (tensor<32x2x4xui32>) -> tensor<32x2x1xui32>
    %3 = stablehlo.slice %0 [0:32, 0:2, 2:3] : (tensor<32x2x4xui32>) -> tensor<32x2x1xui32>
    %4 = stablehlo.slice %0 [0:32, 0:2, 3:4] : (tensor<32x2x4xui32>) -> tensor<32x2x1xui32>
    %5 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>, tensor<32x2x1xui32>) -> tensor<32x2x32xui32>
    %6 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<32xui32>) -> tensor<32x2x32xui32>
    %8 = stablehlo.shift_right_logical %5, %7 : tensor<32x2x32xui32>
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
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    return %21 : tensor<2x32xf32>
  }
  func.func private @mlxla_rope_2x4x8xf32_2xi32_e799d9b71a401c74(%arg0: tensor<2x4x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<2xi32> {mlxla.name = "arg1"}) -> (tensor<2x4x8xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<2xi32>) -> tensor<2xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<2xf32>) -> tensor<2x4xf32>
    %2 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<4xf32>) -> tensor<2x4xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<2x4xf32>
    %5 = stablehlo.cosine %4 : tensor<2x4xf32>
    %6 = stablehlo.sine %4 : tensor<2x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x8xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x8xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<2x8xf32>) -> tensor<2x4x8xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x8xf32>) -> tensor<2x4x8xf32>
    %11 = stablehlo.slice %arg0 [0:2, 0:4, 0:4] : (tensor<2x4x8xf32>) -> tensor<2x4x4xf32>
    %12 = stablehlo.slice %arg0 [0:2, 0:4, 4:8] : (tensor<2x4x8xf32>) -> tensor<2x4x4xf32>
    %13 = stablehlo.negate %12 : tensor<2x4x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x8xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<2x4x8xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<2x4x8xf32>
    %17 = stablehlo.add %15, %16 : tensor<2x4x8xf32>
    return %17 : tensor<2x4x8xf32>
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
  func.func private @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df(%arg0: tensor<2x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<172x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<172x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<172x2xf16> {mlxla.name = "arg3"}) -> (tensor<2x172xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<172x8xui32>) -> tensor<172x2x4xui32>
    %1 = stablehlo.slice %0 [0:172, 0:2, 0:1] : (tensor<172x2x4xui32>) -> tensor<172x2x1xui32>
    %2 = stablehlo.slice %0 [0:172, 0:2, 1:2] : (tensor<172x2x4xui32>) -> tensor<172x2x1xui32>
    %3 = stablehlo.slice %0 [0:172, 0:2, 2:3] : (tensor<172x2x4xui32>) -> tensor<172x2x1xui32>
    %4 = stablehlo.slice %0 [0:172, 0:2, 3:4] : (tensor<172x2x4xui32>) -> tensor<172x2x1xui32>
    %5 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>, tensor<172x2x1xui32>) -> tensor<172x2x32xui32>
    %6 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<32xui32>) -> tensor<172x2x32xui32>
    %8 = stablehlo.shift_right_logical %5, %7 : tensor<172x2x32xui32>
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
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<172x64xf32>) -> tensor<2x172xf32>
    return %21 : tensor<2x172xf32>
  }
  func.func private @mlxla_quantized_dot_2x64xf32_512x8xui32_512x2xf16_512x2xf16_c34ad7d0a3dd13df(%arg0: tensor<2x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<512x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<512x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<512x2xf16> {mlxla.name = "arg3"}) -> (tensor<2x512xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<512x8xui32>) -> tensor<512x2x4xui32>
    %1 = stablehlo.slice %0 [0:512, 0:2, 0:1] : (tensor<512x2x4xui32>) -> tensor<512x2x1xui32>
    %2 = stablehlo.slice %0 [0:512, 0:2, 1:2] : (tensor<512x2x4xui32>) -> tensor<512x2x1xui32>
    %3 = stablehlo.slice %0 [0:512, 0:2, 2:3] : (tensor<512x2x4xui32>) -> tensor<512x2x1xui32>
    %4 = stablehlo.slice %0 [0:512, 0:2, 3:4] : (tensor<512x2x4xui32>) -> tensor<512x2x1xui32>
    %5 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>, tensor<512x2x1xui32>) -> tensor<512x2x32xui32>
    %6 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<32xui32>) -> tensor<512x2x32xui32>
    %8 = stablehlo.shift_right_logical %5, %7 : tensor<512x2x32xui32>
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
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<512x64xf32>) -> tensor<2x512xf32>
    return %21 : tensor<2x512xf32>
  }
  func.func private @mlxla_argmax_2x512xf32_cbf29ce484222325(%arg0: tensor<2x512xf32> {mlxla.name = "arg0"}) -> (tensor<2xi32>) {
    %0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1 = stablehlo.reduce(%arg0 init: %0) applies stablehlo.maximum across dimensions = [1] : (tensor<2x512xf32>, tensor<f32>) -> tensor<2xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<2xf32>) -> tensor<2x512xf32>
    %3 = stablehlo.compare EQ, %arg0, %2 : (tensor<2x512xf32>, tensor<2x512xf32>) -> tensor<2x512xi1>
    %4 = stablehlo.iota dim = 1 : tensor<2x512xi32>
    %5 = stablehlo.constant dense<512> : tensor<2x512xi32>
    %6 = stablehlo.select %3, %4, %5 : tensor<2x512xi1>, tensor<2x512xi32>
    %7 = stablehlo.constant dense<512> : tensor<i32>
    %8 = stablehlo.reduce(%6 init: %7) applies stablehlo.minimum across dimensions = [1] : (tensor<2x512xi32>, tensor<i32>) -> tensor<2xi32>
    return %8 : tensor<2xi32>
  }
}
