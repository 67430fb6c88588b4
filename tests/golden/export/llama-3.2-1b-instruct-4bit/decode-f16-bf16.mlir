module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<128256x2048xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<2048x2048xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<512x2048xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<512x2048xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<2048x2048xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<8192x2048xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<8192x2048xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<2048x8192xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<2048x2048xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<512x2048xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<512x2048xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<2048x2048xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<8192x2048xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<8192x2048xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<2048x8192xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<2048x2048xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<512x2048xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<512x2048xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<2048x2048xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<8192x2048xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<8192x2048xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<2048x8192xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<2048x2048xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<512x2048xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<512x2048xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<2048x2048xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<8192x2048xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<8192x2048xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<2048x8192xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<2048x2048xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<512x2048xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<512x2048xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<2048x2048xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<8192x2048xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<8192x2048xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<2048x8192xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg51: tensor<2048x2048xf16> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg52: tensor<512x2048xf16> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg53: tensor<512x2048xf16> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg54: tensor<2048x2048xf16> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg55: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg56: tensor<8192x2048xf16> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg57: tensor<8192x2048xf16> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg58: tensor<2048x8192xf16> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg59: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg60: tensor<2048x2048xf16> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg61: tensor<512x2048xf16> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg62: tensor<512x2048xf16> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg63: tensor<2048x2048xf16> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg64: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg65: tensor<8192x2048xf16> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg66: tensor<8192x2048xf16> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg67: tensor<2048x8192xf16> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg68: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg69: tensor<2048x2048xf16> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg70: tensor<512x2048xf16> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg71: tensor<512x2048xf16> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg72: tensor<2048x2048xf16> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg73: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg74: tensor<8192x2048xf16> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg75: tensor<8192x2048xf16> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg76: tensor<2048x8192xf16> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg77: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg78: tensor<2048x2048xf16> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg79: tensor<512x2048xf16> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg80: tensor<512x2048xf16> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg81: tensor<2048x2048xf16> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg82: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg83: tensor<8192x2048xf16> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg84: tensor<8192x2048xf16> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg85: tensor<2048x8192xf16> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg86: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg87: tensor<2048x2048xf16> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg88: tensor<512x2048xf16> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg89: tensor<512x2048xf16> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg90: tensor<2048x2048xf16> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg91: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg92: tensor<8192x2048xf16> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg93: tensor<8192x2048xf16> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg94: tensor<2048x8192xf16> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg95: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg96: tensor<2048x2048xf16> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg97: tensor<512x2048xf16> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg98: tensor<512x2048xf16> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg99: tensor<2048x2048xf16> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg100: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg101: tensor<8192x2048xf16> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg102: tensor<8192x2048xf16> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg103: tensor<2048x8192xf16> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg104: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg105: tensor<2048x2048xf16> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg106: tensor<512x2048xf16> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg107: tensor<512x2048xf16> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg108: tensor<2048x2048xf16> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg109: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg110: tensor<8192x2048xf16> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg111: tensor<8192x2048xf16> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg112: tensor<2048x8192xf16> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg113: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg114: tensor<2048x2048xf16> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg115: tensor<512x2048xf16> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg116: tensor<512x2048xf16> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg117: tensor<2048x2048xf16> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg118: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg119: tensor<8192x2048xf16> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg120: tensor<8192x2048xf16> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg121: tensor<2048x8192xf16> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg122: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg123: tensor<2048x2048xf16> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg124: tensor<512x2048xf16> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg125: tensor<512x2048xf16> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg126: tensor<2048x2048xf16> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg127: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg128: tensor<8192x2048xf16> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg129: tensor<8192x2048xf16> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg130: tensor<2048x8192xf16> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg131: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg132: tensor<2048x2048xf16> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg133: tensor<512x2048xf16> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg134: tensor<512x2048xf16> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg135: tensor<2048x2048xf16> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg136: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg137: tensor<8192x2048xf16> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg138: tensor<8192x2048xf16> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg139: tensor<2048x8192xf16> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg140: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg141: tensor<2048x2048xf16> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg142: tensor<512x2048xf16> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg143: tensor<512x2048xf16> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg144: tensor<2048x2048xf16> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg145: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg146: tensor<8192x2048xf16> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg147: tensor<8192x2048xf16> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg148: tensor<2048x8192xf16> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg149: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache"}, tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg4, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2048>} : (tensor<128256x2048xf16>, tensor<1x1xi32>) -> tensor<1x2048xf16>
    %5 = stablehlo.convert %4 : (tensor<1x2048xf16>) -> tensor<1x2048xf32>
    %6 = stablehlo.convert %5 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %7 = stablehlo.convert %6 : (tensor<1x2048xbf16>) -> tensor<1x2048xf32>
    %8 = stablehlo.composite "mlxla.rms_norm" %7, %arg5 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %9 = stablehlo.convert %arg6 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %10 = stablehlo.convert %9 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %11 = stablehlo.convert %8 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %12 = stablehlo.dot_general %11, %10, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %13 = stablehlo.reshape %12 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %14 = stablehlo.composite "mlxla.rope" %13, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %15 = stablehlo.convert %arg7 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %16 = stablehlo.convert %15 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %17 = stablehlo.convert %8 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %18 = stablehlo.dot_general %17, %16, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %19 = stablehlo.reshape %18 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %20 = stablehlo.composite "mlxla.rope" %19, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %21 = stablehlo.convert %arg8 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %22 = stablehlo.convert %21 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %23 = stablehlo.convert %8 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %24 = stablehlo.dot_general %23, %22, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %25 = stablehlo.reshape %24 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %26 = stablehlo.convert %20 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %27 = stablehlo.convert %25 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %28 = stablehlo.constant dense<0> : tensor<i32>
    %29 = stablehlo.constant dense<0> : tensor<i32>
    %30 = stablehlo.constant dense<0> : tensor<i32>
    %31 = stablehlo.reshape %26 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %32 = stablehlo.dynamic_update_slice %arg2, %31, %28, %30, %arg1, %29, %29 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %33 = stablehlo.reshape %27 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %34 = stablehlo.dynamic_update_slice %arg3, %33, %28, %30, %arg1, %29, %29 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %35 = stablehlo.slice %34 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %36 = stablehlo.reshape %35 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %37 = stablehlo.slice %32 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %38 = stablehlo.reshape %37 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %39 = stablehlo.composite "mlxla.attention" %14, %38, %36, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %40 = stablehlo.reshape %39 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %41 = stablehlo.convert %arg9 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %42 = stablehlo.convert %41 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %43 = stablehlo.convert %40 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %44 = stablehlo.dot_general %43, %42, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %45 = stablehlo.add %7, %44 : tensor<1x2048xf32>
    %46 = stablehlo.composite "mlxla.rms_norm" %45, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %47 = stablehlo.convert %arg11 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %48 = stablehlo.convert %47 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %49 = stablehlo.convert %46 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %50 = stablehlo.dot_general %49, %48, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %51 = stablehlo.convert %arg12 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %52 = stablehlo.convert %51 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %53 = stablehlo.convert %46 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %54 = stablehlo.dot_general %53, %52, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %55 = stablehlo.logistic %50 : tensor<1x8192xf32>
    %56 = stablehlo.multiply %50, %55 : tensor<1x8192xf32>
    %57 = stablehlo.multiply %56, %54 : tensor<1x8192xf32>
    %58 = stablehlo.convert %arg13 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %59 = stablehlo.convert %58 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %60 = stablehlo.convert %57 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %61 = stablehlo.dot_general %60, %59, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %62 = stablehlo.add %45, %61 : tensor<1x2048xf32>
    %63 = stablehlo.composite "mlxla.rms_norm" %62, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %64 = stablehlo.convert %arg15 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %65 = stablehlo.convert %64 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %66 = stablehlo.convert %63 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %67 = stablehlo.dot_general %66, %65, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %68 = stablehlo.reshape %67 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %69 = stablehlo.composite "mlxla.rope" %68, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %70 = stablehlo.convert %arg16 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %71 = stablehlo.convert %70 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %72 = stablehlo.convert %63 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %73 = stablehlo.dot_general %72, %71, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %74 = stablehlo.reshape %73 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %75 = stablehlo.composite "mlxla.rope" %74, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %76 = stablehlo.convert %arg17 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %77 = stablehlo.convert %76 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %78 = stablehlo.convert %63 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %79 = stablehlo.dot_general %78, %77, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %80 = stablehlo.reshape %79 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %81 = stablehlo.convert %75 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %82 = stablehlo.convert %80 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %83 = stablehlo.constant dense<1> : tensor<i32>
    %84 = stablehlo.constant dense<0> : tensor<i32>
    %85 = stablehlo.constant dense<0> : tensor<i32>
    %86 = stablehlo.reshape %81 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %87 = stablehlo.dynamic_update_slice %32, %86, %83, %85, %arg1, %84, %84 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %88 = stablehlo.reshape %82 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %89 = stablehlo.dynamic_update_slice %34, %88, %83, %85, %arg1, %84, %84 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %90 = stablehlo.slice %89 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %91 = stablehlo.reshape %90 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %92 = stablehlo.slice %87 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %93 = stablehlo.reshape %92 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %94 = stablehlo.composite "mlxla.attention" %69, %93, %91, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %95 = stablehlo.reshape %94 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %96 = stablehlo.convert %arg18 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %97 = stablehlo.convert %96 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %98 = stablehlo.convert %95 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %99 = stablehlo.dot_general %98, %97, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %100 = stablehlo.add %62, %99 : tensor<1x2048xf32>
    %101 = stablehlo.composite "mlxla.rms_norm" %100, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %102 = stablehlo.convert %arg20 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %103 = stablehlo.convert %102 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %104 = stablehlo.convert %101 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %105 = stablehlo.dot_general %104, %103, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %106 = stablehlo.convert %arg21 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %107 = stablehlo.convert %106 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %108 = stablehlo.convert %101 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %109 = stablehlo.dot_general %108, %107, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %110 = stablehlo.logistic %105 : tensor<1x8192xf32>
    %111 = stablehlo.multiply %105, %110 : tensor<1x8192xf32>
    %112 = stablehlo.multiply %111, %109 : tensor<1x8192xf32>
    %113 = stablehlo.convert %arg22 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %114 = stablehlo.convert %113 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %115 = stablehlo.convert %112 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %116 = stablehlo.dot_general %115, %114, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %117 = stablehlo.add %100, %116 : tensor<1x2048xf32>
    %118 = stablehlo.composite "mlxla.rms_norm" %117, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %119 = stablehlo.convert %arg24 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %120 = stablehlo.convert %119 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %121 = stablehlo.convert %118 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %122 = stablehlo.dot_general %121, %120, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %123 = stablehlo.reshape %122 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %124 = stablehlo.composite "mlxla.rope" %123, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %125 = stablehlo.convert %arg25 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %126 = stablehlo.convert %125 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %127 = stablehlo.convert %118 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %128 = stablehlo.dot_general %127, %126, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %129 = stablehlo.reshape %128 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %130 = stablehlo.composite "mlxla.rope" %129, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %131 = stablehlo.convert %arg26 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %132 = stablehlo.convert %131 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %133 = stablehlo.convert %118 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %134 = stablehlo.dot_general %133, %132, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %135 = stablehlo.reshape %134 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %136 = stablehlo.convert %130 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %137 = stablehlo.convert %135 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %138 = stablehlo.constant dense<2> : tensor<i32>
    %139 = stablehlo.constant dense<0> : tensor<i32>
    %140 = stablehlo.constant dense<0> : tensor<i32>
    %141 = stablehlo.reshape %136 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %142 = stablehlo.dynamic_update_slice %87, %141, %138, %140, %arg1, %139, %139 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %143 = stablehlo.reshape %137 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %144 = stablehlo.dynamic_update_slice %89, %143, %138, %140, %arg1, %139, %139 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %145 = stablehlo.slice %144 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %146 = stablehlo.reshape %145 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %147 = stablehlo.slice %142 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %148 = stablehlo.reshape %147 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %149 = stablehlo.composite "mlxla.attention" %124, %148, %146, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %151 = stablehlo.convert %arg27 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %152 = stablehlo.convert %151 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %153 = stablehlo.convert %150 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %154 = stablehlo.dot_general %153, %152, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %155 = stablehlo.add %117, %154 : tensor<1x2048xf32>
    %156 = stablehlo.composite "mlxla.rms_norm" %155, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %157 = stablehlo.convert %arg29 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %158 = stablehlo.convert %157 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %159 = stablehlo.convert %156 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %160 = stablehlo.dot_general %159, %158, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %161 = stablehlo.convert %arg30 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %162 = stablehlo.convert %161 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %163 = stablehlo.convert %156 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %164 = stablehlo.dot_general %163, %162, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %165 = stablehlo.logistic %160 : tensor<1x8192xf32>
    %166 = stablehlo.multiply %160, %165 : tensor<1x8192xf32>
    %167 = stablehlo.multiply %166, %164 : tensor<1x8192xf32>
    %168 = stablehlo.convert %arg31 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %169 = stablehlo.convert %168 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %170 = stablehlo.convert %167 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %171 = stablehlo.dot_general %170, %169, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %172 = stablehlo.add %155, %171 : tensor<1x2048xf32>
    %173 = stablehlo.composite "mlxla.rms_norm" %172, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %174 = stablehlo.convert %arg33 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %175 = stablehlo.convert %174 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %176 = stablehlo.convert %173 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %177 = stablehlo.dot_general %176, %175, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %178 = stablehlo.reshape %177 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %179 = stablehlo.composite "mlxla.rope" %178, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %180 = stablehlo.convert %arg34 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %181 = stablehlo.convert %180 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %182 = stablehlo.convert %173 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %183 = stablehlo.dot_general %182, %181, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %184 = stablehlo.reshape %183 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %185 = stablehlo.composite "mlxla.rope" %184, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %186 = stablehlo.convert %arg35 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %187 = stablehlo.convert %186 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %188 = stablehlo.convert %173 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %189 = stablehlo.dot_general %188, %187, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %190 = stablehlo.reshape %189 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %191 = stablehlo.convert %185 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %192 = stablehlo.convert %190 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %193 = stablehlo.constant dense<3> : tensor<i32>
    %194 = stablehlo.constant dense<0> : tensor<i32>
    %195 = stablehlo.constant dense<0> : tensor<i32>
    %196 = stablehlo.reshape %191 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %197 = stablehlo.dynamic_update_slice %142, %196, %193, %195, %arg1, %194, %194 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %198 = stablehlo.reshape %192 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %199 = stablehlo.dynamic_update_slice %144, %198, %193, %195, %arg1, %194, %194 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %200 = stablehlo.slice %199 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %201 = stablehlo.reshape %200 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %202 = stablehlo.slice %197 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %203 = stablehlo.reshape %202 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %204 = stablehlo.composite "mlxla.attention" %179, %203, %201, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %205 = stablehlo.reshape %204 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %206 = stablehlo.convert %arg36 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %207 = stablehlo.convert %206 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %208 = stablehlo.convert %205 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %209 = stablehlo.dot_general %208, %207, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %210 = stablehlo.add %172, %209 : tensor<1x2048xf32>
    %211 = stablehlo.composite "mlxla.rms_norm" %210, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %212 = stablehlo.convert %arg38 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %213 = stablehlo.convert %212 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %214 = stablehlo.convert %211 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %215 = stablehlo.dot_general %214, %213, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %216 = stablehlo.convert %arg39 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %217 = stablehlo.convert %216 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %218 = stablehlo.convert %211 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %219 = stablehlo.dot_general %218, %217, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %220 = stablehlo.logistic %215 : tensor<1x8192xf32>
    %221 = stablehlo.multiply %215, %220 : tensor<1x8192xf32>
    %222 = stablehlo.multiply %221, %219 : tensor<1x8192xf32>
    %223 = stablehlo.convert %arg40 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %224 = stablehlo.convert %223 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %225 = stablehlo.convert %222 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %226 = stablehlo.dot_general %225, %224, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %227 = stablehlo.add %210, %226 : tensor<1x2048xf32>
    %228 = stablehlo.composite "mlxla.rms_norm" %227, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %229 = stablehlo.convert %arg42 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %230 = stablehlo.convert %229 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %231 = stablehlo.convert %228 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %232 = stablehlo.dot_general %231, %230, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %233 = stablehlo.reshape %232 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %234 = stablehlo.composite "mlxla.rope" %233, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %235 = stablehlo.convert %arg43 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %236 = stablehlo.convert %235 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %237 = stablehlo.convert %228 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %238 = stablehlo.dot_general %237, %236, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %239 = stablehlo.reshape %238 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %240 = stablehlo.composite "mlxla.rope" %239, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %241 = stablehlo.convert %arg44 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %242 = stablehlo.convert %241 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %243 = stablehlo.convert %228 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %244 = stablehlo.dot_general %243, %242, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %245 = stablehlo.reshape %244 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %246 = stablehlo.convert %240 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %247 = stablehlo.convert %245 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %248 = stablehlo.constant dense<4> : tensor<i32>
    %249 = stablehlo.constant dense<0> : tensor<i32>
    %250 = stablehlo.constant dense<0> : tensor<i32>
    %251 = stablehlo.reshape %246 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %252 = stablehlo.dynamic_update_slice %197, %251, %248, %250, %arg1, %249, %249 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %253 = stablehlo.reshape %247 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %254 = stablehlo.dynamic_update_slice %199, %253, %248, %250, %arg1, %249, %249 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %255 = stablehlo.slice %254 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %256 = stablehlo.reshape %255 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %257 = stablehlo.slice %252 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %258 = stablehlo.reshape %257 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %259 = stablehlo.composite "mlxla.attention" %234, %258, %256, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %260 = stablehlo.reshape %259 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %261 = stablehlo.convert %arg45 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %262 = stablehlo.convert %261 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %263 = stablehlo.convert %260 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %264 = stablehlo.dot_general %263, %262, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %265 = stablehlo.add %227, %264 : tensor<1x2048xf32>
    %266 = stablehlo.composite "mlxla.rms_norm" %265, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %267 = stablehlo.convert %arg47 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %268 = stablehlo.convert %267 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %269 = stablehlo.convert %266 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %270 = stablehlo.dot_general %269, %268, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %271 = stablehlo.convert %arg48 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %272 = stablehlo.convert %271 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %273 = stablehlo.convert %266 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %274 = stablehlo.dot_general %273, %272, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %275 = stablehlo.logistic %270 : tensor<1x8192xf32>
    %276 = stablehlo.multiply %270, %275 : tensor<1x8192xf32>
    %277 = stablehlo.multiply %276, %274 : tensor<1x8192xf32>
    %278 = stablehlo.convert %arg49 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %279 = stablehlo.convert %278 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %280 = stablehlo.convert %277 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %281 = stablehlo.dot_general %280, %279, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %282 = stablehlo.add %265, %281 : tensor<1x2048xf32>
    %283 = stablehlo.composite "mlxla.rms_norm" %282, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %284 = stablehlo.convert %arg51 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %285 = stablehlo.convert %284 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %286 = stablehlo.convert %283 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %287 = stablehlo.dot_general %286, %285, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %288 = stablehlo.reshape %287 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %289 = stablehlo.composite "mlxla.rope" %288, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %290 = stablehlo.convert %arg52 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %291 = stablehlo.convert %290 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %292 = stablehlo.convert %283 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %293 = stablehlo.dot_general %292, %291, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %294 = stablehlo.reshape %293 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %295 = stablehlo.composite "mlxla.rope" %294, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %296 = stablehlo.convert %arg53 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %297 = stablehlo.convert %296 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %298 = stablehlo.convert %283 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %299 = stablehlo.dot_general %298, %297, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %300 = stablehlo.reshape %299 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %301 = stablehlo.convert %295 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %302 = stablehlo.convert %300 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %303 = stablehlo.constant dense<5> : tensor<i32>
    %304 = stablehlo.constant dense<0> : tensor<i32>
    %305 = stablehlo.constant dense<0> : tensor<i32>
    %306 = stablehlo.reshape %301 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %307 = stablehlo.dynamic_update_slice %252, %306, %303, %305, %arg1, %304, %304 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %308 = stablehlo.reshape %302 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %309 = stablehlo.dynamic_update_slice %254, %308, %303, %305, %arg1, %304, %304 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %310 = stablehlo.slice %309 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %311 = stablehlo.reshape %310 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %312 = stablehlo.slice %307 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %313 = stablehlo.reshape %312 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %314 = stablehlo.composite "mlxla.attention" %289, %313, %311, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %315 = stablehlo.reshape %314 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %316 = stablehlo.convert %arg54 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %317 = stablehlo.convert %316 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %318 = stablehlo.convert %315 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %319 = stablehlo.dot_general %318, %317, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %320 = stablehlo.add %282, %319 : tensor<1x2048xf32>
    %321 = stablehlo.composite "mlxla.rms_norm" %320, %arg55 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %322 = stablehlo.convert %arg56 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %323 = stablehlo.convert %322 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %324 = stablehlo.convert %321 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %325 = stablehlo.dot_general %324, %323, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %326 = stablehlo.convert %arg57 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %327 = stablehlo.convert %326 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %328 = stablehlo.convert %321 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %329 = stablehlo.dot_general %328, %327, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %330 = stablehlo.logistic %325 : tensor<1x8192xf32>
    %331 = stablehlo.multiply %325, %330 : tensor<1x8192xf32>
    %332 = stablehlo.multiply %331, %329 : tensor<1x8192xf32>
    %333 = stablehlo.convert %arg58 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %334 = stablehlo.convert %333 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %335 = stablehlo.convert %332 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %336 = stablehlo.dot_general %335, %334, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %337 = stablehlo.add %320, %336 : tensor<1x2048xf32>
    %338 = stablehlo.composite "mlxla.rms_norm" %337, %arg59 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %339 = stablehlo.convert %arg60 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %340 = stablehlo.convert %339 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %341 = stablehlo.convert %338 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %342 = stablehlo.dot_general %341, %340, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %343 = stablehlo.reshape %342 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %344 = stablehlo.composite "mlxla.rope" %343, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %345 = stablehlo.convert %arg61 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %346 = stablehlo.convert %345 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %347 = stablehlo.convert %338 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %348 = stablehlo.dot_general %347, %346, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %349 = stablehlo.reshape %348 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %350 = stablehlo.composite "mlxla.rope" %349, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %351 = stablehlo.convert %arg62 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %352 = stablehlo.convert %351 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %353 = stablehlo.convert %338 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %354 = stablehlo.dot_general %353, %352, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %355 = stablehlo.reshape %354 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %356 = stablehlo.convert %350 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %357 = stablehlo.convert %355 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %358 = stablehlo.constant dense<6> : tensor<i32>
    %359 = stablehlo.constant dense<0> : tensor<i32>
    %360 = stablehlo.constant dense<0> : tensor<i32>
    %361 = stablehlo.reshape %356 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %362 = stablehlo.dynamic_update_slice %307, %361, %358, %360, %arg1, %359, %359 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %363 = stablehlo.reshape %357 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %364 = stablehlo.dynamic_update_slice %309, %363, %358, %360, %arg1, %359, %359 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %365 = stablehlo.slice %364 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %366 = stablehlo.reshape %365 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %367 = stablehlo.slice %362 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %368 = stablehlo.reshape %367 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %369 = stablehlo.composite "mlxla.attention" %344, %368, %366, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %370 = stablehlo.reshape %369 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %371 = stablehlo.convert %arg63 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %372 = stablehlo.convert %371 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %373 = stablehlo.convert %370 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %374 = stablehlo.dot_general %373, %372, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %375 = stablehlo.add %337, %374 : tensor<1x2048xf32>
    %376 = stablehlo.composite "mlxla.rms_norm" %375, %arg64 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %377 = stablehlo.convert %arg65 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %378 = stablehlo.convert %377 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %379 = stablehlo.convert %376 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %380 = stablehlo.dot_general %379, %378, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %381 = stablehlo.convert %arg66 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %382 = stablehlo.convert %381 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %383 = stablehlo.convert %376 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %384 = stablehlo.dot_general %383, %382, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %385 = stablehlo.logistic %380 : tensor<1x8192xf32>
    %386 = stablehlo.multiply %380, %385 : tensor<1x8192xf32>
    %387 = stablehlo.multiply %386, %384 : tensor<1x8192xf32>
    %388 = stablehlo.convert %arg67 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %389 = stablehlo.convert %388 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %390 = stablehlo.convert %387 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %391 = stablehlo.dot_general %390, %389, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %392 = stablehlo.add %375, %391 : tensor<1x2048xf32>
    %393 = stablehlo.composite "mlxla.rms_norm" %392, %arg68 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %394 = stablehlo.convert %arg69 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %395 = stablehlo.convert %394 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %396 = stablehlo.convert %393 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %397 = stablehlo.dot_general %396, %395, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %398 = stablehlo.reshape %397 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %399 = stablehlo.composite "mlxla.rope" %398, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %400 = stablehlo.convert %arg70 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %401 = stablehlo.convert %400 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %402 = stablehlo.convert %393 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %403 = stablehlo.dot_general %402, %401, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %404 = stablehlo.reshape %403 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %405 = stablehlo.composite "mlxla.rope" %404, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %406 = stablehlo.convert %arg71 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %407 = stablehlo.convert %406 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %408 = stablehlo.convert %393 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %409 = stablehlo.dot_general %408, %407, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %410 = stablehlo.reshape %409 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %411 = stablehlo.convert %405 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %412 = stablehlo.convert %410 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %413 = stablehlo.constant dense<7> : tensor<i32>
    %414 = stablehlo.constant dense<0> : tensor<i32>
    %415 = stablehlo.constant dense<0> : tensor<i32>
    %416 = stablehlo.reshape %411 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %417 = stablehlo.dynamic_update_slice %362, %416, %413, %415, %arg1, %414, %414 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %418 = stablehlo.reshape %412 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %419 = stablehlo.dynamic_update_slice %364, %418, %413, %415, %arg1, %414, %414 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %420 = stablehlo.slice %419 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %421 = stablehlo.reshape %420 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %422 = stablehlo.slice %417 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %423 = stablehlo.reshape %422 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %424 = stablehlo.composite "mlxla.attention" %399, %423, %421, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %425 = stablehlo.reshape %424 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %426 = stablehlo.convert %arg72 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %427 = stablehlo.convert %426 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %428 = stablehlo.convert %425 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %429 = stablehlo.dot_general %428, %427, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %430 = stablehlo.add %392, %429 : tensor<1x2048xf32>
    %431 = stablehlo.composite "mlxla.rms_norm" %430, %arg73 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %432 = stablehlo.convert %arg74 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %433 = stablehlo.convert %432 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %434 = stablehlo.convert %431 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %435 = stablehlo.dot_general %434, %433, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %436 = stablehlo.convert %arg75 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %437 = stablehlo.convert %436 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %438 = stablehlo.convert %431 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %439 = stablehlo.dot_general %438, %437, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %440 = stablehlo.logistic %435 : tensor<1x8192xf32>
    %441 = stablehlo.multiply %435, %440 : tensor<1x8192xf32>
    %442 = stablehlo.multiply %441, %439 : tensor<1x8192xf32>
    %443 = stablehlo.convert %arg76 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %444 = stablehlo.convert %443 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %445 = stablehlo.convert %442 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %446 = stablehlo.dot_general %445, %444, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %447 = stablehlo.add %430, %446 : tensor<1x2048xf32>
    %448 = stablehlo.composite "mlxla.rms_norm" %447, %arg77 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %449 = stablehlo.convert %arg78 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %450 = stablehlo.convert %449 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %451 = stablehlo.convert %448 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %452 = stablehlo.dot_general %451, %450, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %453 = stablehlo.reshape %452 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %454 = stablehlo.composite "mlxla.rope" %453, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %455 = stablehlo.convert %arg79 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %456 = stablehlo.convert %455 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %457 = stablehlo.convert %448 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %458 = stablehlo.dot_general %457, %456, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %459 = stablehlo.reshape %458 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %460 = stablehlo.composite "mlxla.rope" %459, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %461 = stablehlo.convert %arg80 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %462 = stablehlo.convert %461 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %463 = stablehlo.convert %448 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %464 = stablehlo.dot_general %463, %462, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %465 = stablehlo.reshape %464 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %466 = stablehlo.convert %460 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %467 = stablehlo.convert %465 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %468 = stablehlo.constant dense<8> : tensor<i32>
    %469 = stablehlo.constant dense<0> : tensor<i32>
    %470 = stablehlo.constant dense<0> : tensor<i32>
    %471 = stablehlo.reshape %466 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %472 = stablehlo.dynamic_update_slice %417, %471, %468, %470, %arg1, %469, %469 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %473 = stablehlo.reshape %467 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %474 = stablehlo.dynamic_update_slice %419, %473, %468, %470, %arg1, %469, %469 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %475 = stablehlo.slice %474 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %476 = stablehlo.reshape %475 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %477 = stablehlo.slice %472 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %478 = stablehlo.reshape %477 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %479 = stablehlo.composite "mlxla.attention" %454, %478, %476, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %480 = stablehlo.reshape %479 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %481 = stablehlo.convert %arg81 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %482 = stablehlo.convert %481 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %483 = stablehlo.convert %480 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %484 = stablehlo.dot_general %483, %482, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %485 = stablehlo.add %447, %484 : tensor<1x2048xf32>
    %486 = stablehlo.composite "mlxla.rms_norm" %485, %arg82 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %487 = stablehlo.convert %arg83 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %488 = stablehlo.convert %487 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %489 = stablehlo.convert %486 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %490 = stablehlo.dot_general %489, %488, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %491 = stablehlo.convert %arg84 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %492 = stablehlo.convert %491 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %493 = stablehlo.convert %486 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %494 = stablehlo.dot_general %493, %492, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %495 = stablehlo.logistic %490 : tensor<1x8192xf32>
    %496 = stablehlo.multiply %490, %495 : tensor<1x8192xf32>
    %497 = stablehlo.multiply %496, %494 : tensor<1x8192xf32>
    %498 = stablehlo.convert %arg85 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %499 = stablehlo.convert %498 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %500 = stablehlo.convert %497 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %501 = stablehlo.dot_general %500, %499, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %502 = stablehlo.add %485, %501 : tensor<1x2048xf32>
    %503 = stablehlo.composite "mlxla.rms_norm" %502, %arg86 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %504 = stablehlo.convert %arg87 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %505 = stablehlo.convert %504 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %506 = stablehlo.convert %503 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %507 = stablehlo.dot_general %506, %505, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %508 = stablehlo.reshape %507 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %509 = stablehlo.composite "mlxla.rope" %508, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %510 = stablehlo.convert %arg88 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %511 = stablehlo.convert %510 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %512 = stablehlo.convert %503 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %513 = stablehlo.dot_general %512, %511, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %514 = stablehlo.reshape %513 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %515 = stablehlo.composite "mlxla.rope" %514, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %516 = stablehlo.convert %arg89 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %517 = stablehlo.convert %516 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %518 = stablehlo.convert %503 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %519 = stablehlo.dot_general %518, %517, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %520 = stablehlo.reshape %519 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %521 = stablehlo.convert %515 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %522 = stablehlo.convert %520 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %523 = stablehlo.constant dense<9> : tensor<i32>
    %524 = stablehlo.constant dense<0> : tensor<i32>
    %525 = stablehlo.constant dense<0> : tensor<i32>
    %526 = stablehlo.reshape %521 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %527 = stablehlo.dynamic_update_slice %472, %526, %523, %525, %arg1, %524, %524 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %528 = stablehlo.reshape %522 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %529 = stablehlo.dynamic_update_slice %474, %528, %523, %525, %arg1, %524, %524 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %530 = stablehlo.slice %529 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %531 = stablehlo.reshape %530 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %532 = stablehlo.slice %527 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %533 = stablehlo.reshape %532 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %534 = stablehlo.composite "mlxla.attention" %509, %533, %531, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %535 = stablehlo.reshape %534 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %536 = stablehlo.convert %arg90 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %537 = stablehlo.convert %536 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %538 = stablehlo.convert %535 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %539 = stablehlo.dot_general %538, %537, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %540 = stablehlo.add %502, %539 : tensor<1x2048xf32>
    %541 = stablehlo.composite "mlxla.rms_norm" %540, %arg91 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %542 = stablehlo.convert %arg92 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %543 = stablehlo.convert %542 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %544 = stablehlo.convert %541 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %545 = stablehlo.dot_general %544, %543, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %546 = stablehlo.convert %arg93 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %547 = stablehlo.convert %546 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %548 = stablehlo.convert %541 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %549 = stablehlo.dot_general %548, %547, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %550 = stablehlo.logistic %545 : tensor<1x8192xf32>
    %551 = stablehlo.multiply %545, %550 : tensor<1x8192xf32>
    %552 = stablehlo.multiply %551, %549 : tensor<1x8192xf32>
    %553 = stablehlo.convert %arg94 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %554 = stablehlo.convert %553 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %555 = stablehlo.convert %552 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %556 = stablehlo.dot_general %555, %554, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %557 = stablehlo.add %540, %556 : tensor<1x2048xf32>
    %558 = stablehlo.composite "mlxla.rms_norm" %557, %arg95 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %559 = stablehlo.convert %arg96 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %560 = stablehlo.convert %559 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %561 = stablehlo.convert %558 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %562 = stablehlo.dot_general %561, %560, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %563 = stablehlo.reshape %562 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %564 = stablehlo.composite "mlxla.rope" %563, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %565 = stablehlo.convert %arg97 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %566 = stablehlo.convert %565 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %567 = stablehlo.convert %558 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %568 = stablehlo.dot_general %567, %566, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %569 = stablehlo.reshape %568 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %570 = stablehlo.composite "mlxla.rope" %569, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %571 = stablehlo.convert %arg98 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %572 = stablehlo.convert %571 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %573 = stablehlo.convert %558 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %574 = stablehlo.dot_general %573, %572, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %575 = stablehlo.reshape %574 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %576 = stablehlo.convert %570 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %577 = stablehlo.convert %575 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %578 = stablehlo.constant dense<10> : tensor<i32>
    %579 = stablehlo.constant dense<0> : tensor<i32>
    %580 = stablehlo.constant dense<0> : tensor<i32>
    %581 = stablehlo.reshape %576 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %582 = stablehlo.dynamic_update_slice %527, %581, %578, %580, %arg1, %579, %579 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %583 = stablehlo.reshape %577 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %584 = stablehlo.dynamic_update_slice %529, %583, %578, %580, %arg1, %579, %579 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %585 = stablehlo.slice %584 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %586 = stablehlo.reshape %585 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %587 = stablehlo.slice %582 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %588 = stablehlo.reshape %587 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %589 = stablehlo.composite "mlxla.attention" %564, %588, %586, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %590 = stablehlo.reshape %589 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %591 = stablehlo.convert %arg99 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %592 = stablehlo.convert %591 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %593 = stablehlo.convert %590 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %594 = stablehlo.dot_general %593, %592, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %595 = stablehlo.add %557, %594 : tensor<1x2048xf32>
    %596 = stablehlo.composite "mlxla.rms_norm" %595, %arg100 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %597 = stablehlo.convert %arg101 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %598 = stablehlo.convert %597 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %599 = stablehlo.convert %596 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %600 = stablehlo.dot_general %599, %598, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %601 = stablehlo.convert %arg102 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %602 = stablehlo.convert %601 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %603 = stablehlo.convert %596 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %604 = stablehlo.dot_general %603, %602, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %605 = stablehlo.logistic %600 : tensor<1x8192xf32>
    %606 = stablehlo.multiply %600, %605 : tensor<1x8192xf32>
    %607 = stablehlo.multiply %606, %604 : tensor<1x8192xf32>
    %608 = stablehlo.convert %arg103 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %609 = stablehlo.convert %608 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %610 = stablehlo.convert %607 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %611 = stablehlo.dot_general %610, %609, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %612 = stablehlo.add %595, %611 : tensor<1x2048xf32>
    %613 = stablehlo.composite "mlxla.rms_norm" %612, %arg104 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %614 = stablehlo.convert %arg105 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %615 = stablehlo.convert %614 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %616 = stablehlo.convert %613 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %617 = stablehlo.dot_general %616, %615, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %618 = stablehlo.reshape %617 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %619 = stablehlo.composite "mlxla.rope" %618, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %620 = stablehlo.convert %arg106 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %621 = stablehlo.convert %620 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %622 = stablehlo.convert %613 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %623 = stablehlo.dot_general %622, %621, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %624 = stablehlo.reshape %623 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %625 = stablehlo.composite "mlxla.rope" %624, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %626 = stablehlo.convert %arg107 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %627 = stablehlo.convert %626 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %628 = stablehlo.convert %613 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %629 = stablehlo.dot_general %628, %627, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %630 = stablehlo.reshape %629 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %631 = stablehlo.convert %625 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %632 = stablehlo.convert %630 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %633 = stablehlo.constant dense<11> : tensor<i32>
    %634 = stablehlo.constant dense<0> : tensor<i32>
    %635 = stablehlo.constant dense<0> : tensor<i32>
    %636 = stablehlo.reshape %631 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %637 = stablehlo.dynamic_update_slice %582, %636, %633, %635, %arg1, %634, %634 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %638 = stablehlo.reshape %632 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %639 = stablehlo.dynamic_update_slice %584, %638, %633, %635, %arg1, %634, %634 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %640 = stablehlo.slice %639 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %641 = stablehlo.reshape %640 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %642 = stablehlo.slice %637 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %643 = stablehlo.reshape %642 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %644 = stablehlo.composite "mlxla.attention" %619, %643, %641, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %645 = stablehlo.reshape %644 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %646 = stablehlo.convert %arg108 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %647 = stablehlo.convert %646 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %648 = stablehlo.convert %645 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %649 = stablehlo.dot_general %648, %647, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %650 = stablehlo.add %612, %649 : tensor<1x2048xf32>
    %651 = stablehlo.composite "mlxla.rms_norm" %650, %arg109 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %652 = stablehlo.convert %arg110 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %653 = stablehlo.convert %652 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %654 = stablehlo.convert %651 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %655 = stablehlo.dot_general %654, %653, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %656 = stablehlo.convert %arg111 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %657 = stablehlo.convert %656 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %658 = stablehlo.convert %651 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %659 = stablehlo.dot_general %658, %657, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %660 = stablehlo.logistic %655 : tensor<1x8192xf32>
    %661 = stablehlo.multiply %655, %660 : tensor<1x8192xf32>
    %662 = stablehlo.multiply %661, %659 : tensor<1x8192xf32>
    %663 = stablehlo.convert %arg112 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %664 = stablehlo.convert %663 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %665 = stablehlo.convert %662 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %666 = stablehlo.dot_general %665, %664, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %667 = stablehlo.add %650, %666 : tensor<1x2048xf32>
    %668 = stablehlo.composite "mlxla.rms_norm" %667, %arg113 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %669 = stablehlo.convert %arg114 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %670 = stablehlo.convert %669 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %671 = stablehlo.convert %668 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %672 = stablehlo.dot_general %671, %670, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %673 = stablehlo.reshape %672 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %674 = stablehlo.composite "mlxla.rope" %673, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %675 = stablehlo.convert %arg115 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %676 = stablehlo.convert %675 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %677 = stablehlo.convert %668 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %678 = stablehlo.dot_general %677, %676, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %679 = stablehlo.reshape %678 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %680 = stablehlo.composite "mlxla.rope" %679, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %681 = stablehlo.convert %arg116 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %682 = stablehlo.convert %681 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %683 = stablehlo.convert %668 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %684 = stablehlo.dot_general %683, %682, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %685 = stablehlo.reshape %684 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %686 = stablehlo.convert %680 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %687 = stablehlo.convert %685 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %688 = stablehlo.constant dense<12> : tensor<i32>
    %689 = stablehlo.constant dense<0> : tensor<i32>
    %690 = stablehlo.constant dense<0> : tensor<i32>
    %691 = stablehlo.reshape %686 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %692 = stablehlo.dynamic_update_slice %637, %691, %688, %690, %arg1, %689, %689 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %693 = stablehlo.reshape %687 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %694 = stablehlo.dynamic_update_slice %639, %693, %688, %690, %arg1, %689, %689 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %695 = stablehlo.slice %694 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %696 = stablehlo.reshape %695 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %697 = stablehlo.slice %692 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %698 = stablehlo.reshape %697 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %699 = stablehlo.composite "mlxla.attention" %674, %698, %696, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %700 = stablehlo.reshape %699 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %701 = stablehlo.convert %arg117 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %702 = stablehlo.convert %701 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %703 = stablehlo.convert %700 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %704 = stablehlo.dot_general %703, %702, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %705 = stablehlo.add %667, %704 : tensor<1x2048xf32>
    %706 = stablehlo.composite "mlxla.rms_norm" %705, %arg118 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %707 = stablehlo.convert %arg119 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %708 = stablehlo.convert %707 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %709 = stablehlo.convert %706 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %710 = stablehlo.dot_general %709, %708, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %711 = stablehlo.convert %arg120 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %712 = stablehlo.convert %711 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %713 = stablehlo.convert %706 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %714 = stablehlo.dot_general %713, %712, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %715 = stablehlo.logistic %710 : tensor<1x8192xf32>
    %716 = stablehlo.multiply %710, %715 : tensor<1x8192xf32>
    %717 = stablehlo.multiply %716, %714 : tensor<1x8192xf32>
    %718 = stablehlo.convert %arg121 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %719 = stablehlo.convert %718 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %720 = stablehlo.convert %717 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %721 = stablehlo.dot_general %720, %719, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %722 = stablehlo.add %705, %721 : tensor<1x2048xf32>
    %723 = stablehlo.composite "mlxla.rms_norm" %722, %arg122 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %724 = stablehlo.convert %arg123 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %725 = stablehlo.convert %724 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %726 = stablehlo.convert %723 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %727 = stablehlo.dot_general %726, %725, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %728 = stablehlo.reshape %727 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %729 = stablehlo.composite "mlxla.rope" %728, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %730 = stablehlo.convert %arg124 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %731 = stablehlo.convert %730 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %732 = stablehlo.convert %723 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %733 = stablehlo.dot_general %732, %731, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %734 = stablehlo.reshape %733 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %735 = stablehlo.composite "mlxla.rope" %734, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %736 = stablehlo.convert %arg125 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %737 = stablehlo.convert %736 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %738 = stablehlo.convert %723 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %739 = stablehlo.dot_general %738, %737, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %740 = stablehlo.reshape %739 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %741 = stablehlo.convert %735 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %742 = stablehlo.convert %740 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %743 = stablehlo.constant dense<13> : tensor<i32>
    %744 = stablehlo.constant dense<0> : tensor<i32>
    %745 = stablehlo.constant dense<0> : tensor<i32>
    %746 = stablehlo.reshape %741 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %747 = stablehlo.dynamic_update_slice %692, %746, %743, %745, %arg1, %744, %744 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %748 = stablehlo.reshape %742 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %749 = stablehlo.dynamic_update_slice %694, %748, %743, %745, %arg1, %744, %744 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %750 = stablehlo.slice %749 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %751 = stablehlo.reshape %750 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %752 = stablehlo.slice %747 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %753 = stablehlo.reshape %752 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %754 = stablehlo.composite "mlxla.attention" %729, %753, %751, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %755 = stablehlo.reshape %754 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %756 = stablehlo.convert %arg126 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %757 = stablehlo.convert %756 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %758 = stablehlo.convert %755 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %759 = stablehlo.dot_general %758, %757, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %760 = stablehlo.add %722, %759 : tensor<1x2048xf32>
    %761 = stablehlo.composite "mlxla.rms_norm" %760, %arg127 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %762 = stablehlo.convert %arg128 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %763 = stablehlo.convert %762 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %764 = stablehlo.convert %761 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %765 = stablehlo.dot_general %764, %763, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %766 = stablehlo.convert %arg129 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %767 = stablehlo.convert %766 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %768 = stablehlo.convert %761 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %769 = stablehlo.dot_general %768, %767, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %770 = stablehlo.logistic %765 : tensor<1x8192xf32>
    %771 = stablehlo.multiply %765, %770 : tensor<1x8192xf32>
    %772 = stablehlo.multiply %771, %769 : tensor<1x8192xf32>
    %773 = stablehlo.convert %arg130 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %774 = stablehlo.convert %773 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %775 = stablehlo.convert %772 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %776 = stablehlo.dot_general %775, %774, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %777 = stablehlo.add %760, %776 : tensor<1x2048xf32>
    %778 = stablehlo.composite "mlxla.rms_norm" %777, %arg131 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %779 = stablehlo.convert %arg132 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %780 = stablehlo.convert %779 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %781 = stablehlo.convert %778 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %782 = stablehlo.dot_general %781, %780, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %783 = stablehlo.reshape %782 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %784 = stablehlo.composite "mlxla.rope" %783, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %785 = stablehlo.convert %arg133 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %786 = stablehlo.convert %785 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %787 = stablehlo.convert %778 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %788 = stablehlo.dot_general %787, %786, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %789 = stablehlo.reshape %788 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %790 = stablehlo.composite "mlxla.rope" %789, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %791 = stablehlo.convert %arg134 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %792 = stablehlo.convert %791 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %793 = stablehlo.convert %778 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %794 = stablehlo.dot_general %793, %792, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %795 = stablehlo.reshape %794 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %796 = stablehlo.convert %790 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %797 = stablehlo.convert %795 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %798 = stablehlo.constant dense<14> : tensor<i32>
    %799 = stablehlo.constant dense<0> : tensor<i32>
    %800 = stablehlo.constant dense<0> : tensor<i32>
    %801 = stablehlo.reshape %796 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %802 = stablehlo.dynamic_update_slice %747, %801, %798, %800, %arg1, %799, %799 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %803 = stablehlo.reshape %797 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %804 = stablehlo.dynamic_update_slice %749, %803, %798, %800, %arg1, %799, %799 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %805 = stablehlo.slice %804 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %806 = stablehlo.reshape %805 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %807 = stablehlo.slice %802 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %808 = stablehlo.reshape %807 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %809 = stablehlo.composite "mlxla.attention" %784, %808, %806, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %810 = stablehlo.reshape %809 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %811 = stablehlo.convert %arg135 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %812 = stablehlo.convert %811 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %813 = stablehlo.convert %810 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %814 = stablehlo.dot_general %813, %812, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %815 = stablehlo.add %777, %814 : tensor<1x2048xf32>
    %816 = stablehlo.composite "mlxla.rms_norm" %815, %arg136 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %817 = stablehlo.convert %arg137 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %818 = stablehlo.convert %817 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %819 = stablehlo.convert %816 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %820 = stablehlo.dot_general %819, %818, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %821 = stablehlo.convert %arg138 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %822 = stablehlo.convert %821 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %823 = stablehlo.convert %816 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %824 = stablehlo.dot_general %823, %822, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %825 = stablehlo.logistic %820 : tensor<1x8192xf32>
    %826 = stablehlo.multiply %820, %825 : tensor<1x8192xf32>
    %827 = stablehlo.multiply %826, %824 : tensor<1x8192xf32>
    %828 = stablehlo.convert %arg139 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %829 = stablehlo.convert %828 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %830 = stablehlo.convert %827 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %831 = stablehlo.dot_general %830, %829, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %832 = stablehlo.add %815, %831 : tensor<1x2048xf32>
    %833 = stablehlo.composite "mlxla.rms_norm" %832, %arg140 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %834 = stablehlo.convert %arg141 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %835 = stablehlo.convert %834 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %836 = stablehlo.convert %833 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %837 = stablehlo.dot_general %836, %835, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %838 = stablehlo.reshape %837 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %839 = stablehlo.composite "mlxla.rope" %838, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %840 = stablehlo.convert %arg142 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %841 = stablehlo.convert %840 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %842 = stablehlo.convert %833 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %843 = stablehlo.dot_general %842, %841, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %844 = stablehlo.reshape %843 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %845 = stablehlo.composite "mlxla.rope" %844, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %846 = stablehlo.convert %arg143 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %847 = stablehlo.convert %846 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %848 = stablehlo.convert %833 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %849 = stablehlo.dot_general %848, %847, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %850 = stablehlo.reshape %849 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %851 = stablehlo.convert %845 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %852 = stablehlo.convert %850 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %853 = stablehlo.constant dense<15> : tensor<i32>
    %854 = stablehlo.constant dense<0> : tensor<i32>
    %855 = stablehlo.constant dense<0> : tensor<i32>
    %856 = stablehlo.reshape %851 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %857 = stablehlo.dynamic_update_slice %802, %856, %853, %855, %arg1, %854, %854 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %858 = stablehlo.reshape %852 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %859 = stablehlo.dynamic_update_slice %804, %858, %853, %855, %arg1, %854, %854 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %860 = stablehlo.slice %859 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %861 = stablehlo.reshape %860 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %862 = stablehlo.slice %857 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %863 = stablehlo.reshape %862 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %864 = stablehlo.composite "mlxla.attention" %839, %863, %861, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %865 = stablehlo.reshape %864 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %866 = stablehlo.convert %arg144 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %867 = stablehlo.convert %866 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %868 = stablehlo.convert %865 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %869 = stablehlo.dot_general %868, %867, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %870 = stablehlo.add %832, %869 : tensor<1x2048xf32>
    %871 = stablehlo.composite "mlxla.rms_norm" %870, %arg145 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %872 = stablehlo.convert %arg146 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %873 = stablehlo.convert %872 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %874 = stablehlo.convert %871 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %875 = stablehlo.dot_general %874, %873, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %876 = stablehlo.convert %arg147 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %877 = stablehlo.convert %876 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %878 = stablehlo.convert %871 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %879 = stablehlo.dot_general %878, %877, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %880 = stablehlo.logistic %875 : tensor<1x8192xf32>
    %881 = stablehlo.multiply %875, %880 : tensor<1x8192xf32>
    %882 = stablehlo.multiply %881, %879 : tensor<1x8192xf32>
    %883 = stablehlo.convert %arg148 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %884 = stablehlo.convert %883 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %885 = stablehlo.convert %882 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %886 = stablehlo.dot_general %885, %884, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %887 = stablehlo.add %870, %886 : tensor<1x2048xf32>
    %888 = stablehlo.composite "mlxla.rms_norm" %887, %arg149 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %889 = stablehlo.convert %arg4 : (tensor<128256x2048xf16>) -> tensor<128256x2048xf32>
    %890 = stablehlo.convert %889 : (tensor<128256x2048xf32>) -> tensor<128256x2048xbf16>
    %891 = stablehlo.convert %888 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %892 = stablehlo.dot_general %891, %890, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<128256x2048xbf16>) -> tensor<1x128256xf32>
    %893 = stablehlo.composite "mlxla.argmax" %892 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %893, %857, %859 : tensor<1xi32>, tensor<16x1x64x8x64xf16>, tensor<16x1x64x8x64xf16>
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
