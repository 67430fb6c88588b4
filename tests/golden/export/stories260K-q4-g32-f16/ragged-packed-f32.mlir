module @mlxla {
  func.func @main(%arg0: tensor<2xi32> {mlxla.name = "tokens"}, %arg1: tensor<2xi32> {mlxla.name = "positions"}, %arg2: tensor<5x2x64x4x8xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<5x2x64x4x8xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<512x8xui32> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<512x2xf16> {mlxla.name = "model.embed_tokens.scales"}, %arg6: tensor<512x2xf16> {mlxla.name = "model.embed_tokens.biases"}, %arg7: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg8: tensor<64x8xui32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg9: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.scales"}, %arg10: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.biases"}, %arg11: tensor<32x8xui32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg12: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.scales"}, %arg13: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.biases"}, %arg14: tensor<32x8xui32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg15: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.scales"}, %arg16: tensor<32x2xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.biases"}, %arg17: tensor<64x8xui32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg18: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.scales"}, %arg19: tensor<64x2xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.biases"}, %arg20: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg21: tensor<172x8xui32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg22: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.scales"}, %arg23: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.biases"}, %arg24: tensor<172x8xui32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg25: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.up_proj.scales"}, %arg26: tensor<172x2xf16> {mlxla.name = "model.layers.0.mlp.up_proj.biases"}, %arg27: tensor<64x172xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg28: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg29: tensor<64x8xui32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg30: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.scales"}, %arg31: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.biases"}, %arg32: tensor<32x8xui32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg33: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.scales"}, %arg34: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.biases"}, %arg35: tensor<32x8xui32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg36: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.scales"}, %arg37: tensor<32x2xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.biases"}, %arg38: tensor<64x8xui32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg39: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.scales"}, %arg40: tensor<64x2xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.biases"}, %arg41: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg42: tensor<172x8xui32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg43: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.scales"}, %arg44: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.biases"}, %arg45: tensor<172x8xui32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg46: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.up_proj.scales"}, %arg47: tensor<172x2xf16> {mlxla.name = "model.layers.1.mlp.up_proj.biases"}, %arg48: tensor<64x172xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg49: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg50: tensor<64x8xui32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg51: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.scales"}, %arg52: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.biases"}, %arg53: tensor<32x8xui32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg54: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.scales"}, %arg55: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.biases"}, %arg56: tensor<32x8xui32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg57: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.scales"}, %arg58: tensor<32x2xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.biases"}, %arg59: tensor<64x8xui32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg60: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.scales"}, %arg61: tensor<64x2xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.biases"}, %arg62: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg63: tensor<172x8xui32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg64: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.scales"}, %arg65: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.biases"}, %arg66: tensor<172x8xui32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg67: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.up_proj.scales"}, %arg68: tensor<172x2xf16> {mlxla.name = "model.layers.2.mlp.up_proj.biases"}, %arg69: tensor<64x172xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg70: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg71: tensor<64x8xui32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg72: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.scales"}, %arg73: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.biases"}, %arg74: tensor<32x8xui32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg75: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.scales"}, %arg76: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.biases"}, %arg77: tensor<32x8xui32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg78: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.scales"}, %arg79: tensor<32x2xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.biases"}, %arg80: tensor<64x8xui32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg81: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.scales"}, %arg82: tensor<64x2xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.biases"}, %arg83: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg84: tensor<172x8xui32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg85: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.scales"}, %arg86: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.biases"}, %arg87: tensor<172x8xui32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg88: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.up_proj.scales"}, %arg89: tensor<172x2xf16> {mlxla.name = "model.layers.3.mlp.up_proj.biases"}, %arg90: tensor<64x172xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg91: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg92: tensor<64x8xui32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg93: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.scales"}, %arg94: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.biases"}, %arg95: tensor<32x8xui32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg96: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.scales"}, %arg97: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.biases"}, %arg98: tensor<32x8xui32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg99: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.scales"}, %arg100: tensor<32x2xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.biases"}, %arg101: tensor<64x8xui32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg102: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.scales"}, %arg103: tensor<64x2xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.biases"}, %arg104: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg105: tensor<172x8xui32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg106: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.scales"}, %arg107: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.biases"}, %arg108: tensor<172x8xui32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg109: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.up_proj.scales"}, %arg110: tensor<172x2xf16> {mlxla.name = "model.layers.4.mlp.up_proj.biases"}, %arg111: tensor<64x172xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg112: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<2xi32> {mlxla.name = "next_tokens"}, tensor<5x2x64x4x8xf16> {mlxla.name = "k_cache"}, tensor<5x2x64x4x8xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.constant dense<1> : tensor<i32>
    %3 = stablehlo.add %1, %2 : tensor<i32>
    %4 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<1> : tensor<i32>
    %7 = stablehlo.add %5, %6 : tensor<i32>
    %8 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %9 = "stablehlo.gather"(%arg6, %8) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2>} : (tensor<512x2xf16>, tensor<2x1xi32>) -> tensor<2x2xf16>
    %10 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%arg5, %10) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2>} : (tensor<512x2xf16>, tensor<2x1xi32>) -> tensor<2x2xf16>
    %12 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %13 = "stablehlo.gather"(%arg4, %12) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8>} : (tensor<512x8xui32>, tensor<2x1xi32>) -> tensor<2x8xui32>
    %14 = stablehlo.reshape %13 : (tensor<2x8xui32>) -> tensor<2x2x4xui32>
    %15 = stablehlo.slice %14 [0:2, 0:2, 0:1] : (tensor<2x2x4xui32>) -> tensor<2x2x1xui32>
    %16 = stablehlo.slice %14 [0:2, 0:2, 1:2] : (tensor<2x2x4xui32>) -> tensor<2x2x1xui32>
    %17 = stablehlo.slice %14 [0:2, 0:2, 2:3] : (tensor<2x2x4xui32>) -> tensor<2x2x1xui32>
    %18 = stablehlo.slice %14 [0:2, 0:2, 3:4] : (tensor<2x2x4xui32>) -> tensor<2x2x1xui32>
    %19 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [2] : (tensor<32xui32>) -> tensor<2x2x32xui32>
    %21 = stablehlo.concatenate %15, %15, %15, %15, %15, %15, %15, %15, %16, %16, %16, %16, %16, %16, %16, %16, %17, %17, %17, %17, %17, %17, %17, %17, %18, %18, %18, %18, %18, %18, %18, %18, dim = 2 : (tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>, tensor<2x2x1xui32>) -> tensor<2x2x32xui32>
    %22 = stablehlo.shift_right_logical %21, %20 : tensor<2x2x32xui32>
    %23 = stablehlo.constant dense<15> : tensor<2x2x32xui32>
    %24 = stablehlo.and %22, %23 : tensor<2x2x32xui32>
    %25 = stablehlo.reshape %24 : (tensor<2x2x32xui32>) -> tensor<2x64xui32>
    %26 = stablehlo.convert %25 : (tensor<2x64xui32>) -> tensor<2x64xf32>
    %27 = stablehlo.convert %11 : (tensor<2x2xf16>) -> tensor<2x2xf32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [0, 1] : (tensor<2x2xf32>) -> tensor<2x2x32xf32>
    %29 = stablehlo.reshape %28 : (tensor<2x2x32xf32>) -> tensor<2x64xf32>
    %30 = stablehlo.multiply %26, %29 : tensor<2x64xf32>
    %31 = stablehlo.convert %9 : (tensor<2x2xf16>) -> tensor<2x2xf32>
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
    %44 = stablehlo.convert %41 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %45 = stablehlo.convert %43 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %46 = stablehlo.constant dense<0> : tensor<i32>
    %47 = stablehlo.constant dense<0> : tensor<i32>
    %48 = stablehlo.constant dense<0> : tensor<i32>
    %49 = stablehlo.slice %44 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %50 = stablehlo.reshape %49 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %51 = stablehlo.dynamic_update_slice %arg2, %50, %46, %48, %1, %47, %47 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %52 = stablehlo.slice %45 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %53 = stablehlo.reshape %52 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %54 = stablehlo.dynamic_update_slice %arg3, %53, %46, %48, %1, %47, %47 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %55 = stablehlo.constant dense<1> : tensor<i32>
    %56 = stablehlo.slice %44 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %57 = stablehlo.reshape %56 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %58 = stablehlo.dynamic_update_slice %51, %57, %46, %55, %5, %47, %47 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %59 = stablehlo.slice %45 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %60 = stablehlo.reshape %59 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %61 = stablehlo.dynamic_update_slice %54, %60, %46, %55, %5, %47, %47 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %62 = stablehlo.slice %38 [0:1, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %63 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %64 = stablehlo.slice %61 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %65 = stablehlo.reshape %64 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %66 = stablehlo.slice %58 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %67 = stablehlo.reshape %66 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %68 = stablehlo.composite "mlxla.attention" %62, %67, %65, %63, %3 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %69 = stablehlo.slice %38 [1:2, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %70 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %71 = stablehlo.slice %61 [0:1, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %72 = stablehlo.reshape %71 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %73 = stablehlo.slice %58 [0:1, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %74 = stablehlo.reshape %73 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %75 = stablehlo.composite "mlxla.attention" %69, %74, %72, %70, %7 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %76 = stablehlo.concatenate %68, %75, dim = 0 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<2x8x8xf32>
    %77 = stablehlo.reshape %76 : (tensor<2x8x8xf32>) -> tensor<2x64xf32>
    %78 = stablehlo.composite "mlxla.quantized_dot" %77, %arg17, %arg18, %arg19 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %79 = stablehlo.add %34, %78 : tensor<2x64xf32>
    %80 = stablehlo.composite "mlxla.rms_norm" %79, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %81 = stablehlo.composite "mlxla.quantized_dot" %80, %arg21, %arg22, %arg23 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %82 = stablehlo.composite "mlxla.quantized_dot" %80, %arg24, %arg25, %arg26 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %83 = stablehlo.logistic %81 : tensor<2x172xf32>
    %84 = stablehlo.multiply %81, %83 : tensor<2x172xf32>
    %85 = stablehlo.multiply %84, %82 : tensor<2x172xf32>
    %86 = stablehlo.convert %arg27 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %87 = stablehlo.dot_general %85, %86, contracting_dims = [1] x [1] : (tensor<2x172xf32>, tensor<64x172xf32>) -> tensor<2x64xf32>
    %88 = stablehlo.add %79, %87 : tensor<2x64xf32>
    %89 = stablehlo.composite "mlxla.rms_norm" %88, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %90 = stablehlo.composite "mlxla.quantized_dot" %89, %arg29, %arg30, %arg31 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %91 = stablehlo.reshape %90 : (tensor<2x64xf32>) -> tensor<2x8x8xf32>
    %92 = stablehlo.composite "mlxla.rope" %91, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x8x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x8x8xf32>, tensor<2xi32>) -> tensor<2x8x8xf32>
    %93 = stablehlo.composite "mlxla.quantized_dot" %89, %arg32, %arg33, %arg34 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %94 = stablehlo.reshape %93 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %95 = stablehlo.composite "mlxla.rope" %94, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x8xf32>, tensor<2xi32>) -> tensor<2x4x8xf32>
    %96 = stablehlo.composite "mlxla.quantized_dot" %89, %arg35, %arg36, %arg37 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %97 = stablehlo.reshape %96 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %98 = stablehlo.convert %95 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %99 = stablehlo.convert %97 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %100 = stablehlo.constant dense<1> : tensor<i32>
    %101 = stablehlo.constant dense<0> : tensor<i32>
    %102 = stablehlo.constant dense<0> : tensor<i32>
    %103 = stablehlo.slice %98 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %104 = stablehlo.reshape %103 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %105 = stablehlo.dynamic_update_slice %58, %104, %100, %102, %1, %101, %101 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %106 = stablehlo.slice %99 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %107 = stablehlo.reshape %106 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %108 = stablehlo.dynamic_update_slice %61, %107, %100, %102, %1, %101, %101 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %109 = stablehlo.constant dense<1> : tensor<i32>
    %110 = stablehlo.slice %98 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %111 = stablehlo.reshape %110 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %112 = stablehlo.dynamic_update_slice %105, %111, %100, %109, %5, %101, %101 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %113 = stablehlo.slice %99 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %114 = stablehlo.reshape %113 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %115 = stablehlo.dynamic_update_slice %108, %114, %100, %109, %5, %101, %101 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %116 = stablehlo.slice %92 [0:1, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %117 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %118 = stablehlo.slice %115 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %119 = stablehlo.reshape %118 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %120 = stablehlo.slice %112 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %121 = stablehlo.reshape %120 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %122 = stablehlo.composite "mlxla.attention" %116, %121, %119, %117, %3 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %123 = stablehlo.slice %92 [1:2, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %124 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %125 = stablehlo.slice %115 [1:2, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %126 = stablehlo.reshape %125 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %127 = stablehlo.slice %112 [1:2, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %128 = stablehlo.reshape %127 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %129 = stablehlo.composite "mlxla.attention" %123, %128, %126, %124, %7 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %130 = stablehlo.concatenate %122, %129, dim = 0 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<2x8x8xf32>
    %131 = stablehlo.reshape %130 : (tensor<2x8x8xf32>) -> tensor<2x64xf32>
    %132 = stablehlo.composite "mlxla.quantized_dot" %131, %arg38, %arg39, %arg40 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %133 = stablehlo.add %88, %132 : tensor<2x64xf32>
    %134 = stablehlo.composite "mlxla.rms_norm" %133, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %135 = stablehlo.composite "mlxla.quantized_dot" %134, %arg42, %arg43, %arg44 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %136 = stablehlo.composite "mlxla.quantized_dot" %134, %arg45, %arg46, %arg47 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %137 = stablehlo.logistic %135 : tensor<2x172xf32>
    %138 = stablehlo.multiply %135, %137 : tensor<2x172xf32>
    %139 = stablehlo.multiply %138, %136 : tensor<2x172xf32>
    %140 = stablehlo.convert %arg48 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %141 = stablehlo.dot_general %139, %140, contracting_dims = [1] x [1] : (tensor<2x172xf32>, tensor<64x172xf32>) -> tensor<2x64xf32>
    %142 = stablehlo.add %133, %141 : tensor<2x64xf32>
    %143 = stablehlo.composite "mlxla.rms_norm" %142, %arg49 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %144 = stablehlo.composite "mlxla.quantized_dot" %143, %arg50, %arg51, %arg52 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %145 = stablehlo.reshape %144 : (tensor<2x64xf32>) -> tensor<2x8x8xf32>
    %146 = stablehlo.composite "mlxla.rope" %145, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x8x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x8x8xf32>, tensor<2xi32>) -> tensor<2x8x8xf32>
    %147 = stablehlo.composite "mlxla.quantized_dot" %143, %arg53, %arg54, %arg55 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %148 = stablehlo.reshape %147 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %149 = stablehlo.composite "mlxla.rope" %148, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x8xf32>, tensor<2xi32>) -> tensor<2x4x8xf32>
    %150 = stablehlo.composite "mlxla.quantized_dot" %143, %arg56, %arg57, %arg58 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %151 = stablehlo.reshape %150 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %152 = stablehlo.convert %149 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %153 = stablehlo.convert %151 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %154 = stablehlo.constant dense<2> : tensor<i32>
    %155 = stablehlo.constant dense<0> : tensor<i32>
    %156 = stablehlo.constant dense<0> : tensor<i32>
    %157 = stablehlo.slice %152 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %158 = stablehlo.reshape %157 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %159 = stablehlo.dynamic_update_slice %112, %158, %154, %156, %1, %155, %155 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %160 = stablehlo.slice %153 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %161 = stablehlo.reshape %160 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %162 = stablehlo.dynamic_update_slice %115, %161, %154, %156, %1, %155, %155 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %163 = stablehlo.constant dense<1> : tensor<i32>
    %164 = stablehlo.slice %152 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %165 = stablehlo.reshape %164 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %166 = stablehlo.dynamic_update_slice %159, %165, %154, %163, %5, %155, %155 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %167 = stablehlo.slice %153 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %168 = stablehlo.reshape %167 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %169 = stablehlo.dynamic_update_slice %162, %168, %154, %163, %5, %155, %155 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %170 = stablehlo.slice %146 [0:1, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %171 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %172 = stablehlo.slice %169 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %173 = stablehlo.reshape %172 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %174 = stablehlo.slice %166 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %175 = stablehlo.reshape %174 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %176 = stablehlo.composite "mlxla.attention" %170, %175, %173, %171, %3 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %177 = stablehlo.slice %146 [1:2, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %178 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %179 = stablehlo.slice %169 [2:3, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %180 = stablehlo.reshape %179 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %181 = stablehlo.slice %166 [2:3, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %182 = stablehlo.reshape %181 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %183 = stablehlo.composite "mlxla.attention" %177, %182, %180, %178, %7 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %184 = stablehlo.concatenate %176, %183, dim = 0 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<2x8x8xf32>
    %185 = stablehlo.reshape %184 : (tensor<2x8x8xf32>) -> tensor<2x64xf32>
    %186 = stablehlo.composite "mlxla.quantized_dot" %185, %arg59, %arg60, %arg61 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %187 = stablehlo.add %142, %186 : tensor<2x64xf32>
    %188 = stablehlo.composite "mlxla.rms_norm" %187, %arg62 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %189 = stablehlo.composite "mlxla.quantized_dot" %188, %arg63, %arg64, %arg65 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %190 = stablehlo.composite "mlxla.quantized_dot" %188, %arg66, %arg67, %arg68 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %191 = stablehlo.logistic %189 : tensor<2x172xf32>
    %192 = stablehlo.multiply %189, %191 : tensor<2x172xf32>
    %193 = stablehlo.multiply %192, %190 : tensor<2x172xf32>
    %194 = stablehlo.convert %arg69 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %195 = stablehlo.dot_general %193, %194, contracting_dims = [1] x [1] : (tensor<2x172xf32>, tensor<64x172xf32>) -> tensor<2x64xf32>
    %196 = stablehlo.add %187, %195 : tensor<2x64xf32>
    %197 = stablehlo.composite "mlxla.rms_norm" %196, %arg70 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %198 = stablehlo.composite "mlxla.quantized_dot" %197, %arg71, %arg72, %arg73 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %199 = stablehlo.reshape %198 : (tensor<2x64xf32>) -> tensor<2x8x8xf32>
    %200 = stablehlo.composite "mlxla.rope" %199, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x8x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x8x8xf32>, tensor<2xi32>) -> tensor<2x8x8xf32>
    %201 = stablehlo.composite "mlxla.quantized_dot" %197, %arg74, %arg75, %arg76 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %202 = stablehlo.reshape %201 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %203 = stablehlo.composite "mlxla.rope" %202, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x8xf32>, tensor<2xi32>) -> tensor<2x4x8xf32>
    %204 = stablehlo.composite "mlxla.quantized_dot" %197, %arg77, %arg78, %arg79 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %205 = stablehlo.reshape %204 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %206 = stablehlo.convert %203 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %207 = stablehlo.convert %205 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %208 = stablehlo.constant dense<3> : tensor<i32>
    %209 = stablehlo.constant dense<0> : tensor<i32>
    %210 = stablehlo.constant dense<0> : tensor<i32>
    %211 = stablehlo.slice %206 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %212 = stablehlo.reshape %211 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %213 = stablehlo.dynamic_update_slice %166, %212, %208, %210, %1, %209, %209 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %214 = stablehlo.slice %207 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %215 = stablehlo.reshape %214 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %216 = stablehlo.dynamic_update_slice %169, %215, %208, %210, %1, %209, %209 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %217 = stablehlo.constant dense<1> : tensor<i32>
    %218 = stablehlo.slice %206 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %219 = stablehlo.reshape %218 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %220 = stablehlo.dynamic_update_slice %213, %219, %208, %217, %5, %209, %209 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %221 = stablehlo.slice %207 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %222 = stablehlo.reshape %221 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %223 = stablehlo.dynamic_update_slice %216, %222, %208, %217, %5, %209, %209 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %224 = stablehlo.slice %200 [0:1, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %225 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %226 = stablehlo.slice %223 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %227 = stablehlo.reshape %226 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %228 = stablehlo.slice %220 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %229 = stablehlo.reshape %228 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %230 = stablehlo.composite "mlxla.attention" %224, %229, %227, %225, %3 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %231 = stablehlo.slice %200 [1:2, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %232 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %233 = stablehlo.slice %223 [3:4, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %234 = stablehlo.reshape %233 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %235 = stablehlo.slice %220 [3:4, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %236 = stablehlo.reshape %235 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %237 = stablehlo.composite "mlxla.attention" %231, %236, %234, %232, %7 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %238 = stablehlo.concatenate %230, %237, dim = 0 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<2x8x8xf32>
    %239 = stablehlo.reshape %238 : (tensor<2x8x8xf32>) -> tensor<2x64xf32>
    %240 = stablehlo.composite "mlxla.quantized_dot" %239, %arg80, %arg81, %arg82 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %241 = stablehlo.add %196, %240 : tensor<2x64xf32>
    %242 = stablehlo.composite "mlxla.rms_norm" %241, %arg83 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %243 = stablehlo.composite "mlxla.quantized_dot" %242, %arg84, %arg85, %arg86 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %244 = stablehlo.composite "mlxla.quantized_dot" %242, %arg87, %arg88, %arg89 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %245 = stablehlo.logistic %243 : tensor<2x172xf32>
    %246 = stablehlo.multiply %243, %245 : tensor<2x172xf32>
    %247 = stablehlo.multiply %246, %244 : tensor<2x172xf32>
    %248 = stablehlo.convert %arg90 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %249 = stablehlo.dot_general %247, %248, contracting_dims = [1] x [1] : (tensor<2x172xf32>, tensor<64x172xf32>) -> tensor<2x64xf32>
    %250 = stablehlo.add %241, %249 : tensor<2x64xf32>
    %251 = stablehlo.composite "mlxla.rms_norm" %250, %arg91 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %252 = stablehlo.composite "mlxla.quantized_dot" %251, %arg92, %arg93, %arg94 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %253 = stablehlo.reshape %252 : (tensor<2x64xf32>) -> tensor<2x8x8xf32>
    %254 = stablehlo.composite "mlxla.rope" %253, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x8x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x8x8xf32>, tensor<2xi32>) -> tensor<2x8x8xf32>
    %255 = stablehlo.composite "mlxla.quantized_dot" %251, %arg95, %arg96, %arg97 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %256 = stablehlo.reshape %255 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %257 = stablehlo.composite "mlxla.rope" %256, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x8xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x8xf32>, tensor<2xi32>) -> tensor<2x4x8xf32>
    %258 = stablehlo.composite "mlxla.quantized_dot" %251, %arg98, %arg99, %arg100 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_32x8xui32_32x2xf16_32x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<2x32xf32>
    %259 = stablehlo.reshape %258 : (tensor<2x32xf32>) -> tensor<2x4x8xf32>
    %260 = stablehlo.convert %257 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %261 = stablehlo.convert %259 : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
    %262 = stablehlo.constant dense<4> : tensor<i32>
    %263 = stablehlo.constant dense<0> : tensor<i32>
    %264 = stablehlo.constant dense<0> : tensor<i32>
    %265 = stablehlo.slice %260 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %266 = stablehlo.reshape %265 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %267 = stablehlo.dynamic_update_slice %220, %266, %262, %264, %1, %263, %263 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %268 = stablehlo.slice %261 [0:1, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %269 = stablehlo.reshape %268 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %270 = stablehlo.dynamic_update_slice %223, %269, %262, %264, %1, %263, %263 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %271 = stablehlo.constant dense<1> : tensor<i32>
    %272 = stablehlo.slice %260 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %273 = stablehlo.reshape %272 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %274 = stablehlo.dynamic_update_slice %267, %273, %262, %271, %5, %263, %263 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %275 = stablehlo.slice %261 [1:2, 0:4, 0:8] : (tensor<2x4x8xf16>) -> tensor<1x4x8xf16>
    %276 = stablehlo.reshape %275 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %277 = stablehlo.dynamic_update_slice %270, %276, %262, %271, %5, %263, %263 : (tensor<5x2x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x2x64x4x8xf16>
    %278 = stablehlo.slice %254 [0:1, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %279 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %280 = stablehlo.slice %277 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %281 = stablehlo.reshape %280 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %282 = stablehlo.slice %274 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %283 = stablehlo.reshape %282 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %284 = stablehlo.composite "mlxla.attention" %278, %283, %281, %279, %3 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %285 = stablehlo.slice %254 [1:2, 0:8, 0:8] : (tensor<2x8x8xf32>) -> tensor<1x8x8xf32>
    %286 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %287 = stablehlo.slice %277 [4:5, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %288 = stablehlo.reshape %287 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %289 = stablehlo.slice %274 [4:5, 1:2, 0:64, 0:4, 0:8] : (tensor<5x2x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %290 = stablehlo.reshape %289 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %291 = stablehlo.composite "mlxla.attention" %285, %290, %288, %286, %7 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %292 = stablehlo.concatenate %284, %291, dim = 0 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<2x8x8xf32>
    %293 = stablehlo.reshape %292 : (tensor<2x8x8xf32>) -> tensor<2x64xf32>
    %294 = stablehlo.composite "mlxla.quantized_dot" %293, %arg101, %arg102, %arg103 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_64x8xui32_64x2xf16_64x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<2x64xf32>
    %295 = stablehlo.add %250, %294 : tensor<2x64xf32>
    %296 = stablehlo.composite "mlxla.rms_norm" %295, %arg104 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %297 = stablehlo.composite "mlxla.quantized_dot" %296, %arg105, %arg106, %arg107 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %298 = stablehlo.composite "mlxla.quantized_dot" %296, %arg108, %arg109, %arg110 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_172x8xui32_172x2xf16_172x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<2x172xf32>
    %299 = stablehlo.logistic %297 : tensor<2x172xf32>
    %300 = stablehlo.multiply %297, %299 : tensor<2x172xf32>
    %301 = stablehlo.multiply %300, %298 : tensor<2x172xf32>
    %302 = stablehlo.convert %arg111 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %303 = stablehlo.dot_general %301, %302, contracting_dims = [1] x [1] : (tensor<2x172xf32>, tensor<64x172xf32>) -> tensor<2x64xf32>
    %304 = stablehlo.add %295, %303 : tensor<2x64xf32>
    %305 = stablehlo.composite "mlxla.rms_norm" %304, %arg112 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<2x64xf32>, tensor<64xf32>) -> tensor<2x64xf32>
    %306 = stablehlo.composite "mlxla.quantized_dot" %305, %arg4, %arg5, %arg6 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x64xf32_512x8xui32_512x2xf16_512x2xf16_c34ad7d0a3dd13df} : (tensor<2x64xf32>, tensor<512x8xui32>, tensor<512x2xf16>, tensor<512x2xf16>) -> tensor<2x512xf32>
    %307 = stablehlo.composite "mlxla.argmax" %306 {decomposition = @mlxla_argmax_2x512xf32_cbf29ce484222325} : (tensor<2x512xf32>) -> tensor<2xi32>
    return %307, %274, %277 : tensor<2xi32>, tensor<5x2x64x4x8xf16>, tensor<5x2x64x4x8xf16>
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
