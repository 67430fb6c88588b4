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
    %33 = stablehlo.convert %32 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %34 = stablehlo.convert %33 : (tensor<8x64xbf16>) -> tensor<8x64xf32>
    %35 = stablehlo.composite "mlxla.rms_norm" %34, %arg8 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %36 = stablehlo.composite "mlxla.quantized_dot" %35, %arg9, %arg10, %arg11 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %37 = stablehlo.reshape %36 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %38 = stablehlo.composite "mlxla.rope" %37, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %39 = stablehlo.composite "mlxla.quantized_dot" %35, %arg12, %arg13, %arg14 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %40 = stablehlo.reshape %39 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %41 = stablehlo.composite "mlxla.rope" %40, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %42 = stablehlo.composite "mlxla.quantized_dot" %35, %arg15, %arg16, %arg17 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %43 = stablehlo.reshape %42 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %44 = stablehlo.convert %41 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %45 = stablehlo.convert %43 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %46 = stablehlo.constant dense<0> : tensor<i32>
    %47 = stablehlo.constant dense<0> : tensor<i32>
    %48 = stablehlo.constant dense<0> : tensor<i32>
    %49 = stablehlo.reshape %44 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %50 = stablehlo.dynamic_update_slice %arg3, %49, %46, %48, %arg1, %47, %47 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %51 = stablehlo.reshape %45 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %52 = stablehlo.dynamic_update_slice %arg4, %51, %46, %48, %arg1, %47, %47 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %53 = stablehlo.slice %52 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %54 = stablehlo.reshape %53 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %55 = stablehlo.slice %50 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %56 = stablehlo.reshape %55 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %57 = stablehlo.composite "mlxla.attention" %38, %56, %54, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %58 = stablehlo.reshape %57 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %59 = stablehlo.composite "mlxla.quantized_dot" %58, %arg18, %arg19, %arg20 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %60 = stablehlo.add %34, %59 : tensor<8x64xf32>
    %61 = stablehlo.composite "mlxla.rms_norm" %60, %arg21 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %62 = stablehlo.composite "mlxla.quantized_dot" %61, %arg22, %arg23, %arg24 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %63 = stablehlo.composite "mlxla.quantized_dot" %61, %arg25, %arg26, %arg27 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %64 = stablehlo.logistic %62 : tensor<8x172xf32>
    %65 = stablehlo.multiply %62, %64 : tensor<8x172xf32>
    %66 = stablehlo.multiply %65, %63 : tensor<8x172xf32>
    %67 = stablehlo.convert %arg28 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %68 = stablehlo.convert %67 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %69 = stablehlo.convert %66 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %70 = stablehlo.dot_general %69, %68, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %71 = stablehlo.add %60, %70 : tensor<8x64xf32>
    %72 = stablehlo.composite "mlxla.rms_norm" %71, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %73 = stablehlo.composite "mlxla.quantized_dot" %72, %arg30, %arg31, %arg32 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %74 = stablehlo.reshape %73 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %75 = stablehlo.composite "mlxla.rope" %74, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %76 = stablehlo.composite "mlxla.quantized_dot" %72, %arg33, %arg34, %arg35 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %77 = stablehlo.reshape %76 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %78 = stablehlo.composite "mlxla.rope" %77, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %79 = stablehlo.composite "mlxla.quantized_dot" %72, %arg36, %arg37, %arg38 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %80 = stablehlo.reshape %79 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %81 = stablehlo.convert %78 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %82 = stablehlo.convert %80 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %83 = stablehlo.constant dense<1> : tensor<i32>
    %84 = stablehlo.constant dense<0> : tensor<i32>
    %85 = stablehlo.constant dense<0> : tensor<i32>
    %86 = stablehlo.reshape %81 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %87 = stablehlo.dynamic_update_slice %50, %86, %83, %85, %arg1, %84, %84 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %88 = stablehlo.reshape %82 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %89 = stablehlo.dynamic_update_slice %52, %88, %83, %85, %arg1, %84, %84 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %90 = stablehlo.slice %89 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %91 = stablehlo.reshape %90 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %92 = stablehlo.slice %87 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %93 = stablehlo.reshape %92 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %94 = stablehlo.composite "mlxla.attention" %75, %93, %91, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %95 = stablehlo.reshape %94 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %96 = stablehlo.composite "mlxla.quantized_dot" %95, %arg39, %arg40, %arg41 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %97 = stablehlo.add %71, %96 : tensor<8x64xf32>
    %98 = stablehlo.composite "mlxla.rms_norm" %97, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %99 = stablehlo.composite "mlxla.quantized_dot" %98, %arg43, %arg44, %arg45 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %100 = stablehlo.composite "mlxla.quantized_dot" %98, %arg46, %arg47, %arg48 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %101 = stablehlo.logistic %99 : tensor<8x172xf32>
    %102 = stablehlo.multiply %99, %101 : tensor<8x172xf32>
    %103 = stablehlo.multiply %102, %100 : tensor<8x172xf32>
    %104 = stablehlo.convert %arg49 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %105 = stablehlo.convert %104 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %106 = stablehlo.convert %103 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %107 = stablehlo.dot_general %106, %105, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %108 = stablehlo.add %97, %107 : tensor<8x64xf32>
    %109 = stablehlo.composite "mlxla.rms_norm" %108, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %110 = stablehlo.composite "mlxla.quantized_dot" %109, %arg51, %arg52, %arg53 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %111 = stablehlo.reshape %110 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %112 = stablehlo.composite "mlxla.rope" %111, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %113 = stablehlo.composite "mlxla.quantized_dot" %109, %arg54, %arg55, %arg56 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %114 = stablehlo.reshape %113 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %115 = stablehlo.composite "mlxla.rope" %114, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %116 = stablehlo.composite "mlxla.quantized_dot" %109, %arg57, %arg58, %arg59 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %117 = stablehlo.reshape %116 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %118 = stablehlo.convert %115 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %119 = stablehlo.convert %117 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %120 = stablehlo.constant dense<2> : tensor<i32>
    %121 = stablehlo.constant dense<0> : tensor<i32>
    %122 = stablehlo.constant dense<0> : tensor<i32>
    %123 = stablehlo.reshape %118 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %124 = stablehlo.dynamic_update_slice %87, %123, %120, %122, %arg1, %121, %121 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %125 = stablehlo.reshape %119 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %126 = stablehlo.dynamic_update_slice %89, %125, %120, %122, %arg1, %121, %121 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %127 = stablehlo.slice %126 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %128 = stablehlo.reshape %127 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %129 = stablehlo.slice %124 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %130 = stablehlo.reshape %129 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %131 = stablehlo.composite "mlxla.attention" %112, %130, %128, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %132 = stablehlo.reshape %131 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %133 = stablehlo.composite "mlxla.quantized_dot" %132, %arg60, %arg61, %arg62 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %134 = stablehlo.add %108, %133 : tensor<8x64xf32>
    %135 = stablehlo.composite "mlxla.rms_norm" %134, %arg63 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %136 = stablehlo.composite "mlxla.quantized_dot" %135, %arg64, %arg65, %arg66 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %137 = stablehlo.composite "mlxla.quantized_dot" %135, %arg67, %arg68, %arg69 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %138 = stablehlo.logistic %136 : tensor<8x172xf32>
    %139 = stablehlo.multiply %136, %138 : tensor<8x172xf32>
    %140 = stablehlo.multiply %139, %137 : tensor<8x172xf32>
    %141 = stablehlo.convert %arg70 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %142 = stablehlo.convert %141 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %143 = stablehlo.convert %140 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %144 = stablehlo.dot_general %143, %142, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %145 = stablehlo.add %134, %144 : tensor<8x64xf32>
    %146 = stablehlo.composite "mlxla.rms_norm" %145, %arg71 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %147 = stablehlo.composite "mlxla.quantized_dot" %146, %arg72, %arg73, %arg74 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %148 = stablehlo.reshape %147 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %149 = stablehlo.composite "mlxla.rope" %148, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %150 = stablehlo.composite "mlxla.quantized_dot" %146, %arg75, %arg76, %arg77 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %151 = stablehlo.reshape %150 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %152 = stablehlo.composite "mlxla.rope" %151, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %153 = stablehlo.composite "mlxla.quantized_dot" %146, %arg78, %arg79, %arg80 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %154 = stablehlo.reshape %153 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %155 = stablehlo.convert %152 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %156 = stablehlo.convert %154 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %157 = stablehlo.constant dense<3> : tensor<i32>
    %158 = stablehlo.constant dense<0> : tensor<i32>
    %159 = stablehlo.constant dense<0> : tensor<i32>
    %160 = stablehlo.reshape %155 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %161 = stablehlo.dynamic_update_slice %124, %160, %157, %159, %arg1, %158, %158 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %162 = stablehlo.reshape %156 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %163 = stablehlo.dynamic_update_slice %126, %162, %157, %159, %arg1, %158, %158 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %164 = stablehlo.slice %163 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %165 = stablehlo.reshape %164 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %166 = stablehlo.slice %161 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %167 = stablehlo.reshape %166 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %168 = stablehlo.composite "mlxla.attention" %149, %167, %165, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %169 = stablehlo.reshape %168 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %170 = stablehlo.composite "mlxla.quantized_dot" %169, %arg81, %arg82, %arg83 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %171 = stablehlo.add %145, %170 : tensor<8x64xf32>
    %172 = stablehlo.composite "mlxla.rms_norm" %171, %arg84 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %173 = stablehlo.composite "mlxla.quantized_dot" %172, %arg85, %arg86, %arg87 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %174 = stablehlo.composite "mlxla.quantized_dot" %172, %arg88, %arg89, %arg90 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %175 = stablehlo.logistic %173 : tensor<8x172xf32>
    %176 = stablehlo.multiply %173, %175 : tensor<8x172xf32>
    %177 = stablehlo.multiply %176, %174 : tensor<8x172xf32>
    %178 = stablehlo.convert %arg91 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %179 = stablehlo.convert %178 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %180 = stablehlo.convert %177 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %181 = stablehlo.dot_general %180, %179, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %182 = stablehlo.add %171, %181 : tensor<8x64xf32>
    %183 = stablehlo.composite "mlxla.rms_norm" %182, %arg92 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %184 = stablehlo.composite "mlxla.quantized_dot" %183, %arg93, %arg94, %arg95 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %185 = stablehlo.reshape %184 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %186 = stablehlo.composite "mlxla.rope" %185, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %187 = stablehlo.composite "mlxla.quantized_dot" %183, %arg96, %arg97, %arg98 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %188 = stablehlo.reshape %187 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %189 = stablehlo.composite "mlxla.rope" %188, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %190 = stablehlo.composite "mlxla.quantized_dot" %183, %arg99, %arg100, %arg101 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<32x8xui32>, tensor<32x2xf16>, tensor<32x2xf16>) -> tensor<8x32xf32>
    %191 = stablehlo.reshape %190 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %192 = stablehlo.convert %189 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %193 = stablehlo.convert %191 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %194 = stablehlo.constant dense<4> : tensor<i32>
    %195 = stablehlo.constant dense<0> : tensor<i32>
    %196 = stablehlo.constant dense<0> : tensor<i32>
    %197 = stablehlo.reshape %192 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %198 = stablehlo.dynamic_update_slice %161, %197, %194, %196, %arg1, %195, %195 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %199 = stablehlo.reshape %193 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %200 = stablehlo.dynamic_update_slice %163, %199, %194, %196, %arg1, %195, %195 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %201 = stablehlo.slice %200 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %202 = stablehlo.reshape %201 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %203 = stablehlo.slice %198 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %204 = stablehlo.reshape %203 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %205 = stablehlo.composite "mlxla.attention" %186, %204, %202, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %206 = stablehlo.reshape %205 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %207 = stablehlo.composite "mlxla.quantized_dot" %206, %arg102, %arg103, %arg104 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<64x8xui32>, tensor<64x2xf16>, tensor<64x2xf16>) -> tensor<8x64xf32>
    %208 = stablehlo.add %182, %207 : tensor<8x64xf32>
    %209 = stablehlo.composite "mlxla.rms_norm" %208, %arg105 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %210 = stablehlo.composite "mlxla.quantized_dot" %209, %arg106, %arg107, %arg108 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %211 = stablehlo.composite "mlxla.quantized_dot" %209, %arg109, %arg110, %arg111 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_ee317b9cb84e4151} : (tensor<8x64xf32>, tensor<172x8xui32>, tensor<172x2xf16>, tensor<172x2xf16>) -> tensor<8x172xf32>
    %212 = stablehlo.logistic %210 : tensor<8x172xf32>
    %213 = stablehlo.multiply %210, %212 : tensor<8x172xf32>
    %214 = stablehlo.multiply %213, %211 : tensor<8x172xf32>
    %215 = stablehlo.convert %arg112 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %216 = stablehlo.convert %215 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %217 = stablehlo.convert %214 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %218 = stablehlo.dot_general %217, %216, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %219 = stablehlo.add %208, %218 : tensor<8x64xf32>
    %220 = stablehlo.constant dense<0> : tensor<i32>
    %221 = stablehlo.dynamic_slice %219, %4, %220, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %222 = stablehlo.composite "mlxla.rms_norm" %221, %arg113 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %223 = stablehlo.composite "mlxla.quantized_dot" %222, %arg5, %arg6, %arg7 {composite_attributes = {bits = 4 : i64, group_size = 32 : i64, precision = "bf16"}, decomposition = @mlxla_quantized_dot_1x64xf32_512x8xui32_512x2xf16_512x2xf16_ee317b9cb84e4151} : (tensor<1x64xf32>, tensor<512x8xui32>, tensor<512x2xf16>, tensor<512x2xf16>) -> tensor<1x512xf32>
    %224 = stablehlo.composite "mlxla.argmax" %223 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %224, %198, %200 : tensor<1xi32>, tensor<5x1x64x4x8xf16>, tensor<5x1x64x4x8xf16>
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
  func.func private @mlxla_quantized_dot_8x64xf32_64x8xui32_64x2xf16_64x2xf16_ee317b9cb84e4151(%arg0: tensor<8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<64x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<64x2xf16> {mlxla.name = "arg3"}) -> (tensor<8x64xf32>) {
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
    %21 = stablehlo.convert %20 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %22 = stablehlo.convert %arg0 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %23 = stablehlo.dot_general %22, %21, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    return %23 : tensor<8x64xf32>
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
  func.func private @mlxla_quantized_dot_8x64xf32_32x8xui32_32x2xf16_32x2xf16_ee317b9cb84e4151(%arg0: tensor<8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<32x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<32x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<32x2xf16> {mlxla.name = "arg3"}) -> (tensor<8x32xf32>) {
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
    %21 = stablehlo.convert %20 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %22 = stablehlo.convert %arg0 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %23 = stablehlo.dot_general %22, %21, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    return %23 : tensor<8x32xf32>
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
  func.func private @mlxla_quantized_dot_8x64xf32_172x8xui32_172x2xf16_172x2xf16_ee317b9cb84e4151(%arg0: tensor<8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<172x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<172x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<172x2xf16> {mlxla.name = "arg3"}) -> (tensor<8x172xf32>) {
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
    %21 = stablehlo.convert %20 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %22 = stablehlo.convert %arg0 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %23 = stablehlo.dot_general %22, %21, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    return %23 : tensor<8x172xf32>
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
  func.func private @mlxla_quantized_dot_1x64xf32_512x8xui32_512x2xf16_512x2xf16_ee317b9cb84e4151(%arg0: tensor<1x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<512x8xui32> {mlxla.name = "arg1"}, %arg2: tensor<512x2xf16> {mlxla.name = "arg2"}, %arg3: tensor<512x2xf16> {mlxla.name = "arg3"}) -> (tensor<1x512xf32>) {
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
    %21 = stablehlo.convert %20 : (tensor<512x64xf32>) -> tensor<512x64xbf16>
    %22 = stablehlo.convert %arg0 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %23 = stablehlo.dot_general %22, %21, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<512x64xbf16>) -> tensor<1x512xf32>
    return %23 : tensor<1x512xf32>
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
