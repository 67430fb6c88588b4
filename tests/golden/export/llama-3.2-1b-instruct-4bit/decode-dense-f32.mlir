module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<128256x2048xf32> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<2048x2048xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<512x2048xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<512x2048xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<2048x2048xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<8192x2048xf32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<8192x2048xf32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<2048x8192xf32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<2048x2048xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<512x2048xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<512x2048xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<2048x2048xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<8192x2048xf32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<8192x2048xf32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<2048x8192xf32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<2048x2048xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<512x2048xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<512x2048xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<2048x2048xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<8192x2048xf32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<8192x2048xf32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<2048x8192xf32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<2048x2048xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<512x2048xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<512x2048xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<2048x2048xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<8192x2048xf32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<8192x2048xf32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<2048x8192xf32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<2048x2048xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<512x2048xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<512x2048xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<2048x2048xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<8192x2048xf32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<8192x2048xf32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<2048x8192xf32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg51: tensor<2048x2048xf32> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg52: tensor<512x2048xf32> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg53: tensor<512x2048xf32> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg54: tensor<2048x2048xf32> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg55: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg56: tensor<8192x2048xf32> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg57: tensor<8192x2048xf32> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg58: tensor<2048x8192xf32> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg59: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg60: tensor<2048x2048xf32> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg61: tensor<512x2048xf32> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg62: tensor<512x2048xf32> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg63: tensor<2048x2048xf32> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg64: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg65: tensor<8192x2048xf32> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg66: tensor<8192x2048xf32> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg67: tensor<2048x8192xf32> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg68: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg69: tensor<2048x2048xf32> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg70: tensor<512x2048xf32> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg71: tensor<512x2048xf32> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg72: tensor<2048x2048xf32> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg73: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg74: tensor<8192x2048xf32> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg75: tensor<8192x2048xf32> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg76: tensor<2048x8192xf32> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg77: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg78: tensor<2048x2048xf32> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg79: tensor<512x2048xf32> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg80: tensor<512x2048xf32> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg81: tensor<2048x2048xf32> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg82: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg83: tensor<8192x2048xf32> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg84: tensor<8192x2048xf32> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg85: tensor<2048x8192xf32> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg86: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg87: tensor<2048x2048xf32> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg88: tensor<512x2048xf32> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg89: tensor<512x2048xf32> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg90: tensor<2048x2048xf32> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg91: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg92: tensor<8192x2048xf32> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg93: tensor<8192x2048xf32> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg94: tensor<2048x8192xf32> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg95: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg96: tensor<2048x2048xf32> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg97: tensor<512x2048xf32> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg98: tensor<512x2048xf32> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg99: tensor<2048x2048xf32> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg100: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg101: tensor<8192x2048xf32> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg102: tensor<8192x2048xf32> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg103: tensor<2048x8192xf32> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg104: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg105: tensor<2048x2048xf32> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg106: tensor<512x2048xf32> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg107: tensor<512x2048xf32> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg108: tensor<2048x2048xf32> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg109: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg110: tensor<8192x2048xf32> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg111: tensor<8192x2048xf32> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg112: tensor<2048x8192xf32> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg113: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg114: tensor<2048x2048xf32> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg115: tensor<512x2048xf32> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg116: tensor<512x2048xf32> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg117: tensor<2048x2048xf32> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg118: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg119: tensor<8192x2048xf32> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg120: tensor<8192x2048xf32> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg121: tensor<2048x8192xf32> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg122: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg123: tensor<2048x2048xf32> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg124: tensor<512x2048xf32> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg125: tensor<512x2048xf32> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg126: tensor<2048x2048xf32> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg127: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg128: tensor<8192x2048xf32> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg129: tensor<8192x2048xf32> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg130: tensor<2048x8192xf32> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg131: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg132: tensor<2048x2048xf32> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg133: tensor<512x2048xf32> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg134: tensor<512x2048xf32> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg135: tensor<2048x2048xf32> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg136: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg137: tensor<8192x2048xf32> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg138: tensor<8192x2048xf32> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg139: tensor<2048x8192xf32> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg140: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg141: tensor<2048x2048xf32> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg142: tensor<512x2048xf32> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg143: tensor<512x2048xf32> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg144: tensor<2048x2048xf32> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg145: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg146: tensor<8192x2048xf32> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg147: tensor<8192x2048xf32> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg148: tensor<2048x8192xf32> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg149: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache"}, tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg4, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2048>} : (tensor<128256x2048xf32>, tensor<1x1xi32>) -> tensor<1x2048xf32>
    %5 = stablehlo.composite "mlxla.rms_norm" %4, %arg5 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %6 = stablehlo.dot_general %5, %arg6, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %7 = stablehlo.reshape %6 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %8 = stablehlo.composite "mlxla.rope" %7, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %9 = stablehlo.dot_general %5, %arg7, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %10 = stablehlo.reshape %9 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %11 = stablehlo.composite "mlxla.rope" %10, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %12 = stablehlo.dot_general %5, %arg8, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %13 = stablehlo.reshape %12 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %14 = stablehlo.convert %11 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %15 = stablehlo.convert %13 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %16 = stablehlo.constant dense<0> : tensor<i32>
    %17 = stablehlo.constant dense<0> : tensor<i32>
    %18 = stablehlo.constant dense<0> : tensor<i32>
    %19 = stablehlo.reshape %14 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %20 = stablehlo.dynamic_update_slice %arg2, %19, %16, %18, %arg1, %17, %17 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %21 = stablehlo.reshape %15 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %22 = stablehlo.dynamic_update_slice %arg3, %21, %16, %18, %arg1, %17, %17 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %23 = stablehlo.slice %22 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %24 = stablehlo.reshape %23 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %25 = stablehlo.slice %20 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %26 = stablehlo.reshape %25 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %27 = stablehlo.composite "mlxla.attention" %8, %26, %24, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %28 = stablehlo.reshape %27 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %29 = stablehlo.dot_general %28, %arg9, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %30 = stablehlo.add %4, %29 : tensor<1x2048xf32>
    %31 = stablehlo.composite "mlxla.rms_norm" %30, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %32 = stablehlo.dot_general %31, %arg11, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %33 = stablehlo.dot_general %31, %arg12, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %34 = stablehlo.logistic %32 : tensor<1x8192xf32>
    %35 = stablehlo.multiply %32, %34 : tensor<1x8192xf32>
    %36 = stablehlo.multiply %35, %33 : tensor<1x8192xf32>
    %37 = stablehlo.dot_general %36, %arg13, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %38 = stablehlo.add %30, %37 : tensor<1x2048xf32>
    %39 = stablehlo.composite "mlxla.rms_norm" %38, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %40 = stablehlo.dot_general %39, %arg15, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %41 = stablehlo.reshape %40 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %42 = stablehlo.composite "mlxla.rope" %41, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %43 = stablehlo.dot_general %39, %arg16, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %44 = stablehlo.reshape %43 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %45 = stablehlo.composite "mlxla.rope" %44, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %46 = stablehlo.dot_general %39, %arg17, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %47 = stablehlo.reshape %46 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %48 = stablehlo.convert %45 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %49 = stablehlo.convert %47 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %50 = stablehlo.constant dense<1> : tensor<i32>
    %51 = stablehlo.constant dense<0> : tensor<i32>
    %52 = stablehlo.constant dense<0> : tensor<i32>
    %53 = stablehlo.reshape %48 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %54 = stablehlo.dynamic_update_slice %20, %53, %50, %52, %arg1, %51, %51 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %55 = stablehlo.reshape %49 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %56 = stablehlo.dynamic_update_slice %22, %55, %50, %52, %arg1, %51, %51 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %57 = stablehlo.slice %56 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %58 = stablehlo.reshape %57 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %59 = stablehlo.slice %54 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %60 = stablehlo.reshape %59 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %61 = stablehlo.composite "mlxla.attention" %42, %60, %58, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %62 = stablehlo.reshape %61 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %63 = stablehlo.dot_general %62, %arg18, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %64 = stablehlo.add %38, %63 : tensor<1x2048xf32>
    %65 = stablehlo.composite "mlxla.rms_norm" %64, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %66 = stablehlo.dot_general %65, %arg20, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %67 = stablehlo.dot_general %65, %arg21, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %68 = stablehlo.logistic %66 : tensor<1x8192xf32>
    %69 = stablehlo.multiply %66, %68 : tensor<1x8192xf32>
    %70 = stablehlo.multiply %69, %67 : tensor<1x8192xf32>
    %71 = stablehlo.dot_general %70, %arg22, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %72 = stablehlo.add %64, %71 : tensor<1x2048xf32>
    %73 = stablehlo.composite "mlxla.rms_norm" %72, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %74 = stablehlo.dot_general %73, %arg24, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %75 = stablehlo.reshape %74 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %76 = stablehlo.composite "mlxla.rope" %75, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %77 = stablehlo.dot_general %73, %arg25, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %79 = stablehlo.composite "mlxla.rope" %78, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %80 = stablehlo.dot_general %73, %arg26, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %81 = stablehlo.reshape %80 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %82 = stablehlo.convert %79 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %83 = stablehlo.convert %81 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %84 = stablehlo.constant dense<2> : tensor<i32>
    %85 = stablehlo.constant dense<0> : tensor<i32>
    %86 = stablehlo.constant dense<0> : tensor<i32>
    %87 = stablehlo.reshape %82 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %88 = stablehlo.dynamic_update_slice %54, %87, %84, %86, %arg1, %85, %85 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %89 = stablehlo.reshape %83 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %90 = stablehlo.dynamic_update_slice %56, %89, %84, %86, %arg1, %85, %85 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %91 = stablehlo.slice %90 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %92 = stablehlo.reshape %91 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %93 = stablehlo.slice %88 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %94 = stablehlo.reshape %93 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %95 = stablehlo.composite "mlxla.attention" %76, %94, %92, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %96 = stablehlo.reshape %95 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %97 = stablehlo.dot_general %96, %arg27, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %98 = stablehlo.add %72, %97 : tensor<1x2048xf32>
    %99 = stablehlo.composite "mlxla.rms_norm" %98, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %100 = stablehlo.dot_general %99, %arg29, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %101 = stablehlo.dot_general %99, %arg30, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %102 = stablehlo.logistic %100 : tensor<1x8192xf32>
    %103 = stablehlo.multiply %100, %102 : tensor<1x8192xf32>
    %104 = stablehlo.multiply %103, %101 : tensor<1x8192xf32>
    %105 = stablehlo.dot_general %104, %arg31, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %106 = stablehlo.add %98, %105 : tensor<1x2048xf32>
    %107 = stablehlo.composite "mlxla.rms_norm" %106, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %108 = stablehlo.dot_general %107, %arg33, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %109 = stablehlo.reshape %108 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %110 = stablehlo.composite "mlxla.rope" %109, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %111 = stablehlo.dot_general %107, %arg34, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %112 = stablehlo.reshape %111 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %113 = stablehlo.composite "mlxla.rope" %112, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %114 = stablehlo.dot_general %107, %arg35, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %115 = stablehlo.reshape %114 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %116 = stablehlo.convert %113 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %117 = stablehlo.convert %115 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %118 = stablehlo.constant dense<3> : tensor<i32>
    %119 = stablehlo.constant dense<0> : tensor<i32>
    %120 = stablehlo.constant dense<0> : tensor<i32>
    %121 = stablehlo.reshape %116 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %122 = stablehlo.dynamic_update_slice %88, %121, %118, %120, %arg1, %119, %119 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %123 = stablehlo.reshape %117 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %124 = stablehlo.dynamic_update_slice %90, %123, %118, %120, %arg1, %119, %119 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %125 = stablehlo.slice %124 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %126 = stablehlo.reshape %125 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %127 = stablehlo.slice %122 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %128 = stablehlo.reshape %127 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %129 = stablehlo.composite "mlxla.attention" %110, %128, %126, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %130 = stablehlo.reshape %129 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %131 = stablehlo.dot_general %130, %arg36, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %132 = stablehlo.add %106, %131 : tensor<1x2048xf32>
    %133 = stablehlo.composite "mlxla.rms_norm" %132, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %134 = stablehlo.dot_general %133, %arg38, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %135 = stablehlo.dot_general %133, %arg39, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %136 = stablehlo.logistic %134 : tensor<1x8192xf32>
    %137 = stablehlo.multiply %134, %136 : tensor<1x8192xf32>
    %138 = stablehlo.multiply %137, %135 : tensor<1x8192xf32>
    %139 = stablehlo.dot_general %138, %arg40, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %140 = stablehlo.add %132, %139 : tensor<1x2048xf32>
    %141 = stablehlo.composite "mlxla.rms_norm" %140, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %142 = stablehlo.dot_general %141, %arg42, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %143 = stablehlo.reshape %142 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %144 = stablehlo.composite "mlxla.rope" %143, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %145 = stablehlo.dot_general %141, %arg43, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %146 = stablehlo.reshape %145 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %147 = stablehlo.composite "mlxla.rope" %146, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %148 = stablehlo.dot_general %141, %arg44, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %149 = stablehlo.reshape %148 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %150 = stablehlo.convert %147 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %151 = stablehlo.convert %149 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %152 = stablehlo.constant dense<4> : tensor<i32>
    %153 = stablehlo.constant dense<0> : tensor<i32>
    %154 = stablehlo.constant dense<0> : tensor<i32>
    %155 = stablehlo.reshape %150 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %156 = stablehlo.dynamic_update_slice %122, %155, %152, %154, %arg1, %153, %153 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %157 = stablehlo.reshape %151 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %158 = stablehlo.dynamic_update_slice %124, %157, %152, %154, %arg1, %153, %153 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %159 = stablehlo.slice %158 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %160 = stablehlo.reshape %159 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %161 = stablehlo.slice %156 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %162 = stablehlo.reshape %161 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %163 = stablehlo.composite "mlxla.attention" %144, %162, %160, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %164 = stablehlo.reshape %163 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %165 = stablehlo.dot_general %164, %arg45, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %166 = stablehlo.add %140, %165 : tensor<1x2048xf32>
    %167 = stablehlo.composite "mlxla.rms_norm" %166, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %168 = stablehlo.dot_general %167, %arg47, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %169 = stablehlo.dot_general %167, %arg48, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %170 = stablehlo.logistic %168 : tensor<1x8192xf32>
    %171 = stablehlo.multiply %168, %170 : tensor<1x8192xf32>
    %172 = stablehlo.multiply %171, %169 : tensor<1x8192xf32>
    %173 = stablehlo.dot_general %172, %arg49, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %174 = stablehlo.add %166, %173 : tensor<1x2048xf32>
    %175 = stablehlo.composite "mlxla.rms_norm" %174, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %176 = stablehlo.dot_general %175, %arg51, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %177 = stablehlo.reshape %176 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %178 = stablehlo.composite "mlxla.rope" %177, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %179 = stablehlo.dot_general %175, %arg52, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %180 = stablehlo.reshape %179 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %181 = stablehlo.composite "mlxla.rope" %180, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %182 = stablehlo.dot_general %175, %arg53, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %183 = stablehlo.reshape %182 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %184 = stablehlo.convert %181 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %185 = stablehlo.convert %183 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %186 = stablehlo.constant dense<5> : tensor<i32>
    %187 = stablehlo.constant dense<0> : tensor<i32>
    %188 = stablehlo.constant dense<0> : tensor<i32>
    %189 = stablehlo.reshape %184 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %190 = stablehlo.dynamic_update_slice %156, %189, %186, %188, %arg1, %187, %187 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %191 = stablehlo.reshape %185 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %192 = stablehlo.dynamic_update_slice %158, %191, %186, %188, %arg1, %187, %187 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %193 = stablehlo.slice %192 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %194 = stablehlo.reshape %193 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %195 = stablehlo.slice %190 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %196 = stablehlo.reshape %195 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %197 = stablehlo.composite "mlxla.attention" %178, %196, %194, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %198 = stablehlo.reshape %197 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %199 = stablehlo.dot_general %198, %arg54, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %200 = stablehlo.add %174, %199 : tensor<1x2048xf32>
    %201 = stablehlo.composite "mlxla.rms_norm" %200, %arg55 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %202 = stablehlo.dot_general %201, %arg56, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %203 = stablehlo.dot_general %201, %arg57, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %204 = stablehlo.logistic %202 : tensor<1x8192xf32>
    %205 = stablehlo.multiply %202, %204 : tensor<1x8192xf32>
    %206 = stablehlo.multiply %205, %203 : tensor<1x8192xf32>
    %207 = stablehlo.dot_general %206, %arg58, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %208 = stablehlo.add %200, %207 : tensor<1x2048xf32>
    %209 = stablehlo.composite "mlxla.rms_norm" %208, %arg59 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %210 = stablehlo.dot_general %209, %arg60, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %211 = stablehlo.reshape %210 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %212 = stablehlo.composite "mlxla.rope" %211, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %213 = stablehlo.dot_general %209, %arg61, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %214 = stablehlo.reshape %213 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %215 = stablehlo.composite "mlxla.rope" %214, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %216 = stablehlo.dot_general %209, %arg62, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %217 = stablehlo.reshape %216 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %218 = stablehlo.convert %215 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %219 = stablehlo.convert %217 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %220 = stablehlo.constant dense<6> : tensor<i32>
    %221 = stablehlo.constant dense<0> : tensor<i32>
    %222 = stablehlo.constant dense<0> : tensor<i32>
    %223 = stablehlo.reshape %218 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %224 = stablehlo.dynamic_update_slice %190, %223, %220, %222, %arg1, %221, %221 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %225 = stablehlo.reshape %219 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %226 = stablehlo.dynamic_update_slice %192, %225, %220, %222, %arg1, %221, %221 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %227 = stablehlo.slice %226 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %228 = stablehlo.reshape %227 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %229 = stablehlo.slice %224 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %230 = stablehlo.reshape %229 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %231 = stablehlo.composite "mlxla.attention" %212, %230, %228, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %232 = stablehlo.reshape %231 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %233 = stablehlo.dot_general %232, %arg63, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %234 = stablehlo.add %208, %233 : tensor<1x2048xf32>
    %235 = stablehlo.composite "mlxla.rms_norm" %234, %arg64 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %236 = stablehlo.dot_general %235, %arg65, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %237 = stablehlo.dot_general %235, %arg66, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %238 = stablehlo.logistic %236 : tensor<1x8192xf32>
    %239 = stablehlo.multiply %236, %238 : tensor<1x8192xf32>
    %240 = stablehlo.multiply %239, %237 : tensor<1x8192xf32>
    %241 = stablehlo.dot_general %240, %arg67, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %242 = stablehlo.add %234, %241 : tensor<1x2048xf32>
    %243 = stablehlo.composite "mlxla.rms_norm" %242, %arg68 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %244 = stablehlo.dot_general %243, %arg69, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %245 = stablehlo.reshape %244 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %246 = stablehlo.composite "mlxla.rope" %245, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %247 = stablehlo.dot_general %243, %arg70, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %248 = stablehlo.reshape %247 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %249 = stablehlo.composite "mlxla.rope" %248, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %250 = stablehlo.dot_general %243, %arg71, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %251 = stablehlo.reshape %250 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %252 = stablehlo.convert %249 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %253 = stablehlo.convert %251 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %254 = stablehlo.constant dense<7> : tensor<i32>
    %255 = stablehlo.constant dense<0> : tensor<i32>
    %256 = stablehlo.constant dense<0> : tensor<i32>
    %257 = stablehlo.reshape %252 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %258 = stablehlo.dynamic_update_slice %224, %257, %254, %256, %arg1, %255, %255 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %259 = stablehlo.reshape %253 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %260 = stablehlo.dynamic_update_slice %226, %259, %254, %256, %arg1, %255, %255 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %261 = stablehlo.slice %260 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %262 = stablehlo.reshape %261 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %263 = stablehlo.slice %258 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %264 = stablehlo.reshape %263 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %265 = stablehlo.composite "mlxla.attention" %246, %264, %262, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %266 = stablehlo.reshape %265 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %267 = stablehlo.dot_general %266, %arg72, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %268 = stablehlo.add %242, %267 : tensor<1x2048xf32>
    %269 = stablehlo.composite "mlxla.rms_norm" %268, %arg73 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %270 = stablehlo.dot_general %269, %arg74, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %271 = stablehlo.dot_general %269, %arg75, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %272 = stablehlo.logistic %270 : tensor<1x8192xf32>
    %273 = stablehlo.multiply %270, %272 : tensor<1x8192xf32>
    %274 = stablehlo.multiply %273, %271 : tensor<1x8192xf32>
    %275 = stablehlo.dot_general %274, %arg76, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %276 = stablehlo.add %268, %275 : tensor<1x2048xf32>
    %277 = stablehlo.composite "mlxla.rms_norm" %276, %arg77 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %278 = stablehlo.dot_general %277, %arg78, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %279 = stablehlo.reshape %278 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %280 = stablehlo.composite "mlxla.rope" %279, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %281 = stablehlo.dot_general %277, %arg79, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %282 = stablehlo.reshape %281 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %283 = stablehlo.composite "mlxla.rope" %282, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %284 = stablehlo.dot_general %277, %arg80, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %285 = stablehlo.reshape %284 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %286 = stablehlo.convert %283 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %287 = stablehlo.convert %285 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %288 = stablehlo.constant dense<8> : tensor<i32>
    %289 = stablehlo.constant dense<0> : tensor<i32>
    %290 = stablehlo.constant dense<0> : tensor<i32>
    %291 = stablehlo.reshape %286 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %292 = stablehlo.dynamic_update_slice %258, %291, %288, %290, %arg1, %289, %289 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %293 = stablehlo.reshape %287 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %294 = stablehlo.dynamic_update_slice %260, %293, %288, %290, %arg1, %289, %289 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %295 = stablehlo.slice %294 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %296 = stablehlo.reshape %295 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %297 = stablehlo.slice %292 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %298 = stablehlo.reshape %297 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %299 = stablehlo.composite "mlxla.attention" %280, %298, %296, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %300 = stablehlo.reshape %299 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %301 = stablehlo.dot_general %300, %arg81, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %302 = stablehlo.add %276, %301 : tensor<1x2048xf32>
    %303 = stablehlo.composite "mlxla.rms_norm" %302, %arg82 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %304 = stablehlo.dot_general %303, %arg83, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %305 = stablehlo.dot_general %303, %arg84, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %306 = stablehlo.logistic %304 : tensor<1x8192xf32>
    %307 = stablehlo.multiply %304, %306 : tensor<1x8192xf32>
    %308 = stablehlo.multiply %307, %305 : tensor<1x8192xf32>
    %309 = stablehlo.dot_general %308, %arg85, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %310 = stablehlo.add %302, %309 : tensor<1x2048xf32>
    %311 = stablehlo.composite "mlxla.rms_norm" %310, %arg86 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %312 = stablehlo.dot_general %311, %arg87, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %313 = stablehlo.reshape %312 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %314 = stablehlo.composite "mlxla.rope" %313, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %315 = stablehlo.dot_general %311, %arg88, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %316 = stablehlo.reshape %315 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %317 = stablehlo.composite "mlxla.rope" %316, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %318 = stablehlo.dot_general %311, %arg89, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %319 = stablehlo.reshape %318 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %320 = stablehlo.convert %317 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %321 = stablehlo.convert %319 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %322 = stablehlo.constant dense<9> : tensor<i32>
    %323 = stablehlo.constant dense<0> : tensor<i32>
    %324 = stablehlo.constant dense<0> : tensor<i32>
    %325 = stablehlo.reshape %320 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %326 = stablehlo.dynamic_update_slice %292, %325, %322, %324, %arg1, %323, %323 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %327 = stablehlo.reshape %321 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %328 = stablehlo.dynamic_update_slice %294, %327, %322, %324, %arg1, %323, %323 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %329 = stablehlo.slice %328 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %330 = stablehlo.reshape %329 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %331 = stablehlo.slice %326 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %332 = stablehlo.reshape %331 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %333 = stablehlo.composite "mlxla.attention" %314, %332, %330, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %334 = stablehlo.reshape %333 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %335 = stablehlo.dot_general %334, %arg90, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %336 = stablehlo.add %310, %335 : tensor<1x2048xf32>
    %337 = stablehlo.composite "mlxla.rms_norm" %336, %arg91 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %338 = stablehlo.dot_general %337, %arg92, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %339 = stablehlo.dot_general %337, %arg93, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %340 = stablehlo.logistic %338 : tensor<1x8192xf32>
    %341 = stablehlo.multiply %338, %340 : tensor<1x8192xf32>
    %342 = stablehlo.multiply %341, %339 : tensor<1x8192xf32>
    %343 = stablehlo.dot_general %342, %arg94, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %344 = stablehlo.add %336, %343 : tensor<1x2048xf32>
    %345 = stablehlo.composite "mlxla.rms_norm" %344, %arg95 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %346 = stablehlo.dot_general %345, %arg96, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %347 = stablehlo.reshape %346 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %348 = stablehlo.composite "mlxla.rope" %347, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %349 = stablehlo.dot_general %345, %arg97, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %350 = stablehlo.reshape %349 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %351 = stablehlo.composite "mlxla.rope" %350, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %352 = stablehlo.dot_general %345, %arg98, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %353 = stablehlo.reshape %352 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %354 = stablehlo.convert %351 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %355 = stablehlo.convert %353 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %356 = stablehlo.constant dense<10> : tensor<i32>
    %357 = stablehlo.constant dense<0> : tensor<i32>
    %358 = stablehlo.constant dense<0> : tensor<i32>
    %359 = stablehlo.reshape %354 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %360 = stablehlo.dynamic_update_slice %326, %359, %356, %358, %arg1, %357, %357 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %361 = stablehlo.reshape %355 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %362 = stablehlo.dynamic_update_slice %328, %361, %356, %358, %arg1, %357, %357 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %363 = stablehlo.slice %362 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %364 = stablehlo.reshape %363 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %365 = stablehlo.slice %360 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %366 = stablehlo.reshape %365 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %367 = stablehlo.composite "mlxla.attention" %348, %366, %364, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %368 = stablehlo.reshape %367 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %369 = stablehlo.dot_general %368, %arg99, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %370 = stablehlo.add %344, %369 : tensor<1x2048xf32>
    %371 = stablehlo.composite "mlxla.rms_norm" %370, %arg100 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %372 = stablehlo.dot_general %371, %arg101, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %373 = stablehlo.dot_general %371, %arg102, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %374 = stablehlo.logistic %372 : tensor<1x8192xf32>
    %375 = stablehlo.multiply %372, %374 : tensor<1x8192xf32>
    %376 = stablehlo.multiply %375, %373 : tensor<1x8192xf32>
    %377 = stablehlo.dot_general %376, %arg103, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %378 = stablehlo.add %370, %377 : tensor<1x2048xf32>
    %379 = stablehlo.composite "mlxla.rms_norm" %378, %arg104 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %380 = stablehlo.dot_general %379, %arg105, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %381 = stablehlo.reshape %380 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %382 = stablehlo.composite "mlxla.rope" %381, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %383 = stablehlo.dot_general %379, %arg106, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %384 = stablehlo.reshape %383 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %385 = stablehlo.composite "mlxla.rope" %384, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %386 = stablehlo.dot_general %379, %arg107, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %387 = stablehlo.reshape %386 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %388 = stablehlo.convert %385 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %389 = stablehlo.convert %387 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %390 = stablehlo.constant dense<11> : tensor<i32>
    %391 = stablehlo.constant dense<0> : tensor<i32>
    %392 = stablehlo.constant dense<0> : tensor<i32>
    %393 = stablehlo.reshape %388 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %394 = stablehlo.dynamic_update_slice %360, %393, %390, %392, %arg1, %391, %391 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %395 = stablehlo.reshape %389 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %396 = stablehlo.dynamic_update_slice %362, %395, %390, %392, %arg1, %391, %391 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %397 = stablehlo.slice %396 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %398 = stablehlo.reshape %397 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %399 = stablehlo.slice %394 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %400 = stablehlo.reshape %399 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %401 = stablehlo.composite "mlxla.attention" %382, %400, %398, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %402 = stablehlo.reshape %401 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %403 = stablehlo.dot_general %402, %arg108, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %404 = stablehlo.add %378, %403 : tensor<1x2048xf32>
    %405 = stablehlo.composite "mlxla.rms_norm" %404, %arg109 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %406 = stablehlo.dot_general %405, %arg110, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %407 = stablehlo.dot_general %405, %arg111, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %408 = stablehlo.logistic %406 : tensor<1x8192xf32>
    %409 = stablehlo.multiply %406, %408 : tensor<1x8192xf32>
    %410 = stablehlo.multiply %409, %407 : tensor<1x8192xf32>
    %411 = stablehlo.dot_general %410, %arg112, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %412 = stablehlo.add %404, %411 : tensor<1x2048xf32>
    %413 = stablehlo.composite "mlxla.rms_norm" %412, %arg113 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %414 = stablehlo.dot_general %413, %arg114, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %415 = stablehlo.reshape %414 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %416 = stablehlo.composite "mlxla.rope" %415, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %417 = stablehlo.dot_general %413, %arg115, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %418 = stablehlo.reshape %417 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %419 = stablehlo.composite "mlxla.rope" %418, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %420 = stablehlo.dot_general %413, %arg116, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %421 = stablehlo.reshape %420 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %422 = stablehlo.convert %419 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %423 = stablehlo.convert %421 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %424 = stablehlo.constant dense<12> : tensor<i32>
    %425 = stablehlo.constant dense<0> : tensor<i32>
    %426 = stablehlo.constant dense<0> : tensor<i32>
    %427 = stablehlo.reshape %422 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %428 = stablehlo.dynamic_update_slice %394, %427, %424, %426, %arg1, %425, %425 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %429 = stablehlo.reshape %423 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %430 = stablehlo.dynamic_update_slice %396, %429, %424, %426, %arg1, %425, %425 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %431 = stablehlo.slice %430 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %432 = stablehlo.reshape %431 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %433 = stablehlo.slice %428 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %434 = stablehlo.reshape %433 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %435 = stablehlo.composite "mlxla.attention" %416, %434, %432, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %436 = stablehlo.reshape %435 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %437 = stablehlo.dot_general %436, %arg117, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %438 = stablehlo.add %412, %437 : tensor<1x2048xf32>
    %439 = stablehlo.composite "mlxla.rms_norm" %438, %arg118 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %440 = stablehlo.dot_general %439, %arg119, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %441 = stablehlo.dot_general %439, %arg120, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %442 = stablehlo.logistic %440 : tensor<1x8192xf32>
    %443 = stablehlo.multiply %440, %442 : tensor<1x8192xf32>
    %444 = stablehlo.multiply %443, %441 : tensor<1x8192xf32>
    %445 = stablehlo.dot_general %444, %arg121, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %446 = stablehlo.add %438, %445 : tensor<1x2048xf32>
    %447 = stablehlo.composite "mlxla.rms_norm" %446, %arg122 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %448 = stablehlo.dot_general %447, %arg123, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %449 = stablehlo.reshape %448 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %450 = stablehlo.composite "mlxla.rope" %449, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %451 = stablehlo.dot_general %447, %arg124, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %452 = stablehlo.reshape %451 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %453 = stablehlo.composite "mlxla.rope" %452, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %454 = stablehlo.dot_general %447, %arg125, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %455 = stablehlo.reshape %454 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %456 = stablehlo.convert %453 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %457 = stablehlo.convert %455 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %458 = stablehlo.constant dense<13> : tensor<i32>
    %459 = stablehlo.constant dense<0> : tensor<i32>
    %460 = stablehlo.constant dense<0> : tensor<i32>
    %461 = stablehlo.reshape %456 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %462 = stablehlo.dynamic_update_slice %428, %461, %458, %460, %arg1, %459, %459 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %463 = stablehlo.reshape %457 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %464 = stablehlo.dynamic_update_slice %430, %463, %458, %460, %arg1, %459, %459 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %465 = stablehlo.slice %464 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %466 = stablehlo.reshape %465 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %467 = stablehlo.slice %462 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %468 = stablehlo.reshape %467 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %469 = stablehlo.composite "mlxla.attention" %450, %468, %466, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %470 = stablehlo.reshape %469 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %471 = stablehlo.dot_general %470, %arg126, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %472 = stablehlo.add %446, %471 : tensor<1x2048xf32>
    %473 = stablehlo.composite "mlxla.rms_norm" %472, %arg127 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %474 = stablehlo.dot_general %473, %arg128, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %475 = stablehlo.dot_general %473, %arg129, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %476 = stablehlo.logistic %474 : tensor<1x8192xf32>
    %477 = stablehlo.multiply %474, %476 : tensor<1x8192xf32>
    %478 = stablehlo.multiply %477, %475 : tensor<1x8192xf32>
    %479 = stablehlo.dot_general %478, %arg130, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %480 = stablehlo.add %472, %479 : tensor<1x2048xf32>
    %481 = stablehlo.composite "mlxla.rms_norm" %480, %arg131 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %482 = stablehlo.dot_general %481, %arg132, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %483 = stablehlo.reshape %482 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %484 = stablehlo.composite "mlxla.rope" %483, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %485 = stablehlo.dot_general %481, %arg133, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %486 = stablehlo.reshape %485 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %487 = stablehlo.composite "mlxla.rope" %486, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %488 = stablehlo.dot_general %481, %arg134, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %489 = stablehlo.reshape %488 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %490 = stablehlo.convert %487 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %491 = stablehlo.convert %489 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %492 = stablehlo.constant dense<14> : tensor<i32>
    %493 = stablehlo.constant dense<0> : tensor<i32>
    %494 = stablehlo.constant dense<0> : tensor<i32>
    %495 = stablehlo.reshape %490 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %496 = stablehlo.dynamic_update_slice %462, %495, %492, %494, %arg1, %493, %493 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %497 = stablehlo.reshape %491 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %498 = stablehlo.dynamic_update_slice %464, %497, %492, %494, %arg1, %493, %493 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %499 = stablehlo.slice %498 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %500 = stablehlo.reshape %499 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %501 = stablehlo.slice %496 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %502 = stablehlo.reshape %501 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %503 = stablehlo.composite "mlxla.attention" %484, %502, %500, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %504 = stablehlo.reshape %503 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %505 = stablehlo.dot_general %504, %arg135, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %506 = stablehlo.add %480, %505 : tensor<1x2048xf32>
    %507 = stablehlo.composite "mlxla.rms_norm" %506, %arg136 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %508 = stablehlo.dot_general %507, %arg137, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %509 = stablehlo.dot_general %507, %arg138, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %510 = stablehlo.logistic %508 : tensor<1x8192xf32>
    %511 = stablehlo.multiply %508, %510 : tensor<1x8192xf32>
    %512 = stablehlo.multiply %511, %509 : tensor<1x8192xf32>
    %513 = stablehlo.dot_general %512, %arg139, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %514 = stablehlo.add %506, %513 : tensor<1x2048xf32>
    %515 = stablehlo.composite "mlxla.rms_norm" %514, %arg140 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %516 = stablehlo.dot_general %515, %arg141, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %517 = stablehlo.reshape %516 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %518 = stablehlo.composite "mlxla.rope" %517, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %519 = stablehlo.dot_general %515, %arg142, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %520 = stablehlo.reshape %519 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %521 = stablehlo.composite "mlxla.rope" %520, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %522 = stablehlo.dot_general %515, %arg143, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %523 = stablehlo.reshape %522 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %524 = stablehlo.convert %521 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %525 = stablehlo.convert %523 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %526 = stablehlo.constant dense<15> : tensor<i32>
    %527 = stablehlo.constant dense<0> : tensor<i32>
    %528 = stablehlo.constant dense<0> : tensor<i32>
    %529 = stablehlo.reshape %524 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %530 = stablehlo.dynamic_update_slice %496, %529, %526, %528, %arg1, %527, %527 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %531 = stablehlo.reshape %525 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %532 = stablehlo.dynamic_update_slice %498, %531, %526, %528, %arg1, %527, %527 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %533 = stablehlo.slice %532 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %534 = stablehlo.reshape %533 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %535 = stablehlo.slice %530 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %536 = stablehlo.reshape %535 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %537 = stablehlo.composite "mlxla.attention" %518, %536, %534, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %538 = stablehlo.reshape %537 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %539 = stablehlo.dot_general %538, %arg144, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %540 = stablehlo.add %514, %539 : tensor<1x2048xf32>
    %541 = stablehlo.composite "mlxla.rms_norm" %540, %arg145 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %542 = stablehlo.dot_general %541, %arg146, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %543 = stablehlo.dot_general %541, %arg147, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %544 = stablehlo.logistic %542 : tensor<1x8192xf32>
    %545 = stablehlo.multiply %542, %544 : tensor<1x8192xf32>
    %546 = stablehlo.multiply %545, %543 : tensor<1x8192xf32>
    %547 = stablehlo.dot_general %546, %arg148, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %548 = stablehlo.add %540, %547 : tensor<1x2048xf32>
    %549 = stablehlo.composite "mlxla.rms_norm" %548, %arg149 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %550 = stablehlo.dot_general %549, %arg4, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<128256x2048xf32>) -> tensor<1x128256xf32>
    %551 = stablehlo.composite "mlxla.argmax" %550 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %551, %530, %532 : tensor<1xi32>, tensor<16x1x64x8x64xf16>, tensor<16x1x64x8x64xf16>
  }
  func.func private @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f(%arg0: tensor<1x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<2048xf32> {mlxla.name = "arg1"}) -> (tensor<1x2048xf32>) {
    %0 = stablehlo.constant dense<0.0> : tensor<f32>
    %1 = stablehlo.multiply %arg0, %arg0 : tensor<1x2048xf32>
    %2 = stablehlo.reduce(%1 init: %0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %3 = stablehlo.constant dense<2048.0> : tensor<1xf32>
    %4 = stablehlo.divide %2, %3 : tensor<1xf32>
    %5 = stablehlo.constant dense<1.0e-05> : tensor<1xf32>
    %6 = stablehlo.add %4, %5 : tensor<1xf32>
    %7 = stablehlo.rsqrt %6 : tensor<1xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<1x2048xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<1x2048xf32>
    return %11 : tensor<1x2048xf32>
  }
  func.func private @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1(%arg0: tensor<1x32x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x32x64xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.6636012, 0.4403666, 0.29222783, 0.19392274, 0.12868737, 0.0853971, 0.056669623, 0.03760603, 0.024955409, 0.01656044, 0.010989528, 0.0072926646, 0.0048394212, 0.003211446, 0.0012905479, 0.0004295568, 9.708288e-05, 1.9461639e-05, 1.29147675e-05, 8.570256e-06, 5.6872323e-06, 3.7740542e-06, 2.5044671e-06, 1.6619674e-06, 1.1028836e-06, 7.31875e-07, 4.856731e-07, 3.222933e-07, 2.1387423e-07, 1.419272e-07, 9.4183065e-08]> : tensor<32xf32>
    %1 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x32xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<1x32xf32>
    %5 = stablehlo.cosine %4 : tensor<1x32xf32>
    %6 = stablehlo.sine %4 : tensor<1x32xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x32x64xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x32x64xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %13 = stablehlo.negate %12 : tensor<1x32x32xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<1x32x64xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<1x32x64xf32>
    %17 = stablehlo.add %16, %15 : tensor<1x32x64xf32>
    return %17 : tensor<1x32x64xf32>
  }
  func.func private @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1(%arg0: tensor<1x8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x8x64xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.6636012, 0.4403666, 0.29222783, 0.19392274, 0.12868737, 0.0853971, 0.056669623, 0.03760603, 0.024955409, 0.01656044, 0.010989528, 0.0072926646, 0.0048394212, 0.003211446, 0.0012905479, 0.0004295568, 9.708288e-05, 1.9461639e-05, 1.29147675e-05, 8.570256e-06, 5.6872323e-06, 3.7740542e-06, 2.5044671e-06, 1.6619674e-06, 1.1028836e-06, 7.31875e-07, 4.856731e-07, 3.222933e-07, 2.1387423e-07, 1.419272e-07, 9.4183065e-08]> : tensor<32xf32>
    %1 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x32xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<1x32xf32>
    %5 = stablehlo.cosine %4 : tensor<1x32xf32>
    %6 = stablehlo.sine %4 : tensor<1x32xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x8x64xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x8x64xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %13 = stablehlo.negate %12 : tensor<1x8x32xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<1x8x64xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<1x8x64xf32>
    %17 = stablehlo.add %16, %15 : tensor<1x8x64xf32>
    return %17 : tensor<1x8x64xf32>
  }
  func.func private @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a(%arg0: tensor<1x32x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x8x64xf16> {mlxla.name = "arg1"}, %arg2: tensor<64x8x64xf16> {mlxla.name = "arg2"}, %arg3: tensor<1xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<1x32x64xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %1 = stablehlo.convert %arg1 : (tensor<64x8x64xf16>) -> tensor<64x8x64xf32>
    %2 = stablehlo.convert %arg2 : (tensor<64x8x64xf16>) -> tensor<64x8x64xf32>
    %3 = stablehlo.dot_general %0, %1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<1x8x4x64xf32>, tensor<64x8x64xf32>) -> tensor<8x1x4x64xf32>
    %4 = stablehlo.constant dense<0.125> : tensor<8x1x4x64xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<8x1x4x64xf32>
    %6 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %7 = stablehlo.constant dense<1> : tensor<1xi32>
    %8 = stablehlo.add %arg3, %7 : tensor<1xi32>
    %9 = stablehlo.minimum %8, %6 : tensor<1xi32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<1xi32>) -> tensor<8x1x4x64xi32>
    %11 = stablehlo.iota dim = 3 : tensor<8x1x4x64xi32>
    %12 = stablehlo.compare LT, %11, %10 : (tensor<8x1x4x64xi32>, tensor<8x1x4x64xi32>) -> tensor<8x1x4x64xi1>
    %13 = stablehlo.constant dense<-3.4028235e+38> : tensor<8x1x4x64xf32>
    %14 = stablehlo.select %12, %5, %13 : tensor<8x1x4x64xi1>, tensor<8x1x4x64xf32>
    %15 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %16 = stablehlo.reduce(%14 init: %15) applies stablehlo.maximum across dimensions = [3] : (tensor<8x1x4x64xf32>, tensor<f32>) -> tensor<8x1x4xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 2] : (tensor<8x1x4xf32>) -> tensor<8x1x4x64xf32>
    %18 = stablehlo.subtract %14, %17 : tensor<8x1x4x64xf32>
    %19 = stablehlo.exponential %18 : tensor<8x1x4x64xf32>
    %20 = stablehlo.constant dense<0.0> : tensor<f32>
    %21 = stablehlo.reduce(%19 init: %20) applies stablehlo.add across dimensions = [3] : (tensor<8x1x4x64xf32>, tensor<f32>) -> tensor<8x1x4xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1, 2] : (tensor<8x1x4xf32>) -> tensor<8x1x4x64xf32>
    %23 = stablehlo.divide %19, %22 : tensor<8x1x4x64xf32>
    %24 = stablehlo.dot_general %23, %2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x1x4x64xf32>, tensor<64x8x64xf32>) -> tensor<8x1x4x64xf32>
    %25 = stablehlo.transpose %24, dims = [1, 0, 2, 3] : (tensor<8x1x4x64xf32>) -> tensor<1x8x4x64xf32>
    %26 = stablehlo.reshape %25 : (tensor<1x8x4x64xf32>) -> tensor<1x32x64xf32>
    return %26 : tensor<1x32x64xf32>
  }
  func.func private @mlxla_argmax_1x128256xf32_cbf29ce484222325(%arg0: tensor<1x128256xf32> {mlxla.name = "arg0"}) -> (tensor<1xi32>) {
    %0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1 = stablehlo.reduce(%arg0 init: %0) applies stablehlo.maximum across dimensions = [1] : (tensor<1x128256xf32>, tensor<f32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x128256xf32>
    %3 = stablehlo.compare EQ, %arg0, %2 : (tensor<1x128256xf32>, tensor<1x128256xf32>) -> tensor<1x128256xi1>
    %4 = stablehlo.constant dense<128256> : tensor<1x128256xi32>
    %5 = stablehlo.iota dim = 1 : tensor<1x128256xi32>
    %6 = stablehlo.select %3, %5, %4 : tensor<1x128256xi1>, tensor<1x128256xi32>
    %7 = stablehlo.constant dense<128256> : tensor<i32>
    %8 = stablehlo.reduce(%6 init: %7) applies stablehlo.minimum across dimensions = [1] : (tensor<1x128256xi32>, tensor<i32>) -> tensor<1xi32>
    return %8 : tensor<1xi32>
  }
}
