module @mlxla {
  func.func @main(%arg0: tensor<8xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "start"}, %arg2: tensor<i32> {mlxla.name = "n_valid"}, %arg3: tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg4: tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg5: tensor<128256x2048xf32> {mlxla.name = "model.embed_tokens.weight"}, %arg6: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg7: tensor<2048x2048xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg8: tensor<512x2048xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg9: tensor<512x2048xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg10: tensor<2048x2048xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg11: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg12: tensor<8192x2048xf32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg13: tensor<8192x2048xf32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg14: tensor<2048x8192xf32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg15: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg16: tensor<2048x2048xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg17: tensor<512x2048xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg18: tensor<512x2048xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg19: tensor<2048x2048xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg20: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg21: tensor<8192x2048xf32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg22: tensor<8192x2048xf32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg23: tensor<2048x8192xf32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg24: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg25: tensor<2048x2048xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg26: tensor<512x2048xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg27: tensor<512x2048xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg28: tensor<2048x2048xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg29: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg30: tensor<8192x2048xf32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg31: tensor<8192x2048xf32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg32: tensor<2048x8192xf32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg33: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg34: tensor<2048x2048xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg35: tensor<512x2048xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg36: tensor<512x2048xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg37: tensor<2048x2048xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg38: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg39: tensor<8192x2048xf32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg40: tensor<8192x2048xf32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg41: tensor<2048x8192xf32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg42: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg43: tensor<2048x2048xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg44: tensor<512x2048xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg45: tensor<512x2048xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg46: tensor<2048x2048xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg47: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg48: tensor<8192x2048xf32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg49: tensor<8192x2048xf32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg50: tensor<2048x8192xf32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg51: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg52: tensor<2048x2048xf32> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg53: tensor<512x2048xf32> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg54: tensor<512x2048xf32> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg55: tensor<2048x2048xf32> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg56: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg57: tensor<8192x2048xf32> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg58: tensor<8192x2048xf32> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg59: tensor<2048x8192xf32> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg60: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg61: tensor<2048x2048xf32> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg62: tensor<512x2048xf32> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg63: tensor<512x2048xf32> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg64: tensor<2048x2048xf32> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg65: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg66: tensor<8192x2048xf32> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg67: tensor<8192x2048xf32> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg68: tensor<2048x8192xf32> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg69: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg70: tensor<2048x2048xf32> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg71: tensor<512x2048xf32> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg72: tensor<512x2048xf32> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg73: tensor<2048x2048xf32> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg74: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg75: tensor<8192x2048xf32> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg76: tensor<8192x2048xf32> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg77: tensor<2048x8192xf32> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg78: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg79: tensor<2048x2048xf32> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg80: tensor<512x2048xf32> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg81: tensor<512x2048xf32> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg82: tensor<2048x2048xf32> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg83: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg84: tensor<8192x2048xf32> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg85: tensor<8192x2048xf32> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg86: tensor<2048x8192xf32> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg87: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg88: tensor<2048x2048xf32> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg89: tensor<512x2048xf32> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg90: tensor<512x2048xf32> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg91: tensor<2048x2048xf32> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg92: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg93: tensor<8192x2048xf32> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg94: tensor<8192x2048xf32> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg95: tensor<2048x8192xf32> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg96: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg97: tensor<2048x2048xf32> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg98: tensor<512x2048xf32> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg99: tensor<512x2048xf32> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg100: tensor<2048x2048xf32> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg101: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg102: tensor<8192x2048xf32> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg103: tensor<8192x2048xf32> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg104: tensor<2048x8192xf32> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg105: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg106: tensor<2048x2048xf32> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg107: tensor<512x2048xf32> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg108: tensor<512x2048xf32> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg109: tensor<2048x2048xf32> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg110: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg111: tensor<8192x2048xf32> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg112: tensor<8192x2048xf32> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg113: tensor<2048x8192xf32> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg114: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg115: tensor<2048x2048xf32> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg116: tensor<512x2048xf32> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg117: tensor<512x2048xf32> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg118: tensor<2048x2048xf32> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg119: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg120: tensor<8192x2048xf32> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg121: tensor<8192x2048xf32> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg122: tensor<2048x8192xf32> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg123: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg124: tensor<2048x2048xf32> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg125: tensor<512x2048xf32> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg126: tensor<512x2048xf32> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg127: tensor<2048x2048xf32> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg128: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg129: tensor<8192x2048xf32> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg130: tensor<8192x2048xf32> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg131: tensor<2048x8192xf32> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg132: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg133: tensor<2048x2048xf32> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg134: tensor<512x2048xf32> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg135: tensor<512x2048xf32> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg136: tensor<2048x2048xf32> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg137: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg138: tensor<8192x2048xf32> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg139: tensor<8192x2048xf32> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg140: tensor<2048x8192xf32> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg141: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg142: tensor<2048x2048xf32> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg143: tensor<512x2048xf32> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg144: tensor<512x2048xf32> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg145: tensor<2048x2048xf32> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg146: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg147: tensor<8192x2048xf32> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg148: tensor<8192x2048xf32> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg149: tensor<2048x8192xf32> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg150: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache"}, tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.iota dim = 0 : tensor<8xi32>
    %1 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.add %1, %0 : tensor<8xi32>
    %3 = stablehlo.constant dense<-1> : tensor<i32>
    %4 = stablehlo.add %arg2, %3 : tensor<i32>
    %5 = stablehlo.add %arg1, %arg2 : tensor<i32>
    %6 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %7 = "stablehlo.gather"(%arg5, %6) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2048>} : (tensor<128256x2048xf32>, tensor<8x1xi32>) -> tensor<8x2048xf32>
    %8 = stablehlo.convert %7 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %9 = stablehlo.convert %8 : (tensor<8x2048xbf16>) -> tensor<8x2048xf32>
    %10 = stablehlo.composite "mlxla.rms_norm" %9, %arg6 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %11 = stablehlo.convert %arg7 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %12 = stablehlo.convert %10 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %13 = stablehlo.dot_general %12, %11, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %14 = stablehlo.reshape %13 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %15 = stablehlo.composite "mlxla.rope" %14, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %16 = stablehlo.convert %arg8 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %17 = stablehlo.convert %10 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %18 = stablehlo.dot_general %17, %16, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %19 = stablehlo.reshape %18 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %20 = stablehlo.composite "mlxla.rope" %19, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %21 = stablehlo.convert %arg9 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %22 = stablehlo.convert %10 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %23 = stablehlo.dot_general %22, %21, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %24 = stablehlo.reshape %23 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %25 = stablehlo.convert %20 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %26 = stablehlo.convert %24 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %27 = stablehlo.constant dense<0> : tensor<i32>
    %28 = stablehlo.constant dense<0> : tensor<i32>
    %29 = stablehlo.constant dense<0> : tensor<i32>
    %30 = stablehlo.reshape %25 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %31 = stablehlo.dynamic_update_slice %arg3, %30, %27, %29, %arg1, %28, %28 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %32 = stablehlo.reshape %26 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %33 = stablehlo.dynamic_update_slice %arg4, %32, %27, %29, %arg1, %28, %28 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %34 = stablehlo.slice %33 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %35 = stablehlo.reshape %34 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %36 = stablehlo.slice %31 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %37 = stablehlo.reshape %36 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %38 = stablehlo.composite "mlxla.attention" %15, %37, %35, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %39 = stablehlo.reshape %38 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %40 = stablehlo.convert %arg10 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %41 = stablehlo.convert %39 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %42 = stablehlo.dot_general %41, %40, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %43 = stablehlo.add %9, %42 : tensor<8x2048xf32>
    %44 = stablehlo.composite "mlxla.rms_norm" %43, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %45 = stablehlo.convert %arg12 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %46 = stablehlo.convert %44 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %47 = stablehlo.dot_general %46, %45, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %48 = stablehlo.convert %arg13 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %49 = stablehlo.convert %44 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %50 = stablehlo.dot_general %49, %48, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %51 = stablehlo.logistic %47 : tensor<8x8192xf32>
    %52 = stablehlo.multiply %47, %51 : tensor<8x8192xf32>
    %53 = stablehlo.multiply %52, %50 : tensor<8x8192xf32>
    %54 = stablehlo.convert %arg14 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %55 = stablehlo.convert %53 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %56 = stablehlo.dot_general %55, %54, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %57 = stablehlo.add %43, %56 : tensor<8x2048xf32>
    %58 = stablehlo.composite "mlxla.rms_norm" %57, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %59 = stablehlo.convert %arg16 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %60 = stablehlo.convert %58 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %61 = stablehlo.dot_general %60, %59, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %62 = stablehlo.reshape %61 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %63 = stablehlo.composite "mlxla.rope" %62, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %64 = stablehlo.convert %arg17 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %65 = stablehlo.convert %58 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %66 = stablehlo.dot_general %65, %64, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %67 = stablehlo.reshape %66 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %68 = stablehlo.composite "mlxla.rope" %67, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %69 = stablehlo.convert %arg18 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %70 = stablehlo.convert %58 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %71 = stablehlo.dot_general %70, %69, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %72 = stablehlo.reshape %71 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %73 = stablehlo.convert %68 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %74 = stablehlo.convert %72 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %75 = stablehlo.constant dense<1> : tensor<i32>
    %76 = stablehlo.constant dense<0> : tensor<i32>
    %77 = stablehlo.constant dense<0> : tensor<i32>
    %78 = stablehlo.reshape %73 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %79 = stablehlo.dynamic_update_slice %31, %78, %75, %77, %arg1, %76, %76 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %80 = stablehlo.reshape %74 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %81 = stablehlo.dynamic_update_slice %33, %80, %75, %77, %arg1, %76, %76 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %82 = stablehlo.slice %81 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %83 = stablehlo.reshape %82 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %84 = stablehlo.slice %79 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %85 = stablehlo.reshape %84 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %86 = stablehlo.composite "mlxla.attention" %63, %85, %83, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %87 = stablehlo.reshape %86 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %88 = stablehlo.convert %arg19 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %89 = stablehlo.convert %87 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %90 = stablehlo.dot_general %89, %88, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %91 = stablehlo.add %57, %90 : tensor<8x2048xf32>
    %92 = stablehlo.composite "mlxla.rms_norm" %91, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %93 = stablehlo.convert %arg21 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %94 = stablehlo.convert %92 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %95 = stablehlo.dot_general %94, %93, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %96 = stablehlo.convert %arg22 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %97 = stablehlo.convert %92 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %98 = stablehlo.dot_general %97, %96, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %99 = stablehlo.logistic %95 : tensor<8x8192xf32>
    %100 = stablehlo.multiply %95, %99 : tensor<8x8192xf32>
    %101 = stablehlo.multiply %100, %98 : tensor<8x8192xf32>
    %102 = stablehlo.convert %arg23 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %103 = stablehlo.convert %101 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %104 = stablehlo.dot_general %103, %102, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %105 = stablehlo.add %91, %104 : tensor<8x2048xf32>
    %106 = stablehlo.composite "mlxla.rms_norm" %105, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %107 = stablehlo.convert %arg25 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %108 = stablehlo.convert %106 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %109 = stablehlo.dot_general %108, %107, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %110 = stablehlo.reshape %109 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %111 = stablehlo.composite "mlxla.rope" %110, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %112 = stablehlo.convert %arg26 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %113 = stablehlo.convert %106 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %114 = stablehlo.dot_general %113, %112, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %115 = stablehlo.reshape %114 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %116 = stablehlo.composite "mlxla.rope" %115, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %117 = stablehlo.convert %arg27 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %118 = stablehlo.convert %106 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %119 = stablehlo.dot_general %118, %117, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %120 = stablehlo.reshape %119 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %121 = stablehlo.convert %116 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %122 = stablehlo.convert %120 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %123 = stablehlo.constant dense<2> : tensor<i32>
    %124 = stablehlo.constant dense<0> : tensor<i32>
    %125 = stablehlo.constant dense<0> : tensor<i32>
    %126 = stablehlo.reshape %121 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %127 = stablehlo.dynamic_update_slice %79, %126, %123, %125, %arg1, %124, %124 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %128 = stablehlo.reshape %122 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %129 = stablehlo.dynamic_update_slice %81, %128, %123, %125, %arg1, %124, %124 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %130 = stablehlo.slice %129 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %131 = stablehlo.reshape %130 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %132 = stablehlo.slice %127 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %133 = stablehlo.reshape %132 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %134 = stablehlo.composite "mlxla.attention" %111, %133, %131, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %135 = stablehlo.reshape %134 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %136 = stablehlo.convert %arg28 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %137 = stablehlo.convert %135 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %138 = stablehlo.dot_general %137, %136, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %139 = stablehlo.add %105, %138 : tensor<8x2048xf32>
    %140 = stablehlo.composite "mlxla.rms_norm" %139, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %141 = stablehlo.convert %arg30 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %142 = stablehlo.convert %140 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %143 = stablehlo.dot_general %142, %141, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %144 = stablehlo.convert %arg31 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %145 = stablehlo.convert %140 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %146 = stablehlo.dot_general %145, %144, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %147 = stablehlo.logistic %143 : tensor<8x8192xf32>
    %148 = stablehlo.multiply %143, %147 : tensor<8x8192xf32>
    %149 = stablehlo.multiply %148, %146 : tensor<8x8192xf32>
    %150 = stablehlo.convert %arg32 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %151 = stablehlo.convert %149 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %152 = stablehlo.dot_general %151, %150, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %153 = stablehlo.add %139, %152 : tensor<8x2048xf32>
    %154 = stablehlo.composite "mlxla.rms_norm" %153, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %155 = stablehlo.convert %arg34 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %156 = stablehlo.convert %154 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %157 = stablehlo.dot_general %156, %155, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %158 = stablehlo.reshape %157 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %159 = stablehlo.composite "mlxla.rope" %158, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %160 = stablehlo.convert %arg35 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %161 = stablehlo.convert %154 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %162 = stablehlo.dot_general %161, %160, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %163 = stablehlo.reshape %162 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %164 = stablehlo.composite "mlxla.rope" %163, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %165 = stablehlo.convert %arg36 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %166 = stablehlo.convert %154 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %167 = stablehlo.dot_general %166, %165, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %168 = stablehlo.reshape %167 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %169 = stablehlo.convert %164 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %170 = stablehlo.convert %168 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %171 = stablehlo.constant dense<3> : tensor<i32>
    %172 = stablehlo.constant dense<0> : tensor<i32>
    %173 = stablehlo.constant dense<0> : tensor<i32>
    %174 = stablehlo.reshape %169 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %175 = stablehlo.dynamic_update_slice %127, %174, %171, %173, %arg1, %172, %172 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %176 = stablehlo.reshape %170 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %177 = stablehlo.dynamic_update_slice %129, %176, %171, %173, %arg1, %172, %172 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %178 = stablehlo.slice %177 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %179 = stablehlo.reshape %178 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %180 = stablehlo.slice %175 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %181 = stablehlo.reshape %180 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %182 = stablehlo.composite "mlxla.attention" %159, %181, %179, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %183 = stablehlo.reshape %182 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %184 = stablehlo.convert %arg37 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %185 = stablehlo.convert %183 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %186 = stablehlo.dot_general %185, %184, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %187 = stablehlo.add %153, %186 : tensor<8x2048xf32>
    %188 = stablehlo.composite "mlxla.rms_norm" %187, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %189 = stablehlo.convert %arg39 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %190 = stablehlo.convert %188 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %191 = stablehlo.dot_general %190, %189, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %192 = stablehlo.convert %arg40 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %193 = stablehlo.convert %188 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %194 = stablehlo.dot_general %193, %192, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %195 = stablehlo.logistic %191 : tensor<8x8192xf32>
    %196 = stablehlo.multiply %191, %195 : tensor<8x8192xf32>
    %197 = stablehlo.multiply %196, %194 : tensor<8x8192xf32>
    %198 = stablehlo.convert %arg41 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %199 = stablehlo.convert %197 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %200 = stablehlo.dot_general %199, %198, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %201 = stablehlo.add %187, %200 : tensor<8x2048xf32>
    %202 = stablehlo.composite "mlxla.rms_norm" %201, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %203 = stablehlo.convert %arg43 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %204 = stablehlo.convert %202 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %205 = stablehlo.dot_general %204, %203, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %206 = stablehlo.reshape %205 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %207 = stablehlo.composite "mlxla.rope" %206, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %208 = stablehlo.convert %arg44 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %209 = stablehlo.convert %202 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %210 = stablehlo.dot_general %209, %208, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %211 = stablehlo.reshape %210 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %212 = stablehlo.composite "mlxla.rope" %211, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %213 = stablehlo.convert %arg45 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %214 = stablehlo.convert %202 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %215 = stablehlo.dot_general %214, %213, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %216 = stablehlo.reshape %215 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %217 = stablehlo.convert %212 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %218 = stablehlo.convert %216 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %219 = stablehlo.constant dense<4> : tensor<i32>
    %220 = stablehlo.constant dense<0> : tensor<i32>
    %221 = stablehlo.constant dense<0> : tensor<i32>
    %222 = stablehlo.reshape %217 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %223 = stablehlo.dynamic_update_slice %175, %222, %219, %221, %arg1, %220, %220 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %224 = stablehlo.reshape %218 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %225 = stablehlo.dynamic_update_slice %177, %224, %219, %221, %arg1, %220, %220 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %226 = stablehlo.slice %225 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %227 = stablehlo.reshape %226 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %228 = stablehlo.slice %223 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %229 = stablehlo.reshape %228 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %230 = stablehlo.composite "mlxla.attention" %207, %229, %227, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %231 = stablehlo.reshape %230 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %232 = stablehlo.convert %arg46 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %233 = stablehlo.convert %231 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %234 = stablehlo.dot_general %233, %232, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %235 = stablehlo.add %201, %234 : tensor<8x2048xf32>
    %236 = stablehlo.composite "mlxla.rms_norm" %235, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %237 = stablehlo.convert %arg48 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %238 = stablehlo.convert %236 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %239 = stablehlo.dot_general %238, %237, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %240 = stablehlo.convert %arg49 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %241 = stablehlo.convert %236 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %242 = stablehlo.dot_general %241, %240, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %243 = stablehlo.logistic %239 : tensor<8x8192xf32>
    %244 = stablehlo.multiply %239, %243 : tensor<8x8192xf32>
    %245 = stablehlo.multiply %244, %242 : tensor<8x8192xf32>
    %246 = stablehlo.convert %arg50 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %247 = stablehlo.convert %245 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %248 = stablehlo.dot_general %247, %246, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %249 = stablehlo.add %235, %248 : tensor<8x2048xf32>
    %250 = stablehlo.composite "mlxla.rms_norm" %249, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %251 = stablehlo.convert %arg52 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %252 = stablehlo.convert %250 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %253 = stablehlo.dot_general %252, %251, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %254 = stablehlo.reshape %253 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %255 = stablehlo.composite "mlxla.rope" %254, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %256 = stablehlo.convert %arg53 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %257 = stablehlo.convert %250 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %258 = stablehlo.dot_general %257, %256, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %259 = stablehlo.reshape %258 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %260 = stablehlo.composite "mlxla.rope" %259, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %261 = stablehlo.convert %arg54 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %262 = stablehlo.convert %250 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %263 = stablehlo.dot_general %262, %261, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %264 = stablehlo.reshape %263 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %265 = stablehlo.convert %260 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %266 = stablehlo.convert %264 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %267 = stablehlo.constant dense<5> : tensor<i32>
    %268 = stablehlo.constant dense<0> : tensor<i32>
    %269 = stablehlo.constant dense<0> : tensor<i32>
    %270 = stablehlo.reshape %265 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %271 = stablehlo.dynamic_update_slice %223, %270, %267, %269, %arg1, %268, %268 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %272 = stablehlo.reshape %266 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %273 = stablehlo.dynamic_update_slice %225, %272, %267, %269, %arg1, %268, %268 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %274 = stablehlo.slice %273 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %275 = stablehlo.reshape %274 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %276 = stablehlo.slice %271 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %277 = stablehlo.reshape %276 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %278 = stablehlo.composite "mlxla.attention" %255, %277, %275, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %279 = stablehlo.reshape %278 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %280 = stablehlo.convert %arg55 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %281 = stablehlo.convert %279 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %282 = stablehlo.dot_general %281, %280, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %283 = stablehlo.add %249, %282 : tensor<8x2048xf32>
    %284 = stablehlo.composite "mlxla.rms_norm" %283, %arg56 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %285 = stablehlo.convert %arg57 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %286 = stablehlo.convert %284 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %287 = stablehlo.dot_general %286, %285, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %288 = stablehlo.convert %arg58 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %289 = stablehlo.convert %284 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %290 = stablehlo.dot_general %289, %288, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %291 = stablehlo.logistic %287 : tensor<8x8192xf32>
    %292 = stablehlo.multiply %287, %291 : tensor<8x8192xf32>
    %293 = stablehlo.multiply %292, %290 : tensor<8x8192xf32>
    %294 = stablehlo.convert %arg59 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %295 = stablehlo.convert %293 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %296 = stablehlo.dot_general %295, %294, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %297 = stablehlo.add %283, %296 : tensor<8x2048xf32>
    %298 = stablehlo.composite "mlxla.rms_norm" %297, %arg60 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %299 = stablehlo.convert %arg61 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %300 = stablehlo.convert %298 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %301 = stablehlo.dot_general %300, %299, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %302 = stablehlo.reshape %301 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %303 = stablehlo.composite "mlxla.rope" %302, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %304 = stablehlo.convert %arg62 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %305 = stablehlo.convert %298 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %306 = stablehlo.dot_general %305, %304, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %307 = stablehlo.reshape %306 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %308 = stablehlo.composite "mlxla.rope" %307, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %309 = stablehlo.convert %arg63 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %310 = stablehlo.convert %298 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %311 = stablehlo.dot_general %310, %309, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %312 = stablehlo.reshape %311 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %313 = stablehlo.convert %308 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %314 = stablehlo.convert %312 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %315 = stablehlo.constant dense<6> : tensor<i32>
    %316 = stablehlo.constant dense<0> : tensor<i32>
    %317 = stablehlo.constant dense<0> : tensor<i32>
    %318 = stablehlo.reshape %313 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %319 = stablehlo.dynamic_update_slice %271, %318, %315, %317, %arg1, %316, %316 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %320 = stablehlo.reshape %314 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %321 = stablehlo.dynamic_update_slice %273, %320, %315, %317, %arg1, %316, %316 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %322 = stablehlo.slice %321 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %323 = stablehlo.reshape %322 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %324 = stablehlo.slice %319 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %325 = stablehlo.reshape %324 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %326 = stablehlo.composite "mlxla.attention" %303, %325, %323, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %327 = stablehlo.reshape %326 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %328 = stablehlo.convert %arg64 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %329 = stablehlo.convert %327 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %330 = stablehlo.dot_general %329, %328, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %331 = stablehlo.add %297, %330 : tensor<8x2048xf32>
    %332 = stablehlo.composite "mlxla.rms_norm" %331, %arg65 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %333 = stablehlo.convert %arg66 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %334 = stablehlo.convert %332 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %335 = stablehlo.dot_general %334, %333, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %336 = stablehlo.convert %arg67 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %337 = stablehlo.convert %332 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %338 = stablehlo.dot_general %337, %336, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %339 = stablehlo.logistic %335 : tensor<8x8192xf32>
    %340 = stablehlo.multiply %335, %339 : tensor<8x8192xf32>
    %341 = stablehlo.multiply %340, %338 : tensor<8x8192xf32>
    %342 = stablehlo.convert %arg68 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %343 = stablehlo.convert %341 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %344 = stablehlo.dot_general %343, %342, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %345 = stablehlo.add %331, %344 : tensor<8x2048xf32>
    %346 = stablehlo.composite "mlxla.rms_norm" %345, %arg69 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %347 = stablehlo.convert %arg70 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %348 = stablehlo.convert %346 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %349 = stablehlo.dot_general %348, %347, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %350 = stablehlo.reshape %349 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %351 = stablehlo.composite "mlxla.rope" %350, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %352 = stablehlo.convert %arg71 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %353 = stablehlo.convert %346 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %354 = stablehlo.dot_general %353, %352, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %355 = stablehlo.reshape %354 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %356 = stablehlo.composite "mlxla.rope" %355, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %357 = stablehlo.convert %arg72 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %358 = stablehlo.convert %346 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %359 = stablehlo.dot_general %358, %357, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %360 = stablehlo.reshape %359 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %361 = stablehlo.convert %356 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %362 = stablehlo.convert %360 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %363 = stablehlo.constant dense<7> : tensor<i32>
    %364 = stablehlo.constant dense<0> : tensor<i32>
    %365 = stablehlo.constant dense<0> : tensor<i32>
    %366 = stablehlo.reshape %361 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %367 = stablehlo.dynamic_update_slice %319, %366, %363, %365, %arg1, %364, %364 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %368 = stablehlo.reshape %362 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %369 = stablehlo.dynamic_update_slice %321, %368, %363, %365, %arg1, %364, %364 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %370 = stablehlo.slice %369 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %371 = stablehlo.reshape %370 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %372 = stablehlo.slice %367 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %373 = stablehlo.reshape %372 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %374 = stablehlo.composite "mlxla.attention" %351, %373, %371, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %375 = stablehlo.reshape %374 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %376 = stablehlo.convert %arg73 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %377 = stablehlo.convert %375 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %378 = stablehlo.dot_general %377, %376, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %379 = stablehlo.add %345, %378 : tensor<8x2048xf32>
    %380 = stablehlo.composite "mlxla.rms_norm" %379, %arg74 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %381 = stablehlo.convert %arg75 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %382 = stablehlo.convert %380 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %383 = stablehlo.dot_general %382, %381, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %384 = stablehlo.convert %arg76 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %385 = stablehlo.convert %380 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %386 = stablehlo.dot_general %385, %384, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %387 = stablehlo.logistic %383 : tensor<8x8192xf32>
    %388 = stablehlo.multiply %383, %387 : tensor<8x8192xf32>
    %389 = stablehlo.multiply %388, %386 : tensor<8x8192xf32>
    %390 = stablehlo.convert %arg77 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %391 = stablehlo.convert %389 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %392 = stablehlo.dot_general %391, %390, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %393 = stablehlo.add %379, %392 : tensor<8x2048xf32>
    %394 = stablehlo.composite "mlxla.rms_norm" %393, %arg78 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %395 = stablehlo.convert %arg79 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %396 = stablehlo.convert %394 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %397 = stablehlo.dot_general %396, %395, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %398 = stablehlo.reshape %397 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %399 = stablehlo.composite "mlxla.rope" %398, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %400 = stablehlo.convert %arg80 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %401 = stablehlo.convert %394 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %402 = stablehlo.dot_general %401, %400, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %403 = stablehlo.reshape %402 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %404 = stablehlo.composite "mlxla.rope" %403, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %405 = stablehlo.convert %arg81 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %406 = stablehlo.convert %394 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %407 = stablehlo.dot_general %406, %405, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %408 = stablehlo.reshape %407 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %409 = stablehlo.convert %404 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %410 = stablehlo.convert %408 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %411 = stablehlo.constant dense<8> : tensor<i32>
    %412 = stablehlo.constant dense<0> : tensor<i32>
    %413 = stablehlo.constant dense<0> : tensor<i32>
    %414 = stablehlo.reshape %409 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %415 = stablehlo.dynamic_update_slice %367, %414, %411, %413, %arg1, %412, %412 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %416 = stablehlo.reshape %410 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %417 = stablehlo.dynamic_update_slice %369, %416, %411, %413, %arg1, %412, %412 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %418 = stablehlo.slice %417 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %419 = stablehlo.reshape %418 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %420 = stablehlo.slice %415 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %421 = stablehlo.reshape %420 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %422 = stablehlo.composite "mlxla.attention" %399, %421, %419, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %423 = stablehlo.reshape %422 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %424 = stablehlo.convert %arg82 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %425 = stablehlo.convert %423 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %426 = stablehlo.dot_general %425, %424, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %427 = stablehlo.add %393, %426 : tensor<8x2048xf32>
    %428 = stablehlo.composite "mlxla.rms_norm" %427, %arg83 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %429 = stablehlo.convert %arg84 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %430 = stablehlo.convert %428 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %431 = stablehlo.dot_general %430, %429, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %432 = stablehlo.convert %arg85 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %433 = stablehlo.convert %428 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %434 = stablehlo.dot_general %433, %432, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %435 = stablehlo.logistic %431 : tensor<8x8192xf32>
    %436 = stablehlo.multiply %431, %435 : tensor<8x8192xf32>
    %437 = stablehlo.multiply %436, %434 : tensor<8x8192xf32>
    %438 = stablehlo.convert %arg86 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %439 = stablehlo.convert %437 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %440 = stablehlo.dot_general %439, %438, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %441 = stablehlo.add %427, %440 : tensor<8x2048xf32>
    %442 = stablehlo.composite "mlxla.rms_norm" %441, %arg87 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %443 = stablehlo.convert %arg88 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %444 = stablehlo.convert %442 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %445 = stablehlo.dot_general %444, %443, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %446 = stablehlo.reshape %445 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %447 = stablehlo.composite "mlxla.rope" %446, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %448 = stablehlo.convert %arg89 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %449 = stablehlo.convert %442 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %450 = stablehlo.dot_general %449, %448, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %451 = stablehlo.reshape %450 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %452 = stablehlo.composite "mlxla.rope" %451, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %453 = stablehlo.convert %arg90 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %454 = stablehlo.convert %442 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %455 = stablehlo.dot_general %454, %453, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %456 = stablehlo.reshape %455 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %457 = stablehlo.convert %452 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %458 = stablehlo.convert %456 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %459 = stablehlo.constant dense<9> : tensor<i32>
    %460 = stablehlo.constant dense<0> : tensor<i32>
    %461 = stablehlo.constant dense<0> : tensor<i32>
    %462 = stablehlo.reshape %457 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %463 = stablehlo.dynamic_update_slice %415, %462, %459, %461, %arg1, %460, %460 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %464 = stablehlo.reshape %458 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %465 = stablehlo.dynamic_update_slice %417, %464, %459, %461, %arg1, %460, %460 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %466 = stablehlo.slice %465 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %467 = stablehlo.reshape %466 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %468 = stablehlo.slice %463 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %469 = stablehlo.reshape %468 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %470 = stablehlo.composite "mlxla.attention" %447, %469, %467, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %471 = stablehlo.reshape %470 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %472 = stablehlo.convert %arg91 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %473 = stablehlo.convert %471 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %474 = stablehlo.dot_general %473, %472, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %475 = stablehlo.add %441, %474 : tensor<8x2048xf32>
    %476 = stablehlo.composite "mlxla.rms_norm" %475, %arg92 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %477 = stablehlo.convert %arg93 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %478 = stablehlo.convert %476 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %479 = stablehlo.dot_general %478, %477, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %480 = stablehlo.convert %arg94 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %481 = stablehlo.convert %476 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %482 = stablehlo.dot_general %481, %480, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %483 = stablehlo.logistic %479 : tensor<8x8192xf32>
    %484 = stablehlo.multiply %479, %483 : tensor<8x8192xf32>
    %485 = stablehlo.multiply %484, %482 : tensor<8x8192xf32>
    %486 = stablehlo.convert %arg95 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %487 = stablehlo.convert %485 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %488 = stablehlo.dot_general %487, %486, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %489 = stablehlo.add %475, %488 : tensor<8x2048xf32>
    %490 = stablehlo.composite "mlxla.rms_norm" %489, %arg96 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %491 = stablehlo.convert %arg97 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %492 = stablehlo.convert %490 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %493 = stablehlo.dot_general %492, %491, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %494 = stablehlo.reshape %493 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %495 = stablehlo.composite "mlxla.rope" %494, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %496 = stablehlo.convert %arg98 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %497 = stablehlo.convert %490 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %498 = stablehlo.dot_general %497, %496, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %499 = stablehlo.reshape %498 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %500 = stablehlo.composite "mlxla.rope" %499, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %501 = stablehlo.convert %arg99 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %502 = stablehlo.convert %490 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %503 = stablehlo.dot_general %502, %501, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %504 = stablehlo.reshape %503 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %505 = stablehlo.convert %500 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %506 = stablehlo.convert %504 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %507 = stablehlo.constant dense<10> : tensor<i32>
    %508 = stablehlo.constant dense<0> : tensor<i32>
    %509 = stablehlo.constant dense<0> : tensor<i32>
    %510 = stablehlo.reshape %505 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %511 = stablehlo.dynamic_update_slice %463, %510, %507, %509, %arg1, %508, %508 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %512 = stablehlo.reshape %506 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %513 = stablehlo.dynamic_update_slice %465, %512, %507, %509, %arg1, %508, %508 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %514 = stablehlo.slice %513 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %515 = stablehlo.reshape %514 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %516 = stablehlo.slice %511 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %517 = stablehlo.reshape %516 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %518 = stablehlo.composite "mlxla.attention" %495, %517, %515, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %519 = stablehlo.reshape %518 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %520 = stablehlo.convert %arg100 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %521 = stablehlo.convert %519 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %522 = stablehlo.dot_general %521, %520, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %523 = stablehlo.add %489, %522 : tensor<8x2048xf32>
    %524 = stablehlo.composite "mlxla.rms_norm" %523, %arg101 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %525 = stablehlo.convert %arg102 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %526 = stablehlo.convert %524 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %527 = stablehlo.dot_general %526, %525, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %528 = stablehlo.convert %arg103 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %529 = stablehlo.convert %524 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %530 = stablehlo.dot_general %529, %528, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %531 = stablehlo.logistic %527 : tensor<8x8192xf32>
    %532 = stablehlo.multiply %527, %531 : tensor<8x8192xf32>
    %533 = stablehlo.multiply %532, %530 : tensor<8x8192xf32>
    %534 = stablehlo.convert %arg104 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %535 = stablehlo.convert %533 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %536 = stablehlo.dot_general %535, %534, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %537 = stablehlo.add %523, %536 : tensor<8x2048xf32>
    %538 = stablehlo.composite "mlxla.rms_norm" %537, %arg105 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %539 = stablehlo.convert %arg106 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %540 = stablehlo.convert %538 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %541 = stablehlo.dot_general %540, %539, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %542 = stablehlo.reshape %541 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %543 = stablehlo.composite "mlxla.rope" %542, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %544 = stablehlo.convert %arg107 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %545 = stablehlo.convert %538 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %546 = stablehlo.dot_general %545, %544, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %547 = stablehlo.reshape %546 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %548 = stablehlo.composite "mlxla.rope" %547, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %549 = stablehlo.convert %arg108 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %550 = stablehlo.convert %538 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %551 = stablehlo.dot_general %550, %549, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %552 = stablehlo.reshape %551 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %553 = stablehlo.convert %548 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %554 = stablehlo.convert %552 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %555 = stablehlo.constant dense<11> : tensor<i32>
    %556 = stablehlo.constant dense<0> : tensor<i32>
    %557 = stablehlo.constant dense<0> : tensor<i32>
    %558 = stablehlo.reshape %553 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %559 = stablehlo.dynamic_update_slice %511, %558, %555, %557, %arg1, %556, %556 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %560 = stablehlo.reshape %554 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %561 = stablehlo.dynamic_update_slice %513, %560, %555, %557, %arg1, %556, %556 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %562 = stablehlo.slice %561 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %563 = stablehlo.reshape %562 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %564 = stablehlo.slice %559 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %565 = stablehlo.reshape %564 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %566 = stablehlo.composite "mlxla.attention" %543, %565, %563, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %567 = stablehlo.reshape %566 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %568 = stablehlo.convert %arg109 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %569 = stablehlo.convert %567 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %570 = stablehlo.dot_general %569, %568, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %571 = stablehlo.add %537, %570 : tensor<8x2048xf32>
    %572 = stablehlo.composite "mlxla.rms_norm" %571, %arg110 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %573 = stablehlo.convert %arg111 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %574 = stablehlo.convert %572 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %575 = stablehlo.dot_general %574, %573, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %576 = stablehlo.convert %arg112 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %577 = stablehlo.convert %572 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %578 = stablehlo.dot_general %577, %576, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %579 = stablehlo.logistic %575 : tensor<8x8192xf32>
    %580 = stablehlo.multiply %575, %579 : tensor<8x8192xf32>
    %581 = stablehlo.multiply %580, %578 : tensor<8x8192xf32>
    %582 = stablehlo.convert %arg113 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %583 = stablehlo.convert %581 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %584 = stablehlo.dot_general %583, %582, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %585 = stablehlo.add %571, %584 : tensor<8x2048xf32>
    %586 = stablehlo.composite "mlxla.rms_norm" %585, %arg114 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %587 = stablehlo.convert %arg115 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %588 = stablehlo.convert %586 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %589 = stablehlo.dot_general %588, %587, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %590 = stablehlo.reshape %589 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %591 = stablehlo.composite "mlxla.rope" %590, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %592 = stablehlo.convert %arg116 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %593 = stablehlo.convert %586 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %594 = stablehlo.dot_general %593, %592, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %595 = stablehlo.reshape %594 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %596 = stablehlo.composite "mlxla.rope" %595, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %597 = stablehlo.convert %arg117 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %598 = stablehlo.convert %586 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %599 = stablehlo.dot_general %598, %597, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %600 = stablehlo.reshape %599 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %601 = stablehlo.convert %596 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %602 = stablehlo.convert %600 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %603 = stablehlo.constant dense<12> : tensor<i32>
    %604 = stablehlo.constant dense<0> : tensor<i32>
    %605 = stablehlo.constant dense<0> : tensor<i32>
    %606 = stablehlo.reshape %601 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %607 = stablehlo.dynamic_update_slice %559, %606, %603, %605, %arg1, %604, %604 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %608 = stablehlo.reshape %602 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %609 = stablehlo.dynamic_update_slice %561, %608, %603, %605, %arg1, %604, %604 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %610 = stablehlo.slice %609 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %611 = stablehlo.reshape %610 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %612 = stablehlo.slice %607 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %613 = stablehlo.reshape %612 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %614 = stablehlo.composite "mlxla.attention" %591, %613, %611, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %615 = stablehlo.reshape %614 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %616 = stablehlo.convert %arg118 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %617 = stablehlo.convert %615 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %618 = stablehlo.dot_general %617, %616, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %619 = stablehlo.add %585, %618 : tensor<8x2048xf32>
    %620 = stablehlo.composite "mlxla.rms_norm" %619, %arg119 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %621 = stablehlo.convert %arg120 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %622 = stablehlo.convert %620 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %623 = stablehlo.dot_general %622, %621, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %624 = stablehlo.convert %arg121 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %625 = stablehlo.convert %620 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %626 = stablehlo.dot_general %625, %624, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %627 = stablehlo.logistic %623 : tensor<8x8192xf32>
    %628 = stablehlo.multiply %623, %627 : tensor<8x8192xf32>
    %629 = stablehlo.multiply %628, %626 : tensor<8x8192xf32>
    %630 = stablehlo.convert %arg122 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %631 = stablehlo.convert %629 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %632 = stablehlo.dot_general %631, %630, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %633 = stablehlo.add %619, %632 : tensor<8x2048xf32>
    %634 = stablehlo.composite "mlxla.rms_norm" %633, %arg123 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %635 = stablehlo.convert %arg124 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %636 = stablehlo.convert %634 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %637 = stablehlo.dot_general %636, %635, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %638 = stablehlo.reshape %637 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %639 = stablehlo.composite "mlxla.rope" %638, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %640 = stablehlo.convert %arg125 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %641 = stablehlo.convert %634 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %642 = stablehlo.dot_general %641, %640, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %643 = stablehlo.reshape %642 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %644 = stablehlo.composite "mlxla.rope" %643, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %645 = stablehlo.convert %arg126 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %646 = stablehlo.convert %634 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %647 = stablehlo.dot_general %646, %645, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %648 = stablehlo.reshape %647 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %649 = stablehlo.convert %644 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %650 = stablehlo.convert %648 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %651 = stablehlo.constant dense<13> : tensor<i32>
    %652 = stablehlo.constant dense<0> : tensor<i32>
    %653 = stablehlo.constant dense<0> : tensor<i32>
    %654 = stablehlo.reshape %649 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %655 = stablehlo.dynamic_update_slice %607, %654, %651, %653, %arg1, %652, %652 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %656 = stablehlo.reshape %650 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %657 = stablehlo.dynamic_update_slice %609, %656, %651, %653, %arg1, %652, %652 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %658 = stablehlo.slice %657 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %659 = stablehlo.reshape %658 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %660 = stablehlo.slice %655 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %661 = stablehlo.reshape %660 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %662 = stablehlo.composite "mlxla.attention" %639, %661, %659, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %663 = stablehlo.reshape %662 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %664 = stablehlo.convert %arg127 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %665 = stablehlo.convert %663 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %666 = stablehlo.dot_general %665, %664, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %667 = stablehlo.add %633, %666 : tensor<8x2048xf32>
    %668 = stablehlo.composite "mlxla.rms_norm" %667, %arg128 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %669 = stablehlo.convert %arg129 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %670 = stablehlo.convert %668 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %671 = stablehlo.dot_general %670, %669, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %672 = stablehlo.convert %arg130 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %673 = stablehlo.convert %668 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %674 = stablehlo.dot_general %673, %672, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %675 = stablehlo.logistic %671 : tensor<8x8192xf32>
    %676 = stablehlo.multiply %671, %675 : tensor<8x8192xf32>
    %677 = stablehlo.multiply %676, %674 : tensor<8x8192xf32>
    %678 = stablehlo.convert %arg131 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %679 = stablehlo.convert %677 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %680 = stablehlo.dot_general %679, %678, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %681 = stablehlo.add %667, %680 : tensor<8x2048xf32>
    %682 = stablehlo.composite "mlxla.rms_norm" %681, %arg132 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %683 = stablehlo.convert %arg133 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %684 = stablehlo.convert %682 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %685 = stablehlo.dot_general %684, %683, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %686 = stablehlo.reshape %685 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %687 = stablehlo.composite "mlxla.rope" %686, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %688 = stablehlo.convert %arg134 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %689 = stablehlo.convert %682 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %690 = stablehlo.dot_general %689, %688, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %691 = stablehlo.reshape %690 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %692 = stablehlo.composite "mlxla.rope" %691, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %693 = stablehlo.convert %arg135 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %694 = stablehlo.convert %682 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %695 = stablehlo.dot_general %694, %693, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %696 = stablehlo.reshape %695 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %697 = stablehlo.convert %692 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %698 = stablehlo.convert %696 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %699 = stablehlo.constant dense<14> : tensor<i32>
    %700 = stablehlo.constant dense<0> : tensor<i32>
    %701 = stablehlo.constant dense<0> : tensor<i32>
    %702 = stablehlo.reshape %697 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %703 = stablehlo.dynamic_update_slice %655, %702, %699, %701, %arg1, %700, %700 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %704 = stablehlo.reshape %698 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %705 = stablehlo.dynamic_update_slice %657, %704, %699, %701, %arg1, %700, %700 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %706 = stablehlo.slice %705 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %707 = stablehlo.reshape %706 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %708 = stablehlo.slice %703 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %709 = stablehlo.reshape %708 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %710 = stablehlo.composite "mlxla.attention" %687, %709, %707, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %711 = stablehlo.reshape %710 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %712 = stablehlo.convert %arg136 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %713 = stablehlo.convert %711 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %714 = stablehlo.dot_general %713, %712, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %715 = stablehlo.add %681, %714 : tensor<8x2048xf32>
    %716 = stablehlo.composite "mlxla.rms_norm" %715, %arg137 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %717 = stablehlo.convert %arg138 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %718 = stablehlo.convert %716 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %719 = stablehlo.dot_general %718, %717, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %720 = stablehlo.convert %arg139 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %721 = stablehlo.convert %716 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %722 = stablehlo.dot_general %721, %720, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %723 = stablehlo.logistic %719 : tensor<8x8192xf32>
    %724 = stablehlo.multiply %719, %723 : tensor<8x8192xf32>
    %725 = stablehlo.multiply %724, %722 : tensor<8x8192xf32>
    %726 = stablehlo.convert %arg140 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %727 = stablehlo.convert %725 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %728 = stablehlo.dot_general %727, %726, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %729 = stablehlo.add %715, %728 : tensor<8x2048xf32>
    %730 = stablehlo.composite "mlxla.rms_norm" %729, %arg141 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %731 = stablehlo.convert %arg142 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %732 = stablehlo.convert %730 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %733 = stablehlo.dot_general %732, %731, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %734 = stablehlo.reshape %733 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %735 = stablehlo.composite "mlxla.rope" %734, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %736 = stablehlo.convert %arg143 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %737 = stablehlo.convert %730 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %738 = stablehlo.dot_general %737, %736, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %739 = stablehlo.reshape %738 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %740 = stablehlo.composite "mlxla.rope" %739, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %741 = stablehlo.convert %arg144 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %742 = stablehlo.convert %730 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %743 = stablehlo.dot_general %742, %741, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %744 = stablehlo.reshape %743 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %745 = stablehlo.convert %740 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %746 = stablehlo.convert %744 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %747 = stablehlo.constant dense<15> : tensor<i32>
    %748 = stablehlo.constant dense<0> : tensor<i32>
    %749 = stablehlo.constant dense<0> : tensor<i32>
    %750 = stablehlo.reshape %745 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %751 = stablehlo.dynamic_update_slice %703, %750, %747, %749, %arg1, %748, %748 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %752 = stablehlo.reshape %746 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %753 = stablehlo.dynamic_update_slice %705, %752, %747, %749, %arg1, %748, %748 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %754 = stablehlo.slice %753 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %755 = stablehlo.reshape %754 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %756 = stablehlo.slice %751 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %757 = stablehlo.reshape %756 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %758 = stablehlo.composite "mlxla.attention" %735, %757, %755, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %759 = stablehlo.reshape %758 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %760 = stablehlo.convert %arg145 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %761 = stablehlo.convert %759 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %762 = stablehlo.dot_general %761, %760, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %763 = stablehlo.add %729, %762 : tensor<8x2048xf32>
    %764 = stablehlo.composite "mlxla.rms_norm" %763, %arg146 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %765 = stablehlo.convert %arg147 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %766 = stablehlo.convert %764 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %767 = stablehlo.dot_general %766, %765, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %768 = stablehlo.convert %arg148 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %769 = stablehlo.convert %764 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %770 = stablehlo.dot_general %769, %768, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %771 = stablehlo.logistic %767 : tensor<8x8192xf32>
    %772 = stablehlo.multiply %767, %771 : tensor<8x8192xf32>
    %773 = stablehlo.multiply %772, %770 : tensor<8x8192xf32>
    %774 = stablehlo.convert %arg149 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %775 = stablehlo.convert %773 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %776 = stablehlo.dot_general %775, %774, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %777 = stablehlo.add %763, %776 : tensor<8x2048xf32>
    %778 = stablehlo.constant dense<0> : tensor<i32>
    %779 = stablehlo.dynamic_slice %777, %4, %778, sizes = [1, 2048] : (tensor<8x2048xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2048xf32>
    %780 = stablehlo.composite "mlxla.rms_norm" %779, %arg150 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %781 = stablehlo.convert %arg5 : (tensor<128256x2048xf32>) -> tensor<128256x2048xbf16>
    %782 = stablehlo.convert %780 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %783 = stablehlo.dot_general %782, %781, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<128256x2048xbf16>) -> tensor<1x128256xf32>
    %784 = stablehlo.composite "mlxla.argmax" %783 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %784, %751, %753 : tensor<1xi32>, tensor<16x1x64x8x64xf16>, tensor<16x1x64x8x64xf16>
  }
  func.func private @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f(%arg0: tensor<8x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<2048xf32> {mlxla.name = "arg1"}) -> (tensor<8x2048xf32>) {
    %0 = stablehlo.constant dense<0.0> : tensor<f32>
    %1 = stablehlo.multiply %arg0, %arg0 : tensor<8x2048xf32>
    %2 = stablehlo.reduce(%1 init: %0) applies stablehlo.add across dimensions = [1] : (tensor<8x2048xf32>, tensor<f32>) -> tensor<8xf32>
    %3 = stablehlo.constant dense<2048.0> : tensor<8xf32>
    %4 = stablehlo.divide %2, %3 : tensor<8xf32>
    %5 = stablehlo.constant dense<1.0e-05> : tensor<8xf32>
    %6 = stablehlo.add %4, %5 : tensor<8xf32>
    %7 = stablehlo.rsqrt %6 : tensor<8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0] : (tensor<8xf32>) -> tensor<8x2048xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<8x2048xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<2048xf32>) -> tensor<8x2048xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<8x2048xf32>
    return %11 : tensor<8x2048xf32>
  }
  func.func private @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1(%arg0: tensor<8x32x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<8xi32> {mlxla.name = "arg1"}) -> (tensor<8x32x64xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.6636012, 0.4403666, 0.29222783, 0.19392274, 0.12868737, 0.0853971, 0.056669623, 0.03760603, 0.024955409, 0.01656044, 0.010989528, 0.0072926646, 0.0048394212, 0.003211446, 0.0012905479, 0.0004295568, 9.708288e-05, 1.9461639e-05, 1.29147675e-05, 8.570256e-06, 5.6872323e-06, 3.7740542e-06, 2.5044671e-06, 1.6619674e-06, 1.1028836e-06, 7.31875e-07, 4.856731e-07, 3.222933e-07, 2.1387423e-07, 1.419272e-07, 9.4183065e-08]> : tensor<32xf32>
    %1 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<8xf32>) -> tensor<8x32xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<8x32xf32>
    %5 = stablehlo.cosine %4 : tensor<8x32xf32>
    %6 = stablehlo.sine %4 : tensor<8x32xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x64xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x64xf32>) -> tensor<8x32x64xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x64xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x64xf32>) -> tensor<8x32x64xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:32, 0:32] : (tensor<8x32x64xf32>) -> tensor<8x32x32xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:32, 32:64] : (tensor<8x32x64xf32>) -> tensor<8x32x32xf32>
    %13 = stablehlo.negate %12 : tensor<8x32x32xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x32x32xf32>, tensor<8x32x32xf32>) -> tensor<8x32x64xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<8x32x64xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<8x32x64xf32>
    %17 = stablehlo.add %16, %15 : tensor<8x32x64xf32>
    return %17 : tensor<8x32x64xf32>
  }
  func.func private @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1(%arg0: tensor<8x8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<8xi32> {mlxla.name = "arg1"}) -> (tensor<8x8x64xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.6636012, 0.4403666, 0.29222783, 0.19392274, 0.12868737, 0.0853971, 0.056669623, 0.03760603, 0.024955409, 0.01656044, 0.010989528, 0.0072926646, 0.0048394212, 0.003211446, 0.0012905479, 0.0004295568, 9.708288e-05, 1.9461639e-05, 1.29147675e-05, 8.570256e-06, 5.6872323e-06, 3.7740542e-06, 2.5044671e-06, 1.6619674e-06, 1.1028836e-06, 7.31875e-07, 4.856731e-07, 3.222933e-07, 2.1387423e-07, 1.419272e-07, 9.4183065e-08]> : tensor<32xf32>
    %1 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<8xf32>) -> tensor<8x32xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<8x32xf32>
    %5 = stablehlo.cosine %4 : tensor<8x32xf32>
    %6 = stablehlo.sine %4 : tensor<8x32xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x64xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x64xf32>) -> tensor<8x8x64xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x64xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x64xf32>) -> tensor<8x8x64xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:8, 0:32] : (tensor<8x8x64xf32>) -> tensor<8x8x32xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:8, 32:64] : (tensor<8x8x64xf32>) -> tensor<8x8x32xf32>
    %13 = stablehlo.negate %12 : tensor<8x8x32xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x8x32xf32>, tensor<8x8x32xf32>) -> tensor<8x8x64xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<8x8x64xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<8x8x64xf32>
    %17 = stablehlo.add %16, %15 : tensor<8x8x64xf32>
    return %17 : tensor<8x8x64xf32>
  }
  func.func private @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a(%arg0: tensor<8x32x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x8x64xf16> {mlxla.name = "arg1"}, %arg2: tensor<64x8x64xf16> {mlxla.name = "arg2"}, %arg3: tensor<8xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<8x32x64xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<8x32x64xf32>) -> tensor<8x8x4x64xf32>
    %1 = stablehlo.convert %arg1 : (tensor<64x8x64xf16>) -> tensor<64x8x64xf32>
    %2 = stablehlo.convert %arg2 : (tensor<64x8x64xf16>) -> tensor<64x8x64xf32>
    %3 = stablehlo.dot_general %0, %1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x8x4x64xf32>, tensor<64x8x64xf32>) -> tensor<8x8x4x64xf32>
    %4 = stablehlo.constant dense<0.125> : tensor<8x8x4x64xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<8x8x4x64xf32>
    %6 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %7 = stablehlo.constant dense<1> : tensor<8xi32>
    %8 = stablehlo.add %arg3, %7 : tensor<8xi32>
    %9 = stablehlo.minimum %8, %6 : tensor<8xi32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<8xi32>) -> tensor<8x8x4x64xi32>
    %11 = stablehlo.iota dim = 3 : tensor<8x8x4x64xi32>
    %12 = stablehlo.compare LT, %11, %10 : (tensor<8x8x4x64xi32>, tensor<8x8x4x64xi32>) -> tensor<8x8x4x64xi1>
    %13 = stablehlo.constant dense<-3.4028235e+38> : tensor<8x8x4x64xf32>
    %14 = stablehlo.select %12, %5, %13 : tensor<8x8x4x64xi1>, tensor<8x8x4x64xf32>
    %15 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %16 = stablehlo.reduce(%14 init: %15) applies stablehlo.maximum across dimensions = [3] : (tensor<8x8x4x64xf32>, tensor<f32>) -> tensor<8x8x4xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 2] : (tensor<8x8x4xf32>) -> tensor<8x8x4x64xf32>
    %18 = stablehlo.subtract %14, %17 : tensor<8x8x4x64xf32>
    %19 = stablehlo.exponential %18 : tensor<8x8x4x64xf32>
    %20 = stablehlo.constant dense<0.0> : tensor<f32>
    %21 = stablehlo.reduce(%19 init: %20) applies stablehlo.add across dimensions = [3] : (tensor<8x8x4x64xf32>, tensor<f32>) -> tensor<8x8x4xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1, 2] : (tensor<8x8x4xf32>) -> tensor<8x8x4x64xf32>
    %23 = stablehlo.divide %19, %22 : tensor<8x8x4x64xf32>
    %24 = stablehlo.dot_general %23, %2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x8x4x64xf32>, tensor<64x8x64xf32>) -> tensor<8x8x4x64xf32>
    %25 = stablehlo.transpose %24, dims = [1, 0, 2, 3] : (tensor<8x8x4x64xf32>) -> tensor<8x8x4x64xf32>
    %26 = stablehlo.reshape %25 : (tensor<8x8x4x64xf32>) -> tensor<8x32x64xf32>
    return %26 : tensor<8x32x64xf32>
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
