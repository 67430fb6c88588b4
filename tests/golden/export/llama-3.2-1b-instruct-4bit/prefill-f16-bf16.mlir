module @mlxla {
  func.func @main(%arg0: tensor<8xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "start"}, %arg2: tensor<i32> {mlxla.name = "n_valid"}, %arg3: tensor<16x1x64x8x64xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg4: tensor<16x1x64x8x64xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg5: tensor<128256x2048xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg6: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg7: tensor<2048x2048xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg8: tensor<512x2048xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg9: tensor<512x2048xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg10: tensor<2048x2048xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg11: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg12: tensor<8192x2048xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg13: tensor<8192x2048xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg14: tensor<2048x8192xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg15: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg16: tensor<2048x2048xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg17: tensor<512x2048xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg18: tensor<512x2048xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg19: tensor<2048x2048xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg20: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg21: tensor<8192x2048xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg22: tensor<8192x2048xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg23: tensor<2048x8192xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg24: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg25: tensor<2048x2048xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg26: tensor<512x2048xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg27: tensor<512x2048xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg28: tensor<2048x2048xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg29: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg30: tensor<8192x2048xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg31: tensor<8192x2048xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg32: tensor<2048x8192xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg33: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg34: tensor<2048x2048xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg35: tensor<512x2048xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg36: tensor<512x2048xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg37: tensor<2048x2048xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg38: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg39: tensor<8192x2048xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg40: tensor<8192x2048xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg41: tensor<2048x8192xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg42: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg43: tensor<2048x2048xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg44: tensor<512x2048xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg45: tensor<512x2048xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg46: tensor<2048x2048xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg47: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg48: tensor<8192x2048xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg49: tensor<8192x2048xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg50: tensor<2048x8192xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg51: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg52: tensor<2048x2048xf16> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg53: tensor<512x2048xf16> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg54: tensor<512x2048xf16> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg55: tensor<2048x2048xf16> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg56: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg57: tensor<8192x2048xf16> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg58: tensor<8192x2048xf16> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg59: tensor<2048x8192xf16> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg60: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg61: tensor<2048x2048xf16> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg62: tensor<512x2048xf16> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg63: tensor<512x2048xf16> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg64: tensor<2048x2048xf16> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg65: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg66: tensor<8192x2048xf16> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg67: tensor<8192x2048xf16> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg68: tensor<2048x8192xf16> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg69: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg70: tensor<2048x2048xf16> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg71: tensor<512x2048xf16> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg72: tensor<512x2048xf16> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg73: tensor<2048x2048xf16> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg74: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg75: tensor<8192x2048xf16> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg76: tensor<8192x2048xf16> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg77: tensor<2048x8192xf16> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg78: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg79: tensor<2048x2048xf16> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg80: tensor<512x2048xf16> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg81: tensor<512x2048xf16> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg82: tensor<2048x2048xf16> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg83: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg84: tensor<8192x2048xf16> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg85: tensor<8192x2048xf16> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg86: tensor<2048x8192xf16> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg87: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg88: tensor<2048x2048xf16> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg89: tensor<512x2048xf16> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg90: tensor<512x2048xf16> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg91: tensor<2048x2048xf16> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg92: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg93: tensor<8192x2048xf16> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg94: tensor<8192x2048xf16> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg95: tensor<2048x8192xf16> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg96: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg97: tensor<2048x2048xf16> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg98: tensor<512x2048xf16> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg99: tensor<512x2048xf16> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg100: tensor<2048x2048xf16> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg101: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg102: tensor<8192x2048xf16> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg103: tensor<8192x2048xf16> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg104: tensor<2048x8192xf16> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg105: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg106: tensor<2048x2048xf16> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg107: tensor<512x2048xf16> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg108: tensor<512x2048xf16> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg109: tensor<2048x2048xf16> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg110: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg111: tensor<8192x2048xf16> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg112: tensor<8192x2048xf16> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg113: tensor<2048x8192xf16> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg114: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg115: tensor<2048x2048xf16> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg116: tensor<512x2048xf16> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg117: tensor<512x2048xf16> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg118: tensor<2048x2048xf16> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg119: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg120: tensor<8192x2048xf16> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg121: tensor<8192x2048xf16> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg122: tensor<2048x8192xf16> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg123: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg124: tensor<2048x2048xf16> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg125: tensor<512x2048xf16> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg126: tensor<512x2048xf16> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg127: tensor<2048x2048xf16> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg128: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg129: tensor<8192x2048xf16> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg130: tensor<8192x2048xf16> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg131: tensor<2048x8192xf16> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg132: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg133: tensor<2048x2048xf16> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg134: tensor<512x2048xf16> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg135: tensor<512x2048xf16> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg136: tensor<2048x2048xf16> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg137: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg138: tensor<8192x2048xf16> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg139: tensor<8192x2048xf16> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg140: tensor<2048x8192xf16> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg141: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg142: tensor<2048x2048xf16> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg143: tensor<512x2048xf16> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg144: tensor<512x2048xf16> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg145: tensor<2048x2048xf16> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg146: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg147: tensor<8192x2048xf16> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg148: tensor<8192x2048xf16> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg149: tensor<2048x8192xf16> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg150: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<16x1x64x8x64xf32> {mlxla.name = "k_cache"}, tensor<16x1x64x8x64xf32> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %1 = stablehlo.iota dim = 0 : tensor<8xi32>
    %2 = stablehlo.add %0, %1 : tensor<8xi32>
    %3 = stablehlo.constant dense<-1> : tensor<i32>
    %4 = stablehlo.add %arg2, %3 : tensor<i32>
    %5 = stablehlo.add %arg1, %arg2 : tensor<i32>
    %6 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %7 = "stablehlo.gather"(%arg5, %6) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2048>} : (tensor<128256x2048xf16>, tensor<8x1xi32>) -> tensor<8x2048xf16>
    %8 = stablehlo.convert %7 : (tensor<8x2048xf16>) -> tensor<8x2048xf32>
    %9 = stablehlo.convert %8 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %10 = stablehlo.convert %9 : (tensor<8x2048xbf16>) -> tensor<8x2048xf32>
    %11 = stablehlo.composite "mlxla.rms_norm" %10, %arg6 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %12 = stablehlo.convert %11 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %13 = stablehlo.convert %arg7 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %14 = stablehlo.convert %13 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %15 = stablehlo.dot_general %12, %14, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %16 = stablehlo.reshape %15 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %17 = stablehlo.composite "mlxla.rope" %16, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %18 = stablehlo.convert %11 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %19 = stablehlo.convert %arg8 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %20 = stablehlo.convert %19 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %21 = stablehlo.dot_general %18, %20, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %22 = stablehlo.reshape %21 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %23 = stablehlo.composite "mlxla.rope" %22, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %24 = stablehlo.convert %11 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %25 = stablehlo.convert %arg9 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %26 = stablehlo.convert %25 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %27 = stablehlo.dot_general %24, %26, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %28 = stablehlo.reshape %27 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %29 = stablehlo.constant dense<0> : tensor<i32>
    %30 = stablehlo.constant dense<0> : tensor<i32>
    %31 = stablehlo.constant dense<0> : tensor<i32>
    %32 = stablehlo.reshape %23 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %33 = stablehlo.dynamic_update_slice %arg3, %32, %29, %31, %arg1, %30, %30 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %34 = stablehlo.reshape %28 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %35 = stablehlo.dynamic_update_slice %arg4, %34, %29, %31, %arg1, %30, %30 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %36 = stablehlo.slice %33 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %37 = stablehlo.reshape %36 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %38 = stablehlo.slice %35 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %39 = stablehlo.reshape %38 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %40 = stablehlo.composite "mlxla.attention" %17, %37, %39, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %41 = stablehlo.reshape %40 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %42 = stablehlo.convert %41 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %43 = stablehlo.convert %arg10 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %44 = stablehlo.convert %43 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %45 = stablehlo.dot_general %42, %44, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %46 = stablehlo.add %10, %45 : tensor<8x2048xf32>
    %47 = stablehlo.composite "mlxla.rms_norm" %46, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %48 = stablehlo.convert %47 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %49 = stablehlo.convert %arg12 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %50 = stablehlo.convert %49 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %51 = stablehlo.dot_general %48, %50, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %52 = stablehlo.logistic %51 : tensor<8x8192xf32>
    %53 = stablehlo.multiply %51, %52 : tensor<8x8192xf32>
    %54 = stablehlo.convert %47 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %55 = stablehlo.convert %arg13 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %56 = stablehlo.convert %55 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %57 = stablehlo.dot_general %54, %56, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %58 = stablehlo.multiply %53, %57 : tensor<8x8192xf32>
    %59 = stablehlo.convert %58 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %60 = stablehlo.convert %arg14 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %61 = stablehlo.convert %60 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %62 = stablehlo.dot_general %59, %61, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %63 = stablehlo.add %46, %62 : tensor<8x2048xf32>
    %64 = stablehlo.composite "mlxla.rms_norm" %63, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %65 = stablehlo.convert %64 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %66 = stablehlo.convert %arg16 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %67 = stablehlo.convert %66 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %68 = stablehlo.dot_general %65, %67, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %69 = stablehlo.reshape %68 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %70 = stablehlo.composite "mlxla.rope" %69, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %71 = stablehlo.convert %64 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %72 = stablehlo.convert %arg17 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %73 = stablehlo.convert %72 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %74 = stablehlo.dot_general %71, %73, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %75 = stablehlo.reshape %74 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %76 = stablehlo.composite "mlxla.rope" %75, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %77 = stablehlo.convert %64 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %78 = stablehlo.convert %arg18 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %79 = stablehlo.convert %78 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %80 = stablehlo.dot_general %77, %79, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %81 = stablehlo.reshape %80 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %82 = stablehlo.constant dense<1> : tensor<i32>
    %83 = stablehlo.constant dense<0> : tensor<i32>
    %84 = stablehlo.constant dense<0> : tensor<i32>
    %85 = stablehlo.reshape %76 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %86 = stablehlo.dynamic_update_slice %33, %85, %82, %84, %arg1, %83, %83 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %87 = stablehlo.reshape %81 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %88 = stablehlo.dynamic_update_slice %35, %87, %82, %84, %arg1, %83, %83 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %89 = stablehlo.slice %86 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %90 = stablehlo.reshape %89 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %91 = stablehlo.slice %88 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %92 = stablehlo.reshape %91 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %93 = stablehlo.composite "mlxla.attention" %70, %90, %92, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %94 = stablehlo.reshape %93 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %95 = stablehlo.convert %94 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %96 = stablehlo.convert %arg19 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %97 = stablehlo.convert %96 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %98 = stablehlo.dot_general %95, %97, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %99 = stablehlo.add %63, %98 : tensor<8x2048xf32>
    %100 = stablehlo.composite "mlxla.rms_norm" %99, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %101 = stablehlo.convert %100 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %102 = stablehlo.convert %arg21 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %103 = stablehlo.convert %102 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %104 = stablehlo.dot_general %101, %103, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %105 = stablehlo.logistic %104 : tensor<8x8192xf32>
    %106 = stablehlo.multiply %104, %105 : tensor<8x8192xf32>
    %107 = stablehlo.convert %100 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %108 = stablehlo.convert %arg22 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %109 = stablehlo.convert %108 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %110 = stablehlo.dot_general %107, %109, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %111 = stablehlo.multiply %106, %110 : tensor<8x8192xf32>
    %112 = stablehlo.convert %111 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %113 = stablehlo.convert %arg23 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %114 = stablehlo.convert %113 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %115 = stablehlo.dot_general %112, %114, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %116 = stablehlo.add %99, %115 : tensor<8x2048xf32>
    %117 = stablehlo.composite "mlxla.rms_norm" %116, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %118 = stablehlo.convert %117 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %119 = stablehlo.convert %arg25 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %120 = stablehlo.convert %119 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %121 = stablehlo.dot_general %118, %120, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %122 = stablehlo.reshape %121 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %123 = stablehlo.composite "mlxla.rope" %122, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %124 = stablehlo.convert %117 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %125 = stablehlo.convert %arg26 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %126 = stablehlo.convert %125 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %127 = stablehlo.dot_general %124, %126, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %128 = stablehlo.reshape %127 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %129 = stablehlo.composite "mlxla.rope" %128, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %130 = stablehlo.convert %117 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %131 = stablehlo.convert %arg27 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %132 = stablehlo.convert %131 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %133 = stablehlo.dot_general %130, %132, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %134 = stablehlo.reshape %133 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %135 = stablehlo.constant dense<2> : tensor<i32>
    %136 = stablehlo.constant dense<0> : tensor<i32>
    %137 = stablehlo.constant dense<0> : tensor<i32>
    %138 = stablehlo.reshape %129 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %139 = stablehlo.dynamic_update_slice %86, %138, %135, %137, %arg1, %136, %136 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %140 = stablehlo.reshape %134 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %141 = stablehlo.dynamic_update_slice %88, %140, %135, %137, %arg1, %136, %136 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %142 = stablehlo.slice %139 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %143 = stablehlo.reshape %142 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %144 = stablehlo.slice %141 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %145 = stablehlo.reshape %144 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %146 = stablehlo.composite "mlxla.attention" %123, %143, %145, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %147 = stablehlo.reshape %146 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %148 = stablehlo.convert %147 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %149 = stablehlo.convert %arg28 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %150 = stablehlo.convert %149 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %151 = stablehlo.dot_general %148, %150, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %152 = stablehlo.add %116, %151 : tensor<8x2048xf32>
    %153 = stablehlo.composite "mlxla.rms_norm" %152, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %154 = stablehlo.convert %153 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %155 = stablehlo.convert %arg30 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %156 = stablehlo.convert %155 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %157 = stablehlo.dot_general %154, %156, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %158 = stablehlo.logistic %157 : tensor<8x8192xf32>
    %159 = stablehlo.multiply %157, %158 : tensor<8x8192xf32>
    %160 = stablehlo.convert %153 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %161 = stablehlo.convert %arg31 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %162 = stablehlo.convert %161 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %163 = stablehlo.dot_general %160, %162, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %164 = stablehlo.multiply %159, %163 : tensor<8x8192xf32>
    %165 = stablehlo.convert %164 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %166 = stablehlo.convert %arg32 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %167 = stablehlo.convert %166 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %168 = stablehlo.dot_general %165, %167, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %169 = stablehlo.add %152, %168 : tensor<8x2048xf32>
    %170 = stablehlo.composite "mlxla.rms_norm" %169, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %171 = stablehlo.convert %170 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %172 = stablehlo.convert %arg34 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %173 = stablehlo.convert %172 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %174 = stablehlo.dot_general %171, %173, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %175 = stablehlo.reshape %174 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %176 = stablehlo.composite "mlxla.rope" %175, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %177 = stablehlo.convert %170 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %178 = stablehlo.convert %arg35 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %179 = stablehlo.convert %178 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %180 = stablehlo.dot_general %177, %179, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %181 = stablehlo.reshape %180 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %182 = stablehlo.composite "mlxla.rope" %181, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %183 = stablehlo.convert %170 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %184 = stablehlo.convert %arg36 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %185 = stablehlo.convert %184 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %186 = stablehlo.dot_general %183, %185, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %187 = stablehlo.reshape %186 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %188 = stablehlo.constant dense<3> : tensor<i32>
    %189 = stablehlo.constant dense<0> : tensor<i32>
    %190 = stablehlo.constant dense<0> : tensor<i32>
    %191 = stablehlo.reshape %182 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %192 = stablehlo.dynamic_update_slice %139, %191, %188, %190, %arg1, %189, %189 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %193 = stablehlo.reshape %187 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %194 = stablehlo.dynamic_update_slice %141, %193, %188, %190, %arg1, %189, %189 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %195 = stablehlo.slice %192 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %196 = stablehlo.reshape %195 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %197 = stablehlo.slice %194 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %198 = stablehlo.reshape %197 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %199 = stablehlo.composite "mlxla.attention" %176, %196, %198, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %200 = stablehlo.reshape %199 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %201 = stablehlo.convert %200 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %202 = stablehlo.convert %arg37 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %203 = stablehlo.convert %202 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %204 = stablehlo.dot_general %201, %203, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %205 = stablehlo.add %169, %204 : tensor<8x2048xf32>
    %206 = stablehlo.composite "mlxla.rms_norm" %205, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %207 = stablehlo.convert %206 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %208 = stablehlo.convert %arg39 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %209 = stablehlo.convert %208 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %210 = stablehlo.dot_general %207, %209, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %211 = stablehlo.logistic %210 : tensor<8x8192xf32>
    %212 = stablehlo.multiply %210, %211 : tensor<8x8192xf32>
    %213 = stablehlo.convert %206 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %214 = stablehlo.convert %arg40 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %215 = stablehlo.convert %214 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %216 = stablehlo.dot_general %213, %215, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %217 = stablehlo.multiply %212, %216 : tensor<8x8192xf32>
    %218 = stablehlo.convert %217 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %219 = stablehlo.convert %arg41 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %220 = stablehlo.convert %219 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %221 = stablehlo.dot_general %218, %220, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %222 = stablehlo.add %205, %221 : tensor<8x2048xf32>
    %223 = stablehlo.composite "mlxla.rms_norm" %222, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %224 = stablehlo.convert %223 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %225 = stablehlo.convert %arg43 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %226 = stablehlo.convert %225 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %227 = stablehlo.dot_general %224, %226, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %228 = stablehlo.reshape %227 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %229 = stablehlo.composite "mlxla.rope" %228, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %230 = stablehlo.convert %223 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %231 = stablehlo.convert %arg44 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %232 = stablehlo.convert %231 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %233 = stablehlo.dot_general %230, %232, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %234 = stablehlo.reshape %233 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %235 = stablehlo.composite "mlxla.rope" %234, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %236 = stablehlo.convert %223 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %237 = stablehlo.convert %arg45 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %238 = stablehlo.convert %237 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %239 = stablehlo.dot_general %236, %238, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %240 = stablehlo.reshape %239 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %241 = stablehlo.constant dense<4> : tensor<i32>
    %242 = stablehlo.constant dense<0> : tensor<i32>
    %243 = stablehlo.constant dense<0> : tensor<i32>
    %244 = stablehlo.reshape %235 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %245 = stablehlo.dynamic_update_slice %192, %244, %241, %243, %arg1, %242, %242 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %246 = stablehlo.reshape %240 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %247 = stablehlo.dynamic_update_slice %194, %246, %241, %243, %arg1, %242, %242 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %248 = stablehlo.slice %245 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %249 = stablehlo.reshape %248 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %250 = stablehlo.slice %247 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %251 = stablehlo.reshape %250 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %252 = stablehlo.composite "mlxla.attention" %229, %249, %251, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %253 = stablehlo.reshape %252 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %254 = stablehlo.convert %253 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %255 = stablehlo.convert %arg46 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %256 = stablehlo.convert %255 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %257 = stablehlo.dot_general %254, %256, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %258 = stablehlo.add %222, %257 : tensor<8x2048xf32>
    %259 = stablehlo.composite "mlxla.rms_norm" %258, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %260 = stablehlo.convert %259 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %261 = stablehlo.convert %arg48 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %262 = stablehlo.convert %261 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %263 = stablehlo.dot_general %260, %262, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %264 = stablehlo.logistic %263 : tensor<8x8192xf32>
    %265 = stablehlo.multiply %263, %264 : tensor<8x8192xf32>
    %266 = stablehlo.convert %259 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %267 = stablehlo.convert %arg49 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %268 = stablehlo.convert %267 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %269 = stablehlo.dot_general %266, %268, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %270 = stablehlo.multiply %265, %269 : tensor<8x8192xf32>
    %271 = stablehlo.convert %270 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %272 = stablehlo.convert %arg50 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %273 = stablehlo.convert %272 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %274 = stablehlo.dot_general %271, %273, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %275 = stablehlo.add %258, %274 : tensor<8x2048xf32>
    %276 = stablehlo.composite "mlxla.rms_norm" %275, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %277 = stablehlo.convert %276 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %278 = stablehlo.convert %arg52 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %279 = stablehlo.convert %278 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %280 = stablehlo.dot_general %277, %279, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %281 = stablehlo.reshape %280 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %282 = stablehlo.composite "mlxla.rope" %281, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %283 = stablehlo.convert %276 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %284 = stablehlo.convert %arg53 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %285 = stablehlo.convert %284 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %286 = stablehlo.dot_general %283, %285, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %287 = stablehlo.reshape %286 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %288 = stablehlo.composite "mlxla.rope" %287, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %289 = stablehlo.convert %276 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %290 = stablehlo.convert %arg54 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %291 = stablehlo.convert %290 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %292 = stablehlo.dot_general %289, %291, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %293 = stablehlo.reshape %292 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %294 = stablehlo.constant dense<5> : tensor<i32>
    %295 = stablehlo.constant dense<0> : tensor<i32>
    %296 = stablehlo.constant dense<0> : tensor<i32>
    %297 = stablehlo.reshape %288 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %298 = stablehlo.dynamic_update_slice %245, %297, %294, %296, %arg1, %295, %295 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %299 = stablehlo.reshape %293 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %300 = stablehlo.dynamic_update_slice %247, %299, %294, %296, %arg1, %295, %295 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %301 = stablehlo.slice %298 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %302 = stablehlo.reshape %301 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %303 = stablehlo.slice %300 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %304 = stablehlo.reshape %303 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %305 = stablehlo.composite "mlxla.attention" %282, %302, %304, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %306 = stablehlo.reshape %305 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %307 = stablehlo.convert %306 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %308 = stablehlo.convert %arg55 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %309 = stablehlo.convert %308 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %310 = stablehlo.dot_general %307, %309, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %311 = stablehlo.add %275, %310 : tensor<8x2048xf32>
    %312 = stablehlo.composite "mlxla.rms_norm" %311, %arg56 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %313 = stablehlo.convert %312 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %314 = stablehlo.convert %arg57 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %315 = stablehlo.convert %314 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %316 = stablehlo.dot_general %313, %315, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %317 = stablehlo.logistic %316 : tensor<8x8192xf32>
    %318 = stablehlo.multiply %316, %317 : tensor<8x8192xf32>
    %319 = stablehlo.convert %312 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %320 = stablehlo.convert %arg58 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %321 = stablehlo.convert %320 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %322 = stablehlo.dot_general %319, %321, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %323 = stablehlo.multiply %318, %322 : tensor<8x8192xf32>
    %324 = stablehlo.convert %323 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %325 = stablehlo.convert %arg59 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %326 = stablehlo.convert %325 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %327 = stablehlo.dot_general %324, %326, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %328 = stablehlo.add %311, %327 : tensor<8x2048xf32>
    %329 = stablehlo.composite "mlxla.rms_norm" %328, %arg60 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %330 = stablehlo.convert %329 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %331 = stablehlo.convert %arg61 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %332 = stablehlo.convert %331 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %333 = stablehlo.dot_general %330, %332, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %334 = stablehlo.reshape %333 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %335 = stablehlo.composite "mlxla.rope" %334, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %336 = stablehlo.convert %329 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %337 = stablehlo.convert %arg62 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %338 = stablehlo.convert %337 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %339 = stablehlo.dot_general %336, %338, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %340 = stablehlo.reshape %339 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %341 = stablehlo.composite "mlxla.rope" %340, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %342 = stablehlo.convert %329 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %343 = stablehlo.convert %arg63 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %344 = stablehlo.convert %343 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %345 = stablehlo.dot_general %342, %344, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %346 = stablehlo.reshape %345 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %347 = stablehlo.constant dense<6> : tensor<i32>
    %348 = stablehlo.constant dense<0> : tensor<i32>
    %349 = stablehlo.constant dense<0> : tensor<i32>
    %350 = stablehlo.reshape %341 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %351 = stablehlo.dynamic_update_slice %298, %350, %347, %349, %arg1, %348, %348 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %352 = stablehlo.reshape %346 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %353 = stablehlo.dynamic_update_slice %300, %352, %347, %349, %arg1, %348, %348 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %354 = stablehlo.slice %351 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %355 = stablehlo.reshape %354 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %356 = stablehlo.slice %353 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %357 = stablehlo.reshape %356 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %358 = stablehlo.composite "mlxla.attention" %335, %355, %357, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %359 = stablehlo.reshape %358 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %360 = stablehlo.convert %359 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %361 = stablehlo.convert %arg64 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %362 = stablehlo.convert %361 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %363 = stablehlo.dot_general %360, %362, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %364 = stablehlo.add %328, %363 : tensor<8x2048xf32>
    %365 = stablehlo.composite "mlxla.rms_norm" %364, %arg65 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %366 = stablehlo.convert %365 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %367 = stablehlo.convert %arg66 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %368 = stablehlo.convert %367 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %369 = stablehlo.dot_general %366, %368, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %370 = stablehlo.logistic %369 : tensor<8x8192xf32>
    %371 = stablehlo.multiply %369, %370 : tensor<8x8192xf32>
    %372 = stablehlo.convert %365 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %373 = stablehlo.convert %arg67 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %374 = stablehlo.convert %373 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %375 = stablehlo.dot_general %372, %374, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %376 = stablehlo.multiply %371, %375 : tensor<8x8192xf32>
    %377 = stablehlo.convert %376 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %378 = stablehlo.convert %arg68 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %379 = stablehlo.convert %378 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %380 = stablehlo.dot_general %377, %379, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %381 = stablehlo.add %364, %380 : tensor<8x2048xf32>
    %382 = stablehlo.composite "mlxla.rms_norm" %381, %arg69 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %383 = stablehlo.convert %382 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %384 = stablehlo.convert %arg70 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %385 = stablehlo.convert %384 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %386 = stablehlo.dot_general %383, %385, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %387 = stablehlo.reshape %386 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %388 = stablehlo.composite "mlxla.rope" %387, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %389 = stablehlo.convert %382 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %390 = stablehlo.convert %arg71 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %391 = stablehlo.convert %390 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %392 = stablehlo.dot_general %389, %391, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %393 = stablehlo.reshape %392 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %394 = stablehlo.composite "mlxla.rope" %393, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %395 = stablehlo.convert %382 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %396 = stablehlo.convert %arg72 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %397 = stablehlo.convert %396 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %398 = stablehlo.dot_general %395, %397, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %399 = stablehlo.reshape %398 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %400 = stablehlo.constant dense<7> : tensor<i32>
    %401 = stablehlo.constant dense<0> : tensor<i32>
    %402 = stablehlo.constant dense<0> : tensor<i32>
    %403 = stablehlo.reshape %394 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %404 = stablehlo.dynamic_update_slice %351, %403, %400, %402, %arg1, %401, %401 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %405 = stablehlo.reshape %399 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %406 = stablehlo.dynamic_update_slice %353, %405, %400, %402, %arg1, %401, %401 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %407 = stablehlo.slice %404 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %408 = stablehlo.reshape %407 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %409 = stablehlo.slice %406 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %410 = stablehlo.reshape %409 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %411 = stablehlo.composite "mlxla.attention" %388, %408, %410, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %412 = stablehlo.reshape %411 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %413 = stablehlo.convert %412 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %414 = stablehlo.convert %arg73 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %415 = stablehlo.convert %414 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %416 = stablehlo.dot_general %413, %415, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %417 = stablehlo.add %381, %416 : tensor<8x2048xf32>
    %418 = stablehlo.composite "mlxla.rms_norm" %417, %arg74 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %419 = stablehlo.convert %418 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %420 = stablehlo.convert %arg75 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %421 = stablehlo.convert %420 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %422 = stablehlo.dot_general %419, %421, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %423 = stablehlo.logistic %422 : tensor<8x8192xf32>
    %424 = stablehlo.multiply %422, %423 : tensor<8x8192xf32>
    %425 = stablehlo.convert %418 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %426 = stablehlo.convert %arg76 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %427 = stablehlo.convert %426 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %428 = stablehlo.dot_general %425, %427, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %429 = stablehlo.multiply %424, %428 : tensor<8x8192xf32>
    %430 = stablehlo.convert %429 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %431 = stablehlo.convert %arg77 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %432 = stablehlo.convert %431 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %433 = stablehlo.dot_general %430, %432, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %434 = stablehlo.add %417, %433 : tensor<8x2048xf32>
    %435 = stablehlo.composite "mlxla.rms_norm" %434, %arg78 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %436 = stablehlo.convert %435 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %437 = stablehlo.convert %arg79 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %438 = stablehlo.convert %437 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %439 = stablehlo.dot_general %436, %438, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %440 = stablehlo.reshape %439 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %441 = stablehlo.composite "mlxla.rope" %440, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %442 = stablehlo.convert %435 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %443 = stablehlo.convert %arg80 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %444 = stablehlo.convert %443 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %445 = stablehlo.dot_general %442, %444, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %446 = stablehlo.reshape %445 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %447 = stablehlo.composite "mlxla.rope" %446, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %448 = stablehlo.convert %435 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %449 = stablehlo.convert %arg81 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %450 = stablehlo.convert %449 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %451 = stablehlo.dot_general %448, %450, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %452 = stablehlo.reshape %451 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %453 = stablehlo.constant dense<8> : tensor<i32>
    %454 = stablehlo.constant dense<0> : tensor<i32>
    %455 = stablehlo.constant dense<0> : tensor<i32>
    %456 = stablehlo.reshape %447 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %457 = stablehlo.dynamic_update_slice %404, %456, %453, %455, %arg1, %454, %454 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %458 = stablehlo.reshape %452 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %459 = stablehlo.dynamic_update_slice %406, %458, %453, %455, %arg1, %454, %454 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %460 = stablehlo.slice %457 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %461 = stablehlo.reshape %460 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %462 = stablehlo.slice %459 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %463 = stablehlo.reshape %462 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %464 = stablehlo.composite "mlxla.attention" %441, %461, %463, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %465 = stablehlo.reshape %464 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %466 = stablehlo.convert %465 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %467 = stablehlo.convert %arg82 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %468 = stablehlo.convert %467 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %469 = stablehlo.dot_general %466, %468, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %470 = stablehlo.add %434, %469 : tensor<8x2048xf32>
    %471 = stablehlo.composite "mlxla.rms_norm" %470, %arg83 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %472 = stablehlo.convert %471 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %473 = stablehlo.convert %arg84 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %474 = stablehlo.convert %473 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %475 = stablehlo.dot_general %472, %474, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %476 = stablehlo.logistic %475 : tensor<8x8192xf32>
    %477 = stablehlo.multiply %475, %476 : tensor<8x8192xf32>
    %478 = stablehlo.convert %471 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %479 = stablehlo.convert %arg85 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %480 = stablehlo.convert %479 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %481 = stablehlo.dot_general %478, %480, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %482 = stablehlo.multiply %477, %481 : tensor<8x8192xf32>
    %483 = stablehlo.convert %482 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %484 = stablehlo.convert %arg86 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %485 = stablehlo.convert %484 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %486 = stablehlo.dot_general %483, %485, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %487 = stablehlo.add %470, %486 : tensor<8x2048xf32>
    %488 = stablehlo.composite "mlxla.rms_norm" %487, %arg87 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %489 = stablehlo.convert %488 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %490 = stablehlo.convert %arg88 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %491 = stablehlo.convert %490 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %492 = stablehlo.dot_general %489, %491, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %493 = stablehlo.reshape %492 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %494 = stablehlo.composite "mlxla.rope" %493, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %495 = stablehlo.convert %488 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %496 = stablehlo.convert %arg89 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %497 = stablehlo.convert %496 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %498 = stablehlo.dot_general %495, %497, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %499 = stablehlo.reshape %498 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %500 = stablehlo.composite "mlxla.rope" %499, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %501 = stablehlo.convert %488 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %502 = stablehlo.convert %arg90 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %503 = stablehlo.convert %502 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %504 = stablehlo.dot_general %501, %503, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %505 = stablehlo.reshape %504 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %506 = stablehlo.constant dense<9> : tensor<i32>
    %507 = stablehlo.constant dense<0> : tensor<i32>
    %508 = stablehlo.constant dense<0> : tensor<i32>
    %509 = stablehlo.reshape %500 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %510 = stablehlo.dynamic_update_slice %457, %509, %506, %508, %arg1, %507, %507 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %511 = stablehlo.reshape %505 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %512 = stablehlo.dynamic_update_slice %459, %511, %506, %508, %arg1, %507, %507 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %513 = stablehlo.slice %510 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %514 = stablehlo.reshape %513 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %515 = stablehlo.slice %512 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %516 = stablehlo.reshape %515 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %517 = stablehlo.composite "mlxla.attention" %494, %514, %516, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %518 = stablehlo.reshape %517 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %519 = stablehlo.convert %518 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %520 = stablehlo.convert %arg91 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %521 = stablehlo.convert %520 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %522 = stablehlo.dot_general %519, %521, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %523 = stablehlo.add %487, %522 : tensor<8x2048xf32>
    %524 = stablehlo.composite "mlxla.rms_norm" %523, %arg92 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %525 = stablehlo.convert %524 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %526 = stablehlo.convert %arg93 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %527 = stablehlo.convert %526 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %528 = stablehlo.dot_general %525, %527, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %529 = stablehlo.logistic %528 : tensor<8x8192xf32>
    %530 = stablehlo.multiply %528, %529 : tensor<8x8192xf32>
    %531 = stablehlo.convert %524 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %532 = stablehlo.convert %arg94 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %533 = stablehlo.convert %532 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %534 = stablehlo.dot_general %531, %533, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %535 = stablehlo.multiply %530, %534 : tensor<8x8192xf32>
    %536 = stablehlo.convert %535 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %537 = stablehlo.convert %arg95 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %538 = stablehlo.convert %537 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %539 = stablehlo.dot_general %536, %538, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %540 = stablehlo.add %523, %539 : tensor<8x2048xf32>
    %541 = stablehlo.composite "mlxla.rms_norm" %540, %arg96 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %542 = stablehlo.convert %541 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %543 = stablehlo.convert %arg97 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %544 = stablehlo.convert %543 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %545 = stablehlo.dot_general %542, %544, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %546 = stablehlo.reshape %545 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %547 = stablehlo.composite "mlxla.rope" %546, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %548 = stablehlo.convert %541 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %549 = stablehlo.convert %arg98 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %550 = stablehlo.convert %549 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %551 = stablehlo.dot_general %548, %550, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %552 = stablehlo.reshape %551 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %553 = stablehlo.composite "mlxla.rope" %552, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %554 = stablehlo.convert %541 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %555 = stablehlo.convert %arg99 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %556 = stablehlo.convert %555 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %557 = stablehlo.dot_general %554, %556, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %558 = stablehlo.reshape %557 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %559 = stablehlo.constant dense<10> : tensor<i32>
    %560 = stablehlo.constant dense<0> : tensor<i32>
    %561 = stablehlo.constant dense<0> : tensor<i32>
    %562 = stablehlo.reshape %553 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %563 = stablehlo.dynamic_update_slice %510, %562, %559, %561, %arg1, %560, %560 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %564 = stablehlo.reshape %558 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %565 = stablehlo.dynamic_update_slice %512, %564, %559, %561, %arg1, %560, %560 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %566 = stablehlo.slice %563 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %567 = stablehlo.reshape %566 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %568 = stablehlo.slice %565 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %569 = stablehlo.reshape %568 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %570 = stablehlo.composite "mlxla.attention" %547, %567, %569, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %571 = stablehlo.reshape %570 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %572 = stablehlo.convert %571 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %573 = stablehlo.convert %arg100 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %574 = stablehlo.convert %573 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %575 = stablehlo.dot_general %572, %574, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %576 = stablehlo.add %540, %575 : tensor<8x2048xf32>
    %577 = stablehlo.composite "mlxla.rms_norm" %576, %arg101 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %578 = stablehlo.convert %577 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %579 = stablehlo.convert %arg102 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %580 = stablehlo.convert %579 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %581 = stablehlo.dot_general %578, %580, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %582 = stablehlo.logistic %581 : tensor<8x8192xf32>
    %583 = stablehlo.multiply %581, %582 : tensor<8x8192xf32>
    %584 = stablehlo.convert %577 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %585 = stablehlo.convert %arg103 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %586 = stablehlo.convert %585 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %587 = stablehlo.dot_general %584, %586, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %588 = stablehlo.multiply %583, %587 : tensor<8x8192xf32>
    %589 = stablehlo.convert %588 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %590 = stablehlo.convert %arg104 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %591 = stablehlo.convert %590 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %592 = stablehlo.dot_general %589, %591, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %593 = stablehlo.add %576, %592 : tensor<8x2048xf32>
    %594 = stablehlo.composite "mlxla.rms_norm" %593, %arg105 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %595 = stablehlo.convert %594 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %596 = stablehlo.convert %arg106 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %597 = stablehlo.convert %596 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %598 = stablehlo.dot_general %595, %597, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %599 = stablehlo.reshape %598 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %600 = stablehlo.composite "mlxla.rope" %599, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %601 = stablehlo.convert %594 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %602 = stablehlo.convert %arg107 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %603 = stablehlo.convert %602 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %604 = stablehlo.dot_general %601, %603, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %605 = stablehlo.reshape %604 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %606 = stablehlo.composite "mlxla.rope" %605, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %607 = stablehlo.convert %594 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %608 = stablehlo.convert %arg108 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %609 = stablehlo.convert %608 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %610 = stablehlo.dot_general %607, %609, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %611 = stablehlo.reshape %610 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %612 = stablehlo.constant dense<11> : tensor<i32>
    %613 = stablehlo.constant dense<0> : tensor<i32>
    %614 = stablehlo.constant dense<0> : tensor<i32>
    %615 = stablehlo.reshape %606 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %616 = stablehlo.dynamic_update_slice %563, %615, %612, %614, %arg1, %613, %613 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %617 = stablehlo.reshape %611 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %618 = stablehlo.dynamic_update_slice %565, %617, %612, %614, %arg1, %613, %613 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %619 = stablehlo.slice %616 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %620 = stablehlo.reshape %619 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %621 = stablehlo.slice %618 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %622 = stablehlo.reshape %621 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %623 = stablehlo.composite "mlxla.attention" %600, %620, %622, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %624 = stablehlo.reshape %623 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %625 = stablehlo.convert %624 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %626 = stablehlo.convert %arg109 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %627 = stablehlo.convert %626 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %628 = stablehlo.dot_general %625, %627, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %629 = stablehlo.add %593, %628 : tensor<8x2048xf32>
    %630 = stablehlo.composite "mlxla.rms_norm" %629, %arg110 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %631 = stablehlo.convert %630 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %632 = stablehlo.convert %arg111 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %633 = stablehlo.convert %632 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %634 = stablehlo.dot_general %631, %633, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %635 = stablehlo.logistic %634 : tensor<8x8192xf32>
    %636 = stablehlo.multiply %634, %635 : tensor<8x8192xf32>
    %637 = stablehlo.convert %630 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %638 = stablehlo.convert %arg112 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %639 = stablehlo.convert %638 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %640 = stablehlo.dot_general %637, %639, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %641 = stablehlo.multiply %636, %640 : tensor<8x8192xf32>
    %642 = stablehlo.convert %641 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %643 = stablehlo.convert %arg113 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %644 = stablehlo.convert %643 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %645 = stablehlo.dot_general %642, %644, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %646 = stablehlo.add %629, %645 : tensor<8x2048xf32>
    %647 = stablehlo.composite "mlxla.rms_norm" %646, %arg114 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %648 = stablehlo.convert %647 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %649 = stablehlo.convert %arg115 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %650 = stablehlo.convert %649 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %651 = stablehlo.dot_general %648, %650, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %652 = stablehlo.reshape %651 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %653 = stablehlo.composite "mlxla.rope" %652, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %654 = stablehlo.convert %647 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %655 = stablehlo.convert %arg116 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %656 = stablehlo.convert %655 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %657 = stablehlo.dot_general %654, %656, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %658 = stablehlo.reshape %657 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %659 = stablehlo.composite "mlxla.rope" %658, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %660 = stablehlo.convert %647 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %661 = stablehlo.convert %arg117 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %662 = stablehlo.convert %661 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %663 = stablehlo.dot_general %660, %662, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %664 = stablehlo.reshape %663 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %665 = stablehlo.constant dense<12> : tensor<i32>
    %666 = stablehlo.constant dense<0> : tensor<i32>
    %667 = stablehlo.constant dense<0> : tensor<i32>
    %668 = stablehlo.reshape %659 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %669 = stablehlo.dynamic_update_slice %616, %668, %665, %667, %arg1, %666, %666 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %670 = stablehlo.reshape %664 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %671 = stablehlo.dynamic_update_slice %618, %670, %665, %667, %arg1, %666, %666 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %672 = stablehlo.slice %669 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %673 = stablehlo.reshape %672 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %674 = stablehlo.slice %671 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %675 = stablehlo.reshape %674 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %676 = stablehlo.composite "mlxla.attention" %653, %673, %675, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %677 = stablehlo.reshape %676 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %678 = stablehlo.convert %677 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %679 = stablehlo.convert %arg118 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %680 = stablehlo.convert %679 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %681 = stablehlo.dot_general %678, %680, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %682 = stablehlo.add %646, %681 : tensor<8x2048xf32>
    %683 = stablehlo.composite "mlxla.rms_norm" %682, %arg119 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %684 = stablehlo.convert %683 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %685 = stablehlo.convert %arg120 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %686 = stablehlo.convert %685 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %687 = stablehlo.dot_general %684, %686, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %688 = stablehlo.logistic %687 : tensor<8x8192xf32>
    %689 = stablehlo.multiply %687, %688 : tensor<8x8192xf32>
    %690 = stablehlo.convert %683 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %691 = stablehlo.convert %arg121 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %692 = stablehlo.convert %691 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %693 = stablehlo.dot_general %690, %692, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %694 = stablehlo.multiply %689, %693 : tensor<8x8192xf32>
    %695 = stablehlo.convert %694 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %696 = stablehlo.convert %arg122 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %697 = stablehlo.convert %696 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %698 = stablehlo.dot_general %695, %697, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %699 = stablehlo.add %682, %698 : tensor<8x2048xf32>
    %700 = stablehlo.composite "mlxla.rms_norm" %699, %arg123 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %701 = stablehlo.convert %700 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %702 = stablehlo.convert %arg124 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %703 = stablehlo.convert %702 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %704 = stablehlo.dot_general %701, %703, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %705 = stablehlo.reshape %704 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %706 = stablehlo.composite "mlxla.rope" %705, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %707 = stablehlo.convert %700 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %708 = stablehlo.convert %arg125 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %709 = stablehlo.convert %708 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %710 = stablehlo.dot_general %707, %709, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %711 = stablehlo.reshape %710 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %712 = stablehlo.composite "mlxla.rope" %711, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %713 = stablehlo.convert %700 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %714 = stablehlo.convert %arg126 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %715 = stablehlo.convert %714 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %716 = stablehlo.dot_general %713, %715, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %717 = stablehlo.reshape %716 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %718 = stablehlo.constant dense<13> : tensor<i32>
    %719 = stablehlo.constant dense<0> : tensor<i32>
    %720 = stablehlo.constant dense<0> : tensor<i32>
    %721 = stablehlo.reshape %712 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %722 = stablehlo.dynamic_update_slice %669, %721, %718, %720, %arg1, %719, %719 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %723 = stablehlo.reshape %717 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %724 = stablehlo.dynamic_update_slice %671, %723, %718, %720, %arg1, %719, %719 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %725 = stablehlo.slice %722 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %726 = stablehlo.reshape %725 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %727 = stablehlo.slice %724 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %728 = stablehlo.reshape %727 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %729 = stablehlo.composite "mlxla.attention" %706, %726, %728, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %730 = stablehlo.reshape %729 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %731 = stablehlo.convert %730 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %732 = stablehlo.convert %arg127 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %733 = stablehlo.convert %732 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %734 = stablehlo.dot_general %731, %733, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %735 = stablehlo.add %699, %734 : tensor<8x2048xf32>
    %736 = stablehlo.composite "mlxla.rms_norm" %735, %arg128 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %737 = stablehlo.convert %736 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %738 = stablehlo.convert %arg129 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %739 = stablehlo.convert %738 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %740 = stablehlo.dot_general %737, %739, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %741 = stablehlo.logistic %740 : tensor<8x8192xf32>
    %742 = stablehlo.multiply %740, %741 : tensor<8x8192xf32>
    %743 = stablehlo.convert %736 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %744 = stablehlo.convert %arg130 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %745 = stablehlo.convert %744 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %746 = stablehlo.dot_general %743, %745, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %747 = stablehlo.multiply %742, %746 : tensor<8x8192xf32>
    %748 = stablehlo.convert %747 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %749 = stablehlo.convert %arg131 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %750 = stablehlo.convert %749 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %751 = stablehlo.dot_general %748, %750, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %752 = stablehlo.add %735, %751 : tensor<8x2048xf32>
    %753 = stablehlo.composite "mlxla.rms_norm" %752, %arg132 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %754 = stablehlo.convert %753 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %755 = stablehlo.convert %arg133 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %756 = stablehlo.convert %755 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %757 = stablehlo.dot_general %754, %756, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %758 = stablehlo.reshape %757 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %759 = stablehlo.composite "mlxla.rope" %758, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %760 = stablehlo.convert %753 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %761 = stablehlo.convert %arg134 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %762 = stablehlo.convert %761 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %763 = stablehlo.dot_general %760, %762, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %764 = stablehlo.reshape %763 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %765 = stablehlo.composite "mlxla.rope" %764, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %766 = stablehlo.convert %753 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %767 = stablehlo.convert %arg135 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %768 = stablehlo.convert %767 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %769 = stablehlo.dot_general %766, %768, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %770 = stablehlo.reshape %769 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %771 = stablehlo.constant dense<14> : tensor<i32>
    %772 = stablehlo.constant dense<0> : tensor<i32>
    %773 = stablehlo.constant dense<0> : tensor<i32>
    %774 = stablehlo.reshape %765 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %775 = stablehlo.dynamic_update_slice %722, %774, %771, %773, %arg1, %772, %772 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %776 = stablehlo.reshape %770 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %777 = stablehlo.dynamic_update_slice %724, %776, %771, %773, %arg1, %772, %772 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %778 = stablehlo.slice %775 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %779 = stablehlo.reshape %778 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %780 = stablehlo.slice %777 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %781 = stablehlo.reshape %780 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %782 = stablehlo.composite "mlxla.attention" %759, %779, %781, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %783 = stablehlo.reshape %782 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %784 = stablehlo.convert %783 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %785 = stablehlo.convert %arg136 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %786 = stablehlo.convert %785 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %787 = stablehlo.dot_general %784, %786, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %788 = stablehlo.add %752, %787 : tensor<8x2048xf32>
    %789 = stablehlo.composite "mlxla.rms_norm" %788, %arg137 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %790 = stablehlo.convert %789 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %791 = stablehlo.convert %arg138 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %792 = stablehlo.convert %791 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %793 = stablehlo.dot_general %790, %792, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %794 = stablehlo.logistic %793 : tensor<8x8192xf32>
    %795 = stablehlo.multiply %793, %794 : tensor<8x8192xf32>
    %796 = stablehlo.convert %789 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %797 = stablehlo.convert %arg139 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %798 = stablehlo.convert %797 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %799 = stablehlo.dot_general %796, %798, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %800 = stablehlo.multiply %795, %799 : tensor<8x8192xf32>
    %801 = stablehlo.convert %800 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %802 = stablehlo.convert %arg140 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %803 = stablehlo.convert %802 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %804 = stablehlo.dot_general %801, %803, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %805 = stablehlo.add %788, %804 : tensor<8x2048xf32>
    %806 = stablehlo.composite "mlxla.rms_norm" %805, %arg141 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %807 = stablehlo.convert %806 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %808 = stablehlo.convert %arg142 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %809 = stablehlo.convert %808 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %810 = stablehlo.dot_general %807, %809, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %811 = stablehlo.reshape %810 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %812 = stablehlo.composite "mlxla.rope" %811, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %813 = stablehlo.convert %806 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %814 = stablehlo.convert %arg143 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %815 = stablehlo.convert %814 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %816 = stablehlo.dot_general %813, %815, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %817 = stablehlo.reshape %816 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %818 = stablehlo.composite "mlxla.rope" %817, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %819 = stablehlo.convert %806 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %820 = stablehlo.convert %arg144 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %821 = stablehlo.convert %820 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %822 = stablehlo.dot_general %819, %821, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %823 = stablehlo.reshape %822 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %824 = stablehlo.constant dense<15> : tensor<i32>
    %825 = stablehlo.constant dense<0> : tensor<i32>
    %826 = stablehlo.constant dense<0> : tensor<i32>
    %827 = stablehlo.reshape %818 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %828 = stablehlo.dynamic_update_slice %775, %827, %824, %826, %arg1, %825, %825 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %829 = stablehlo.reshape %823 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %830 = stablehlo.dynamic_update_slice %777, %829, %824, %826, %arg1, %825, %825 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %831 = stablehlo.slice %828 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %832 = stablehlo.reshape %831 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %833 = stablehlo.slice %830 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %834 = stablehlo.reshape %833 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %835 = stablehlo.composite "mlxla.attention" %812, %832, %834, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %836 = stablehlo.reshape %835 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %837 = stablehlo.convert %836 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %838 = stablehlo.convert %arg145 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %839 = stablehlo.convert %838 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %840 = stablehlo.dot_general %837, %839, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %841 = stablehlo.add %805, %840 : tensor<8x2048xf32>
    %842 = stablehlo.composite "mlxla.rms_norm" %841, %arg146 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %843 = stablehlo.convert %842 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %844 = stablehlo.convert %arg147 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %845 = stablehlo.convert %844 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %846 = stablehlo.dot_general %843, %845, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %847 = stablehlo.logistic %846 : tensor<8x8192xf32>
    %848 = stablehlo.multiply %846, %847 : tensor<8x8192xf32>
    %849 = stablehlo.convert %842 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %850 = stablehlo.convert %arg148 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %851 = stablehlo.convert %850 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %852 = stablehlo.dot_general %849, %851, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %853 = stablehlo.multiply %848, %852 : tensor<8x8192xf32>
    %854 = stablehlo.convert %853 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %855 = stablehlo.convert %arg149 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %856 = stablehlo.convert %855 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %857 = stablehlo.dot_general %854, %856, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %858 = stablehlo.add %841, %857 : tensor<8x2048xf32>
    %859 = stablehlo.constant dense<0> : tensor<i32>
    %860 = stablehlo.dynamic_slice %858, %4, %859, sizes = [1, 2048] : (tensor<8x2048xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2048xf32>
    %861 = stablehlo.composite "mlxla.rms_norm" %860, %arg150 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %862 = stablehlo.convert %861 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %863 = stablehlo.convert %arg5 : (tensor<128256x2048xf16>) -> tensor<128256x2048xf32>
    %864 = stablehlo.convert %863 : (tensor<128256x2048xf32>) -> tensor<128256x2048xbf16>
    %865 = stablehlo.dot_general %862, %864, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<128256x2048xbf16>) -> tensor<1x128256xf32>
    %866 = stablehlo.composite "mlxla.argmax" %865 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %866, %828, %830 : tensor<1xi32>, tensor<16x1x64x8x64xf32>, tensor<16x1x64x8x64xf32>
  }
  func.func private @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f(%arg0: tensor<8x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<2048xf32> {mlxla.name = "arg1"}) -> (tensor<8x2048xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<8x2048xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [1] : (tensor<8x2048xf32>, tensor<f32>) -> tensor<8xf32>
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
    %0 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<8xf32>) -> tensor<8x32xf32>
    %2 = stablehlo.constant dense<[1.0, 0.6636012, 0.4403666, 0.29222783, 0.19392274, 0.12868737, 0.0853971, 0.056669623, 0.03760603, 0.024955409, 0.01656044, 0.010989528, 0.0072926646, 0.0048394212, 0.003211446, 0.0012905479, 0.0004295568, 9.708288e-05, 1.9461639e-05, 1.29147675e-05, 8.570256e-06, 5.6872323e-06, 3.7740542e-06, 2.5044671e-06, 1.6619674e-06, 1.1028836e-06, 7.31875e-07, 4.856731e-07, 3.222933e-07, 2.1387423e-07, 1.419272e-07, 9.4183065e-08]> : tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<8x32xf32>
    %5 = stablehlo.cosine %4 : tensor<8x32xf32>
    %6 = stablehlo.sine %4 : tensor<8x32xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x64xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x64xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x64xf32>) -> tensor<8x32x64xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<8x64xf32>) -> tensor<8x32x64xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:32, 0:32] : (tensor<8x32x64xf32>) -> tensor<8x32x32xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:32, 32:64] : (tensor<8x32x64xf32>) -> tensor<8x32x32xf32>
    %13 = stablehlo.negate %12 : tensor<8x32x32xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x32x32xf32>, tensor<8x32x32xf32>) -> tensor<8x32x64xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<8x32x64xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<8x32x64xf32>
    %17 = stablehlo.add %15, %16 : tensor<8x32x64xf32>
    return %17 : tensor<8x32x64xf32>
  }
  func.func private @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1(%arg0: tensor<8x8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<8xi32> {mlxla.name = "arg1"}) -> (tensor<8x8x64xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<8xf32>) -> tensor<8x32xf32>
    %2 = stablehlo.constant dense<[1.0, 0.6636012, 0.4403666, 0.29222783, 0.19392274, 0.12868737, 0.0853971, 0.056669623, 0.03760603, 0.024955409, 0.01656044, 0.010989528, 0.0072926646, 0.0048394212, 0.003211446, 0.0012905479, 0.0004295568, 9.708288e-05, 1.9461639e-05, 1.29147675e-05, 8.570256e-06, 5.6872323e-06, 3.7740542e-06, 2.5044671e-06, 1.6619674e-06, 1.1028836e-06, 7.31875e-07, 4.856731e-07, 3.222933e-07, 2.1387423e-07, 1.419272e-07, 9.4183065e-08]> : tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<8x32xf32>
    %5 = stablehlo.cosine %4 : tensor<8x32xf32>
    %6 = stablehlo.sine %4 : tensor<8x32xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x64xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x64xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x64xf32>) -> tensor<8x8x64xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<8x64xf32>) -> tensor<8x8x64xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:8, 0:32] : (tensor<8x8x64xf32>) -> tensor<8x8x32xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:8, 32:64] : (tensor<8x8x64xf32>) -> tensor<8x8x32xf32>
    %13 = stablehlo.negate %12 : tensor<8x8x32xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x8x32xf32>, tensor<8x8x32xf32>) -> tensor<8x8x64xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<8x8x64xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<8x8x64xf32>
    %17 = stablehlo.add %15, %16 : tensor<8x8x64xf32>
    return %17 : tensor<8x8x64xf32>
  }
  func.func private @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a(%arg0: tensor<8x32x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x8x64xf32> {mlxla.name = "arg1"}, %arg2: tensor<64x8x64xf32> {mlxla.name = "arg2"}, %arg3: tensor<8xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<8x32x64xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<8x32x64xf32>) -> tensor<8x8x4x64xf32>
    %1 = stablehlo.dot_general %0, %arg1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x8x4x64xf32>, tensor<64x8x64xf32>) -> tensor<8x8x4x64xf32>
    %2 = stablehlo.constant dense<0.125> : tensor<8x8x4x64xf32>
    %3 = stablehlo.multiply %1, %2 : tensor<8x8x4x64xf32>
    %4 = stablehlo.constant dense<1> : tensor<8xi32>
    %5 = stablehlo.add %arg3, %4 : tensor<8xi32>
    %6 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %7 = stablehlo.minimum %5, %6 : tensor<8xi32>
    %8 = stablehlo.iota dim = 3 : tensor<8x8x4x64xi32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [1] : (tensor<8xi32>) -> tensor<8x8x4x64xi32>
    %10 = stablehlo.compare LT, %8, %9 : (tensor<8x8x4x64xi32>, tensor<8x8x4x64xi32>) -> tensor<8x8x4x64xi1>
    %11 = stablehlo.constant dense<-3.4028235e+38> : tensor<8x8x4x64xf32>
    %12 = stablehlo.select %10, %3, %11 : tensor<8x8x4x64xi1>, tensor<8x8x4x64xf32>
    %13 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %14 = stablehlo.reduce(%12 init: %13) applies stablehlo.maximum across dimensions = [3] : (tensor<8x8x4x64xf32>, tensor<f32>) -> tensor<8x8x4xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1, 2] : (tensor<8x8x4xf32>) -> tensor<8x8x4x64xf32>
    %16 = stablehlo.subtract %12, %15 : tensor<8x8x4x64xf32>
    %17 = stablehlo.exponential %16 : tensor<8x8x4x64xf32>
    %18 = stablehlo.constant dense<0.0> : tensor<f32>
    %19 = stablehlo.reduce(%17 init: %18) applies stablehlo.add across dimensions = [3] : (tensor<8x8x4x64xf32>, tensor<f32>) -> tensor<8x8x4xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 2] : (tensor<8x8x4xf32>) -> tensor<8x8x4x64xf32>
    %21 = stablehlo.divide %17, %20 : tensor<8x8x4x64xf32>
    %22 = stablehlo.dot_general %21, %arg2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x8x4x64xf32>, tensor<64x8x64xf32>) -> tensor<8x8x4x64xf32>
    %23 = stablehlo.transpose %22, dims = [1, 0, 2, 3] : (tensor<8x8x4x64xf32>) -> tensor<8x8x4x64xf32>
    %24 = stablehlo.reshape %23 : (tensor<8x8x4x64xf32>) -> tensor<8x32x64xf32>
    return %24 : tensor<8x32x64xf32>
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
