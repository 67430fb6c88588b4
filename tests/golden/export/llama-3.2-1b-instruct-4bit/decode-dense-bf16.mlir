module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<128256x2048xf32> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<2048x2048xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<512x2048xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<512x2048xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<2048x2048xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<8192x2048xf32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<8192x2048xf32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<2048x8192xf32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<2048x2048xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<512x2048xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<512x2048xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<2048x2048xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<8192x2048xf32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<8192x2048xf32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<2048x8192xf32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<2048x2048xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<512x2048xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<512x2048xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<2048x2048xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<8192x2048xf32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<8192x2048xf32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<2048x8192xf32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<2048x2048xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<512x2048xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<512x2048xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<2048x2048xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<8192x2048xf32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<8192x2048xf32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<2048x8192xf32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<2048x2048xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<512x2048xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<512x2048xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<2048x2048xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<8192x2048xf32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<8192x2048xf32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<2048x8192xf32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg51: tensor<2048x2048xf32> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg52: tensor<512x2048xf32> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg53: tensor<512x2048xf32> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg54: tensor<2048x2048xf32> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg55: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg56: tensor<8192x2048xf32> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg57: tensor<8192x2048xf32> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg58: tensor<2048x8192xf32> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg59: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg60: tensor<2048x2048xf32> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg61: tensor<512x2048xf32> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg62: tensor<512x2048xf32> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg63: tensor<2048x2048xf32> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg64: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg65: tensor<8192x2048xf32> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg66: tensor<8192x2048xf32> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg67: tensor<2048x8192xf32> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg68: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg69: tensor<2048x2048xf32> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg70: tensor<512x2048xf32> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg71: tensor<512x2048xf32> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg72: tensor<2048x2048xf32> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg73: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg74: tensor<8192x2048xf32> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg75: tensor<8192x2048xf32> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg76: tensor<2048x8192xf32> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg77: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg78: tensor<2048x2048xf32> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg79: tensor<512x2048xf32> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg80: tensor<512x2048xf32> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg81: tensor<2048x2048xf32> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg82: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg83: tensor<8192x2048xf32> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg84: tensor<8192x2048xf32> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg85: tensor<2048x8192xf32> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg86: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg87: tensor<2048x2048xf32> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg88: tensor<512x2048xf32> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg89: tensor<512x2048xf32> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg90: tensor<2048x2048xf32> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg91: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg92: tensor<8192x2048xf32> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg93: tensor<8192x2048xf32> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg94: tensor<2048x8192xf32> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg95: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg96: tensor<2048x2048xf32> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg97: tensor<512x2048xf32> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg98: tensor<512x2048xf32> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg99: tensor<2048x2048xf32> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg100: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg101: tensor<8192x2048xf32> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg102: tensor<8192x2048xf32> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg103: tensor<2048x8192xf32> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg104: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg105: tensor<2048x2048xf32> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg106: tensor<512x2048xf32> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg107: tensor<512x2048xf32> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg108: tensor<2048x2048xf32> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg109: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg110: tensor<8192x2048xf32> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg111: tensor<8192x2048xf32> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg112: tensor<2048x8192xf32> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg113: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg114: tensor<2048x2048xf32> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg115: tensor<512x2048xf32> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg116: tensor<512x2048xf32> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg117: tensor<2048x2048xf32> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg118: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg119: tensor<8192x2048xf32> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg120: tensor<8192x2048xf32> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg121: tensor<2048x8192xf32> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg122: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg123: tensor<2048x2048xf32> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg124: tensor<512x2048xf32> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg125: tensor<512x2048xf32> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg126: tensor<2048x2048xf32> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg127: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg128: tensor<8192x2048xf32> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg129: tensor<8192x2048xf32> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg130: tensor<2048x8192xf32> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg131: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg132: tensor<2048x2048xf32> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg133: tensor<512x2048xf32> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg134: tensor<512x2048xf32> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg135: tensor<2048x2048xf32> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg136: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg137: tensor<8192x2048xf32> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg138: tensor<8192x2048xf32> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg139: tensor<2048x8192xf32> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg140: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg141: tensor<2048x2048xf32> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg142: tensor<512x2048xf32> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg143: tensor<512x2048xf32> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg144: tensor<2048x2048xf32> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg145: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg146: tensor<8192x2048xf32> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg147: tensor<8192x2048xf32> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg148: tensor<2048x8192xf32> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg149: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache"}, tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg4, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2048>} : (tensor<128256x2048xf32>, tensor<1x1xi32>) -> tensor<1x2048xf32>
    %5 = stablehlo.convert %4 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %6 = stablehlo.convert %5 : (tensor<1x2048xbf16>) -> tensor<1x2048xf32>
    %7 = stablehlo.composite "mlxla.rms_norm" %6, %arg5 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %8 = stablehlo.convert %arg6 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %9 = stablehlo.convert %7 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %10 = stablehlo.dot_general %9, %8, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %11 = stablehlo.reshape %10 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %12 = stablehlo.composite "mlxla.rope" %11, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %13 = stablehlo.convert %arg7 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %14 = stablehlo.convert %7 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %15 = stablehlo.dot_general %14, %13, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %16 = stablehlo.reshape %15 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %17 = stablehlo.composite "mlxla.rope" %16, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %18 = stablehlo.convert %arg8 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %19 = stablehlo.convert %7 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %20 = stablehlo.dot_general %19, %18, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %21 = stablehlo.reshape %20 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %22 = stablehlo.convert %17 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %23 = stablehlo.convert %21 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %24 = stablehlo.constant dense<0> : tensor<i32>
    %25 = stablehlo.constant dense<0> : tensor<i32>
    %26 = stablehlo.constant dense<0> : tensor<i32>
    %27 = stablehlo.reshape %22 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %28 = stablehlo.dynamic_update_slice %arg2, %27, %24, %26, %arg1, %25, %25 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %29 = stablehlo.reshape %23 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %30 = stablehlo.dynamic_update_slice %arg3, %29, %24, %26, %arg1, %25, %25 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %31 = stablehlo.slice %30 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %32 = stablehlo.reshape %31 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %33 = stablehlo.slice %28 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %34 = stablehlo.reshape %33 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %35 = stablehlo.composite "mlxla.attention" %12, %34, %32, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %36 = stablehlo.reshape %35 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %37 = stablehlo.convert %arg9 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %38 = stablehlo.convert %36 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %39 = stablehlo.dot_general %38, %37, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %40 = stablehlo.add %6, %39 : tensor<1x2048xf32>
    %41 = stablehlo.composite "mlxla.rms_norm" %40, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %42 = stablehlo.convert %arg11 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %43 = stablehlo.convert %41 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %44 = stablehlo.dot_general %43, %42, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %45 = stablehlo.convert %arg12 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %46 = stablehlo.convert %41 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %47 = stablehlo.dot_general %46, %45, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %48 = stablehlo.logistic %44 : tensor<1x8192xf32>
    %49 = stablehlo.multiply %44, %48 : tensor<1x8192xf32>
    %50 = stablehlo.multiply %49, %47 : tensor<1x8192xf32>
    %51 = stablehlo.convert %arg13 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %52 = stablehlo.convert %50 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %53 = stablehlo.dot_general %52, %51, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %54 = stablehlo.add %40, %53 : tensor<1x2048xf32>
    %55 = stablehlo.composite "mlxla.rms_norm" %54, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %56 = stablehlo.convert %arg15 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %57 = stablehlo.convert %55 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %58 = stablehlo.dot_general %57, %56, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %59 = stablehlo.reshape %58 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %60 = stablehlo.composite "mlxla.rope" %59, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %61 = stablehlo.convert %arg16 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %62 = stablehlo.convert %55 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %63 = stablehlo.dot_general %62, %61, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %64 = stablehlo.reshape %63 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %65 = stablehlo.composite "mlxla.rope" %64, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %66 = stablehlo.convert %arg17 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %67 = stablehlo.convert %55 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %68 = stablehlo.dot_general %67, %66, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %69 = stablehlo.reshape %68 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %70 = stablehlo.convert %65 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %71 = stablehlo.convert %69 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %72 = stablehlo.constant dense<1> : tensor<i32>
    %73 = stablehlo.constant dense<0> : tensor<i32>
    %74 = stablehlo.constant dense<0> : tensor<i32>
    %75 = stablehlo.reshape %70 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %76 = stablehlo.dynamic_update_slice %28, %75, %72, %74, %arg1, %73, %73 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %77 = stablehlo.reshape %71 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %78 = stablehlo.dynamic_update_slice %30, %77, %72, %74, %arg1, %73, %73 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %79 = stablehlo.slice %78 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %80 = stablehlo.reshape %79 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %81 = stablehlo.slice %76 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %82 = stablehlo.reshape %81 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %83 = stablehlo.composite "mlxla.attention" %60, %82, %80, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %84 = stablehlo.reshape %83 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %85 = stablehlo.convert %arg18 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %86 = stablehlo.convert %84 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %87 = stablehlo.dot_general %86, %85, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %88 = stablehlo.add %54, %87 : tensor<1x2048xf32>
    %89 = stablehlo.composite "mlxla.rms_norm" %88, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %90 = stablehlo.convert %arg20 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %91 = stablehlo.convert %89 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %92 = stablehlo.dot_general %91, %90, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %93 = stablehlo.convert %arg21 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %94 = stablehlo.convert %89 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %95 = stablehlo.dot_general %94, %93, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %96 = stablehlo.logistic %92 : tensor<1x8192xf32>
    %97 = stablehlo.multiply %92, %96 : tensor<1x8192xf32>
    %98 = stablehlo.multiply %97, %95 : tensor<1x8192xf32>
    %99 = stablehlo.convert %arg22 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %100 = stablehlo.convert %98 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %101 = stablehlo.dot_general %100, %99, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %102 = stablehlo.add %88, %101 : tensor<1x2048xf32>
    %103 = stablehlo.composite "mlxla.rms_norm" %102, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %104 = stablehlo.convert %arg24 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %105 = stablehlo.convert %103 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %106 = stablehlo.dot_general %105, %104, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %107 = stablehlo.reshape %106 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %108 = stablehlo.composite "mlxla.rope" %107, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %109 = stablehlo.convert %arg25 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %110 = stablehlo.convert %103 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %111 = stablehlo.dot_general %110, %109, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %112 = stablehlo.reshape %111 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %113 = stablehlo.composite "mlxla.rope" %112, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %114 = stablehlo.convert %arg26 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %115 = stablehlo.convert %103 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %116 = stablehlo.dot_general %115, %114, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %117 = stablehlo.reshape %116 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %118 = stablehlo.convert %113 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %119 = stablehlo.convert %117 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %120 = stablehlo.constant dense<2> : tensor<i32>
    %121 = stablehlo.constant dense<0> : tensor<i32>
    %122 = stablehlo.constant dense<0> : tensor<i32>
    %123 = stablehlo.reshape %118 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %124 = stablehlo.dynamic_update_slice %76, %123, %120, %122, %arg1, %121, %121 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %125 = stablehlo.reshape %119 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %126 = stablehlo.dynamic_update_slice %78, %125, %120, %122, %arg1, %121, %121 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %127 = stablehlo.slice %126 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %128 = stablehlo.reshape %127 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %129 = stablehlo.slice %124 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %130 = stablehlo.reshape %129 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %131 = stablehlo.composite "mlxla.attention" %108, %130, %128, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %132 = stablehlo.reshape %131 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %133 = stablehlo.convert %arg27 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %134 = stablehlo.convert %132 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %135 = stablehlo.dot_general %134, %133, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %136 = stablehlo.add %102, %135 : tensor<1x2048xf32>
    %137 = stablehlo.composite "mlxla.rms_norm" %136, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %138 = stablehlo.convert %arg29 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %139 = stablehlo.convert %137 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %140 = stablehlo.dot_general %139, %138, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %141 = stablehlo.convert %arg30 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %142 = stablehlo.convert %137 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %143 = stablehlo.dot_general %142, %141, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %144 = stablehlo.logistic %140 : tensor<1x8192xf32>
    %145 = stablehlo.multiply %140, %144 : tensor<1x8192xf32>
    %146 = stablehlo.multiply %145, %143 : tensor<1x8192xf32>
    %147 = stablehlo.convert %arg31 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %148 = stablehlo.convert %146 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %149 = stablehlo.dot_general %148, %147, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %150 = stablehlo.add %136, %149 : tensor<1x2048xf32>
    %151 = stablehlo.composite "mlxla.rms_norm" %150, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %152 = stablehlo.convert %arg33 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %153 = stablehlo.convert %151 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %154 = stablehlo.dot_general %153, %152, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %155 = stablehlo.reshape %154 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %156 = stablehlo.composite "mlxla.rope" %155, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %157 = stablehlo.convert %arg34 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %158 = stablehlo.convert %151 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %159 = stablehlo.dot_general %158, %157, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %160 = stablehlo.reshape %159 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %161 = stablehlo.composite "mlxla.rope" %160, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %162 = stablehlo.convert %arg35 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %163 = stablehlo.convert %151 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %164 = stablehlo.dot_general %163, %162, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %165 = stablehlo.reshape %164 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %166 = stablehlo.convert %161 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %167 = stablehlo.convert %165 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %168 = stablehlo.constant dense<3> : tensor<i32>
    %169 = stablehlo.constant dense<0> : tensor<i32>
    %170 = stablehlo.constant dense<0> : tensor<i32>
    %171 = stablehlo.reshape %166 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %172 = stablehlo.dynamic_update_slice %124, %171, %168, %170, %arg1, %169, %169 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %173 = stablehlo.reshape %167 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %174 = stablehlo.dynamic_update_slice %126, %173, %168, %170, %arg1, %169, %169 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %175 = stablehlo.slice %174 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %176 = stablehlo.reshape %175 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %177 = stablehlo.slice %172 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %178 = stablehlo.reshape %177 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %179 = stablehlo.composite "mlxla.attention" %156, %178, %176, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %180 = stablehlo.reshape %179 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %181 = stablehlo.convert %arg36 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %182 = stablehlo.convert %180 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %183 = stablehlo.dot_general %182, %181, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %184 = stablehlo.add %150, %183 : tensor<1x2048xf32>
    %185 = stablehlo.composite "mlxla.rms_norm" %184, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %186 = stablehlo.convert %arg38 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %187 = stablehlo.convert %185 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %188 = stablehlo.dot_general %187, %186, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %189 = stablehlo.convert %arg39 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %190 = stablehlo.convert %185 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %191 = stablehlo.dot_general %190, %189, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %192 = stablehlo.logistic %188 : tensor<1x8192xf32>
    %193 = stablehlo.multiply %188, %192 : tensor<1x8192xf32>
    %194 = stablehlo.multiply %193, %191 : tensor<1x8192xf32>
    %195 = stablehlo.convert %arg40 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %196 = stablehlo.convert %194 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %197 = stablehlo.dot_general %196, %195, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %198 = stablehlo.add %184, %197 : tensor<1x2048xf32>
    %199 = stablehlo.composite "mlxla.rms_norm" %198, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %200 = stablehlo.convert %arg42 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %201 = stablehlo.convert %199 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %202 = stablehlo.dot_general %201, %200, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %203 = stablehlo.reshape %202 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %204 = stablehlo.composite "mlxla.rope" %203, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %205 = stablehlo.convert %arg43 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %206 = stablehlo.convert %199 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %207 = stablehlo.dot_general %206, %205, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %208 = stablehlo.reshape %207 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %209 = stablehlo.composite "mlxla.rope" %208, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %210 = stablehlo.convert %arg44 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %211 = stablehlo.convert %199 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %212 = stablehlo.dot_general %211, %210, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %213 = stablehlo.reshape %212 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %214 = stablehlo.convert %209 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %215 = stablehlo.convert %213 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %216 = stablehlo.constant dense<4> : tensor<i32>
    %217 = stablehlo.constant dense<0> : tensor<i32>
    %218 = stablehlo.constant dense<0> : tensor<i32>
    %219 = stablehlo.reshape %214 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %220 = stablehlo.dynamic_update_slice %172, %219, %216, %218, %arg1, %217, %217 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %221 = stablehlo.reshape %215 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %222 = stablehlo.dynamic_update_slice %174, %221, %216, %218, %arg1, %217, %217 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %223 = stablehlo.slice %222 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %224 = stablehlo.reshape %223 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %225 = stablehlo.slice %220 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %226 = stablehlo.reshape %225 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %227 = stablehlo.composite "mlxla.attention" %204, %226, %224, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %228 = stablehlo.reshape %227 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %229 = stablehlo.convert %arg45 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %230 = stablehlo.convert %228 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %231 = stablehlo.dot_general %230, %229, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %232 = stablehlo.add %198, %231 : tensor<1x2048xf32>
    %233 = stablehlo.composite "mlxla.rms_norm" %232, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %234 = stablehlo.convert %arg47 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %235 = stablehlo.convert %233 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %236 = stablehlo.dot_general %235, %234, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %237 = stablehlo.convert %arg48 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %238 = stablehlo.convert %233 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %239 = stablehlo.dot_general %238, %237, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %240 = stablehlo.logistic %236 : tensor<1x8192xf32>
    %241 = stablehlo.multiply %236, %240 : tensor<1x8192xf32>
    %242 = stablehlo.multiply %241, %239 : tensor<1x8192xf32>
    %243 = stablehlo.convert %arg49 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %244 = stablehlo.convert %242 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %245 = stablehlo.dot_general %244, %243, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %246 = stablehlo.add %232, %245 : tensor<1x2048xf32>
    %247 = stablehlo.composite "mlxla.rms_norm" %246, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %248 = stablehlo.convert %arg51 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %249 = stablehlo.convert %247 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %250 = stablehlo.dot_general %249, %248, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %251 = stablehlo.reshape %250 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %252 = stablehlo.composite "mlxla.rope" %251, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %253 = stablehlo.convert %arg52 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %254 = stablehlo.convert %247 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %255 = stablehlo.dot_general %254, %253, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %256 = stablehlo.reshape %255 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %257 = stablehlo.composite "mlxla.rope" %256, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %258 = stablehlo.convert %arg53 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %259 = stablehlo.convert %247 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %260 = stablehlo.dot_general %259, %258, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %261 = stablehlo.reshape %260 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %262 = stablehlo.convert %257 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %263 = stablehlo.convert %261 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %264 = stablehlo.constant dense<5> : tensor<i32>
    %265 = stablehlo.constant dense<0> : tensor<i32>
    %266 = stablehlo.constant dense<0> : tensor<i32>
    %267 = stablehlo.reshape %262 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %268 = stablehlo.dynamic_update_slice %220, %267, %264, %266, %arg1, %265, %265 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %269 = stablehlo.reshape %263 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %270 = stablehlo.dynamic_update_slice %222, %269, %264, %266, %arg1, %265, %265 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %271 = stablehlo.slice %270 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %272 = stablehlo.reshape %271 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %273 = stablehlo.slice %268 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %274 = stablehlo.reshape %273 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %275 = stablehlo.composite "mlxla.attention" %252, %274, %272, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %276 = stablehlo.reshape %275 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %277 = stablehlo.convert %arg54 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %278 = stablehlo.convert %276 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %279 = stablehlo.dot_general %278, %277, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %280 = stablehlo.add %246, %279 : tensor<1x2048xf32>
    %281 = stablehlo.composite "mlxla.rms_norm" %280, %arg55 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %282 = stablehlo.convert %arg56 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %283 = stablehlo.convert %281 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %284 = stablehlo.dot_general %283, %282, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %285 = stablehlo.convert %arg57 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %286 = stablehlo.convert %281 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %287 = stablehlo.dot_general %286, %285, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %288 = stablehlo.logistic %284 : tensor<1x8192xf32>
    %289 = stablehlo.multiply %284, %288 : tensor<1x8192xf32>
    %290 = stablehlo.multiply %289, %287 : tensor<1x8192xf32>
    %291 = stablehlo.convert %arg58 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %292 = stablehlo.convert %290 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %293 = stablehlo.dot_general %292, %291, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %294 = stablehlo.add %280, %293 : tensor<1x2048xf32>
    %295 = stablehlo.composite "mlxla.rms_norm" %294, %arg59 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %296 = stablehlo.convert %arg60 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %297 = stablehlo.convert %295 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %298 = stablehlo.dot_general %297, %296, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %299 = stablehlo.reshape %298 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %300 = stablehlo.composite "mlxla.rope" %299, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %301 = stablehlo.convert %arg61 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %302 = stablehlo.convert %295 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %303 = stablehlo.dot_general %302, %301, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %304 = stablehlo.reshape %303 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %305 = stablehlo.composite "mlxla.rope" %304, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %306 = stablehlo.convert %arg62 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %307 = stablehlo.convert %295 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %308 = stablehlo.dot_general %307, %306, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %309 = stablehlo.reshape %308 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %310 = stablehlo.convert %305 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %311 = stablehlo.convert %309 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %312 = stablehlo.constant dense<6> : tensor<i32>
    %313 = stablehlo.constant dense<0> : tensor<i32>
    %314 = stablehlo.constant dense<0> : tensor<i32>
    %315 = stablehlo.reshape %310 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %316 = stablehlo.dynamic_update_slice %268, %315, %312, %314, %arg1, %313, %313 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %317 = stablehlo.reshape %311 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %318 = stablehlo.dynamic_update_slice %270, %317, %312, %314, %arg1, %313, %313 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %319 = stablehlo.slice %318 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %320 = stablehlo.reshape %319 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %321 = stablehlo.slice %316 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %322 = stablehlo.reshape %321 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %323 = stablehlo.composite "mlxla.attention" %300, %322, %320, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %324 = stablehlo.reshape %323 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %325 = stablehlo.convert %arg63 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %326 = stablehlo.convert %324 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %327 = stablehlo.dot_general %326, %325, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %328 = stablehlo.add %294, %327 : tensor<1x2048xf32>
    %329 = stablehlo.composite "mlxla.rms_norm" %328, %arg64 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %330 = stablehlo.convert %arg65 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %331 = stablehlo.convert %329 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %332 = stablehlo.dot_general %331, %330, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %333 = stablehlo.convert %arg66 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %334 = stablehlo.convert %329 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %335 = stablehlo.dot_general %334, %333, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %336 = stablehlo.logistic %332 : tensor<1x8192xf32>
    %337 = stablehlo.multiply %332, %336 : tensor<1x8192xf32>
    %338 = stablehlo.multiply %337, %335 : tensor<1x8192xf32>
    %339 = stablehlo.convert %arg67 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %340 = stablehlo.convert %338 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %341 = stablehlo.dot_general %340, %339, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %342 = stablehlo.add %328, %341 : tensor<1x2048xf32>
    %343 = stablehlo.composite "mlxla.rms_norm" %342, %arg68 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %344 = stablehlo.convert %arg69 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %345 = stablehlo.convert %343 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %346 = stablehlo.dot_general %345, %344, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %347 = stablehlo.reshape %346 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %348 = stablehlo.composite "mlxla.rope" %347, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %349 = stablehlo.convert %arg70 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %350 = stablehlo.convert %343 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %351 = stablehlo.dot_general %350, %349, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %352 = stablehlo.reshape %351 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %353 = stablehlo.composite "mlxla.rope" %352, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %354 = stablehlo.convert %arg71 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %355 = stablehlo.convert %343 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %356 = stablehlo.dot_general %355, %354, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %357 = stablehlo.reshape %356 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %358 = stablehlo.convert %353 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %359 = stablehlo.convert %357 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %360 = stablehlo.constant dense<7> : tensor<i32>
    %361 = stablehlo.constant dense<0> : tensor<i32>
    %362 = stablehlo.constant dense<0> : tensor<i32>
    %363 = stablehlo.reshape %358 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %364 = stablehlo.dynamic_update_slice %316, %363, %360, %362, %arg1, %361, %361 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %365 = stablehlo.reshape %359 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %366 = stablehlo.dynamic_update_slice %318, %365, %360, %362, %arg1, %361, %361 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %367 = stablehlo.slice %366 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %368 = stablehlo.reshape %367 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %369 = stablehlo.slice %364 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %370 = stablehlo.reshape %369 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %371 = stablehlo.composite "mlxla.attention" %348, %370, %368, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %372 = stablehlo.reshape %371 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %373 = stablehlo.convert %arg72 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %374 = stablehlo.convert %372 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %375 = stablehlo.dot_general %374, %373, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %376 = stablehlo.add %342, %375 : tensor<1x2048xf32>
    %377 = stablehlo.composite "mlxla.rms_norm" %376, %arg73 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %378 = stablehlo.convert %arg74 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %379 = stablehlo.convert %377 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %380 = stablehlo.dot_general %379, %378, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %381 = stablehlo.convert %arg75 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %382 = stablehlo.convert %377 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %383 = stablehlo.dot_general %382, %381, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %384 = stablehlo.logistic %380 : tensor<1x8192xf32>
    %385 = stablehlo.multiply %380, %384 : tensor<1x8192xf32>
    %386 = stablehlo.multiply %385, %383 : tensor<1x8192xf32>
    %387 = stablehlo.convert %arg76 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %388 = stablehlo.convert %386 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %389 = stablehlo.dot_general %388, %387, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %390 = stablehlo.add %376, %389 : tensor<1x2048xf32>
    %391 = stablehlo.composite "mlxla.rms_norm" %390, %arg77 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %392 = stablehlo.convert %arg78 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %393 = stablehlo.convert %391 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %394 = stablehlo.dot_general %393, %392, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %395 = stablehlo.reshape %394 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %396 = stablehlo.composite "mlxla.rope" %395, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %397 = stablehlo.convert %arg79 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %398 = stablehlo.convert %391 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %399 = stablehlo.dot_general %398, %397, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %400 = stablehlo.reshape %399 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %401 = stablehlo.composite "mlxla.rope" %400, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %402 = stablehlo.convert %arg80 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %403 = stablehlo.convert %391 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %404 = stablehlo.dot_general %403, %402, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %405 = stablehlo.reshape %404 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %406 = stablehlo.convert %401 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %407 = stablehlo.convert %405 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %408 = stablehlo.constant dense<8> : tensor<i32>
    %409 = stablehlo.constant dense<0> : tensor<i32>
    %410 = stablehlo.constant dense<0> : tensor<i32>
    %411 = stablehlo.reshape %406 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %412 = stablehlo.dynamic_update_slice %364, %411, %408, %410, %arg1, %409, %409 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %413 = stablehlo.reshape %407 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %414 = stablehlo.dynamic_update_slice %366, %413, %408, %410, %arg1, %409, %409 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %415 = stablehlo.slice %414 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %416 = stablehlo.reshape %415 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %417 = stablehlo.slice %412 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %418 = stablehlo.reshape %417 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %419 = stablehlo.composite "mlxla.attention" %396, %418, %416, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %420 = stablehlo.reshape %419 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %421 = stablehlo.convert %arg81 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %422 = stablehlo.convert %420 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %423 = stablehlo.dot_general %422, %421, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %424 = stablehlo.add %390, %423 : tensor<1x2048xf32>
    %425 = stablehlo.composite "mlxla.rms_norm" %424, %arg82 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %426 = stablehlo.convert %arg83 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %427 = stablehlo.convert %425 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %428 = stablehlo.dot_general %427, %426, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %429 = stablehlo.convert %arg84 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %430 = stablehlo.convert %425 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %431 = stablehlo.dot_general %430, %429, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %432 = stablehlo.logistic %428 : tensor<1x8192xf32>
    %433 = stablehlo.multiply %428, %432 : tensor<1x8192xf32>
    %434 = stablehlo.multiply %433, %431 : tensor<1x8192xf32>
    %435 = stablehlo.convert %arg85 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %436 = stablehlo.convert %434 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %437 = stablehlo.dot_general %436, %435, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %438 = stablehlo.add %424, %437 : tensor<1x2048xf32>
    %439 = stablehlo.composite "mlxla.rms_norm" %438, %arg86 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %440 = stablehlo.convert %arg87 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %441 = stablehlo.convert %439 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %442 = stablehlo.dot_general %441, %440, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %443 = stablehlo.reshape %442 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %444 = stablehlo.composite "mlxla.rope" %443, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %445 = stablehlo.convert %arg88 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %446 = stablehlo.convert %439 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %447 = stablehlo.dot_general %446, %445, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %448 = stablehlo.reshape %447 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %449 = stablehlo.composite "mlxla.rope" %448, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %450 = stablehlo.convert %arg89 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %451 = stablehlo.convert %439 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %452 = stablehlo.dot_general %451, %450, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %453 = stablehlo.reshape %452 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %454 = stablehlo.convert %449 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %455 = stablehlo.convert %453 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %456 = stablehlo.constant dense<9> : tensor<i32>
    %457 = stablehlo.constant dense<0> : tensor<i32>
    %458 = stablehlo.constant dense<0> : tensor<i32>
    %459 = stablehlo.reshape %454 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %460 = stablehlo.dynamic_update_slice %412, %459, %456, %458, %arg1, %457, %457 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %461 = stablehlo.reshape %455 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %462 = stablehlo.dynamic_update_slice %414, %461, %456, %458, %arg1, %457, %457 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %463 = stablehlo.slice %462 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %464 = stablehlo.reshape %463 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %465 = stablehlo.slice %460 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %466 = stablehlo.reshape %465 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %467 = stablehlo.composite "mlxla.attention" %444, %466, %464, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %468 = stablehlo.reshape %467 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %469 = stablehlo.convert %arg90 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %470 = stablehlo.convert %468 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %471 = stablehlo.dot_general %470, %469, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %472 = stablehlo.add %438, %471 : tensor<1x2048xf32>
    %473 = stablehlo.composite "mlxla.rms_norm" %472, %arg91 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %474 = stablehlo.convert %arg92 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %475 = stablehlo.convert %473 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %476 = stablehlo.dot_general %475, %474, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %477 = stablehlo.convert %arg93 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %478 = stablehlo.convert %473 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %479 = stablehlo.dot_general %478, %477, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %480 = stablehlo.logistic %476 : tensor<1x8192xf32>
    %481 = stablehlo.multiply %476, %480 : tensor<1x8192xf32>
    %482 = stablehlo.multiply %481, %479 : tensor<1x8192xf32>
    %483 = stablehlo.convert %arg94 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %484 = stablehlo.convert %482 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %485 = stablehlo.dot_general %484, %483, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %486 = stablehlo.add %472, %485 : tensor<1x2048xf32>
    %487 = stablehlo.composite "mlxla.rms_norm" %486, %arg95 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %488 = stablehlo.convert %arg96 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %489 = stablehlo.convert %487 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %490 = stablehlo.dot_general %489, %488, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %491 = stablehlo.reshape %490 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %492 = stablehlo.composite "mlxla.rope" %491, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %493 = stablehlo.convert %arg97 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %494 = stablehlo.convert %487 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %495 = stablehlo.dot_general %494, %493, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %496 = stablehlo.reshape %495 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %497 = stablehlo.composite "mlxla.rope" %496, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %498 = stablehlo.convert %arg98 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %499 = stablehlo.convert %487 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %500 = stablehlo.dot_general %499, %498, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %501 = stablehlo.reshape %500 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %502 = stablehlo.convert %497 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %503 = stablehlo.convert %501 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %504 = stablehlo.constant dense<10> : tensor<i32>
    %505 = stablehlo.constant dense<0> : tensor<i32>
    %506 = stablehlo.constant dense<0> : tensor<i32>
    %507 = stablehlo.reshape %502 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %508 = stablehlo.dynamic_update_slice %460, %507, %504, %506, %arg1, %505, %505 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %509 = stablehlo.reshape %503 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %510 = stablehlo.dynamic_update_slice %462, %509, %504, %506, %arg1, %505, %505 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %511 = stablehlo.slice %510 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %512 = stablehlo.reshape %511 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %513 = stablehlo.slice %508 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %514 = stablehlo.reshape %513 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %515 = stablehlo.composite "mlxla.attention" %492, %514, %512, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %516 = stablehlo.reshape %515 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %517 = stablehlo.convert %arg99 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %518 = stablehlo.convert %516 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %519 = stablehlo.dot_general %518, %517, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %520 = stablehlo.add %486, %519 : tensor<1x2048xf32>
    %521 = stablehlo.composite "mlxla.rms_norm" %520, %arg100 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %522 = stablehlo.convert %arg101 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %523 = stablehlo.convert %521 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %524 = stablehlo.dot_general %523, %522, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %525 = stablehlo.convert %arg102 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %526 = stablehlo.convert %521 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %527 = stablehlo.dot_general %526, %525, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %528 = stablehlo.logistic %524 : tensor<1x8192xf32>
    %529 = stablehlo.multiply %524, %528 : tensor<1x8192xf32>
    %530 = stablehlo.multiply %529, %527 : tensor<1x8192xf32>
    %531 = stablehlo.convert %arg103 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %532 = stablehlo.convert %530 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %533 = stablehlo.dot_general %532, %531, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %534 = stablehlo.add %520, %533 : tensor<1x2048xf32>
    %535 = stablehlo.composite "mlxla.rms_norm" %534, %arg104 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %536 = stablehlo.convert %arg105 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %537 = stablehlo.convert %535 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %538 = stablehlo.dot_general %537, %536, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %539 = stablehlo.reshape %538 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %540 = stablehlo.composite "mlxla.rope" %539, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %541 = stablehlo.convert %arg106 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %542 = stablehlo.convert %535 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %543 = stablehlo.dot_general %542, %541, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %544 = stablehlo.reshape %543 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %545 = stablehlo.composite "mlxla.rope" %544, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %546 = stablehlo.convert %arg107 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %547 = stablehlo.convert %535 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %548 = stablehlo.dot_general %547, %546, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %549 = stablehlo.reshape %548 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %550 = stablehlo.convert %545 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %551 = stablehlo.convert %549 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %552 = stablehlo.constant dense<11> : tensor<i32>
    %553 = stablehlo.constant dense<0> : tensor<i32>
    %554 = stablehlo.constant dense<0> : tensor<i32>
    %555 = stablehlo.reshape %550 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %556 = stablehlo.dynamic_update_slice %508, %555, %552, %554, %arg1, %553, %553 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %557 = stablehlo.reshape %551 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %558 = stablehlo.dynamic_update_slice %510, %557, %552, %554, %arg1, %553, %553 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %559 = stablehlo.slice %558 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %560 = stablehlo.reshape %559 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %561 = stablehlo.slice %556 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %562 = stablehlo.reshape %561 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %563 = stablehlo.composite "mlxla.attention" %540, %562, %560, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %564 = stablehlo.reshape %563 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %565 = stablehlo.convert %arg108 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %566 = stablehlo.convert %564 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %567 = stablehlo.dot_general %566, %565, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %568 = stablehlo.add %534, %567 : tensor<1x2048xf32>
    %569 = stablehlo.composite "mlxla.rms_norm" %568, %arg109 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %570 = stablehlo.convert %arg110 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %571 = stablehlo.convert %569 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %572 = stablehlo.dot_general %571, %570, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %573 = stablehlo.convert %arg111 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %574 = stablehlo.convert %569 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %575 = stablehlo.dot_general %574, %573, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %576 = stablehlo.logistic %572 : tensor<1x8192xf32>
    %577 = stablehlo.multiply %572, %576 : tensor<1x8192xf32>
    %578 = stablehlo.multiply %577, %575 : tensor<1x8192xf32>
    %579 = stablehlo.convert %arg112 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %580 = stablehlo.convert %578 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %581 = stablehlo.dot_general %580, %579, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %582 = stablehlo.add %568, %581 : tensor<1x2048xf32>
    %583 = stablehlo.composite "mlxla.rms_norm" %582, %arg113 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %584 = stablehlo.convert %arg114 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %585 = stablehlo.convert %583 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %586 = stablehlo.dot_general %585, %584, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %587 = stablehlo.reshape %586 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %588 = stablehlo.composite "mlxla.rope" %587, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %589 = stablehlo.convert %arg115 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %590 = stablehlo.convert %583 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %591 = stablehlo.dot_general %590, %589, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %592 = stablehlo.reshape %591 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %593 = stablehlo.composite "mlxla.rope" %592, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %594 = stablehlo.convert %arg116 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %595 = stablehlo.convert %583 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %596 = stablehlo.dot_general %595, %594, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %597 = stablehlo.reshape %596 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %598 = stablehlo.convert %593 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %599 = stablehlo.convert %597 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %600 = stablehlo.constant dense<12> : tensor<i32>
    %601 = stablehlo.constant dense<0> : tensor<i32>
    %602 = stablehlo.constant dense<0> : tensor<i32>
    %603 = stablehlo.reshape %598 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %604 = stablehlo.dynamic_update_slice %556, %603, %600, %602, %arg1, %601, %601 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %605 = stablehlo.reshape %599 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %606 = stablehlo.dynamic_update_slice %558, %605, %600, %602, %arg1, %601, %601 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %607 = stablehlo.slice %606 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %608 = stablehlo.reshape %607 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %609 = stablehlo.slice %604 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %610 = stablehlo.reshape %609 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %611 = stablehlo.composite "mlxla.attention" %588, %610, %608, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %612 = stablehlo.reshape %611 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %613 = stablehlo.convert %arg117 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %614 = stablehlo.convert %612 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %615 = stablehlo.dot_general %614, %613, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %616 = stablehlo.add %582, %615 : tensor<1x2048xf32>
    %617 = stablehlo.composite "mlxla.rms_norm" %616, %arg118 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %618 = stablehlo.convert %arg119 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %619 = stablehlo.convert %617 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %620 = stablehlo.dot_general %619, %618, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %621 = stablehlo.convert %arg120 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %622 = stablehlo.convert %617 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %623 = stablehlo.dot_general %622, %621, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %624 = stablehlo.logistic %620 : tensor<1x8192xf32>
    %625 = stablehlo.multiply %620, %624 : tensor<1x8192xf32>
    %626 = stablehlo.multiply %625, %623 : tensor<1x8192xf32>
    %627 = stablehlo.convert %arg121 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %628 = stablehlo.convert %626 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %629 = stablehlo.dot_general %628, %627, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %630 = stablehlo.add %616, %629 : tensor<1x2048xf32>
    %631 = stablehlo.composite "mlxla.rms_norm" %630, %arg122 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %632 = stablehlo.convert %arg123 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %633 = stablehlo.convert %631 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %634 = stablehlo.dot_general %633, %632, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %635 = stablehlo.reshape %634 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %636 = stablehlo.composite "mlxla.rope" %635, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %637 = stablehlo.convert %arg124 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %638 = stablehlo.convert %631 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %639 = stablehlo.dot_general %638, %637, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %640 = stablehlo.reshape %639 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %641 = stablehlo.composite "mlxla.rope" %640, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %642 = stablehlo.convert %arg125 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %643 = stablehlo.convert %631 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %644 = stablehlo.dot_general %643, %642, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %645 = stablehlo.reshape %644 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %646 = stablehlo.convert %641 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %647 = stablehlo.convert %645 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %648 = stablehlo.constant dense<13> : tensor<i32>
    %649 = stablehlo.constant dense<0> : tensor<i32>
    %650 = stablehlo.constant dense<0> : tensor<i32>
    %651 = stablehlo.reshape %646 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %652 = stablehlo.dynamic_update_slice %604, %651, %648, %650, %arg1, %649, %649 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %653 = stablehlo.reshape %647 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %654 = stablehlo.dynamic_update_slice %606, %653, %648, %650, %arg1, %649, %649 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %655 = stablehlo.slice %654 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %656 = stablehlo.reshape %655 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %657 = stablehlo.slice %652 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %658 = stablehlo.reshape %657 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %659 = stablehlo.composite "mlxla.attention" %636, %658, %656, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %660 = stablehlo.reshape %659 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %661 = stablehlo.convert %arg126 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %662 = stablehlo.convert %660 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %663 = stablehlo.dot_general %662, %661, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %664 = stablehlo.add %630, %663 : tensor<1x2048xf32>
    %665 = stablehlo.composite "mlxla.rms_norm" %664, %arg127 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %666 = stablehlo.convert %arg128 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %667 = stablehlo.convert %665 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %668 = stablehlo.dot_general %667, %666, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %669 = stablehlo.convert %arg129 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %670 = stablehlo.convert %665 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %671 = stablehlo.dot_general %670, %669, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %672 = stablehlo.logistic %668 : tensor<1x8192xf32>
    %673 = stablehlo.multiply %668, %672 : tensor<1x8192xf32>
    %674 = stablehlo.multiply %673, %671 : tensor<1x8192xf32>
    %675 = stablehlo.convert %arg130 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %676 = stablehlo.convert %674 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %677 = stablehlo.dot_general %676, %675, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %678 = stablehlo.add %664, %677 : tensor<1x2048xf32>
    %679 = stablehlo.composite "mlxla.rms_norm" %678, %arg131 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %680 = stablehlo.convert %arg132 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %681 = stablehlo.convert %679 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %682 = stablehlo.dot_general %681, %680, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %683 = stablehlo.reshape %682 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %684 = stablehlo.composite "mlxla.rope" %683, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %685 = stablehlo.convert %arg133 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %686 = stablehlo.convert %679 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %687 = stablehlo.dot_general %686, %685, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %688 = stablehlo.reshape %687 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %689 = stablehlo.composite "mlxla.rope" %688, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %690 = stablehlo.convert %arg134 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %691 = stablehlo.convert %679 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %692 = stablehlo.dot_general %691, %690, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %693 = stablehlo.reshape %692 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %694 = stablehlo.convert %689 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %695 = stablehlo.convert %693 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %696 = stablehlo.constant dense<14> : tensor<i32>
    %697 = stablehlo.constant dense<0> : tensor<i32>
    %698 = stablehlo.constant dense<0> : tensor<i32>
    %699 = stablehlo.reshape %694 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %700 = stablehlo.dynamic_update_slice %652, %699, %696, %698, %arg1, %697, %697 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %701 = stablehlo.reshape %695 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %702 = stablehlo.dynamic_update_slice %654, %701, %696, %698, %arg1, %697, %697 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %703 = stablehlo.slice %702 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %704 = stablehlo.reshape %703 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %705 = stablehlo.slice %700 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %706 = stablehlo.reshape %705 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %707 = stablehlo.composite "mlxla.attention" %684, %706, %704, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %708 = stablehlo.reshape %707 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %709 = stablehlo.convert %arg135 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %710 = stablehlo.convert %708 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %711 = stablehlo.dot_general %710, %709, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %712 = stablehlo.add %678, %711 : tensor<1x2048xf32>
    %713 = stablehlo.composite "mlxla.rms_norm" %712, %arg136 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %714 = stablehlo.convert %arg137 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %715 = stablehlo.convert %713 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %716 = stablehlo.dot_general %715, %714, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %717 = stablehlo.convert %arg138 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %718 = stablehlo.convert %713 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %719 = stablehlo.dot_general %718, %717, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %720 = stablehlo.logistic %716 : tensor<1x8192xf32>
    %721 = stablehlo.multiply %716, %720 : tensor<1x8192xf32>
    %722 = stablehlo.multiply %721, %719 : tensor<1x8192xf32>
    %723 = stablehlo.convert %arg139 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %724 = stablehlo.convert %722 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %725 = stablehlo.dot_general %724, %723, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %726 = stablehlo.add %712, %725 : tensor<1x2048xf32>
    %727 = stablehlo.composite "mlxla.rms_norm" %726, %arg140 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %728 = stablehlo.convert %arg141 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %729 = stablehlo.convert %727 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %730 = stablehlo.dot_general %729, %728, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %731 = stablehlo.reshape %730 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %732 = stablehlo.composite "mlxla.rope" %731, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %733 = stablehlo.convert %arg142 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %734 = stablehlo.convert %727 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %735 = stablehlo.dot_general %734, %733, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %736 = stablehlo.reshape %735 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %737 = stablehlo.composite "mlxla.rope" %736, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %738 = stablehlo.convert %arg143 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %739 = stablehlo.convert %727 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %740 = stablehlo.dot_general %739, %738, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %741 = stablehlo.reshape %740 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %742 = stablehlo.convert %737 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %743 = stablehlo.convert %741 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %744 = stablehlo.constant dense<15> : tensor<i32>
    %745 = stablehlo.constant dense<0> : tensor<i32>
    %746 = stablehlo.constant dense<0> : tensor<i32>
    %747 = stablehlo.reshape %742 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %748 = stablehlo.dynamic_update_slice %700, %747, %744, %746, %arg1, %745, %745 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %749 = stablehlo.reshape %743 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %750 = stablehlo.dynamic_update_slice %702, %749, %744, %746, %arg1, %745, %745 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %751 = stablehlo.slice %750 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %752 = stablehlo.reshape %751 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %753 = stablehlo.slice %748 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %754 = stablehlo.reshape %753 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %755 = stablehlo.composite "mlxla.attention" %732, %754, %752, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %756 = stablehlo.reshape %755 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %757 = stablehlo.convert %arg144 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %758 = stablehlo.convert %756 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %759 = stablehlo.dot_general %758, %757, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %760 = stablehlo.add %726, %759 : tensor<1x2048xf32>
    %761 = stablehlo.composite "mlxla.rms_norm" %760, %arg145 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %762 = stablehlo.convert %arg146 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %763 = stablehlo.convert %761 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %764 = stablehlo.dot_general %763, %762, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %765 = stablehlo.convert %arg147 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %766 = stablehlo.convert %761 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %767 = stablehlo.dot_general %766, %765, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %768 = stablehlo.logistic %764 : tensor<1x8192xf32>
    %769 = stablehlo.multiply %764, %768 : tensor<1x8192xf32>
    %770 = stablehlo.multiply %769, %767 : tensor<1x8192xf32>
    %771 = stablehlo.convert %arg148 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %772 = stablehlo.convert %770 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %773 = stablehlo.dot_general %772, %771, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %774 = stablehlo.add %760, %773 : tensor<1x2048xf32>
    %775 = stablehlo.composite "mlxla.rms_norm" %774, %arg149 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %776 = stablehlo.convert %arg4 : (tensor<128256x2048xf32>) -> tensor<128256x2048xbf16>
    %777 = stablehlo.convert %775 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %778 = stablehlo.dot_general %777, %776, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<128256x2048xbf16>) -> tensor<1x128256xf32>
    %779 = stablehlo.composite "mlxla.argmax" %778 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %779, %748, %750 : tensor<1xi32>, tensor<16x1x64x8x64xf16>, tensor<16x1x64x8x64xf16>
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
