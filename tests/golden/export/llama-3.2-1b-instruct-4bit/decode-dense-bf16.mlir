module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<16x1x64x8x64xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<16x1x64x8x64xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<128256x2048xf32> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<2048x2048xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<512x2048xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<512x2048xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<2048x2048xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<8192x2048xf32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<8192x2048xf32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<2048x8192xf32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<2048x2048xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<512x2048xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<512x2048xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<2048x2048xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<8192x2048xf32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<8192x2048xf32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<2048x8192xf32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<2048x2048xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<512x2048xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<512x2048xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<2048x2048xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<8192x2048xf32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<8192x2048xf32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<2048x8192xf32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<2048x2048xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<512x2048xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<512x2048xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<2048x2048xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<8192x2048xf32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<8192x2048xf32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<2048x8192xf32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<2048x2048xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<512x2048xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<512x2048xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<2048x2048xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<8192x2048xf32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<8192x2048xf32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<2048x8192xf32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg51: tensor<2048x2048xf32> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg52: tensor<512x2048xf32> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg53: tensor<512x2048xf32> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg54: tensor<2048x2048xf32> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg55: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg56: tensor<8192x2048xf32> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg57: tensor<8192x2048xf32> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg58: tensor<2048x8192xf32> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg59: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg60: tensor<2048x2048xf32> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg61: tensor<512x2048xf32> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg62: tensor<512x2048xf32> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg63: tensor<2048x2048xf32> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg64: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg65: tensor<8192x2048xf32> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg66: tensor<8192x2048xf32> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg67: tensor<2048x8192xf32> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg68: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg69: tensor<2048x2048xf32> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg70: tensor<512x2048xf32> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg71: tensor<512x2048xf32> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg72: tensor<2048x2048xf32> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg73: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg74: tensor<8192x2048xf32> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg75: tensor<8192x2048xf32> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg76: tensor<2048x8192xf32> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg77: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg78: tensor<2048x2048xf32> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg79: tensor<512x2048xf32> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg80: tensor<512x2048xf32> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg81: tensor<2048x2048xf32> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg82: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg83: tensor<8192x2048xf32> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg84: tensor<8192x2048xf32> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg85: tensor<2048x8192xf32> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg86: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg87: tensor<2048x2048xf32> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg88: tensor<512x2048xf32> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg89: tensor<512x2048xf32> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg90: tensor<2048x2048xf32> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg91: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg92: tensor<8192x2048xf32> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg93: tensor<8192x2048xf32> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg94: tensor<2048x8192xf32> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg95: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg96: tensor<2048x2048xf32> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg97: tensor<512x2048xf32> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg98: tensor<512x2048xf32> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg99: tensor<2048x2048xf32> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg100: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg101: tensor<8192x2048xf32> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg102: tensor<8192x2048xf32> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg103: tensor<2048x8192xf32> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg104: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg105: tensor<2048x2048xf32> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg106: tensor<512x2048xf32> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg107: tensor<512x2048xf32> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg108: tensor<2048x2048xf32> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg109: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg110: tensor<8192x2048xf32> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg111: tensor<8192x2048xf32> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg112: tensor<2048x8192xf32> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg113: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg114: tensor<2048x2048xf32> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg115: tensor<512x2048xf32> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg116: tensor<512x2048xf32> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg117: tensor<2048x2048xf32> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg118: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg119: tensor<8192x2048xf32> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg120: tensor<8192x2048xf32> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg121: tensor<2048x8192xf32> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg122: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg123: tensor<2048x2048xf32> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg124: tensor<512x2048xf32> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg125: tensor<512x2048xf32> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg126: tensor<2048x2048xf32> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg127: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg128: tensor<8192x2048xf32> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg129: tensor<8192x2048xf32> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg130: tensor<2048x8192xf32> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg131: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg132: tensor<2048x2048xf32> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg133: tensor<512x2048xf32> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg134: tensor<512x2048xf32> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg135: tensor<2048x2048xf32> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg136: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg137: tensor<8192x2048xf32> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg138: tensor<8192x2048xf32> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg139: tensor<2048x8192xf32> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg140: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg141: tensor<2048x2048xf32> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg142: tensor<512x2048xf32> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg143: tensor<512x2048xf32> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg144: tensor<2048x2048xf32> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg145: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg146: tensor<8192x2048xf32> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg147: tensor<8192x2048xf32> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg148: tensor<2048x8192xf32> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg149: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<16x1x64x8x64xf32> {mlxla.name = "k_cache"}, tensor<16x1x64x8x64xf32> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg4, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2048>} : (tensor<128256x2048xf32>, tensor<1x1xi32>) -> tensor<1x2048xf32>
    %5 = stablehlo.convert %4 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %6 = stablehlo.convert %5 : (tensor<1x2048xbf16>) -> tensor<1x2048xf32>
    %7 = stablehlo.composite "mlxla.rms_norm" %6, %arg5 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %8 = stablehlo.convert %7 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %9 = stablehlo.convert %arg6 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %10 = stablehlo.dot_general %8, %9, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %11 = stablehlo.reshape %10 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %12 = stablehlo.composite "mlxla.rope" %11, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %13 = stablehlo.convert %7 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %14 = stablehlo.convert %arg7 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %15 = stablehlo.dot_general %13, %14, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %16 = stablehlo.reshape %15 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %17 = stablehlo.composite "mlxla.rope" %16, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %18 = stablehlo.convert %7 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %19 = stablehlo.convert %arg8 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %20 = stablehlo.dot_general %18, %19, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %21 = stablehlo.reshape %20 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %22 = stablehlo.constant dense<0> : tensor<i32>
    %23 = stablehlo.constant dense<0> : tensor<i32>
    %24 = stablehlo.constant dense<0> : tensor<i32>
    %25 = stablehlo.reshape %17 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %26 = stablehlo.dynamic_update_slice %arg2, %25, %22, %24, %arg1, %23, %23 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %27 = stablehlo.reshape %21 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %28 = stablehlo.dynamic_update_slice %arg3, %27, %22, %24, %arg1, %23, %23 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %29 = stablehlo.slice %26 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %30 = stablehlo.reshape %29 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %31 = stablehlo.slice %28 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %32 = stablehlo.reshape %31 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %33 = stablehlo.composite "mlxla.attention" %12, %30, %32, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %34 = stablehlo.reshape %33 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %35 = stablehlo.convert %34 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %36 = stablehlo.convert %arg9 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %37 = stablehlo.dot_general %35, %36, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %38 = stablehlo.add %6, %37 : tensor<1x2048xf32>
    %39 = stablehlo.composite "mlxla.rms_norm" %38, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %40 = stablehlo.convert %39 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %41 = stablehlo.convert %arg11 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %42 = stablehlo.dot_general %40, %41, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %43 = stablehlo.logistic %42 : tensor<1x8192xf32>
    %44 = stablehlo.multiply %42, %43 : tensor<1x8192xf32>
    %45 = stablehlo.convert %39 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %46 = stablehlo.convert %arg12 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %47 = stablehlo.dot_general %45, %46, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %48 = stablehlo.multiply %44, %47 : tensor<1x8192xf32>
    %49 = stablehlo.convert %48 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %50 = stablehlo.convert %arg13 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %51 = stablehlo.dot_general %49, %50, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %52 = stablehlo.add %38, %51 : tensor<1x2048xf32>
    %53 = stablehlo.composite "mlxla.rms_norm" %52, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %54 = stablehlo.convert %53 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %55 = stablehlo.convert %arg15 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %56 = stablehlo.dot_general %54, %55, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %57 = stablehlo.reshape %56 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %58 = stablehlo.composite "mlxla.rope" %57, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %59 = stablehlo.convert %53 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %60 = stablehlo.convert %arg16 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %61 = stablehlo.dot_general %59, %60, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %62 = stablehlo.reshape %61 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %63 = stablehlo.composite "mlxla.rope" %62, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %64 = stablehlo.convert %53 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %65 = stablehlo.convert %arg17 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %66 = stablehlo.dot_general %64, %65, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %67 = stablehlo.reshape %66 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %68 = stablehlo.constant dense<1> : tensor<i32>
    %69 = stablehlo.constant dense<0> : tensor<i32>
    %70 = stablehlo.constant dense<0> : tensor<i32>
    %71 = stablehlo.reshape %63 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %72 = stablehlo.dynamic_update_slice %26, %71, %68, %70, %arg1, %69, %69 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %73 = stablehlo.reshape %67 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %74 = stablehlo.dynamic_update_slice %28, %73, %68, %70, %arg1, %69, %69 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %75 = stablehlo.slice %72 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %76 = stablehlo.reshape %75 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %77 = stablehlo.slice %74 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %79 = stablehlo.composite "mlxla.attention" %58, %76, %78, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %80 = stablehlo.reshape %79 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %81 = stablehlo.convert %80 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %82 = stablehlo.convert %arg18 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %83 = stablehlo.dot_general %81, %82, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %84 = stablehlo.add %52, %83 : tensor<1x2048xf32>
    %85 = stablehlo.composite "mlxla.rms_norm" %84, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %86 = stablehlo.convert %85 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %87 = stablehlo.convert %arg20 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %88 = stablehlo.dot_general %86, %87, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %89 = stablehlo.logistic %88 : tensor<1x8192xf32>
    %90 = stablehlo.multiply %88, %89 : tensor<1x8192xf32>
    %91 = stablehlo.convert %85 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %92 = stablehlo.convert %arg21 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %93 = stablehlo.dot_general %91, %92, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %94 = stablehlo.multiply %90, %93 : tensor<1x8192xf32>
    %95 = stablehlo.convert %94 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %96 = stablehlo.convert %arg22 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %97 = stablehlo.dot_general %95, %96, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %98 = stablehlo.add %84, %97 : tensor<1x2048xf32>
    %99 = stablehlo.composite "mlxla.rms_norm" %98, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %100 = stablehlo.convert %99 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %101 = stablehlo.convert %arg24 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %102 = stablehlo.dot_general %100, %101, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %103 = stablehlo.reshape %102 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %104 = stablehlo.composite "mlxla.rope" %103, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %105 = stablehlo.convert %99 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %106 = stablehlo.convert %arg25 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %107 = stablehlo.dot_general %105, %106, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %108 = stablehlo.reshape %107 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %109 = stablehlo.composite "mlxla.rope" %108, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %110 = stablehlo.convert %99 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %111 = stablehlo.convert %arg26 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %112 = stablehlo.dot_general %110, %111, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %113 = stablehlo.reshape %112 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %114 = stablehlo.constant dense<2> : tensor<i32>
    %115 = stablehlo.constant dense<0> : tensor<i32>
    %116 = stablehlo.constant dense<0> : tensor<i32>
    %117 = stablehlo.reshape %109 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %118 = stablehlo.dynamic_update_slice %72, %117, %114, %116, %arg1, %115, %115 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %119 = stablehlo.reshape %113 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %120 = stablehlo.dynamic_update_slice %74, %119, %114, %116, %arg1, %115, %115 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %121 = stablehlo.slice %118 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %122 = stablehlo.reshape %121 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %123 = stablehlo.slice %120 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %124 = stablehlo.reshape %123 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %125 = stablehlo.composite "mlxla.attention" %104, %122, %124, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %126 = stablehlo.reshape %125 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %127 = stablehlo.convert %126 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %128 = stablehlo.convert %arg27 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %129 = stablehlo.dot_general %127, %128, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %130 = stablehlo.add %98, %129 : tensor<1x2048xf32>
    %131 = stablehlo.composite "mlxla.rms_norm" %130, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %132 = stablehlo.convert %131 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %133 = stablehlo.convert %arg29 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %134 = stablehlo.dot_general %132, %133, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %135 = stablehlo.logistic %134 : tensor<1x8192xf32>
    %136 = stablehlo.multiply %134, %135 : tensor<1x8192xf32>
    %137 = stablehlo.convert %131 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %138 = stablehlo.convert %arg30 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %139 = stablehlo.dot_general %137, %138, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %140 = stablehlo.multiply %136, %139 : tensor<1x8192xf32>
    %141 = stablehlo.convert %140 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %142 = stablehlo.convert %arg31 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %143 = stablehlo.dot_general %141, %142, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %144 = stablehlo.add %130, %143 : tensor<1x2048xf32>
    %145 = stablehlo.composite "mlxla.rms_norm" %144, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %146 = stablehlo.convert %145 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %147 = stablehlo.convert %arg33 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %148 = stablehlo.dot_general %146, %147, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %149 = stablehlo.reshape %148 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %150 = stablehlo.composite "mlxla.rope" %149, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %151 = stablehlo.convert %145 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %152 = stablehlo.convert %arg34 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %153 = stablehlo.dot_general %151, %152, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %154 = stablehlo.reshape %153 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %155 = stablehlo.composite "mlxla.rope" %154, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %156 = stablehlo.convert %145 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %157 = stablehlo.convert %arg35 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %158 = stablehlo.dot_general %156, %157, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %159 = stablehlo.reshape %158 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %160 = stablehlo.constant dense<3> : tensor<i32>
    %161 = stablehlo.constant dense<0> : tensor<i32>
    %162 = stablehlo.constant dense<0> : tensor<i32>
    %163 = stablehlo.reshape %155 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %164 = stablehlo.dynamic_update_slice %118, %163, %160, %162, %arg1, %161, %161 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %165 = stablehlo.reshape %159 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %166 = stablehlo.dynamic_update_slice %120, %165, %160, %162, %arg1, %161, %161 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %167 = stablehlo.slice %164 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %168 = stablehlo.reshape %167 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %169 = stablehlo.slice %166 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %170 = stablehlo.reshape %169 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %171 = stablehlo.composite "mlxla.attention" %150, %168, %170, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %172 = stablehlo.reshape %171 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %173 = stablehlo.convert %172 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %174 = stablehlo.convert %arg36 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %175 = stablehlo.dot_general %173, %174, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %176 = stablehlo.add %144, %175 : tensor<1x2048xf32>
    %177 = stablehlo.composite "mlxla.rms_norm" %176, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %178 = stablehlo.convert %177 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %179 = stablehlo.convert %arg38 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %180 = stablehlo.dot_general %178, %179, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %181 = stablehlo.logistic %180 : tensor<1x8192xf32>
    %182 = stablehlo.multiply %180, %181 : tensor<1x8192xf32>
    %183 = stablehlo.convert %177 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %184 = stablehlo.convert %arg39 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %185 = stablehlo.dot_general %183, %184, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %186 = stablehlo.multiply %182, %185 : tensor<1x8192xf32>
    %187 = stablehlo.convert %186 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %188 = stablehlo.convert %arg40 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %189 = stablehlo.dot_general %187, %188, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %190 = stablehlo.add %176, %189 : tensor<1x2048xf32>
    %191 = stablehlo.composite "mlxla.rms_norm" %190, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %192 = stablehlo.convert %191 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %193 = stablehlo.convert %arg42 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %194 = stablehlo.dot_general %192, %193, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %195 = stablehlo.reshape %194 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %196 = stablehlo.composite "mlxla.rope" %195, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %197 = stablehlo.convert %191 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %198 = stablehlo.convert %arg43 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %199 = stablehlo.dot_general %197, %198, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %200 = stablehlo.reshape %199 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %201 = stablehlo.composite "mlxla.rope" %200, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %202 = stablehlo.convert %191 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %203 = stablehlo.convert %arg44 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %204 = stablehlo.dot_general %202, %203, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %205 = stablehlo.reshape %204 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %206 = stablehlo.constant dense<4> : tensor<i32>
    %207 = stablehlo.constant dense<0> : tensor<i32>
    %208 = stablehlo.constant dense<0> : tensor<i32>
    %209 = stablehlo.reshape %201 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %210 = stablehlo.dynamic_update_slice %164, %209, %206, %208, %arg1, %207, %207 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %211 = stablehlo.reshape %205 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %212 = stablehlo.dynamic_update_slice %166, %211, %206, %208, %arg1, %207, %207 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %213 = stablehlo.slice %210 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %214 = stablehlo.reshape %213 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %215 = stablehlo.slice %212 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %216 = stablehlo.reshape %215 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %217 = stablehlo.composite "mlxla.attention" %196, %214, %216, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %218 = stablehlo.reshape %217 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %219 = stablehlo.convert %218 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %220 = stablehlo.convert %arg45 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %221 = stablehlo.dot_general %219, %220, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %222 = stablehlo.add %190, %221 : tensor<1x2048xf32>
    %223 = stablehlo.composite "mlxla.rms_norm" %222, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %224 = stablehlo.convert %223 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %225 = stablehlo.convert %arg47 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %226 = stablehlo.dot_general %224, %225, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %227 = stablehlo.logistic %226 : tensor<1x8192xf32>
    %228 = stablehlo.multiply %226, %227 : tensor<1x8192xf32>
    %229 = stablehlo.convert %223 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %230 = stablehlo.convert %arg48 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %231 = stablehlo.dot_general %229, %230, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %232 = stablehlo.multiply %228, %231 : tensor<1x8192xf32>
    %233 = stablehlo.convert %232 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %234 = stablehlo.convert %arg49 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %235 = stablehlo.dot_general %233, %234, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %236 = stablehlo.add %222, %235 : tensor<1x2048xf32>
    %237 = stablehlo.composite "mlxla.rms_norm" %236, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %238 = stablehlo.convert %237 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %239 = stablehlo.convert %arg51 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %240 = stablehlo.dot_general %238, %239, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %241 = stablehlo.reshape %240 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %242 = stablehlo.composite "mlxla.rope" %241, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %243 = stablehlo.convert %237 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %244 = stablehlo.convert %arg52 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %245 = stablehlo.dot_general %243, %244, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %246 = stablehlo.reshape %245 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %247 = stablehlo.composite "mlxla.rope" %246, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %248 = stablehlo.convert %237 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %249 = stablehlo.convert %arg53 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %250 = stablehlo.dot_general %248, %249, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %251 = stablehlo.reshape %250 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %252 = stablehlo.constant dense<5> : tensor<i32>
    %253 = stablehlo.constant dense<0> : tensor<i32>
    %254 = stablehlo.constant dense<0> : tensor<i32>
    %255 = stablehlo.reshape %247 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %256 = stablehlo.dynamic_update_slice %210, %255, %252, %254, %arg1, %253, %253 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %257 = stablehlo.reshape %251 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %258 = stablehlo.dynamic_update_slice %212, %257, %252, %254, %arg1, %253, %253 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %259 = stablehlo.slice %256 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %260 = stablehlo.reshape %259 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %261 = stablehlo.slice %258 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %262 = stablehlo.reshape %261 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %263 = stablehlo.composite "mlxla.attention" %242, %260, %262, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %264 = stablehlo.reshape %263 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %265 = stablehlo.convert %264 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %266 = stablehlo.convert %arg54 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %267 = stablehlo.dot_general %265, %266, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %268 = stablehlo.add %236, %267 : tensor<1x2048xf32>
    %269 = stablehlo.composite "mlxla.rms_norm" %268, %arg55 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %270 = stablehlo.convert %269 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %271 = stablehlo.convert %arg56 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %272 = stablehlo.dot_general %270, %271, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %273 = stablehlo.logistic %272 : tensor<1x8192xf32>
    %274 = stablehlo.multiply %272, %273 : tensor<1x8192xf32>
    %275 = stablehlo.convert %269 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %276 = stablehlo.convert %arg57 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %277 = stablehlo.dot_general %275, %276, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %278 = stablehlo.multiply %274, %277 : tensor<1x8192xf32>
    %279 = stablehlo.convert %278 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %280 = stablehlo.convert %arg58 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %281 = stablehlo.dot_general %279, %280, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %282 = stablehlo.add %268, %281 : tensor<1x2048xf32>
    %283 = stablehlo.composite "mlxla.rms_norm" %282, %arg59 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %284 = stablehlo.convert %283 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %285 = stablehlo.convert %arg60 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %286 = stablehlo.dot_general %284, %285, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %287 = stablehlo.reshape %286 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %288 = stablehlo.composite "mlxla.rope" %287, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %289 = stablehlo.convert %283 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %290 = stablehlo.convert %arg61 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %291 = stablehlo.dot_general %289, %290, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %292 = stablehlo.reshape %291 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %293 = stablehlo.composite "mlxla.rope" %292, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %294 = stablehlo.convert %283 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %295 = stablehlo.convert %arg62 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %296 = stablehlo.dot_general %294, %295, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %297 = stablehlo.reshape %296 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %298 = stablehlo.constant dense<6> : tensor<i32>
    %299 = stablehlo.constant dense<0> : tensor<i32>
    %300 = stablehlo.constant dense<0> : tensor<i32>
    %301 = stablehlo.reshape %293 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %302 = stablehlo.dynamic_update_slice %256, %301, %298, %300, %arg1, %299, %299 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %303 = stablehlo.reshape %297 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %304 = stablehlo.dynamic_update_slice %258, %303, %298, %300, %arg1, %299, %299 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %305 = stablehlo.slice %302 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %306 = stablehlo.reshape %305 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %307 = stablehlo.slice %304 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %308 = stablehlo.reshape %307 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %309 = stablehlo.composite "mlxla.attention" %288, %306, %308, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %310 = stablehlo.reshape %309 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %311 = stablehlo.convert %310 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %312 = stablehlo.convert %arg63 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %313 = stablehlo.dot_general %311, %312, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %314 = stablehlo.add %282, %313 : tensor<1x2048xf32>
    %315 = stablehlo.composite "mlxla.rms_norm" %314, %arg64 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %316 = stablehlo.convert %315 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %317 = stablehlo.convert %arg65 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %318 = stablehlo.dot_general %316, %317, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %319 = stablehlo.logistic %318 : tensor<1x8192xf32>
    %320 = stablehlo.multiply %318, %319 : tensor<1x8192xf32>
    %321 = stablehlo.convert %315 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %322 = stablehlo.convert %arg66 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %323 = stablehlo.dot_general %321, %322, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %324 = stablehlo.multiply %320, %323 : tensor<1x8192xf32>
    %325 = stablehlo.convert %324 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %326 = stablehlo.convert %arg67 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %327 = stablehlo.dot_general %325, %326, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %328 = stablehlo.add %314, %327 : tensor<1x2048xf32>
    %329 = stablehlo.composite "mlxla.rms_norm" %328, %arg68 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %330 = stablehlo.convert %329 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %331 = stablehlo.convert %arg69 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %332 = stablehlo.dot_general %330, %331, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %333 = stablehlo.reshape %332 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %334 = stablehlo.composite "mlxla.rope" %333, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %335 = stablehlo.convert %329 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %336 = stablehlo.convert %arg70 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %337 = stablehlo.dot_general %335, %336, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %338 = stablehlo.reshape %337 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %339 = stablehlo.composite "mlxla.rope" %338, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %340 = stablehlo.convert %329 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %341 = stablehlo.convert %arg71 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %342 = stablehlo.dot_general %340, %341, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %343 = stablehlo.reshape %342 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %344 = stablehlo.constant dense<7> : tensor<i32>
    %345 = stablehlo.constant dense<0> : tensor<i32>
    %346 = stablehlo.constant dense<0> : tensor<i32>
    %347 = stablehlo.reshape %339 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %348 = stablehlo.dynamic_update_slice %302, %347, %344, %346, %arg1, %345, %345 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %349 = stablehlo.reshape %343 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %350 = stablehlo.dynamic_update_slice %304, %349, %344, %346, %arg1, %345, %345 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %351 = stablehlo.slice %348 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %352 = stablehlo.reshape %351 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %353 = stablehlo.slice %350 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %354 = stablehlo.reshape %353 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %355 = stablehlo.composite "mlxla.attention" %334, %352, %354, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %356 = stablehlo.reshape %355 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %357 = stablehlo.convert %356 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %358 = stablehlo.convert %arg72 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %359 = stablehlo.dot_general %357, %358, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %360 = stablehlo.add %328, %359 : tensor<1x2048xf32>
    %361 = stablehlo.composite "mlxla.rms_norm" %360, %arg73 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %362 = stablehlo.convert %361 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %363 = stablehlo.convert %arg74 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %364 = stablehlo.dot_general %362, %363, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %365 = stablehlo.logistic %364 : tensor<1x8192xf32>
    %366 = stablehlo.multiply %364, %365 : tensor<1x8192xf32>
    %367 = stablehlo.convert %361 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %368 = stablehlo.convert %arg75 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %369 = stablehlo.dot_general %367, %368, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %370 = stablehlo.multiply %366, %369 : tensor<1x8192xf32>
    %371 = stablehlo.convert %370 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %372 = stablehlo.convert %arg76 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %373 = stablehlo.dot_general %371, %372, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %374 = stablehlo.add %360, %373 : tensor<1x2048xf32>
    %375 = stablehlo.composite "mlxla.rms_norm" %374, %arg77 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %376 = stablehlo.convert %375 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %377 = stablehlo.convert %arg78 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %378 = stablehlo.dot_general %376, %377, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %379 = stablehlo.reshape %378 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %380 = stablehlo.composite "mlxla.rope" %379, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %381 = stablehlo.convert %375 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %382 = stablehlo.convert %arg79 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %383 = stablehlo.dot_general %381, %382, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %384 = stablehlo.reshape %383 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %385 = stablehlo.composite "mlxla.rope" %384, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %386 = stablehlo.convert %375 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %387 = stablehlo.convert %arg80 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %388 = stablehlo.dot_general %386, %387, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %389 = stablehlo.reshape %388 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %390 = stablehlo.constant dense<8> : tensor<i32>
    %391 = stablehlo.constant dense<0> : tensor<i32>
    %392 = stablehlo.constant dense<0> : tensor<i32>
    %393 = stablehlo.reshape %385 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %394 = stablehlo.dynamic_update_slice %348, %393, %390, %392, %arg1, %391, %391 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %395 = stablehlo.reshape %389 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %396 = stablehlo.dynamic_update_slice %350, %395, %390, %392, %arg1, %391, %391 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %397 = stablehlo.slice %394 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %398 = stablehlo.reshape %397 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %399 = stablehlo.slice %396 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %400 = stablehlo.reshape %399 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %401 = stablehlo.composite "mlxla.attention" %380, %398, %400, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %402 = stablehlo.reshape %401 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %403 = stablehlo.convert %402 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %404 = stablehlo.convert %arg81 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %405 = stablehlo.dot_general %403, %404, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %406 = stablehlo.add %374, %405 : tensor<1x2048xf32>
    %407 = stablehlo.composite "mlxla.rms_norm" %406, %arg82 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %408 = stablehlo.convert %407 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %409 = stablehlo.convert %arg83 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %410 = stablehlo.dot_general %408, %409, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %411 = stablehlo.logistic %410 : tensor<1x8192xf32>
    %412 = stablehlo.multiply %410, %411 : tensor<1x8192xf32>
    %413 = stablehlo.convert %407 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %414 = stablehlo.convert %arg84 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %415 = stablehlo.dot_general %413, %414, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %416 = stablehlo.multiply %412, %415 : tensor<1x8192xf32>
    %417 = stablehlo.convert %416 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %418 = stablehlo.convert %arg85 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %419 = stablehlo.dot_general %417, %418, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %420 = stablehlo.add %406, %419 : tensor<1x2048xf32>
    %421 = stablehlo.composite "mlxla.rms_norm" %420, %arg86 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %422 = stablehlo.convert %421 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %423 = stablehlo.convert %arg87 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %424 = stablehlo.dot_general %422, %423, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %425 = stablehlo.reshape %424 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %426 = stablehlo.composite "mlxla.rope" %425, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %427 = stablehlo.convert %421 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %428 = stablehlo.convert %arg88 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %429 = stablehlo.dot_general %427, %428, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %430 = stablehlo.reshape %429 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %431 = stablehlo.composite "mlxla.rope" %430, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %432 = stablehlo.convert %421 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %433 = stablehlo.convert %arg89 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %434 = stablehlo.dot_general %432, %433, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %435 = stablehlo.reshape %434 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %436 = stablehlo.constant dense<9> : tensor<i32>
    %437 = stablehlo.constant dense<0> : tensor<i32>
    %438 = stablehlo.constant dense<0> : tensor<i32>
    %439 = stablehlo.reshape %431 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %440 = stablehlo.dynamic_update_slice %394, %439, %436, %438, %arg1, %437, %437 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %441 = stablehlo.reshape %435 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %442 = stablehlo.dynamic_update_slice %396, %441, %436, %438, %arg1, %437, %437 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %443 = stablehlo.slice %440 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %444 = stablehlo.reshape %443 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %445 = stablehlo.slice %442 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %446 = stablehlo.reshape %445 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %447 = stablehlo.composite "mlxla.attention" %426, %444, %446, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %448 = stablehlo.reshape %447 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %449 = stablehlo.convert %448 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %450 = stablehlo.convert %arg90 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %451 = stablehlo.dot_general %449, %450, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %452 = stablehlo.add %420, %451 : tensor<1x2048xf32>
    %453 = stablehlo.composite "mlxla.rms_norm" %452, %arg91 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %454 = stablehlo.convert %453 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %455 = stablehlo.convert %arg92 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %456 = stablehlo.dot_general %454, %455, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %457 = stablehlo.logistic %456 : tensor<1x8192xf32>
    %458 = stablehlo.multiply %456, %457 : tensor<1x8192xf32>
    %459 = stablehlo.convert %453 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %460 = stablehlo.convert %arg93 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %461 = stablehlo.dot_general %459, %460, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %462 = stablehlo.multiply %458, %461 : tensor<1x8192xf32>
    %463 = stablehlo.convert %462 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %464 = stablehlo.convert %arg94 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %465 = stablehlo.dot_general %463, %464, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %466 = stablehlo.add %452, %465 : tensor<1x2048xf32>
    %467 = stablehlo.composite "mlxla.rms_norm" %466, %arg95 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %468 = stablehlo.convert %467 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %469 = stablehlo.convert %arg96 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %470 = stablehlo.dot_general %468, %469, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %471 = stablehlo.reshape %470 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %472 = stablehlo.composite "mlxla.rope" %471, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %473 = stablehlo.convert %467 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %474 = stablehlo.convert %arg97 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %475 = stablehlo.dot_general %473, %474, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %476 = stablehlo.reshape %475 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %477 = stablehlo.composite "mlxla.rope" %476, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %478 = stablehlo.convert %467 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %479 = stablehlo.convert %arg98 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %480 = stablehlo.dot_general %478, %479, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %481 = stablehlo.reshape %480 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %482 = stablehlo.constant dense<10> : tensor<i32>
    %483 = stablehlo.constant dense<0> : tensor<i32>
    %484 = stablehlo.constant dense<0> : tensor<i32>
    %485 = stablehlo.reshape %477 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %486 = stablehlo.dynamic_update_slice %440, %485, %482, %484, %arg1, %483, %483 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %487 = stablehlo.reshape %481 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %488 = stablehlo.dynamic_update_slice %442, %487, %482, %484, %arg1, %483, %483 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %489 = stablehlo.slice %486 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %490 = stablehlo.reshape %489 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %491 = stablehlo.slice %488 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %492 = stablehlo.reshape %491 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %493 = stablehlo.composite "mlxla.attention" %472, %490, %492, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %494 = stablehlo.reshape %493 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %495 = stablehlo.convert %494 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %496 = stablehlo.convert %arg99 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %497 = stablehlo.dot_general %495, %496, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %498 = stablehlo.add %466, %497 : tensor<1x2048xf32>
    %499 = stablehlo.composite "mlxla.rms_norm" %498, %arg100 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %500 = stablehlo.convert %499 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %501 = stablehlo.convert %arg101 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %502 = stablehlo.dot_general %500, %501, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %503 = stablehlo.logistic %502 : tensor<1x8192xf32>
    %504 = stablehlo.multiply %502, %503 : tensor<1x8192xf32>
    %505 = stablehlo.convert %499 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %506 = stablehlo.convert %arg102 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %507 = stablehlo.dot_general %505, %506, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %508 = stablehlo.multiply %504, %507 : tensor<1x8192xf32>
    %509 = stablehlo.convert %508 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %510 = stablehlo.convert %arg103 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %511 = stablehlo.dot_general %509, %510, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %512 = stablehlo.add %498, %511 : tensor<1x2048xf32>
    %513 = stablehlo.composite "mlxla.rms_norm" %512, %arg104 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %514 = stablehlo.convert %513 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %515 = stablehlo.convert %arg105 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %516 = stablehlo.dot_general %514, %515, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %517 = stablehlo.reshape %516 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %518 = stablehlo.composite "mlxla.rope" %517, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %519 = stablehlo.convert %513 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %520 = stablehlo.convert %arg106 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %521 = stablehlo.dot_general %519, %520, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %522 = stablehlo.reshape %521 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %523 = stablehlo.composite "mlxla.rope" %522, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %524 = stablehlo.convert %513 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %525 = stablehlo.convert %arg107 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %526 = stablehlo.dot_general %524, %525, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %527 = stablehlo.reshape %526 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %528 = stablehlo.constant dense<11> : tensor<i32>
    %529 = stablehlo.constant dense<0> : tensor<i32>
    %530 = stablehlo.constant dense<0> : tensor<i32>
    %531 = stablehlo.reshape %523 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %532 = stablehlo.dynamic_update_slice %486, %531, %528, %530, %arg1, %529, %529 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %533 = stablehlo.reshape %527 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %534 = stablehlo.dynamic_update_slice %488, %533, %528, %530, %arg1, %529, %529 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %535 = stablehlo.slice %532 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %536 = stablehlo.reshape %535 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %537 = stablehlo.slice %534 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %538 = stablehlo.reshape %537 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %539 = stablehlo.composite "mlxla.attention" %518, %536, %538, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %540 = stablehlo.reshape %539 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %541 = stablehlo.convert %540 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %542 = stablehlo.convert %arg108 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %543 = stablehlo.dot_general %541, %542, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %544 = stablehlo.add %512, %543 : tensor<1x2048xf32>
    %545 = stablehlo.composite "mlxla.rms_norm" %544, %arg109 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %546 = stablehlo.convert %545 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %547 = stablehlo.convert %arg110 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %548 = stablehlo.dot_general %546, %547, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %549 = stablehlo.logistic %548 : tensor<1x8192xf32>
    %550 = stablehlo.multiply %548, %549 : tensor<1x8192xf32>
    %551 = stablehlo.convert %545 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %552 = stablehlo.convert %arg111 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %553 = stablehlo.dot_general %551, %552, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %554 = stablehlo.multiply %550, %553 : tensor<1x8192xf32>
    %555 = stablehlo.convert %554 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %556 = stablehlo.convert %arg112 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %557 = stablehlo.dot_general %555, %556, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %558 = stablehlo.add %544, %557 : tensor<1x2048xf32>
    %559 = stablehlo.composite "mlxla.rms_norm" %558, %arg113 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %560 = stablehlo.convert %559 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %561 = stablehlo.convert %arg114 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %562 = stablehlo.dot_general %560, %561, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %563 = stablehlo.reshape %562 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %564 = stablehlo.composite "mlxla.rope" %563, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %565 = stablehlo.convert %559 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %566 = stablehlo.convert %arg115 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %567 = stablehlo.dot_general %565, %566, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %568 = stablehlo.reshape %567 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %569 = stablehlo.composite "mlxla.rope" %568, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %570 = stablehlo.convert %559 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %571 = stablehlo.convert %arg116 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %572 = stablehlo.dot_general %570, %571, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %573 = stablehlo.reshape %572 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %574 = stablehlo.constant dense<12> : tensor<i32>
    %575 = stablehlo.constant dense<0> : tensor<i32>
    %576 = stablehlo.constant dense<0> : tensor<i32>
    %577 = stablehlo.reshape %569 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %578 = stablehlo.dynamic_update_slice %532, %577, %574, %576, %arg1, %575, %575 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %579 = stablehlo.reshape %573 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %580 = stablehlo.dynamic_update_slice %534, %579, %574, %576, %arg1, %575, %575 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %581 = stablehlo.slice %578 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %582 = stablehlo.reshape %581 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %583 = stablehlo.slice %580 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %584 = stablehlo.reshape %583 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %585 = stablehlo.composite "mlxla.attention" %564, %582, %584, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %586 = stablehlo.reshape %585 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %587 = stablehlo.convert %586 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %588 = stablehlo.convert %arg117 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %589 = stablehlo.dot_general %587, %588, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %590 = stablehlo.add %558, %589 : tensor<1x2048xf32>
    %591 = stablehlo.composite "mlxla.rms_norm" %590, %arg118 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %592 = stablehlo.convert %591 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %593 = stablehlo.convert %arg119 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %594 = stablehlo.dot_general %592, %593, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %595 = stablehlo.logistic %594 : tensor<1x8192xf32>
    %596 = stablehlo.multiply %594, %595 : tensor<1x8192xf32>
    %597 = stablehlo.convert %591 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %598 = stablehlo.convert %arg120 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %599 = stablehlo.dot_general %597, %598, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %600 = stablehlo.multiply %596, %599 : tensor<1x8192xf32>
    %601 = stablehlo.convert %600 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %602 = stablehlo.convert %arg121 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %603 = stablehlo.dot_general %601, %602, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %604 = stablehlo.add %590, %603 : tensor<1x2048xf32>
    %605 = stablehlo.composite "mlxla.rms_norm" %604, %arg122 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %606 = stablehlo.convert %605 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %607 = stablehlo.convert %arg123 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %608 = stablehlo.dot_general %606, %607, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %609 = stablehlo.reshape %608 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %610 = stablehlo.composite "mlxla.rope" %609, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %611 = stablehlo.convert %605 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %612 = stablehlo.convert %arg124 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %613 = stablehlo.dot_general %611, %612, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %614 = stablehlo.reshape %613 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %615 = stablehlo.composite "mlxla.rope" %614, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %616 = stablehlo.convert %605 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %617 = stablehlo.convert %arg125 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %618 = stablehlo.dot_general %616, %617, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %619 = stablehlo.reshape %618 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %620 = stablehlo.constant dense<13> : tensor<i32>
    %621 = stablehlo.constant dense<0> : tensor<i32>
    %622 = stablehlo.constant dense<0> : tensor<i32>
    %623 = stablehlo.reshape %615 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %624 = stablehlo.dynamic_update_slice %578, %623, %620, %622, %arg1, %621, %621 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %625 = stablehlo.reshape %619 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %626 = stablehlo.dynamic_update_slice %580, %625, %620, %622, %arg1, %621, %621 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %627 = stablehlo.slice %624 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %628 = stablehlo.reshape %627 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %629 = stablehlo.slice %626 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %630 = stablehlo.reshape %629 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %631 = stablehlo.composite "mlxla.attention" %610, %628, %630, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %632 = stablehlo.reshape %631 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %633 = stablehlo.convert %632 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %634 = stablehlo.convert %arg126 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %635 = stablehlo.dot_general %633, %634, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %636 = stablehlo.add %604, %635 : tensor<1x2048xf32>
    %637 = stablehlo.composite "mlxla.rms_norm" %636, %arg127 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %638 = stablehlo.convert %637 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %639 = stablehlo.convert %arg128 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %640 = stablehlo.dot_general %638, %639, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %641 = stablehlo.logistic %640 : tensor<1x8192xf32>
    %642 = stablehlo.multiply %640, %641 : tensor<1x8192xf32>
    %643 = stablehlo.convert %637 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %644 = stablehlo.convert %arg129 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %645 = stablehlo.dot_general %643, %644, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %646 = stablehlo.multiply %642, %645 : tensor<1x8192xf32>
    %647 = stablehlo.convert %646 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %648 = stablehlo.convert %arg130 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %649 = stablehlo.dot_general %647, %648, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %650 = stablehlo.add %636, %649 : tensor<1x2048xf32>
    %651 = stablehlo.composite "mlxla.rms_norm" %650, %arg131 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %652 = stablehlo.convert %651 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %653 = stablehlo.convert %arg132 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %654 = stablehlo.dot_general %652, %653, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %655 = stablehlo.reshape %654 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %656 = stablehlo.composite "mlxla.rope" %655, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %657 = stablehlo.convert %651 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %658 = stablehlo.convert %arg133 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %659 = stablehlo.dot_general %657, %658, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %660 = stablehlo.reshape %659 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %661 = stablehlo.composite "mlxla.rope" %660, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %662 = stablehlo.convert %651 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %663 = stablehlo.convert %arg134 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %664 = stablehlo.dot_general %662, %663, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %665 = stablehlo.reshape %664 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %666 = stablehlo.constant dense<14> : tensor<i32>
    %667 = stablehlo.constant dense<0> : tensor<i32>
    %668 = stablehlo.constant dense<0> : tensor<i32>
    %669 = stablehlo.reshape %661 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %670 = stablehlo.dynamic_update_slice %624, %669, %666, %668, %arg1, %667, %667 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %671 = stablehlo.reshape %665 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %672 = stablehlo.dynamic_update_slice %626, %671, %666, %668, %arg1, %667, %667 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %673 = stablehlo.slice %670 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %674 = stablehlo.reshape %673 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %675 = stablehlo.slice %672 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %676 = stablehlo.reshape %675 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %677 = stablehlo.composite "mlxla.attention" %656, %674, %676, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %678 = stablehlo.reshape %677 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %679 = stablehlo.convert %678 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %680 = stablehlo.convert %arg135 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %681 = stablehlo.dot_general %679, %680, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %682 = stablehlo.add %650, %681 : tensor<1x2048xf32>
    %683 = stablehlo.composite "mlxla.rms_norm" %682, %arg136 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %684 = stablehlo.convert %683 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %685 = stablehlo.convert %arg137 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %686 = stablehlo.dot_general %684, %685, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %687 = stablehlo.logistic %686 : tensor<1x8192xf32>
    %688 = stablehlo.multiply %686, %687 : tensor<1x8192xf32>
    %689 = stablehlo.convert %683 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %690 = stablehlo.convert %arg138 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %691 = stablehlo.dot_general %689, %690, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %692 = stablehlo.multiply %688, %691 : tensor<1x8192xf32>
    %693 = stablehlo.convert %692 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %694 = stablehlo.convert %arg139 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %695 = stablehlo.dot_general %693, %694, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %696 = stablehlo.add %682, %695 : tensor<1x2048xf32>
    %697 = stablehlo.composite "mlxla.rms_norm" %696, %arg140 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %698 = stablehlo.convert %697 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %699 = stablehlo.convert %arg141 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %700 = stablehlo.dot_general %698, %699, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %701 = stablehlo.reshape %700 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %702 = stablehlo.composite "mlxla.rope" %701, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %703 = stablehlo.convert %697 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %704 = stablehlo.convert %arg142 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %705 = stablehlo.dot_general %703, %704, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %706 = stablehlo.reshape %705 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %707 = stablehlo.composite "mlxla.rope" %706, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %708 = stablehlo.convert %697 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %709 = stablehlo.convert %arg143 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %710 = stablehlo.dot_general %708, %709, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %711 = stablehlo.reshape %710 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %712 = stablehlo.constant dense<15> : tensor<i32>
    %713 = stablehlo.constant dense<0> : tensor<i32>
    %714 = stablehlo.constant dense<0> : tensor<i32>
    %715 = stablehlo.reshape %707 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %716 = stablehlo.dynamic_update_slice %670, %715, %712, %714, %arg1, %713, %713 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %717 = stablehlo.reshape %711 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %718 = stablehlo.dynamic_update_slice %672, %717, %712, %714, %arg1, %713, %713 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %719 = stablehlo.slice %716 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %720 = stablehlo.reshape %719 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %721 = stablehlo.slice %718 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %722 = stablehlo.reshape %721 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %723 = stablehlo.composite "mlxla.attention" %702, %720, %722, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %724 = stablehlo.reshape %723 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %725 = stablehlo.convert %724 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %726 = stablehlo.convert %arg144 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %727 = stablehlo.dot_general %725, %726, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %728 = stablehlo.add %696, %727 : tensor<1x2048xf32>
    %729 = stablehlo.composite "mlxla.rms_norm" %728, %arg145 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %730 = stablehlo.convert %729 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %731 = stablehlo.convert %arg146 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %732 = stablehlo.dot_general %730, %731, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %733 = stablehlo.logistic %732 : tensor<1x8192xf32>
    %734 = stablehlo.multiply %732, %733 : tensor<1x8192xf32>
    %735 = stablehlo.convert %729 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %736 = stablehlo.convert %arg147 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %737 = stablehlo.dot_general %735, %736, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %738 = stablehlo.multiply %734, %737 : tensor<1x8192xf32>
    %739 = stablehlo.convert %738 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %740 = stablehlo.convert %arg148 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %741 = stablehlo.dot_general %739, %740, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %742 = stablehlo.add %728, %741 : tensor<1x2048xf32>
    %743 = stablehlo.composite "mlxla.rms_norm" %742, %arg149 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %744 = stablehlo.convert %743 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %745 = stablehlo.convert %arg4 : (tensor<128256x2048xf32>) -> tensor<128256x2048xbf16>
    %746 = stablehlo.dot_general %744, %745, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<128256x2048xbf16>) -> tensor<1x128256xf32>
    %747 = stablehlo.composite "mlxla.argmax" %746 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %747, %716, %718 : tensor<1xi32>, tensor<16x1x64x8x64xf32>, tensor<16x1x64x8x64xf32>
  }
  func.func private @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f(%arg0: tensor<1x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<2048xf32> {mlxla.name = "arg1"}) -> (tensor<1x2048xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<1x2048xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
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
    %0 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf32>) -> tensor<1x32xf32>
    %2 = stablehlo.constant dense<[1.0, 0.6636012, 0.4403666, 0.29222783, 0.19392274, 0.12868737, 0.0853971, 0.056669623, 0.03760603, 0.024955409, 0.01656044, 0.010989528, 0.0072926646, 0.0048394212, 0.003211446, 0.0012905479, 0.0004295568, 9.708288e-05, 1.9461639e-05, 1.29147675e-05, 8.570256e-06, 5.6872323e-06, 3.7740542e-06, 2.5044671e-06, 1.6619674e-06, 1.1028836e-06, 7.31875e-07, 4.856731e-07, 3.222933e-07, 2.1387423e-07, 1.419272e-07, 9.4183065e-08]> : tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<1x32xf32>
    %5 = stablehlo.cosine %4 : tensor<1x32xf32>
    %6 = stablehlo.sine %4 : tensor<1x32xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x32x64xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x32x64xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %13 = stablehlo.negate %12 : tensor<1x32x32xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<1x32x64xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<1x32x64xf32>
    %17 = stablehlo.add %15, %16 : tensor<1x32x64xf32>
    return %17 : tensor<1x32x64xf32>
  }
  func.func private @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1(%arg0: tensor<1x8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x8x64xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf32>) -> tensor<1x32xf32>
    %2 = stablehlo.constant dense<[1.0, 0.6636012, 0.4403666, 0.29222783, 0.19392274, 0.12868737, 0.0853971, 0.056669623, 0.03760603, 0.024955409, 0.01656044, 0.010989528, 0.0072926646, 0.0048394212, 0.003211446, 0.0012905479, 0.0004295568, 9.708288e-05, 1.9461639e-05, 1.29147675e-05, 8.570256e-06, 5.6872323e-06, 3.7740542e-06, 2.5044671e-06, 1.6619674e-06, 1.1028836e-06, 7.31875e-07, 4.856731e-07, 3.222933e-07, 2.1387423e-07, 1.419272e-07, 9.4183065e-08]> : tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<1x32xf32>
    %5 = stablehlo.cosine %4 : tensor<1x32xf32>
    %6 = stablehlo.sine %4 : tensor<1x32xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x8x64xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x8x64xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %13 = stablehlo.negate %12 : tensor<1x8x32xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<1x8x64xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<1x8x64xf32>
    %17 = stablehlo.add %15, %16 : tensor<1x8x64xf32>
    return %17 : tensor<1x8x64xf32>
  }
  func.func private @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a(%arg0: tensor<1x32x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x8x64xf32> {mlxla.name = "arg1"}, %arg2: tensor<64x8x64xf32> {mlxla.name = "arg2"}, %arg3: tensor<1xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<1x32x64xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %1 = stablehlo.dot_general %0, %arg1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<1x8x4x64xf32>, tensor<64x8x64xf32>) -> tensor<8x1x4x64xf32>
    %2 = stablehlo.constant dense<0.125> : tensor<8x1x4x64xf32>
    %3 = stablehlo.multiply %1, %2 : tensor<8x1x4x64xf32>
    %4 = stablehlo.constant dense<1> : tensor<1xi32>
    %5 = stablehlo.add %arg3, %4 : tensor<1xi32>
    %6 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %7 = stablehlo.minimum %5, %6 : tensor<1xi32>
    %8 = stablehlo.iota dim = 3 : tensor<8x1x4x64xi32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [1] : (tensor<1xi32>) -> tensor<8x1x4x64xi32>
    %10 = stablehlo.compare LT, %8, %9 : (tensor<8x1x4x64xi32>, tensor<8x1x4x64xi32>) -> tensor<8x1x4x64xi1>
    %11 = stablehlo.constant dense<-3.4028235e+38> : tensor<8x1x4x64xf32>
    %12 = stablehlo.select %10, %3, %11 : tensor<8x1x4x64xi1>, tensor<8x1x4x64xf32>
    %13 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %14 = stablehlo.reduce(%12 init: %13) applies stablehlo.maximum across dimensions = [3] : (tensor<8x1x4x64xf32>, tensor<f32>) -> tensor<8x1x4xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1, 2] : (tensor<8x1x4xf32>) -> tensor<8x1x4x64xf32>
    %16 = stablehlo.subtract %12, %15 : tensor<8x1x4x64xf32>
    %17 = stablehlo.exponential %16 : tensor<8x1x4x64xf32>
    %18 = stablehlo.constant dense<0.0> : tensor<f32>
    %19 = stablehlo.reduce(%17 init: %18) applies stablehlo.add across dimensions = [3] : (tensor<8x1x4x64xf32>, tensor<f32>) -> tensor<8x1x4xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 2] : (tensor<8x1x4xf32>) -> tensor<8x1x4x64xf32>
    %21 = stablehlo.divide %17, %20 : tensor<8x1x4x64xf32>
    %22 = stablehlo.dot_general %21, %arg2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x1x4x64xf32>, tensor<64x8x64xf32>) -> tensor<8x1x4x64xf32>
    %23 = stablehlo.transpose %22, dims = [1, 0, 2, 3] : (tensor<8x1x4x64xf32>) -> tensor<1x8x4x64xf32>
    %24 = stablehlo.reshape %23 : (tensor<1x8x4x64xf32>) -> tensor<1x32x64xf32>
    return %24 : tensor<1x32x64xf32>
  }
  func.func private @mlxla_argmax_1x128256xf32_cbf29ce484222325(%arg0: tensor<1x128256xf32> {mlxla.name = "arg0"}) -> (tensor<1xi32>) {
    %0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1 = stablehlo.reduce(%arg0 init: %0) applies stablehlo.maximum across dimensions = [1] : (tensor<1x128256xf32>, tensor<f32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x128256xf32>
    %3 = stablehlo.compare EQ, %arg0, %2 : (tensor<1x128256xf32>, tensor<1x128256xf32>) -> tensor<1x128256xi1>
    %4 = stablehlo.iota dim = 1 : tensor<1x128256xi32>
    %5 = stablehlo.constant dense<128256> : tensor<1x128256xi32>
    %6 = stablehlo.select %3, %4, %5 : tensor<1x128256xi1>, tensor<1x128256xi32>
    %7 = stablehlo.constant dense<128256> : tensor<i32>
    %8 = stablehlo.reduce(%6 init: %7) applies stablehlo.minimum across dimensions = [1] : (tensor<1x128256xi32>, tensor<i32>) -> tensor<1xi32>
    return %8 : tensor<1xi32>
  }
}
