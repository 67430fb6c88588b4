module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<16x1x64x8x64xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<16x1x64x8x64xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<128256x2048xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<2048x2048xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<512x2048xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<512x2048xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<2048x2048xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<8192x2048xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<8192x2048xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<2048x8192xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<2048x2048xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<512x2048xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<512x2048xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<2048x2048xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<8192x2048xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<8192x2048xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<2048x8192xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<2048x2048xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<512x2048xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<512x2048xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<2048x2048xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<8192x2048xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<8192x2048xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<2048x8192xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<2048x2048xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<512x2048xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<512x2048xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<2048x2048xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<8192x2048xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<8192x2048xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<2048x8192xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<2048x2048xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<512x2048xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<512x2048xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<2048x2048xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<8192x2048xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<8192x2048xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<2048x8192xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg51: tensor<2048x2048xf16> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg52: tensor<512x2048xf16> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg53: tensor<512x2048xf16> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg54: tensor<2048x2048xf16> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg55: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg56: tensor<8192x2048xf16> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg57: tensor<8192x2048xf16> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg58: tensor<2048x8192xf16> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg59: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg60: tensor<2048x2048xf16> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg61: tensor<512x2048xf16> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg62: tensor<512x2048xf16> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg63: tensor<2048x2048xf16> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg64: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg65: tensor<8192x2048xf16> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg66: tensor<8192x2048xf16> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg67: tensor<2048x8192xf16> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg68: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg69: tensor<2048x2048xf16> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg70: tensor<512x2048xf16> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg71: tensor<512x2048xf16> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg72: tensor<2048x2048xf16> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg73: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg74: tensor<8192x2048xf16> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg75: tensor<8192x2048xf16> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg76: tensor<2048x8192xf16> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg77: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg78: tensor<2048x2048xf16> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg79: tensor<512x2048xf16> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg80: tensor<512x2048xf16> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg81: tensor<2048x2048xf16> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg82: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg83: tensor<8192x2048xf16> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg84: tensor<8192x2048xf16> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg85: tensor<2048x8192xf16> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg86: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg87: tensor<2048x2048xf16> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg88: tensor<512x2048xf16> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg89: tensor<512x2048xf16> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg90: tensor<2048x2048xf16> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg91: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg92: tensor<8192x2048xf16> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg93: tensor<8192x2048xf16> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg94: tensor<2048x8192xf16> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg95: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg96: tensor<2048x2048xf16> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg97: tensor<512x2048xf16> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg98: tensor<512x2048xf16> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg99: tensor<2048x2048xf16> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg100: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg101: tensor<8192x2048xf16> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg102: tensor<8192x2048xf16> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg103: tensor<2048x8192xf16> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg104: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg105: tensor<2048x2048xf16> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg106: tensor<512x2048xf16> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg107: tensor<512x2048xf16> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg108: tensor<2048x2048xf16> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg109: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg110: tensor<8192x2048xf16> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg111: tensor<8192x2048xf16> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg112: tensor<2048x8192xf16> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg113: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg114: tensor<2048x2048xf16> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg115: tensor<512x2048xf16> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg116: tensor<512x2048xf16> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg117: tensor<2048x2048xf16> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg118: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg119: tensor<8192x2048xf16> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg120: tensor<8192x2048xf16> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg121: tensor<2048x8192xf16> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg122: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg123: tensor<2048x2048xf16> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg124: tensor<512x2048xf16> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg125: tensor<512x2048xf16> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg126: tensor<2048x2048xf16> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg127: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg128: tensor<8192x2048xf16> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg129: tensor<8192x2048xf16> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg130: tensor<2048x8192xf16> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg131: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg132: tensor<2048x2048xf16> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg133: tensor<512x2048xf16> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg134: tensor<512x2048xf16> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg135: tensor<2048x2048xf16> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg136: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg137: tensor<8192x2048xf16> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg138: tensor<8192x2048xf16> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg139: tensor<2048x8192xf16> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg140: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg141: tensor<2048x2048xf16> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg142: tensor<512x2048xf16> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg143: tensor<512x2048xf16> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg144: tensor<2048x2048xf16> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg145: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg146: tensor<8192x2048xf16> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg147: tensor<8192x2048xf16> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg148: tensor<2048x8192xf16> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg149: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<16x1x64x8x64xf32> {mlxla.name = "k_cache"}, tensor<16x1x64x8x64xf32> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg4, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2048>} : (tensor<128256x2048xf16>, tensor<1x1xi32>) -> tensor<1x2048xf16>
    %5 = stablehlo.convert %4 : (tensor<1x2048xf16>) -> tensor<1x2048xf32>
    %6 = stablehlo.convert %5 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %7 = stablehlo.convert %6 : (tensor<1x2048xbf16>) -> tensor<1x2048xf32>
    %8 = stablehlo.composite "mlxla.rms_norm" %7, %arg5 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %9 = stablehlo.convert %8 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %10 = stablehlo.convert %arg6 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %11 = stablehlo.convert %10 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %12 = stablehlo.dot_general %9, %11, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %13 = stablehlo.reshape %12 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %14 = stablehlo.composite "mlxla.rope" %13, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %15 = stablehlo.convert %8 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %16 = stablehlo.convert %arg7 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %17 = stablehlo.convert %16 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %18 = stablehlo.dot_general %15, %17, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %19 = stablehlo.reshape %18 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %20 = stablehlo.composite "mlxla.rope" %19, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %21 = stablehlo.convert %8 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %22 = stablehlo.convert %arg8 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %23 = stablehlo.convert %22 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %24 = stablehlo.dot_general %21, %23, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %25 = stablehlo.reshape %24 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %26 = stablehlo.constant dense<0> : tensor<i32>
    %27 = stablehlo.constant dense<0> : tensor<i32>
    %28 = stablehlo.constant dense<0> : tensor<i32>
    %29 = stablehlo.reshape %20 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %30 = stablehlo.dynamic_update_slice %arg2, %29, %26, %28, %arg1, %27, %27 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %31 = stablehlo.reshape %25 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %32 = stablehlo.dynamic_update_slice %arg3, %31, %26, %28, %arg1, %27, %27 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %33 = stablehlo.slice %30 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %34 = stablehlo.reshape %33 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %35 = stablehlo.slice %32 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %36 = stablehlo.reshape %35 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %37 = stablehlo.composite "mlxla.attention" %14, %34, %36, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %38 = stablehlo.reshape %37 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %39 = stablehlo.convert %38 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %40 = stablehlo.convert %arg9 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %41 = stablehlo.convert %40 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %42 = stablehlo.dot_general %39, %41, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %43 = stablehlo.add %7, %42 : tensor<1x2048xf32>
    %44 = stablehlo.composite "mlxla.rms_norm" %43, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %45 = stablehlo.convert %44 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %46 = stablehlo.convert %arg11 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %47 = stablehlo.convert %46 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %48 = stablehlo.dot_general %45, %47, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %49 = stablehlo.logistic %48 : tensor<1x8192xf32>
    %50 = stablehlo.multiply %48, %49 : tensor<1x8192xf32>
    %51 = stablehlo.convert %44 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %52 = stablehlo.convert %arg12 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %53 = stablehlo.convert %52 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %54 = stablehlo.dot_general %51, %53, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %55 = stablehlo.multiply %50, %54 : tensor<1x8192xf32>
    %56 = stablehlo.convert %55 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %57 = stablehlo.convert %arg13 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %58 = stablehlo.convert %57 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %59 = stablehlo.dot_general %56, %58, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %60 = stablehlo.add %43, %59 : tensor<1x2048xf32>
    %61 = stablehlo.composite "mlxla.rms_norm" %60, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %62 = stablehlo.convert %61 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %63 = stablehlo.convert %arg15 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %64 = stablehlo.convert %63 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %65 = stablehlo.dot_general %62, %64, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %66 = stablehlo.reshape %65 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %67 = stablehlo.composite "mlxla.rope" %66, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %68 = stablehlo.convert %61 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %69 = stablehlo.convert %arg16 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %70 = stablehlo.convert %69 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %71 = stablehlo.dot_general %68, %70, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %72 = stablehlo.reshape %71 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %73 = stablehlo.composite "mlxla.rope" %72, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %74 = stablehlo.convert %61 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %75 = stablehlo.convert %arg17 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %76 = stablehlo.convert %75 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %77 = stablehlo.dot_general %74, %76, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %79 = stablehlo.constant dense<1> : tensor<i32>
    %80 = stablehlo.constant dense<0> : tensor<i32>
    %81 = stablehlo.constant dense<0> : tensor<i32>
    %82 = stablehlo.reshape %73 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %83 = stablehlo.dynamic_update_slice %30, %82, %79, %81, %arg1, %80, %80 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %84 = stablehlo.reshape %78 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %85 = stablehlo.dynamic_update_slice %32, %84, %79, %81, %arg1, %80, %80 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %86 = stablehlo.slice %83 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %87 = stablehlo.reshape %86 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %88 = stablehlo.slice %85 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %89 = stablehlo.reshape %88 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %90 = stablehlo.composite "mlxla.attention" %67, %87, %89, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %91 = stablehlo.reshape %90 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %92 = stablehlo.convert %91 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %93 = stablehlo.convert %arg18 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %94 = stablehlo.convert %93 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %95 = stablehlo.dot_general %92, %94, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %96 = stablehlo.add %60, %95 : tensor<1x2048xf32>
    %97 = stablehlo.composite "mlxla.rms_norm" %96, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %98 = stablehlo.convert %97 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %99 = stablehlo.convert %arg20 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %100 = stablehlo.convert %99 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %101 = stablehlo.dot_general %98, %100, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %102 = stablehlo.logistic %101 : tensor<1x8192xf32>
    %103 = stablehlo.multiply %101, %102 : tensor<1x8192xf32>
    %104 = stablehlo.convert %97 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %105 = stablehlo.convert %arg21 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %106 = stablehlo.convert %105 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %107 = stablehlo.dot_general %104, %106, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %108 = stablehlo.multiply %103, %107 : tensor<1x8192xf32>
    %109 = stablehlo.convert %108 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %110 = stablehlo.convert %arg22 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %111 = stablehlo.convert %110 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %112 = stablehlo.dot_general %109, %111, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %113 = stablehlo.add %96, %112 : tensor<1x2048xf32>
    %114 = stablehlo.composite "mlxla.rms_norm" %113, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %115 = stablehlo.convert %114 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %116 = stablehlo.convert %arg24 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %117 = stablehlo.convert %116 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %118 = stablehlo.dot_general %115, %117, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %119 = stablehlo.reshape %118 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %120 = stablehlo.composite "mlxla.rope" %119, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %121 = stablehlo.convert %114 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %122 = stablehlo.convert %arg25 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %123 = stablehlo.convert %122 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %124 = stablehlo.dot_general %121, %123, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %125 = stablehlo.reshape %124 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %126 = stablehlo.composite "mlxla.rope" %125, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %127 = stablehlo.convert %114 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %128 = stablehlo.convert %arg26 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %129 = stablehlo.convert %128 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %130 = stablehlo.dot_general %127, %129, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %131 = stablehlo.reshape %130 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %132 = stablehlo.constant dense<2> : tensor<i32>
    %133 = stablehlo.constant dense<0> : tensor<i32>
    %134 = stablehlo.constant dense<0> : tensor<i32>
    %135 = stablehlo.reshape %126 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %136 = stablehlo.dynamic_update_slice %83, %135, %132, %134, %arg1, %133, %133 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %137 = stablehlo.reshape %131 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %138 = stablehlo.dynamic_update_slice %85, %137, %132, %134, %arg1, %133, %133 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %139 = stablehlo.slice %136 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %140 = stablehlo.reshape %139 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %141 = stablehlo.slice %138 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %142 = stablehlo.reshape %141 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %143 = stablehlo.composite "mlxla.attention" %120, %140, %142, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %144 = stablehlo.reshape %143 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %145 = stablehlo.convert %144 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %146 = stablehlo.convert %arg27 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %147 = stablehlo.convert %146 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %148 = stablehlo.dot_general %145, %147, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %149 = stablehlo.add %113, %148 : tensor<1x2048xf32>
    %150 = stablehlo.composite "mlxla.rms_norm" %149, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %151 = stablehlo.convert %150 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %152 = stablehlo.convert %arg29 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %153 = stablehlo.convert %152 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %154 = stablehlo.dot_general %151, %153, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %155 = stablehlo.logistic %154 : tensor<1x8192xf32>
    %156 = stablehlo.multiply %154, %155 : tensor<1x8192xf32>
    %157 = stablehlo.convert %150 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %158 = stablehlo.convert %arg30 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %159 = stablehlo.convert %158 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %160 = stablehlo.dot_general %157, %159, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %161 = stablehlo.multiply %156, %160 : tensor<1x8192xf32>
    %162 = stablehlo.convert %161 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %163 = stablehlo.convert %arg31 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %164 = stablehlo.convert %163 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %165 = stablehlo.dot_general %162, %164, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %166 = stablehlo.add %149, %165 : tensor<1x2048xf32>
    %167 = stablehlo.composite "mlxla.rms_norm" %166, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %168 = stablehlo.convert %167 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %169 = stablehlo.convert %arg33 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %170 = stablehlo.convert %169 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %171 = stablehlo.dot_general %168, %170, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %172 = stablehlo.reshape %171 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %173 = stablehlo.composite "mlxla.rope" %172, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %174 = stablehlo.convert %167 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %175 = stablehlo.convert %arg34 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %176 = stablehlo.convert %175 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %177 = stablehlo.dot_general %174, %176, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %178 = stablehlo.reshape %177 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %179 = stablehlo.composite "mlxla.rope" %178, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %180 = stablehlo.convert %167 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %181 = stablehlo.convert %arg35 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %182 = stablehlo.convert %181 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %183 = stablehlo.dot_general %180, %182, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %184 = stablehlo.reshape %183 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %185 = stablehlo.constant dense<3> : tensor<i32>
    %186 = stablehlo.constant dense<0> : tensor<i32>
    %187 = stablehlo.constant dense<0> : tensor<i32>
    %188 = stablehlo.reshape %179 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %189 = stablehlo.dynamic_update_slice %136, %188, %185, %187, %arg1, %186, %186 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %190 = stablehlo.reshape %184 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %191 = stablehlo.dynamic_update_slice %138, %190, %185, %187, %arg1, %186, %186 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %192 = stablehlo.slice %189 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %193 = stablehlo.reshape %192 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %194 = stablehlo.slice %191 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %195 = stablehlo.reshape %194 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %196 = stablehlo.composite "mlxla.attention" %173, %193, %195, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %197 = stablehlo.reshape %196 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %198 = stablehlo.convert %197 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %199 = stablehlo.convert %arg36 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %200 = stablehlo.convert %199 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %201 = stablehlo.dot_general %198, %200, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %202 = stablehlo.add %166, %201 : tensor<1x2048xf32>
    %203 = stablehlo.composite "mlxla.rms_norm" %202, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %204 = stablehlo.convert %203 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %205 = stablehlo.convert %arg38 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %206 = stablehlo.convert %205 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %207 = stablehlo.dot_general %204, %206, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %208 = stablehlo.logistic %207 : tensor<1x8192xf32>
    %209 = stablehlo.multiply %207, %208 : tensor<1x8192xf32>
    %210 = stablehlo.convert %203 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %211 = stablehlo.convert %arg39 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %212 = stablehlo.convert %211 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %213 = stablehlo.dot_general %210, %212, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %214 = stablehlo.multiply %209, %213 : tensor<1x8192xf32>
    %215 = stablehlo.convert %214 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %216 = stablehlo.convert %arg40 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %217 = stablehlo.convert %216 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %218 = stablehlo.dot_general %215, %217, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %219 = stablehlo.add %202, %218 : tensor<1x2048xf32>
    %220 = stablehlo.composite "mlxla.rms_norm" %219, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %221 = stablehlo.convert %220 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %222 = stablehlo.convert %arg42 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %223 = stablehlo.convert %222 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %224 = stablehlo.dot_general %221, %223, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %225 = stablehlo.reshape %224 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %226 = stablehlo.composite "mlxla.rope" %225, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %227 = stablehlo.convert %220 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %228 = stablehlo.convert %arg43 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %229 = stablehlo.convert %228 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %230 = stablehlo.dot_general %227, %229, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %231 = stablehlo.reshape %230 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %232 = stablehlo.composite "mlxla.rope" %231, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %233 = stablehlo.convert %220 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %234 = stablehlo.convert %arg44 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %235 = stablehlo.convert %234 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %236 = stablehlo.dot_general %233, %235, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %237 = stablehlo.reshape %236 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %238 = stablehlo.constant dense<4> : tensor<i32>
    %239 = stablehlo.constant dense<0> : tensor<i32>
    %240 = stablehlo.constant dense<0> : tensor<i32>
    %241 = stablehlo.reshape %232 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %242 = stablehlo.dynamic_update_slice %189, %241, %238, %240, %arg1, %239, %239 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %243 = stablehlo.reshape %237 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %244 = stablehlo.dynamic_update_slice %191, %243, %238, %240, %arg1, %239, %239 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %245 = stablehlo.slice %242 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %246 = stablehlo.reshape %245 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %247 = stablehlo.slice %244 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %248 = stablehlo.reshape %247 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %249 = stablehlo.composite "mlxla.attention" %226, %246, %248, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %250 = stablehlo.reshape %249 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %251 = stablehlo.convert %250 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %252 = stablehlo.convert %arg45 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %253 = stablehlo.convert %252 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %254 = stablehlo.dot_general %251, %253, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %255 = stablehlo.add %219, %254 : tensor<1x2048xf32>
    %256 = stablehlo.composite "mlxla.rms_norm" %255, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %257 = stablehlo.convert %256 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %258 = stablehlo.convert %arg47 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %259 = stablehlo.convert %258 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %260 = stablehlo.dot_general %257, %259, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %261 = stablehlo.logistic %260 : tensor<1x8192xf32>
    %262 = stablehlo.multiply %260, %261 : tensor<1x8192xf32>
    %263 = stablehlo.convert %256 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %264 = stablehlo.convert %arg48 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %265 = stablehlo.convert %264 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %266 = stablehlo.dot_general %263, %265, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %267 = stablehlo.multiply %262, %266 : tensor<1x8192xf32>
    %268 = stablehlo.convert %267 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %269 = stablehlo.convert %arg49 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %270 = stablehlo.convert %269 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %271 = stablehlo.dot_general %268, %270, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %272 = stablehlo.add %255, %271 : tensor<1x2048xf32>
    %273 = stablehlo.composite "mlxla.rms_norm" %272, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %274 = stablehlo.convert %273 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %275 = stablehlo.convert %arg51 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %276 = stablehlo.convert %275 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %277 = stablehlo.dot_general %274, %276, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %278 = stablehlo.reshape %277 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %279 = stablehlo.composite "mlxla.rope" %278, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %280 = stablehlo.convert %273 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %281 = stablehlo.convert %arg52 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %282 = stablehlo.convert %281 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %283 = stablehlo.dot_general %280, %282, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %284 = stablehlo.reshape %283 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %285 = stablehlo.composite "mlxla.rope" %284, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %286 = stablehlo.convert %273 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %287 = stablehlo.convert %arg53 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %288 = stablehlo.convert %287 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %289 = stablehlo.dot_general %286, %288, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %290 = stablehlo.reshape %289 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %291 = stablehlo.constant dense<5> : tensor<i32>
    %292 = stablehlo.constant dense<0> : tensor<i32>
    %293 = stablehlo.constant dense<0> : tensor<i32>
    %294 = stablehlo.reshape %285 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %295 = stablehlo.dynamic_update_slice %242, %294, %291, %293, %arg1, %292, %292 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %296 = stablehlo.reshape %290 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %297 = stablehlo.dynamic_update_slice %244, %296, %291, %293, %arg1, %292, %292 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %298 = stablehlo.slice %295 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %299 = stablehlo.reshape %298 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %300 = stablehlo.slice %297 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %301 = stablehlo.reshape %300 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %302 = stablehlo.composite "mlxla.attention" %279, %299, %301, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %303 = stablehlo.reshape %302 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %304 = stablehlo.convert %303 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %305 = stablehlo.convert %arg54 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %306 = stablehlo.convert %305 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %307 = stablehlo.dot_general %304, %306, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %308 = stablehlo.add %272, %307 : tensor<1x2048xf32>
    %309 = stablehlo.composite "mlxla.rms_norm" %308, %arg55 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %310 = stablehlo.convert %309 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %311 = stablehlo.convert %arg56 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %312 = stablehlo.convert %311 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %313 = stablehlo.dot_general %310, %312, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %314 = stablehlo.logistic %313 : tensor<1x8192xf32>
    %315 = stablehlo.multiply %313, %314 : tensor<1x8192xf32>
    %316 = stablehlo.convert %309 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %317 = stablehlo.convert %arg57 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %318 = stablehlo.convert %317 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %319 = stablehlo.dot_general %316, %318, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %320 = stablehlo.multiply %315, %319 : tensor<1x8192xf32>
    %321 = stablehlo.convert %320 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %322 = stablehlo.convert %arg58 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %323 = stablehlo.convert %322 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %324 = stablehlo.dot_general %321, %323, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %325 = stablehlo.add %308, %324 : tensor<1x2048xf32>
    %326 = stablehlo.composite "mlxla.rms_norm" %325, %arg59 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %327 = stablehlo.convert %326 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %328 = stablehlo.convert %arg60 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %329 = stablehlo.convert %328 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %330 = stablehlo.dot_general %327, %329, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %331 = stablehlo.reshape %330 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %332 = stablehlo.composite "mlxla.rope" %331, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %333 = stablehlo.convert %326 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %334 = stablehlo.convert %arg61 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %335 = stablehlo.convert %334 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %336 = stablehlo.dot_general %333, %335, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %337 = stablehlo.reshape %336 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %338 = stablehlo.composite "mlxla.rope" %337, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %339 = stablehlo.convert %326 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %340 = stablehlo.convert %arg62 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %341 = stablehlo.convert %340 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %342 = stablehlo.dot_general %339, %341, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %343 = stablehlo.reshape %342 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %344 = stablehlo.constant dense<6> : tensor<i32>
    %345 = stablehlo.constant dense<0> : tensor<i32>
    %346 = stablehlo.constant dense<0> : tensor<i32>
    %347 = stablehlo.reshape %338 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %348 = stablehlo.dynamic_update_slice %295, %347, %344, %346, %arg1, %345, %345 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %349 = stablehlo.reshape %343 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %350 = stablehlo.dynamic_update_slice %297, %349, %344, %346, %arg1, %345, %345 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %351 = stablehlo.slice %348 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %352 = stablehlo.reshape %351 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %353 = stablehlo.slice %350 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %354 = stablehlo.reshape %353 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %355 = stablehlo.composite "mlxla.attention" %332, %352, %354, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %356 = stablehlo.reshape %355 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %357 = stablehlo.convert %356 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %358 = stablehlo.convert %arg63 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %359 = stablehlo.convert %358 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %360 = stablehlo.dot_general %357, %359, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %361 = stablehlo.add %325, %360 : tensor<1x2048xf32>
    %362 = stablehlo.composite "mlxla.rms_norm" %361, %arg64 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %363 = stablehlo.convert %362 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %364 = stablehlo.convert %arg65 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %365 = stablehlo.convert %364 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %366 = stablehlo.dot_general %363, %365, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %367 = stablehlo.logistic %366 : tensor<1x8192xf32>
    %368 = stablehlo.multiply %366, %367 : tensor<1x8192xf32>
    %369 = stablehlo.convert %362 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %370 = stablehlo.convert %arg66 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %371 = stablehlo.convert %370 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %372 = stablehlo.dot_general %369, %371, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %373 = stablehlo.multiply %368, %372 : tensor<1x8192xf32>
    %374 = stablehlo.convert %373 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %375 = stablehlo.convert %arg67 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %376 = stablehlo.convert %375 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %377 = stablehlo.dot_general %374, %376, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %378 = stablehlo.add %361, %377 : tensor<1x2048xf32>
    %379 = stablehlo.composite "mlxla.rms_norm" %378, %arg68 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %380 = stablehlo.convert %379 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %381 = stablehlo.convert %arg69 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %382 = stablehlo.convert %381 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %383 = stablehlo.dot_general %380, %382, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %384 = stablehlo.reshape %383 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %385 = stablehlo.composite "mlxla.rope" %384, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %386 = stablehlo.convert %379 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %387 = stablehlo.convert %arg70 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %388 = stablehlo.convert %387 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %389 = stablehlo.dot_general %386, %388, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %390 = stablehlo.reshape %389 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %391 = stablehlo.composite "mlxla.rope" %390, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %392 = stablehlo.convert %379 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %393 = stablehlo.convert %arg71 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %394 = stablehlo.convert %393 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %395 = stablehlo.dot_general %392, %394, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %396 = stablehlo.reshape %395 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %397 = stablehlo.constant dense<7> : tensor<i32>
    %398 = stablehlo.constant dense<0> : tensor<i32>
    %399 = stablehlo.constant dense<0> : tensor<i32>
    %400 = stablehlo.reshape %391 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %401 = stablehlo.dynamic_update_slice %348, %400, %397, %399, %arg1, %398, %398 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %402 = stablehlo.reshape %396 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %403 = stablehlo.dynamic_update_slice %350, %402, %397, %399, %arg1, %398, %398 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %404 = stablehlo.slice %401 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %405 = stablehlo.reshape %404 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %406 = stablehlo.slice %403 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %407 = stablehlo.reshape %406 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %408 = stablehlo.composite "mlxla.attention" %385, %405, %407, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %409 = stablehlo.reshape %408 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %410 = stablehlo.convert %409 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %411 = stablehlo.convert %arg72 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %412 = stablehlo.convert %411 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %413 = stablehlo.dot_general %410, %412, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %414 = stablehlo.add %378, %413 : tensor<1x2048xf32>
    %415 = stablehlo.composite "mlxla.rms_norm" %414, %arg73 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %416 = stablehlo.convert %415 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %417 = stablehlo.convert %arg74 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %418 = stablehlo.convert %417 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %419 = stablehlo.dot_general %416, %418, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %420 = stablehlo.logistic %419 : tensor<1x8192xf32>
    %421 = stablehlo.multiply %419, %420 : tensor<1x8192xf32>
    %422 = stablehlo.convert %415 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %423 = stablehlo.convert %arg75 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %424 = stablehlo.convert %423 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %425 = stablehlo.dot_general %422, %424, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %426 = stablehlo.multiply %421, %425 : tensor<1x8192xf32>
    %427 = stablehlo.convert %426 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %428 = stablehlo.convert %arg76 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %429 = stablehlo.convert %428 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %430 = stablehlo.dot_general %427, %429, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %431 = stablehlo.add %414, %430 : tensor<1x2048xf32>
    %432 = stablehlo.composite "mlxla.rms_norm" %431, %arg77 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %433 = stablehlo.convert %432 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %434 = stablehlo.convert %arg78 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %435 = stablehlo.convert %434 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %436 = stablehlo.dot_general %433, %435, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %437 = stablehlo.reshape %436 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %438 = stablehlo.composite "mlxla.rope" %437, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %439 = stablehlo.convert %432 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %440 = stablehlo.convert %arg79 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %441 = stablehlo.convert %440 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %442 = stablehlo.dot_general %439, %441, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %443 = stablehlo.reshape %442 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %444 = stablehlo.composite "mlxla.rope" %443, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %445 = stablehlo.convert %432 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %446 = stablehlo.convert %arg80 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %447 = stablehlo.convert %446 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %448 = stablehlo.dot_general %445, %447, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %449 = stablehlo.reshape %448 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %450 = stablehlo.constant dense<8> : tensor<i32>
    %451 = stablehlo.constant dense<0> : tensor<i32>
    %452 = stablehlo.constant dense<0> : tensor<i32>
    %453 = stablehlo.reshape %444 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %454 = stablehlo.dynamic_update_slice %401, %453, %450, %452, %arg1, %451, %451 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %455 = stablehlo.reshape %449 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %456 = stablehlo.dynamic_update_slice %403, %455, %450, %452, %arg1, %451, %451 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %457 = stablehlo.slice %454 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %458 = stablehlo.reshape %457 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %459 = stablehlo.slice %456 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %460 = stablehlo.reshape %459 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %461 = stablehlo.composite "mlxla.attention" %438, %458, %460, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %462 = stablehlo.reshape %461 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %463 = stablehlo.convert %462 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %464 = stablehlo.convert %arg81 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %465 = stablehlo.convert %464 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %466 = stablehlo.dot_general %463, %465, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %467 = stablehlo.add %431, %466 : tensor<1x2048xf32>
    %468 = stablehlo.composite "mlxla.rms_norm" %467, %arg82 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %469 = stablehlo.convert %468 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %470 = stablehlo.convert %arg83 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %471 = stablehlo.convert %470 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %472 = stablehlo.dot_general %469, %471, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %473 = stablehlo.logistic %472 : tensor<1x8192xf32>
    %474 = stablehlo.multiply %472, %473 : tensor<1x8192xf32>
    %475 = stablehlo.convert %468 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %476 = stablehlo.convert %arg84 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %477 = stablehlo.convert %476 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %478 = stablehlo.dot_general %475, %477, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %479 = stablehlo.multiply %474, %478 : tensor<1x8192xf32>
    %480 = stablehlo.convert %479 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %481 = stablehlo.convert %arg85 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %482 = stablehlo.convert %481 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %483 = stablehlo.dot_general %480, %482, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %484 = stablehlo.add %467, %483 : tensor<1x2048xf32>
    %485 = stablehlo.composite "mlxla.rms_norm" %484, %arg86 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %486 = stablehlo.convert %485 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %487 = stablehlo.convert %arg87 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %488 = stablehlo.convert %487 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %489 = stablehlo.dot_general %486, %488, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %490 = stablehlo.reshape %489 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %491 = stablehlo.composite "mlxla.rope" %490, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %492 = stablehlo.convert %485 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %493 = stablehlo.convert %arg88 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %494 = stablehlo.convert %493 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %495 = stablehlo.dot_general %492, %494, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %496 = stablehlo.reshape %495 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %497 = stablehlo.composite "mlxla.rope" %496, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %498 = stablehlo.convert %485 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %499 = stablehlo.convert %arg89 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %500 = stablehlo.convert %499 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %501 = stablehlo.dot_general %498, %500, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %502 = stablehlo.reshape %501 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %503 = stablehlo.constant dense<9> : tensor<i32>
    %504 = stablehlo.constant dense<0> : tensor<i32>
    %505 = stablehlo.constant dense<0> : tensor<i32>
    %506 = stablehlo.reshape %497 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %507 = stablehlo.dynamic_update_slice %454, %506, %503, %505, %arg1, %504, %504 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %508 = stablehlo.reshape %502 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %509 = stablehlo.dynamic_update_slice %456, %508, %503, %505, %arg1, %504, %504 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %510 = stablehlo.slice %507 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %511 = stablehlo.reshape %510 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %512 = stablehlo.slice %509 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %513 = stablehlo.reshape %512 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %514 = stablehlo.composite "mlxla.attention" %491, %511, %513, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %515 = stablehlo.reshape %514 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %516 = stablehlo.convert %515 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %517 = stablehlo.convert %arg90 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %518 = stablehlo.convert %517 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %519 = stablehlo.dot_general %516, %518, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %520 = stablehlo.add %484, %519 : tensor<1x2048xf32>
    %521 = stablehlo.composite "mlxla.rms_norm" %520, %arg91 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %522 = stablehlo.convert %521 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %523 = stablehlo.convert %arg92 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %524 = stablehlo.convert %523 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %525 = stablehlo.dot_general %522, %524, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %526 = stablehlo.logistic %525 : tensor<1x8192xf32>
    %527 = stablehlo.multiply %525, %526 : tensor<1x8192xf32>
    %528 = stablehlo.convert %521 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %529 = stablehlo.convert %arg93 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %530 = stablehlo.convert %529 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %531 = stablehlo.dot_general %528, %530, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %532 = stablehlo.multiply %527, %531 : tensor<1x8192xf32>
    %533 = stablehlo.convert %532 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %534 = stablehlo.convert %arg94 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %535 = stablehlo.convert %534 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %536 = stablehlo.dot_general %533, %535, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %537 = stablehlo.add %520, %536 : tensor<1x2048xf32>
    %538 = stablehlo.composite "mlxla.rms_norm" %537, %arg95 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %539 = stablehlo.convert %538 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %540 = stablehlo.convert %arg96 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %541 = stablehlo.convert %540 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %542 = stablehlo.dot_general %539, %541, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %543 = stablehlo.reshape %542 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %544 = stablehlo.composite "mlxla.rope" %543, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %545 = stablehlo.convert %538 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %546 = stablehlo.convert %arg97 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %547 = stablehlo.convert %546 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %548 = stablehlo.dot_general %545, %547, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %549 = stablehlo.reshape %548 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %550 = stablehlo.composite "mlxla.rope" %549, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %551 = stablehlo.convert %538 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %552 = stablehlo.convert %arg98 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %553 = stablehlo.convert %552 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %554 = stablehlo.dot_general %551, %553, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %555 = stablehlo.reshape %554 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %556 = stablehlo.constant dense<10> : tensor<i32>
    %557 = stablehlo.constant dense<0> : tensor<i32>
    %558 = stablehlo.constant dense<0> : tensor<i32>
    %559 = stablehlo.reshape %550 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %560 = stablehlo.dynamic_update_slice %507, %559, %556, %558, %arg1, %557, %557 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %561 = stablehlo.reshape %555 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %562 = stablehlo.dynamic_update_slice %509, %561, %556, %558, %arg1, %557, %557 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %563 = stablehlo.slice %560 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %564 = stablehlo.reshape %563 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %565 = stablehlo.slice %562 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %566 = stablehlo.reshape %565 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %567 = stablehlo.composite "mlxla.attention" %544, %564, %566, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %568 = stablehlo.reshape %567 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %569 = stablehlo.convert %568 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %570 = stablehlo.convert %arg99 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %571 = stablehlo.convert %570 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %572 = stablehlo.dot_general %569, %571, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %573 = stablehlo.add %537, %572 : tensor<1x2048xf32>
    %574 = stablehlo.composite "mlxla.rms_norm" %573, %arg100 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %575 = stablehlo.convert %574 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %576 = stablehlo.convert %arg101 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %577 = stablehlo.convert %576 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %578 = stablehlo.dot_general %575, %577, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %579 = stablehlo.logistic %578 : tensor<1x8192xf32>
    %580 = stablehlo.multiply %578, %579 : tensor<1x8192xf32>
    %581 = stablehlo.convert %574 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %582 = stablehlo.convert %arg102 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %583 = stablehlo.convert %582 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %584 = stablehlo.dot_general %581, %583, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %585 = stablehlo.multiply %580, %584 : tensor<1x8192xf32>
    %586 = stablehlo.convert %585 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %587 = stablehlo.convert %arg103 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %588 = stablehlo.convert %587 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %589 = stablehlo.dot_general %586, %588, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %590 = stablehlo.add %573, %589 : tensor<1x2048xf32>
    %591 = stablehlo.composite "mlxla.rms_norm" %590, %arg104 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %592 = stablehlo.convert %591 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %593 = stablehlo.convert %arg105 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %594 = stablehlo.convert %593 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %595 = stablehlo.dot_general %592, %594, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %596 = stablehlo.reshape %595 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %597 = stablehlo.composite "mlxla.rope" %596, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %598 = stablehlo.convert %591 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %599 = stablehlo.convert %arg106 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %600 = stablehlo.convert %599 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %601 = stablehlo.dot_general %598, %600, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %602 = stablehlo.reshape %601 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %603 = stablehlo.composite "mlxla.rope" %602, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %604 = stablehlo.convert %591 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %605 = stablehlo.convert %arg107 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %606 = stablehlo.convert %605 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %607 = stablehlo.dot_general %604, %606, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %608 = stablehlo.reshape %607 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %609 = stablehlo.constant dense<11> : tensor<i32>
    %610 = stablehlo.constant dense<0> : tensor<i32>
    %611 = stablehlo.constant dense<0> : tensor<i32>
    %612 = stablehlo.reshape %603 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %613 = stablehlo.dynamic_update_slice %560, %612, %609, %611, %arg1, %610, %610 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %614 = stablehlo.reshape %608 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %615 = stablehlo.dynamic_update_slice %562, %614, %609, %611, %arg1, %610, %610 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %616 = stablehlo.slice %613 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %617 = stablehlo.reshape %616 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %618 = stablehlo.slice %615 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %619 = stablehlo.reshape %618 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %620 = stablehlo.composite "mlxla.attention" %597, %617, %619, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %621 = stablehlo.reshape %620 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %622 = stablehlo.convert %621 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %623 = stablehlo.convert %arg108 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %624 = stablehlo.convert %623 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %625 = stablehlo.dot_general %622, %624, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %626 = stablehlo.add %590, %625 : tensor<1x2048xf32>
    %627 = stablehlo.composite "mlxla.rms_norm" %626, %arg109 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %628 = stablehlo.convert %627 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %629 = stablehlo.convert %arg110 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %630 = stablehlo.convert %629 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %631 = stablehlo.dot_general %628, %630, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %632 = stablehlo.logistic %631 : tensor<1x8192xf32>
    %633 = stablehlo.multiply %631, %632 : tensor<1x8192xf32>
    %634 = stablehlo.convert %627 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %635 = stablehlo.convert %arg111 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %636 = stablehlo.convert %635 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %637 = stablehlo.dot_general %634, %636, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %638 = stablehlo.multiply %633, %637 : tensor<1x8192xf32>
    %639 = stablehlo.convert %638 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %640 = stablehlo.convert %arg112 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %641 = stablehlo.convert %640 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %642 = stablehlo.dot_general %639, %641, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %643 = stablehlo.add %626, %642 : tensor<1x2048xf32>
    %644 = stablehlo.composite "mlxla.rms_norm" %643, %arg113 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %645 = stablehlo.convert %644 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %646 = stablehlo.convert %arg114 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %647 = stablehlo.convert %646 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %648 = stablehlo.dot_general %645, %647, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %649 = stablehlo.reshape %648 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %650 = stablehlo.composite "mlxla.rope" %649, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %651 = stablehlo.convert %644 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %652 = stablehlo.convert %arg115 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %653 = stablehlo.convert %652 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %654 = stablehlo.dot_general %651, %653, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %655 = stablehlo.reshape %654 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %656 = stablehlo.composite "mlxla.rope" %655, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %657 = stablehlo.convert %644 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %658 = stablehlo.convert %arg116 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %659 = stablehlo.convert %658 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %660 = stablehlo.dot_general %657, %659, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %661 = stablehlo.reshape %660 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %662 = stablehlo.constant dense<12> : tensor<i32>
    %663 = stablehlo.constant dense<0> : tensor<i32>
    %664 = stablehlo.constant dense<0> : tensor<i32>
    %665 = stablehlo.reshape %656 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %666 = stablehlo.dynamic_update_slice %613, %665, %662, %664, %arg1, %663, %663 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %667 = stablehlo.reshape %661 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %668 = stablehlo.dynamic_update_slice %615, %667, %662, %664, %arg1, %663, %663 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %669 = stablehlo.slice %666 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %670 = stablehlo.reshape %669 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %671 = stablehlo.slice %668 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %672 = stablehlo.reshape %671 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %673 = stablehlo.composite "mlxla.attention" %650, %670, %672, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %674 = stablehlo.reshape %673 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %675 = stablehlo.convert %674 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %676 = stablehlo.convert %arg117 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %677 = stablehlo.convert %676 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %678 = stablehlo.dot_general %675, %677, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %679 = stablehlo.add %643, %678 : tensor<1x2048xf32>
    %680 = stablehlo.composite "mlxla.rms_norm" %679, %arg118 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %681 = stablehlo.convert %680 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %682 = stablehlo.convert %arg119 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %683 = stablehlo.convert %682 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %684 = stablehlo.dot_general %681, %683, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %685 = stablehlo.logistic %684 : tensor<1x8192xf32>
    %686 = stablehlo.multiply %684, %685 : tensor<1x8192xf32>
    %687 = stablehlo.convert %680 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %688 = stablehlo.convert %arg120 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %689 = stablehlo.convert %688 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %690 = stablehlo.dot_general %687, %689, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %691 = stablehlo.multiply %686, %690 : tensor<1x8192xf32>
    %692 = stablehlo.convert %691 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %693 = stablehlo.convert %arg121 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %694 = stablehlo.convert %693 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %695 = stablehlo.dot_general %692, %694, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %696 = stablehlo.add %679, %695 : tensor<1x2048xf32>
    %697 = stablehlo.composite "mlxla.rms_norm" %696, %arg122 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %698 = stablehlo.convert %697 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %699 = stablehlo.convert %arg123 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %700 = stablehlo.convert %699 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %701 = stablehlo.dot_general %698, %700, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %702 = stablehlo.reshape %701 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %703 = stablehlo.composite "mlxla.rope" %702, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %704 = stablehlo.convert %697 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %705 = stablehlo.convert %arg124 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %706 = stablehlo.convert %705 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %707 = stablehlo.dot_general %704, %706, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %708 = stablehlo.reshape %707 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %709 = stablehlo.composite "mlxla.rope" %708, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %710 = stablehlo.convert %697 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %711 = stablehlo.convert %arg125 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %712 = stablehlo.convert %711 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %713 = stablehlo.dot_general %710, %712, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %714 = stablehlo.reshape %713 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %715 = stablehlo.constant dense<13> : tensor<i32>
    %716 = stablehlo.constant dense<0> : tensor<i32>
    %717 = stablehlo.constant dense<0> : tensor<i32>
    %718 = stablehlo.reshape %709 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %719 = stablehlo.dynamic_update_slice %666, %718, %715, %717, %arg1, %716, %716 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %720 = stablehlo.reshape %714 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %721 = stablehlo.dynamic_update_slice %668, %720, %715, %717, %arg1, %716, %716 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %722 = stablehlo.slice %719 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %723 = stablehlo.reshape %722 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %724 = stablehlo.slice %721 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %725 = stablehlo.reshape %724 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %726 = stablehlo.composite "mlxla.attention" %703, %723, %725, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %727 = stablehlo.reshape %726 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %728 = stablehlo.convert %727 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %729 = stablehlo.convert %arg126 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %730 = stablehlo.convert %729 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %731 = stablehlo.dot_general %728, %730, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %732 = stablehlo.add %696, %731 : tensor<1x2048xf32>
    %733 = stablehlo.composite "mlxla.rms_norm" %732, %arg127 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %734 = stablehlo.convert %733 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %735 = stablehlo.convert %arg128 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %736 = stablehlo.convert %735 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %737 = stablehlo.dot_general %734, %736, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %738 = stablehlo.logistic %737 : tensor<1x8192xf32>
    %739 = stablehlo.multiply %737, %738 : tensor<1x8192xf32>
    %740 = stablehlo.convert %733 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %741 = stablehlo.convert %arg129 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %742 = stablehlo.convert %741 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %743 = stablehlo.dot_general %740, %742, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %744 = stablehlo.multiply %739, %743 : tensor<1x8192xf32>
    %745 = stablehlo.convert %744 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %746 = stablehlo.convert %arg130 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %747 = stablehlo.convert %746 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %748 = stablehlo.dot_general %745, %747, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %749 = stablehlo.add %732, %748 : tensor<1x2048xf32>
    %750 = stablehlo.composite "mlxla.rms_norm" %749, %arg131 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %751 = stablehlo.convert %750 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %752 = stablehlo.convert %arg132 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %753 = stablehlo.convert %752 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %754 = stablehlo.dot_general %751, %753, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %755 = stablehlo.reshape %754 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %756 = stablehlo.composite "mlxla.rope" %755, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %757 = stablehlo.convert %750 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %758 = stablehlo.convert %arg133 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %759 = stablehlo.convert %758 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %760 = stablehlo.dot_general %757, %759, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %761 = stablehlo.reshape %760 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %762 = stablehlo.composite "mlxla.rope" %761, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %763 = stablehlo.convert %750 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %764 = stablehlo.convert %arg134 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %765 = stablehlo.convert %764 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %766 = stablehlo.dot_general %763, %765, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %767 = stablehlo.reshape %766 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %768 = stablehlo.constant dense<14> : tensor<i32>
    %769 = stablehlo.constant dense<0> : tensor<i32>
    %770 = stablehlo.constant dense<0> : tensor<i32>
    %771 = stablehlo.reshape %762 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %772 = stablehlo.dynamic_update_slice %719, %771, %768, %770, %arg1, %769, %769 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %773 = stablehlo.reshape %767 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %774 = stablehlo.dynamic_update_slice %721, %773, %768, %770, %arg1, %769, %769 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %775 = stablehlo.slice %772 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %776 = stablehlo.reshape %775 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %777 = stablehlo.slice %774 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %778 = stablehlo.reshape %777 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %779 = stablehlo.composite "mlxla.attention" %756, %776, %778, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %780 = stablehlo.reshape %779 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %781 = stablehlo.convert %780 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %782 = stablehlo.convert %arg135 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %783 = stablehlo.convert %782 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %784 = stablehlo.dot_general %781, %783, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %785 = stablehlo.add %749, %784 : tensor<1x2048xf32>
    %786 = stablehlo.composite "mlxla.rms_norm" %785, %arg136 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %787 = stablehlo.convert %786 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %788 = stablehlo.convert %arg137 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %789 = stablehlo.convert %788 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %790 = stablehlo.dot_general %787, %789, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %791 = stablehlo.logistic %790 : tensor<1x8192xf32>
    %792 = stablehlo.multiply %790, %791 : tensor<1x8192xf32>
    %793 = stablehlo.convert %786 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %794 = stablehlo.convert %arg138 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %795 = stablehlo.convert %794 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %796 = stablehlo.dot_general %793, %795, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %797 = stablehlo.multiply %792, %796 : tensor<1x8192xf32>
    %798 = stablehlo.convert %797 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %799 = stablehlo.convert %arg139 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %800 = stablehlo.convert %799 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %801 = stablehlo.dot_general %798, %800, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %802 = stablehlo.add %785, %801 : tensor<1x2048xf32>
    %803 = stablehlo.composite "mlxla.rms_norm" %802, %arg140 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %804 = stablehlo.convert %803 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %805 = stablehlo.convert %arg141 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %806 = stablehlo.convert %805 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %807 = stablehlo.dot_general %804, %806, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %808 = stablehlo.reshape %807 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %809 = stablehlo.composite "mlxla.rope" %808, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %810 = stablehlo.convert %803 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %811 = stablehlo.convert %arg142 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %812 = stablehlo.convert %811 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %813 = stablehlo.dot_general %810, %812, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %814 = stablehlo.reshape %813 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %815 = stablehlo.composite "mlxla.rope" %814, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %816 = stablehlo.convert %803 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %817 = stablehlo.convert %arg143 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %818 = stablehlo.convert %817 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %819 = stablehlo.dot_general %816, %818, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<512x2048xbf16>) -> tensor<1x512xf32>
    %820 = stablehlo.reshape %819 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %821 = stablehlo.constant dense<15> : tensor<i32>
    %822 = stablehlo.constant dense<0> : tensor<i32>
    %823 = stablehlo.constant dense<0> : tensor<i32>
    %824 = stablehlo.reshape %815 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %825 = stablehlo.dynamic_update_slice %772, %824, %821, %823, %arg1, %822, %822 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %826 = stablehlo.reshape %820 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %827 = stablehlo.dynamic_update_slice %774, %826, %821, %823, %arg1, %822, %822 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %828 = stablehlo.slice %825 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %829 = stablehlo.reshape %828 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %830 = stablehlo.slice %827 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %831 = stablehlo.reshape %830 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %832 = stablehlo.composite "mlxla.attention" %809, %829, %831, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %833 = stablehlo.reshape %832 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %834 = stablehlo.convert %833 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %835 = stablehlo.convert %arg144 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %836 = stablehlo.convert %835 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %837 = stablehlo.dot_general %834, %836, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<1x2048xf32>
    %838 = stablehlo.add %802, %837 : tensor<1x2048xf32>
    %839 = stablehlo.composite "mlxla.rms_norm" %838, %arg145 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %840 = stablehlo.convert %839 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %841 = stablehlo.convert %arg146 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %842 = stablehlo.convert %841 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %843 = stablehlo.dot_general %840, %842, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %844 = stablehlo.logistic %843 : tensor<1x8192xf32>
    %845 = stablehlo.multiply %843, %844 : tensor<1x8192xf32>
    %846 = stablehlo.convert %839 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %847 = stablehlo.convert %arg147 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %848 = stablehlo.convert %847 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %849 = stablehlo.dot_general %846, %848, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<1x8192xf32>
    %850 = stablehlo.multiply %845, %849 : tensor<1x8192xf32>
    %851 = stablehlo.convert %850 : (tensor<1x8192xf32>) -> tensor<1x8192xbf16>
    %852 = stablehlo.convert %arg148 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %853 = stablehlo.convert %852 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %854 = stablehlo.dot_general %851, %853, contracting_dims = [1] x [1] : (tensor<1x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<1x2048xf32>
    %855 = stablehlo.add %838, %854 : tensor<1x2048xf32>
    %856 = stablehlo.composite "mlxla.rms_norm" %855, %arg149 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %857 = stablehlo.convert %856 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %858 = stablehlo.convert %arg4 : (tensor<128256x2048xf16>) -> tensor<128256x2048xf32>
    %859 = stablehlo.convert %858 : (tensor<128256x2048xf32>) -> tensor<128256x2048xbf16>
    %860 = stablehlo.dot_general %857, %859, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<128256x2048xbf16>) -> tensor<1x128256xf32>
    %861 = stablehlo.composite "mlxla.argmax" %860 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %861, %825, %827 : tensor<1xi32>, tensor<16x1x64x8x64xf32>, tensor<16x1x64x8x64xf32>
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
