module @mlxla {
  func.func @main(%arg0: tensor<2xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<5x2x64x4x8xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<5x2x64x4x8xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<512x8xui32> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<512x2xf16> {mlxla.name = "model.embed_tokens.scales"}, %arg6: tensor<512x2xf16> {mlxla.name = "model.embed_tokens.biases"}, %arg7: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg8: tensor<64x8xui32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg9: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.scales"}, %arg10: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.biases"}, %arg11: tensor<32x8xui32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg12: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.scales"}, %arg13: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.biases"}, %arg14: tensor<32x8xui32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg15: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.scales"}, %arg16: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.biases"}, %arg17: tensor<64x8xui32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg18: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.scales"}, %arg19: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.biases"}, %arg20: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg21: tensor<172x8xui32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg22: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.scales"}, %arg23: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.biases"}, %arg24: tensor<172x8xui32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg25: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.up_proj.scales"}, %arg26: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.up_proj.biases"}, %arg27: tensor<64x172xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg28: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg29: tensor<64x8xui32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg30: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.scales"}, %arg31: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.biases"}, %arg32: tensor<32x8xui32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg33: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.scales"}, %arg34: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.biases"}, %arg35: tensor<32x8xui32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg36: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.scales"}, %arg37: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.biases"}, %arg38: tensor<64x8xui32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg39: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.scales"}, %arg40: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.biases"}, %arg41: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg42: tensor<172x8xui32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg43: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.scales"}, %arg44: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.biases"}, %arg45: tensor<172x8xui32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg46: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.up_proj.scales"}, %arg47: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.up_proj.biases"}, %arg48: tensor<64x172xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg49: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg50: tensor<64x8xui32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg51: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.scales"}, %arg52: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.biases"}, %arg53: tensor<32x8xui32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg54: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.scales"}, %arg55: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.biases"}, %arg56: tensor<32x8xui32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg57: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.scales"}, %arg58: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.biases"}, %arg59: tensor<64x8xui32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg60: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.scales"}, %arg61: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.biases"}, %arg62: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg63: tensor<172x8xui32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg64: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.scales"}, %arg65: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.biases"}, %arg66: tensor<172x8xui32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg67: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.up_proj.scales"}, %arg68: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.up_proj.biases"}, %arg69: tensor<64x172xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg70: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg71: tensor<64x8xui32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg72: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.scales"}, %arg73: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.biases"}, %arg74: tensor<32x8xui32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg75: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.scales"}, %arg76: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.biases"}, %arg77: tensor<32x8xui32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg78: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.scales"}, %arg79: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.biases"}, %arg80: tensor<64x8xui32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg81: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.scales"}, %arg82: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.biases"}, %arg83: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg84: tensor<172x8xui32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg85: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.scales"}, %arg86: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.biases"}, %arg87: tensor<172x8xui32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg88: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.up_proj.scales"}, %arg89: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.up_proj.biases"}, %arg90: tensor<64x172xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg91: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg92: tensor<64x8xui32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg93: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.scales"}, %arg94: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.biases"}, %arg95: tensor<32x8xui32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg96: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.scales"}, %arg97: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.biases"}, %arg98: tensor<32x8xui32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg99: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.scales"}, %arg100: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.biases"}, %arg101: tensor<64x8xui32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg102: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.scales"}, %arg103: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.biases"}, %arg104: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg105: tensor<172x8xui32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg106: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.scales"}, %arg107: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.biases"}, %arg108: tensor<172x8xui32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg109: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.up_proj.scales"}, %arg110: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.up_proj.biases"}, %arg111: tensor<64x172xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg112: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<2xi32> {mlxla.name = "next_tokens"}, tensor<5x2x64x4x8xf16> {mlxla.name = "k_cache"}, tensor<5x2x64x4x8xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<2xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.constant dense<1> : tensor<i32>
    %4 = stablehlo.add %arg1, %3 : tensor<i32>
    %5 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %6 = "stablehlo.gather"(%arg6, %5) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2>} : (tensor<512x2xf16>, tensor<2x1xi32>) -> tensor<2x2xf16>
    %7 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %8 = "stablehlo.gather"(%arg5, %7) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2>} : (tensor<512x2xf16>, tensor<2x1xi32>) -> tensor<2x2xf16>
    %9 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %10 = "stablehlo.gather"(%arg4, %9) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8>} : (tensor<512x8xui32>, tensor<2x1xi32>) -> tensor<2x8xui32>
    %11 = stablehlo.reshape %10 : (tensor<2x8xui32>) -> tensor<2x2x4xui32>
    %12 = stablehlo.slice %11 [0:2, 0:2, 0:1] : (tensor<2x2x4xui32>) -> tensor<2x2x1xui32>
    %13 = stablehlo.slice %11 [0:2, 0:2, 1:2] : (tensor<2x2x4xui32>) -> tensor<2x2x1xui32>
    %14 = stablehlo.slice %11 [0:2, 0:2, 2:3] : (tensor<2x2x4xui32>) -> tensor<2x2x1xui32>
    %15 = stablehlo.slice %11 [0:2, 0:2, 3:4] : (tensor<2x2x4xui32>) -> tensor<2x2x1xui32>
    %16 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [2] : (tensor<32xui32>) -> tensor<2x2x32xui32>
    %18 = stablehlo.concatenate %12, %12, %12, %12, %12, %12, %12, %12, %13, %13, %13, %13, %13, %13, %13, %13, %14, %14, %14, %14, %14, %14, %14, %14, %15, %15, %15, %15, %15, %15, %15, %15, dim = 2 : (tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>) -> tensor<2x2x32xui32>
    %19 = stablehlo.shift_right_logical %18, %17 : tensor<2x2x32xui32>
    %20 = stablehlo.constant dense<15> : tensor<2x2x32xui32>
    %21 = stablehlo.and %19, %20 : tensor<2x2x32xui32>
    %22 = stablehlo.reshape %21 : (tensor<2x2x32xui32>) -> tensor<2x64xui32>
    %23 = stablehlo.convert %22 : (tensor<2x64xui32>) -> tensor<2x64xf32>
    %24 = stablehlo.convert %8 : (tensor<2x2xf16>) -> tensor<2x2xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0, 1] : (tensor<2x2xf32>) -> tensor<2x2x32xf32>
    %26 = stablehlo.reshape %25 : (tensor<2x2x32xf32>) -> tensor<2x64xf32>
    %27 = stablehlo.multiply %23, %26 : tensor<2x64xf32>
    %28 = stablehlo.convert %6 : (tensor<2x2xf16>) -> tensor<2x2xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [0, 1] : (tensor<2x2xf32>) -> tensor<2x2x32xf32>
    %30 = stablehlo.reshape %29 : (tensor<2x2x32xf32>) -> tensor<2x64xf32>
    %31 = stablehlo.add %27, %30 : tensor<2x64xf32>
    %32 = stablehlo.composite "mlxla.rms_norm" %31, %arg7 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %33 = stablehlo.composite "mlxla.quantized_dot" %32, %arg8, %arg9, %arg10 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %34 = stablehlo.reshape %33 : (tensor<2x64xf32>) -> tensor<2x8x8xf32>
    %35 = stablehlo.composite "mlxla.rope" %34, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x8x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x8x8xf32>, tensor<2xi32>) -> tensor<2x8x8xf32>
    %36 = stablehlo.composite "mlxla.quantized_dot" %32, %arg11, %arg12, %arg13 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %37 = stablehlo.reshape %36 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %38 = stablehlo.composite "mlxla.rope" %37, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x8xf32>, tensor<2xi32>) -> tensor<2x4x8xf32>
    %39 = stablehlo.composite "mlxla.quantized_dot" %32, %arg14, %arg15, %arg16 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %40 = stablehlo.reshape %39 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %41 = stablehlo.convert %38 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %42 = stablehlo.convert %40 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %43 = stablehlo.constant dense<0> : tensor<i32>
    %44 = stablehlo.constant dense<0> : tensor<i32>
    %45 = stablehlo.constant dense<0> : tensor<i32>
    %46 = stablehlo.slice %41 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %47 = stablehlo.reshape %46 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %48 = stablehlo.dynamic_update_slice %arg2, %47, %43, %45, %arg1, %44, %44 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %49 = stablehlo.slice %42 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %50 = stablehlo.reshape %49 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %51 = stablehlo.dynamic_update_slice %arg3, %50, %43, %45, %arg1, %44, %44 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %52 = stablehlo.constant dense<1> : tensor<i32>
    %53 = stablehlo.slice %41 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %54 = stablehlo.reshape %53 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %55 = stablehlo.dynamic_update_slice %48, %54, %43, %52, %arg1, %44, %44 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %56 = stablehlo.slice %42 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %57 = stablehlo.reshape %56 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %58 = stablehlo.dynamic_update_slice %51, %57, %43, %52, %arg1, %44, %44 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %59 = stablehlo.slice %35 [0:1, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %60 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %61 = stablehlo.slice %58 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %62 = stablehlo.reshape %61 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %63 = stablehlo.slice %55 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %64 = stablehlo.reshape %63 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %65 = stablehlo.composite "mlxla.attention" %59, %64, %62, %60, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %66 = stablehlo.slice %35 [1:2, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %67 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %68 = stablehlo.slice %58 [0:1, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %69 = stablehlo.reshape %68 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %70 = stablehlo.slice %55 [0:1, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %71 = stablehlo.reshape %70 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %72 = stablehlo.composite "mlxla.attention" %66, %71, %69, %67, %4 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %73 = stablehlo.concatenate %65, %72, dim = 0 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<2x8x8xf32>
    %74 = stablehlo.reshape %73 : (tensor<2x8x8xf32>) -> tensor<2x64xf32>
    %75 = stablehlo.composite "mlxla.quantized_dot" %74, %arg17, %arg18, %arg19 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %76 = stablehlo.add %31, %75 : tensor<2x64xf32>
    %77 = stablehlo.composite "mlxla.rms_norm" %76, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %78 = stablehlo.composite "mlxla.quantized_dot" %77, %arg21, %arg22, %arg23 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %79 = stablehlo.composite "mlxla.quantized_dot" %77, %arg24, %arg25, %arg26 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %80 = stablehlo.logistic %78 : tensor<2x172xf32>
    %81 = stablehlo.multiply %78, %80 : tensor<2x172xf32>
    %82 = stablehlo.multiply %81, %79 : tensor<2x172xf32>
    %83 = stablehlo.convert %arg27 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %84 = stablehlo.dot_general %82, %83, contracting_dims = [1] x [1] : (tensor<2x172xf32>, tensor<64x172xf32>) -> tensor<2x64xf32>
    %85 = stablehlo.add %76, %84 : tensor<2x64xf32>
    %86 = stablehlo.composite "mlxla.rms_norm" %85, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %87 = stablehlo.composite "mlxla.quantized_dot" %86, %arg29, %arg30, %arg31 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %88 = stablehlo.reshape %87 : (tensor<2x64xf32>) -> tensor<2x8x8xf32>
    %89 = stablehlo.composite "mlxla.rope" %88, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x8x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x8x8xf32>, tensor<2xi32>) -> tensor<2x8x8xf32>
    %90 = stablehlo.composite "mlxla.quantized_dot" %86, %arg32, %arg33, %arg34 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %91 = stablehlo.reshape %90 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %92 = stablehlo.composite "mlxla.rope" %91, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x8xf32>, tensor<2xi32>) -> tensor<2x4x8xf32>
    %93 = stablehlo.composite "mlxla.quantized_dot" %86, %arg35, %arg36, %arg37 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %94 = stablehlo.reshape %93 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %95 = stablehlo.convert %92 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %96 = stablehlo.convert %94 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %97 = stablehlo.constant dense<1> : tensor<i32>
    %98 = stablehlo.constant dense<0> : tensor<i32>
    %99 = stablehlo.constant dense<0> : tensor<i32>
    %100 = stablehlo.slice %95 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %101 = stablehlo.reshape %100 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %102 = stablehlo.dynamic_update_slice %55, %101, %97, %99, %arg1, %98, %98 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %103 = stablehlo.slice %96 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %104 = stablehlo.reshape %103 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %105 = stablehlo.dynamic_update_slice %58, %104, %97, %99, %arg1, %98, %98 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %106 = stablehlo.constant dense<1> : tensor<i32>
    %107 = stablehlo.slice %95 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %108 = stablehlo.reshape %107 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %109 = stablehlo.dynamic_update_slice %102, %108, %97, %106, %arg1, %98, %98 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %110 = stablehlo.slice %96 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %111 = stablehlo.reshape %110 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %112 = stablehlo.dynamic_update_slice %105, %111, %97, %106, %arg1, %98, %98 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %113 = stablehlo.slice %89 [0:1, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %114 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %115 = stablehlo.slice %112 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %116 = stablehlo.reshape %115 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %117 = stablehlo.slice %109 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %118 = stablehlo.reshape %117 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %119 = stablehlo.composite "mlxla.attention" %113, %118, %116, %114, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %120 = stablehlo.slice %89 [1:2, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %121 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %122 = stablehlo.slice %112 [1:2, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %123 = stablehlo.reshape %122 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %124 = stablehlo.slice %109 [1:2, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %125 = stablehlo.reshape %124 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %126 = stablehlo.composite "mlxla.attention" %120, %125, %123, %121, %4 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %127 = stablehlo.concatenate %119, %126, dim = 0 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<2x8x8xf32>
    %128 = stablehlo.reshape %127 : (tensor<2x8x8xf32>) -> tensor<2x64xf32>
    %129 = stablehlo.composite "mlxla.quantized_dot" %128, %arg38, %arg39, %arg40 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %130 = stablehlo.add %85, %129 : tensor<2x64xf32>
    %131 = stablehlo.composite "mlxla.rms_norm" %130, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %132 = stablehlo.composite "mlxla.quantized_dot" %131, %arg42, %arg43, %arg44 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %133 = stablehlo.composite "mlxla.quantized_dot" %131, %arg45, %arg46, %arg47 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %134 = stablehlo.logistic %132 : tensor<2x172xf32>
    %135 = stablehlo.multiply %132, %134 : tensor<2x172xf32>
    %136 = stablehlo.multiply %135, %133 : tensor<2x172xf32>
    %137 = stablehlo.convert %arg48 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %138 = stablehlo.dot_general %136, %137, contracting_dims = [1] x [1] : (tensor<2x172xf32>, tensor<64x172xf32>) -> tensor<2x64xf32>
    %139 = stablehlo.add %130, %138 : tensor<2x64xf32>
    %140 = stablehlo.composite "mlxla.rms_norm" %139, %arg49 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %141 = stablehlo.composite "mlxla.quantized_dot" %140, %arg50, %arg51, %arg52 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %142 = stablehlo.reshape %141 : (tensor<2x64xf32>) -> tensor<2x8x8xf32>
    %143 = stablehlo.composite "mlxla.rope" %142, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x8x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x8x8xf32>, tensor<2xi32>) -> tensor<2x8x8xf32>
    %144 = stablehlo.composite "mlxla.quantized_dot" %140, %arg53, %arg54, %arg55 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %145 = stablehlo.reshape %144 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %146 = stablehlo.composite "mlxla.rope" %145, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x8xf32>, tensor<2xi32>) -> tensor<2x4x8xf32>
    %147 = stablehlo.composite "mlxla.quantized_dot" %140, %arg56, %arg57, %arg58 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %148 = stablehlo.reshape %147 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %149 = stablehlo.convert %146 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %150 = stablehlo.convert %148 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %151 = stablehlo.constant dense<2> : tensor<i32>
    %152 = stablehlo.constant dense<0> : tensor<i32>
    %153 = stablehlo.constant dense<0> : tensor<i32>
    %154 = stablehlo.slice %149 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %155 = stablehlo.reshape %154 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %156 = stablehlo.dynamic_update_slice %109, %155, %151, %153, %arg1, %152, %152 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %157 = stablehlo.slice %150 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %158 = stablehlo.reshape %157 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %159 = stablehlo.dynamic_update_slice %112, %158, %151, %153, %arg1, %152, %152 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %160 = stablehlo.constant dense<1> : tensor<i32>
    %161 = stablehlo.slice %149 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %162 = stablehlo.reshape %161 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %163 = stablehlo.dynamic_update_slice %156, %162, %151, %160, %arg1, %152, %152 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %164 = stablehlo.slice %150 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %165 = stablehlo.reshape %164 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %166 = stablehlo.dynamic_update_slice %159, %165, %151, %160, %arg1, %152, %152 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %167 = stablehlo.slice %143 [0:1, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %168 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %169 = stablehlo.slice %166 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %170 = stablehlo.reshape %169 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %171 = stablehlo.slice %163 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %172 = stablehlo.reshape %171 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %173 = stablehlo.composite "mlxla.attention" %167, %172, %170, %168, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %174 = stablehlo.slice %143 [1:2, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %175 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %176 = stablehlo.slice %166 [2:3, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %177 = stablehlo.reshape %176 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %178 = stablehlo.slice %163 [2:3, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %179 = stablehlo.reshape %178 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %180 = stablehlo.composite "mlxla.attention" %174, %179, %177, %175, %4 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %181 = stablehlo.concatenate %173, %180, dim = 0 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<2x8x8xf32>
    %182 = stablehlo.reshape %181 : (tensor<2x8x8xf32>) -> tensor<2x64xf32>
    %183 = stablehlo.composite "mlxla.quantized_dot" %182, %arg59, %arg60, %arg61 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %184 = stablehlo.add %139, %183 : tensor<2x64xf32>
    %185 = stablehlo.composite "mlxla.rms_norm" %184, %arg62 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %186 = stablehlo.composite "mlxla.quantized_dot" %185, %arg63, %arg64, %arg65 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %187 = stablehlo.composite "mlxla.quantized_dot" %185, %arg66, %arg67, %arg68 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %188 = stablehlo.logistic %186 : tensor<2x172xf32>
    %189 = stablehlo.multiply %186, %188 : tensor<2x172xf32>
    %190 = stablehlo.multiply %189, %187 : tensor<2x172xf32>
    %191 = stablehlo.convert %arg69 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %192 = stablehlo.dot_general %190, %191, contracting_dims = [1] x [1] : (tensor<2x172xf32>, tensor<64x172xf32>) -> tensor<2x64xf32>
    %193 = stablehlo.add %184, %192 : tensor<2x64xf32>
    %194 = stablehlo.composite "mlxla.rms_norm" %193, %arg70 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %195 = stablehlo.composite "mlxla.quantized_dot" %194, %arg71, %arg72, %arg73 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %196 = stablehlo.reshape %195 : (tensor<2x64xf32>) -> tensor<2x8x8xf32>
    %197 = stablehlo.composite "mlxla.rope" %196, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x8x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x8x8xf32>, tensor<2xi32>) -> tensor<2x8x8xf32>
    %198 = stablehlo.composite "mlxla.quantized_dot" %194, %arg74, %arg75, %arg76 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %199 = stablehlo.reshape %198 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %200 = stablehlo.composite "mlxla.rope" %199, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x8xf32>, tensor<2xi32>) -> tensor<2x4x8xf32>
    %201 = stablehlo.composite "mlxla.quantized_dot" %194, %arg77, %arg78, %arg79 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %202 = stablehlo.reshape %201 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %203 = stablehlo.convert %200 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %204 = stablehlo.convert %202 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %205 = stablehlo.constant dense<3> : tensor<i32>
    %206 = stablehlo.constant dense<0> : tensor<i32>
    %207 = stablehlo.constant dense<0> : tensor<i32>
    %208 = stablehlo.slice %203 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %209 = stablehlo.reshape %208 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %210 = stablehlo.dynamic_update_slice %163, %209, %205, %207, %arg1, %206, %206 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %211 = stablehlo.slice %204 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %212 = stablehlo.reshape %211 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %213 = stablehlo.dynamic_update_slice %166, %212, %205, %207, %arg1, %206, %206 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %214 = stablehlo.constant dense<1> : tensor<i32>
    %215 = stablehlo.slice %203 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %216 = stablehlo.reshape %215 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %217 = stablehlo.dynamic_update_slice %210, %216, %205, %214, %arg1, %206, %206 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %218 = stablehlo.slice %204 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %219 = stablehlo.reshape %218 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %220 = stablehlo.dynamic_update_slice %213, %219, %205, %214, %arg1, %206, %206 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %221 = stablehlo.slice %197 [0:1, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %222 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %223 = stablehlo.slice %220 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %224 = stablehlo.reshape %223 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %225 = stablehlo.slice %217 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %226 = stablehlo.reshape %225 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %227 = stablehlo.composite "mlxla.attention" %221, %226, %224, %222, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %228 = stablehlo.slice %197 [1:2, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %229 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %230 = stablehlo.slice %220 [3:4, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %231 = stablehlo.reshape %230 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %232 = stablehlo.slice %217 [3:4, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %233 = stablehlo.reshape %232 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %234 = stablehlo.composite "mlxla.attention" %228, %233, %231, %229, %4 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %235 = stablehlo.concatenate %227, %234, dim = 0 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<2x8x8xf32>
    %236 = stablehlo.reshape %235 : (tensor<2x8x8xf32>) -> tensor<2x64xf32>
    %237 = stablehlo.composite "mlxla.quantized_dot" %236, %arg80, %arg81, %arg82 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %238 = stablehlo.add %193, %237 : tensor<2x64xf32>
    %239 = stablehlo.composite "mlxla.rms_norm" %238, %arg83 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %240 = stablehlo.composite "mlxla.quantized_dot" %239, %arg84, %arg85, %arg86 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %241 = stablehlo.composite "mlxla.quantized_dot" %239, %arg87, %arg88, %arg89 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %242 = stablehlo.logistic %240 : tensor<2x172xf32>
    %243 = stablehlo.multiply %240, %242 : tensor<2x172xf32>
    %244 = stablehlo.multiply %243, %241 : tensor<2x172xf32>
    %245 = stablehlo.convert %arg90 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %246 = stablehlo.dot_general %244, %245, contracting_dims = [1] x [1] : (tensor<2x172xf32>, tensor<64x172xf32>) -> tensor<2x64xf32>
    %247 = stablehlo.add %238, %246 : tensor<2x64xf32>
    %248 = stablehlo.composite "mlxla.rms_norm" %247, %arg91 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %249 = stablehlo.composite "mlxla.quantized_dot" %248, %arg92, %arg93, %arg94 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %250 = stablehlo.reshape %249 : (tensor<2x64xf32>) -> tensor<2x8x8xf32>
    %251 = stablehlo.composite "mlxla.rope" %250, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x8x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x8x8xf32>, tensor<2xi32>) -> tensor<2x8x8xf32>
    %252 = stablehlo.composite "mlxla.quantized_dot" %248, %arg95, %arg96, %arg97 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %253 = stablehlo.reshape %252 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %254 = stablehlo.composite "mlxla.rope" %253, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x8xf32>, tensor<2xi32>) -> tensor<2x4x8xf32>
    %255 = stablehlo.composite "mlxla.quantized_dot" %248, %arg98, %arg99, %arg100 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %256 = stablehlo.reshape %255 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %257 = stablehlo.convert %254 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %258 = stablehlo.convert %256 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %259 = stablehlo.constant dense<4> : tensor<i32>
    %260 = stablehlo.constant dense<0> : tensor<i32>
    %261 = stablehlo.constant dense<0> : tensor<i32>
    %262 = stablehlo.slice %257 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %263 = stablehlo.reshape %262 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %264 = stablehlo.dynamic_update_slice %217, %263, %259, %261, %arg1, %260, %260 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %265 = stablehlo.slice %258 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %266 = stablehlo.reshape %265 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %267 = stablehlo.dynamic_update_slice %220, %266, %259, %261, %arg1, %260, %260 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %268 = stablehlo.constant dense<1> : tensor<i32>
    %269 = stablehlo.slice %257 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %270 = stablehlo.reshape %269 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %271 = stablehlo.dynamic_update_slice %264, %270, %259, %268, %arg1, %260, %260 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %272 = stablehlo.slice %258 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %273 = stablehlo.reshape %272 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %274 = stablehlo.dynamic_update_slice %267, %273, %259, %268, %arg1, %260, %260 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %275 = stablehlo.slice %251 [0:1, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %276 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %277 = stablehlo.slice %274 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %278 = stablehlo.reshape %277 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %279 = stablehlo.slice %271 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %280 = stablehlo.reshape %279 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %281 = stablehlo.composite "mlxla.attention" %275, %280, %278, %276, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %282 = stablehlo.slice %251 [1:2, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %283 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %284 = stablehlo.slice %274 [4:5, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %285 = stablehlo.reshape %284 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %286 = stablehlo.slice %271 [4:5, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %287 = stablehlo.reshape %286 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %288 = stablehlo.composite "mlxla.attention" %282, %287, %285, %283, %4 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %289 = stablehlo.concatenate %281, %288, dim = 0 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<2x8x8xf32>
    %290 = stablehlo.reshape %289 : (tensor<2x8x8xf32>) -> tensor<2x64xf32>
    %291 = stablehlo.composite "mlxla.quantized_dot" %290, %arg101, %arg102, %arg103 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %292 = stablehlo.add %247, %291 : tensor<2x64xf32>
    %293 = stablehlo.composite "mlxla.rms_norm" %292, %arg104 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %294 = stablehlo.composite "mlxla.quantized_dot" %293, %arg105, %arg106, %arg107 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %295 = stablehlo.composite "mlxla.quantized_dot" %293, %arg108, %arg109, %arg110 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %296 = stablehlo.logistic %294 : tensor<2x172xf32>
    %297 = stablehlo.multiply %294, %296 : tensor<2x172xf32>
    %298 = stablehlo.multiply %297, %295 : tensor<2x172xf32>
    %299 = stablehlo.convert %arg111 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %300 = stablehlo.dot_general %298, %299, contracting_dims = [1] x [1] : (tensor<2x172xf32>, tensor<64x172xf32>) -> tensor<2x64xf32>
    %301 = stablehlo.add %292, %300 : tensor<2x64xf32>
    %302 = stablehlo.composite "mlxla.rms_norm" %301, %arg112 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %303 = stablehlo.composite "mlxla.quantized_dot" %302, %arg4, %arg5, %arg6 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_512x8xui32_512x2xf16_512x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<512x8xui32>, tensor<512x2xf16>, tensor<512x2xf16>) -> tensor<2x512xf32>
    %304 = stablehlo.composite "mlxla.argmax" %303 {decomposition = @mlxla_argmax_2x512xf32_cbf29ce484222325} : (tensor<2x512xf32>) -> tensor<2xi32>
    return %304, %271, %274 : tensor<2xi32>, tensor<5x2x64x4x8xf16>, tensor<5x2x64x4x8xf16>
  }
  func.func private @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f(%arg0: tensor<2x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64xf32> {mlxla.name = "arg1"}) -> (tensor<2x64xf32>) {
    %0 = stablehlo.constant dense<0.0> : tensor<f32>
    %1 = stablehlo.multiply %arg0, %arg0 : tensor<2x64xf32>
    %2 = stablehlo.reduce(%1 init: %0) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
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
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    return %21 : tensor<2x64xf32>
  }
  func.func private @mlxla_rope_2x8x8xf32_2xi32_e799d9b71a401c74(%arg0: tensor<2x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<2xi32> {mlxla.name = "arg1"}) -> (tensor<2x8x8xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %1 = stablehlo.convert %arg1 : (tensor<2xi32>) -> tensor<2xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<4xf32>) -> tensor<2x4xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<2xf32>) -> tensor<2x4xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<2x4xf32>
    %5 = stablehlo.cosine %4 : tensor<2x4xf32>
    %6 = stablehlo.sine %4 : tensor<2x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<2x8xf32>) -> tensor<2x8x8xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x8xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<2x8xf32>) -> tensor<2x8x8xf32>
    %11 = stablehlo.slice %arg0 [0:2, 0:8, 0:4] : (tensor<2x8x8xf32>) -> tensor<2x8x4xf32>
    %12 = stablehlo.slice %arg0 [0:2, 0:8, 4:8] : (tensor<2x8x8xf32>) -> tensor<2x8x4xf32>
    %13 = stablehlo.negate %12 : tensor<2x8x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<2x8x4xf32>, tensor<2x8x4xf32>) -> tensor<2x8x8xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<2x8x8xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<2x8x8xf32>
    %17 = stablehlo.add %16, %15 : tensor<2x8x8xf32>
    return %17 : tensor<2x8x8xf32>
  }
  func.func private @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df(%arg0: tensor<2x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<32x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<32x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<32x2xf16> {mlxla.name = "arg3"}) -> (tensor<2x32xf32>) {
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
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    return %21 : tensor<2x32xf32>
  }
  func.func private @mlxla_rope_2x4x8xf32_2xi32_e799d9b71a401c74(%arg0: tensor<2x4x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<2xi32> {mlxla.name = "arg1"}) -> (tensor<2x4x8xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %1 = stablehlo.convert %arg1 : (tensor<2xi32>) -> tensor<2xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<4xf32>) -> tensor<2x4xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<2xf32>) -> tensor<2x4xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<2x4xf32>
    %5 = stablehlo.cosine %4 : tensor<2x4xf32>
    %6 = stablehlo.sine %4 : tensor<2x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<2x8xf32>) -> tensor<2x4x8xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x8xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<2x8xf32>) -> tensor<2x4x8xf32>
    %11 = stablehlo.slice %arg0 [0:2, 0:4, 0:4] : (tensor<2x4x8xf32>) -> tensor<2x4x4xf32>
    %12 = stablehlo.slice %arg0 [0:2, 0:4, 4:8] : (tensor<2x4x8xf32>) -> tensor<2x4x4xf32>
    %13 = stablehlo.negate %12 : tensor<2x4x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x8xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<2x4x8xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<2x4x8xf32>
    %17 = stablehlo.add %16, %15 : tensor<2x4x8xf32>
    return %17 : tensor<2x4x8xf32>
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
  func.func private @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df(%arg0: tensor<2x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<172x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<172x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<172x2xf16> {mlxla.name = "arg3"}) -> (tensor<2x172xf32>) {
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
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<172x64xf32>) -> tensor<2x172xf32>
    return %21 : tensor<2x172xf32>
  }
  func.func private @mlxla_quantized_dot_2x64xf32_512x8xui32_512x2xf16_512x2xf16_c34ad7d0a3dd13df(%arg0: tensor<2x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<512x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<512x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<512x2xf16> {mlxla.name = "arg3"}) -> (tensor<2x512xf32>) {
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
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<512x64xf32>) -> tensor<2x512xf32>
    return %21 : tensor<2x512xf32>
  }
  func.func private @mlxla_argmax_2x512xf32_cbf29ce484222325(%arg0: tensor<2x512xf32> {mlxla.name = "arg0"}) -> (tensor<2xi32>) {
    %0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1 = stablehlo.reduce(%arg0 init: %0) applies stablehlo.maximum across dimensions = [1] : (tensor<2x512xf32>, tensor<f32>) -> tensor<2xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<2xf32>) -> tensor<2x512xf32>
    %3 = stablehlo.compare EQ, %arg0, %2 : (tensor<2x512xf32>, tensor<2x512xf32>) -> tensor<2x512xi1>
    %4 = stablehlo.constant dense<512> : tensor<2x512xi32>
    %5 = stablehlo.iota dim = 1 : tensor<2x512xi32>
    %6 = stablehlo.select %3, %5, %4 : tensor<2x512xi1>, tensor<2x512xi32>
    %7 = stablehlo.constant dense<512> : tensor<i32>
    %8 = stablehlo.reduce(%6 init: %7) applies stablehlo.minimum across dimensions = [1] : (tensor<2x512xi32>, tensor<i32>) -> tensor<2xi32>
    return %8 : tensor<2xi32>
  }
}
