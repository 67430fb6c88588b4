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
    %8 = stablehlo.composite "mlxla.rms_norm" %7, %arg6 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %9 = stablehlo.dot_general %8, %arg7, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %10 = stablehlo.reshape %9 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %11 = stablehlo.composite "mlxla.rope" %10, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %12 = stablehlo.dot_general %8, %arg8, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %13 = stablehlo.reshape %12 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %14 = stablehlo.composite "mlxla.rope" %13, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %15 = stablehlo.dot_general %8, %arg9, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %16 = stablehlo.reshape %15 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %17 = stablehlo.convert %14 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %18 = stablehlo.convert %16 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %19 = stablehlo.constant dense<0> : tensor<i32>
    %20 = stablehlo.constant dense<0> : tensor<i32>
    %21 = stablehlo.constant dense<0> : tensor<i32>
    %22 = stablehlo.reshape %17 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %23 = stablehlo.dynamic_update_slice %arg3, %22, %19, %21, %arg1, %20, %20 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %24 = stablehlo.reshape %18 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %25 = stablehlo.dynamic_update_slice %arg4, %24, %19, %21, %arg1, %20, %20 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %26 = stablehlo.slice %25 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %27 = stablehlo.reshape %26 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %28 = stablehlo.slice %23 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %29 = stablehlo.reshape %28 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %30 = stablehlo.composite "mlxla.attention" %11, %29, %27, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %31 = stablehlo.reshape %30 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %32 = stablehlo.dot_general %31, %arg10, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %33 = stablehlo.add %7, %32 : tensor<8x2048xf32>
    %34 = stablehlo.composite "mlxla.rms_norm" %33, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %35 = stablehlo.dot_general %34, %arg12, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %36 = stablehlo.dot_general %34, %arg13, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %37 = stablehlo.logistic %35 : tensor<8x8192xf32>
    %38 = stablehlo.multiply %35, %37 : tensor<8x8192xf32>
    %39 = stablehlo.multiply %38, %36 : tensor<8x8192xf32>
    %40 = stablehlo.dot_general %39, %arg14, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %41 = stablehlo.add %33, %40 : tensor<8x2048xf32>
    %42 = stablehlo.composite "mlxla.rms_norm" %41, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %43 = stablehlo.dot_general %42, %arg16, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %44 = stablehlo.reshape %43 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %45 = stablehlo.composite "mlxla.rope" %44, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %46 = stablehlo.dot_general %42, %arg17, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %47 = stablehlo.reshape %46 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %48 = stablehlo.composite "mlxla.rope" %47, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %49 = stablehlo.dot_general %42, %arg18, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %50 = stablehlo.reshape %49 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %51 = stablehlo.convert %48 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %52 = stablehlo.convert %50 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %53 = stablehlo.constant dense<1> : tensor<i32>
    %54 = stablehlo.constant dense<0> : tensor<i32>
    %55 = stablehlo.constant dense<0> : tensor<i32>
    %56 = stablehlo.reshape %51 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %57 = stablehlo.dynamic_update_slice %23, %56, %53, %55, %arg1, %54, %54 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %58 = stablehlo.reshape %52 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %59 = stablehlo.dynamic_update_slice %25, %58, %53, %55, %arg1, %54, %54 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %60 = stablehlo.slice %59 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %61 = stablehlo.reshape %60 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %62 = stablehlo.slice %57 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %63 = stablehlo.reshape %62 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %64 = stablehlo.composite "mlxla.attention" %45, %63, %61, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %65 = stablehlo.reshape %64 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %66 = stablehlo.dot_general %65, %arg19, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %67 = stablehlo.add %41, %66 : tensor<8x2048xf32>
    %68 = stablehlo.composite "mlxla.rms_norm" %67, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %69 = stablehlo.dot_general %68, %arg21, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %70 = stablehlo.dot_general %68, %arg22, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %71 = stablehlo.logistic %69 : tensor<8x8192xf32>
    %72 = stablehlo.multiply %69, %71 : tensor<8x8192xf32>
    %73 = stablehlo.multiply %72, %70 : tensor<8x8192xf32>
    %74 = stablehlo.dot_general %73, %arg23, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %75 = stablehlo.add %67, %74 : tensor<8x2048xf32>
    %76 = stablehlo.composite "mlxla.rms_norm" %75, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %77 = stablehlo.dot_general %76, %arg25, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %78 = stablehlo.reshape %77 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %79 = stablehlo.composite "mlxla.rope" %78, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %80 = stablehlo.dot_general %76, %arg26, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %81 = stablehlo.reshape %80 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %82 = stablehlo.composite "mlxla.rope" %81, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %83 = stablehlo.dot_general %76, %arg27, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %84 = stablehlo.reshape %83 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %85 = stablehlo.convert %82 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %86 = stablehlo.convert %84 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %87 = stablehlo.constant dense<2> : tensor<i32>
    %88 = stablehlo.constant dense<0> : tensor<i32>
    %89 = stablehlo.constant dense<0> : tensor<i32>
    %90 = stablehlo.reshape %85 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %91 = stablehlo.dynamic_update_slice %57, %90, %87, %89, %arg1, %88, %88 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %92 = stablehlo.reshape %86 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %93 = stablehlo.dynamic_update_slice %59, %92, %87, %89, %arg1, %88, %88 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %94 = stablehlo.slice %93 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %95 = stablehlo.reshape %94 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %96 = stablehlo.slice %91 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %97 = stablehlo.reshape %96 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %98 = stablehlo.composite "mlxla.attention" %79, %97, %95, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %99 = stablehlo.reshape %98 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %100 = stablehlo.dot_general %99, %arg28, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %101 = stablehlo.add %75, %100 : tensor<8x2048xf32>
    %102 = stablehlo.composite "mlxla.rms_norm" %101, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %103 = stablehlo.dot_general %102, %arg30, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %104 = stablehlo.dot_general %102, %arg31, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %105 = stablehlo.logistic %103 : tensor<8x8192xf32>
    %106 = stablehlo.multiply %103, %105 : tensor<8x8192xf32>
    %107 = stablehlo.multiply %106, %104 : tensor<8x8192xf32>
    %108 = stablehlo.dot_general %107, %arg32, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %109 = stablehlo.add %101, %108 : tensor<8x2048xf32>
    %110 = stablehlo.composite "mlxla.rms_norm" %109, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %111 = stablehlo.dot_general %110, %arg34, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %112 = stablehlo.reshape %111 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %113 = stablehlo.composite "mlxla.rope" %112, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %114 = stablehlo.dot_general %110, %arg35, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %115 = stablehlo.reshape %114 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %116 = stablehlo.composite "mlxla.rope" %115, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %117 = stablehlo.dot_general %110, %arg36, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %118 = stablehlo.reshape %117 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %119 = stablehlo.convert %116 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %120 = stablehlo.convert %118 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %121 = stablehlo.constant dense<3> : tensor<i32>
    %122 = stablehlo.constant dense<0> : tensor<i32>
    %123 = stablehlo.constant dense<0> : tensor<i32>
    %124 = stablehlo.reshape %119 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %125 = stablehlo.dynamic_update_slice %91, %124, %121, %123, %arg1, %122, %122 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %126 = stablehlo.reshape %120 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %127 = stablehlo.dynamic_update_slice %93, %126, %121, %123, %arg1, %122, %122 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %128 = stablehlo.slice %127 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %129 = stablehlo.reshape %128 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %130 = stablehlo.slice %125 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %131 = stablehlo.reshape %130 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %132 = stablehlo.composite "mlxla.attention" %113, %131, %129, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %133 = stablehlo.reshape %132 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %134 = stablehlo.dot_general %133, %arg37, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %135 = stablehlo.add %109, %134 : tensor<8x2048xf32>
    %136 = stablehlo.composite "mlxla.rms_norm" %135, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %137 = stablehlo.dot_general %136, %arg39, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %138 = stablehlo.dot_general %136, %arg40, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %139 = stablehlo.logistic %137 : tensor<8x8192xf32>
    %140 = stablehlo.multiply %137, %139 : tensor<8x8192xf32>
    %141 = stablehlo.multiply %140, %138 : tensor<8x8192xf32>
    %142 = stablehlo.dot_general %141, %arg41, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %143 = stablehlo.add %135, %142 : tensor<8x2048xf32>
    %144 = stablehlo.composite "mlxla.rms_norm" %143, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %145 = stablehlo.dot_general %144, %arg43, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %146 = stablehlo.reshape %145 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %147 = stablehlo.composite "mlxla.rope" %146, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %148 = stablehlo.dot_general %144, %arg44, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %149 = stablehlo.reshape %148 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %150 = stablehlo.composite "mlxla.rope" %149, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %151 = stablehlo.dot_general %144, %arg45, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %152 = stablehlo.reshape %151 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %153 = stablehlo.convert %150 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %154 = stablehlo.convert %152 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %155 = stablehlo.constant dense<4> : tensor<i32>
    %156 = stablehlo.constant dense<0> : tensor<i32>
    %157 = stablehlo.constant dense<0> : tensor<i32>
    %158 = stablehlo.reshape %153 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %159 = stablehlo.dynamic_update_slice %125, %158, %155, %157, %arg1, %156, %156 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %160 = stablehlo.reshape %154 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %161 = stablehlo.dynamic_update_slice %127, %160, %155, %157, %arg1, %156, %156 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %162 = stablehlo.slice %161 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %163 = stablehlo.reshape %162 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %164 = stablehlo.slice %159 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %165 = stablehlo.reshape %164 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %166 = stablehlo.composite "mlxla.attention" %147, %165, %163, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %167 = stablehlo.reshape %166 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %168 = stablehlo.dot_general %167, %arg46, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %169 = stablehlo.add %143, %168 : tensor<8x2048xf32>
    %170 = stablehlo.composite "mlxla.rms_norm" %169, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %171 = stablehlo.dot_general %170, %arg48, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %172 = stablehlo.dot_general %170, %arg49, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %173 = stablehlo.logistic %171 : tensor<8x8192xf32>
    %174 = stablehlo.multiply %171, %173 : tensor<8x8192xf32>
    %175 = stablehlo.multiply %174, %172 : tensor<8x8192xf32>
    %176 = stablehlo.dot_general %175, %arg50, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %177 = stablehlo.add %169, %176 : tensor<8x2048xf32>
    %178 = stablehlo.composite "mlxla.rms_norm" %177, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %179 = stablehlo.dot_general %178, %arg52, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %180 = stablehlo.reshape %179 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %181 = stablehlo.composite "mlxla.rope" %180, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %182 = stablehlo.dot_general %178, %arg53, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %183 = stablehlo.reshape %182 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %184 = stablehlo.composite "mlxla.rope" %183, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %185 = stablehlo.dot_general %178, %arg54, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %186 = stablehlo.reshape %185 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %187 = stablehlo.convert %184 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %188 = stablehlo.convert %186 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %189 = stablehlo.constant dense<5> : tensor<i32>
    %190 = stablehlo.constant dense<0> : tensor<i32>
    %191 = stablehlo.constant dense<0> : tensor<i32>
    %192 = stablehlo.reshape %187 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %193 = stablehlo.dynamic_update_slice %159, %192, %189, %191, %arg1, %190, %190 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %194 = stablehlo.reshape %188 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %195 = stablehlo.dynamic_update_slice %161, %194, %189, %191, %arg1, %190, %190 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %196 = stablehlo.slice %195 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %197 = stablehlo.reshape %196 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %198 = stablehlo.slice %193 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %199 = stablehlo.reshape %198 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %200 = stablehlo.composite "mlxla.attention" %181, %199, %197, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %201 = stablehlo.reshape %200 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %202 = stablehlo.dot_general %201, %arg55, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %203 = stablehlo.add %177, %202 : tensor<8x2048xf32>
    %204 = stablehlo.composite "mlxla.rms_norm" %203, %arg56 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %205 = stablehlo.dot_general %204, %arg57, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %206 = stablehlo.dot_general %204, %arg58, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %207 = stablehlo.logistic %205 : tensor<8x8192xf32>
    %208 = stablehlo.multiply %205, %207 : tensor<8x8192xf32>
    %209 = stablehlo.multiply %208, %206 : tensor<8x8192xf32>
    %210 = stablehlo.dot_general %209, %arg59, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %211 = stablehlo.add %203, %210 : tensor<8x2048xf32>
    %212 = stablehlo.composite "mlxla.rms_norm" %211, %arg60 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %213 = stablehlo.dot_general %212, %arg61, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %214 = stablehlo.reshape %213 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %215 = stablehlo.composite "mlxla.rope" %214, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %216 = stablehlo.dot_general %212, %arg62, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %217 = stablehlo.reshape %216 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %218 = stablehlo.composite "mlxla.rope" %217, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %219 = stablehlo.dot_general %212, %arg63, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %220 = stablehlo.reshape %219 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %221 = stablehlo.convert %218 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %222 = stablehlo.convert %220 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %223 = stablehlo.constant dense<6> : tensor<i32>
    %224 = stablehlo.constant dense<0> : tensor<i32>
    %225 = stablehlo.constant dense<0> : tensor<i32>
    %226 = stablehlo.reshape %221 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %227 = stablehlo.dynamic_update_slice %193, %226, %223, %225, %arg1, %224, %224 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %228 = stablehlo.reshape %222 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %229 = stablehlo.dynamic_update_slice %195, %228, %223, %225, %arg1, %224, %224 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %230 = stablehlo.slice %229 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %231 = stablehlo.reshape %230 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %232 = stablehlo.slice %227 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %233 = stablehlo.reshape %232 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %234 = stablehlo.composite "mlxla.attention" %215, %233, %231, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %235 = stablehlo.reshape %234 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %236 = stablehlo.dot_general %235, %arg64, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %237 = stablehlo.add %211, %236 : tensor<8x2048xf32>
    %238 = stablehlo.composite "mlxla.rms_norm" %237, %arg65 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %239 = stablehlo.dot_general %238, %arg66, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %240 = stablehlo.dot_general %238, %arg67, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %241 = stablehlo.logistic %239 : tensor<8x8192xf32>
    %242 = stablehlo.multiply %239, %241 : tensor<8x8192xf32>
    %243 = stablehlo.multiply %242, %240 : tensor<8x8192xf32>
    %244 = stablehlo.dot_general %243, %arg68, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %245 = stablehlo.add %237, %244 : tensor<8x2048xf32>
    %246 = stablehlo.composite "mlxla.rms_norm" %245, %arg69 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %247 = stablehlo.dot_general %246, %arg70, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %248 = stablehlo.reshape %247 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %249 = stablehlo.composite "mlxla.rope" %248, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %250 = stablehlo.dot_general %246, %arg71, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %251 = stablehlo.reshape %250 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %252 = stablehlo.composite "mlxla.rope" %251, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %253 = stablehlo.dot_general %246, %arg72, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %254 = stablehlo.reshape %253 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %255 = stablehlo.convert %252 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %256 = stablehlo.convert %254 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %257 = stablehlo.constant dense<7> : tensor<i32>
    %258 = stablehlo.constant dense<0> : tensor<i32>
    %259 = stablehlo.constant dense<0> : tensor<i32>
    %260 = stablehlo.reshape %255 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %261 = stablehlo.dynamic_update_slice %227, %260, %257, %259, %arg1, %258, %258 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %262 = stablehlo.reshape %256 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %263 = stablehlo.dynamic_update_slice %229, %262, %257, %259, %arg1, %258, %258 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %264 = stablehlo.slice %263 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %265 = stablehlo.reshape %264 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %266 = stablehlo.slice %261 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %267 = stablehlo.reshape %266 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %268 = stablehlo.composite "mlxla.attention" %249, %267, %265, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %269 = stablehlo.reshape %268 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %270 = stablehlo.dot_general %269, %arg73, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %271 = stablehlo.add %245, %270 : tensor<8x2048xf32>
    %272 = stablehlo.composite "mlxla.rms_norm" %271, %arg74 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %273 = stablehlo.dot_general %272, %arg75, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %274 = stablehlo.dot_general %272, %arg76, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %275 = stablehlo.logistic %273 : tensor<8x8192xf32>
    %276 = stablehlo.multiply %273, %275 : tensor<8x8192xf32>
    %277 = stablehlo.multiply %276, %274 : tensor<8x8192xf32>
    %278 = stablehlo.dot_general %277, %arg77, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %279 = stablehlo.add %271, %278 : tensor<8x2048xf32>
    %280 = stablehlo.composite "mlxla.rms_norm" %279, %arg78 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %281 = stablehlo.dot_general %280, %arg79, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %282 = stablehlo.reshape %281 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %283 = stablehlo.composite "mlxla.rope" %282, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %284 = stablehlo.dot_general %280, %arg80, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %285 = stablehlo.reshape %284 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %286 = stablehlo.composite "mlxla.rope" %285, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %287 = stablehlo.dot_general %280, %arg81, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %288 = stablehlo.reshape %287 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %289 = stablehlo.convert %286 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %290 = stablehlo.convert %288 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %291 = stablehlo.constant dense<8> : tensor<i32>
    %292 = stablehlo.constant dense<0> : tensor<i32>
    %293 = stablehlo.constant dense<0> : tensor<i32>
    %294 = stablehlo.reshape %289 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %295 = stablehlo.dynamic_update_slice %261, %294, %291, %293, %arg1, %292, %292 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %296 = stablehlo.reshape %290 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %297 = stablehlo.dynamic_update_slice %263, %296, %291, %293, %arg1, %292, %292 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %298 = stablehlo.slice %297 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %299 = stablehlo.reshape %298 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %300 = stablehlo.slice %295 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %301 = stablehlo.reshape %300 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %302 = stablehlo.composite "mlxla.attention" %283, %301, %299, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %303 = stablehlo.reshape %302 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %304 = stablehlo.dot_general %303, %arg82, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %305 = stablehlo.add %279, %304 : tensor<8x2048xf32>
    %306 = stablehlo.composite "mlxla.rms_norm" %305, %arg83 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %307 = stablehlo.dot_general %306, %arg84, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %308 = stablehlo.dot_general %306, %arg85, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %309 = stablehlo.logistic %307 : tensor<8x8192xf32>
    %310 = stablehlo.multiply %307, %309 : tensor<8x8192xf32>
    %311 = stablehlo.multiply %310, %308 : tensor<8x8192xf32>
    %312 = stablehlo.dot_general %311, %arg86, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %313 = stablehlo.add %305, %312 : tensor<8x2048xf32>
    %314 = stablehlo.composite "mlxla.rms_norm" %313, %arg87 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %315 = stablehlo.dot_general %314, %arg88, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %316 = stablehlo.reshape %315 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %317 = stablehlo.composite "mlxla.rope" %316, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %318 = stablehlo.dot_general %314, %arg89, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %319 = stablehlo.reshape %318 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %320 = stablehlo.composite "mlxla.rope" %319, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %321 = stablehlo.dot_general %314, %arg90, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %322 = stablehlo.reshape %321 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %323 = stablehlo.convert %320 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %324 = stablehlo.convert %322 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %325 = stablehlo.constant dense<9> : tensor<i32>
    %326 = stablehlo.constant dense<0> : tensor<i32>
    %327 = stablehlo.constant dense<0> : tensor<i32>
    %328 = stablehlo.reshape %323 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %329 = stablehlo.dynamic_update_slice %295, %328, %325, %327, %arg1, %326, %326 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %330 = stablehlo.reshape %324 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %331 = stablehlo.dynamic_update_slice %297, %330, %325, %327, %arg1, %326, %326 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %332 = stablehlo.slice %331 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %333 = stablehlo.reshape %332 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %334 = stablehlo.slice %329 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %335 = stablehlo.reshape %334 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %336 = stablehlo.composite "mlxla.attention" %317, %335, %333, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %337 = stablehlo.reshape %336 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %338 = stablehlo.dot_general %337, %arg91, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %339 = stablehlo.add %313, %338 : tensor<8x2048xf32>
    %340 = stablehlo.composite "mlxla.rms_norm" %339, %arg92 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %341 = stablehlo.dot_general %340, %arg93, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %342 = stablehlo.dot_general %340, %arg94, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %343 = stablehlo.logistic %341 : tensor<8x8192xf32>
    %344 = stablehlo.multiply %341, %343 : tensor<8x8192xf32>
    %345 = stablehlo.multiply %344, %342 : tensor<8x8192xf32>
    %346 = stablehlo.dot_general %345, %arg95, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %347 = stablehlo.add %339, %346 : tensor<8x2048xf32>
    %348 = stablehlo.composite "mlxla.rms_norm" %347, %arg96 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %349 = stablehlo.dot_general %348, %arg97, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %350 = stablehlo.reshape %349 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %351 = stablehlo.composite "mlxla.rope" %350, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %352 = stablehlo.dot_general %348, %arg98, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %353 = stablehlo.reshape %352 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %354 = stablehlo.composite "mlxla.rope" %353, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %355 = stablehlo.dot_general %348, %arg99, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %356 = stablehlo.reshape %355 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %357 = stablehlo.convert %354 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %358 = stablehlo.convert %356 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %359 = stablehlo.constant dense<10> : tensor<i32>
    %360 = stablehlo.constant dense<0> : tensor<i32>
    %361 = stablehlo.constant dense<0> : tensor<i32>
    %362 = stablehlo.reshape %357 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %363 = stablehlo.dynamic_update_slice %329, %362, %359, %361, %arg1, %360, %360 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %364 = stablehlo.reshape %358 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %365 = stablehlo.dynamic_update_slice %331, %364, %359, %361, %arg1, %360, %360 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %366 = stablehlo.slice %365 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %367 = stablehlo.reshape %366 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %368 = stablehlo.slice %363 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %369 = stablehlo.reshape %368 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %370 = stablehlo.composite "mlxla.attention" %351, %369, %367, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %371 = stablehlo.reshape %370 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %372 = stablehlo.dot_general %371, %arg100, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %373 = stablehlo.add %347, %372 : tensor<8x2048xf32>
    %374 = stablehlo.composite "mlxla.rms_norm" %373, %arg101 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %375 = stablehlo.dot_general %374, %arg102, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %376 = stablehlo.dot_general %374, %arg103, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %377 = stablehlo.logistic %375 : tensor<8x8192xf32>
    %378 = stablehlo.multiply %375, %377 : tensor<8x8192xf32>
    %379 = stablehlo.multiply %378, %376 : tensor<8x8192xf32>
    %380 = stablehlo.dot_general %379, %arg104, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %381 = stablehlo.add %373, %380 : tensor<8x2048xf32>
    %382 = stablehlo.composite "mlxla.rms_norm" %381, %arg105 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %383 = stablehlo.dot_general %382, %arg106, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %384 = stablehlo.reshape %383 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %385 = stablehlo.composite "mlxla.rope" %384, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %386 = stablehlo.dot_general %382, %arg107, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %387 = stablehlo.reshape %386 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %388 = stablehlo.composite "mlxla.rope" %387, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %389 = stablehlo.dot_general %382, %arg108, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %390 = stablehlo.reshape %389 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %391 = stablehlo.convert %388 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %392 = stablehlo.convert %390 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %393 = stablehlo.constant dense<11> : tensor<i32>
    %394 = stablehlo.constant dense<0> : tensor<i32>
    %395 = stablehlo.constant dense<0> : tensor<i32>
    %396 = stablehlo.reshape %391 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %397 = stablehlo.dynamic_update_slice %363, %396, %393, %395, %arg1, %394, %394 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %398 = stablehlo.reshape %392 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %399 = stablehlo.dynamic_update_slice %365, %398, %393, %395, %arg1, %394, %394 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %400 = stablehlo.slice %399 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %401 = stablehlo.reshape %400 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %402 = stablehlo.slice %397 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %403 = stablehlo.reshape %402 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %404 = stablehlo.composite "mlxla.attention" %385, %403, %401, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %405 = stablehlo.reshape %404 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %406 = stablehlo.dot_general %405, %arg109, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %407 = stablehlo.add %381, %406 : tensor<8x2048xf32>
    %408 = stablehlo.composite "mlxla.rms_norm" %407, %arg110 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %409 = stablehlo.dot_general %408, %arg111, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %410 = stablehlo.dot_general %408, %arg112, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %411 = stablehlo.logistic %409 : tensor<8x8192xf32>
    %412 = stablehlo.multiply %409, %411 : tensor<8x8192xf32>
    %413 = stablehlo.multiply %412, %410 : tensor<8x8192xf32>
    %414 = stablehlo.dot_general %413, %arg113, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %415 = stablehlo.add %407, %414 : tensor<8x2048xf32>
    %416 = stablehlo.composite "mlxla.rms_norm" %415, %arg114 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %417 = stablehlo.dot_general %416, %arg115, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %418 = stablehlo.reshape %417 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %419 = stablehlo.composite "mlxla.rope" %418, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %420 = stablehlo.dot_general %416, %arg116, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %421 = stablehlo.reshape %420 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %422 = stablehlo.composite "mlxla.rope" %421, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %423 = stablehlo.dot_general %416, %arg117, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %424 = stablehlo.reshape %423 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %425 = stablehlo.convert %422 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %426 = stablehlo.convert %424 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %427 = stablehlo.constant dense<12> : tensor<i32>
    %428 = stablehlo.constant dense<0> : tensor<i32>
    %429 = stablehlo.constant dense<0> : tensor<i32>
    %430 = stablehlo.reshape %425 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %431 = stablehlo.dynamic_update_slice %397, %430, %427, %429, %arg1, %428, %428 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %432 = stablehlo.reshape %426 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %433 = stablehlo.dynamic_update_slice %399, %432, %427, %429, %arg1, %428, %428 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %434 = stablehlo.slice %433 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %435 = stablehlo.reshape %434 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %436 = stablehlo.slice %431 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %437 = stablehlo.reshape %436 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %438 = stablehlo.composite "mlxla.attention" %419, %437, %435, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %439 = stablehlo.reshape %438 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %440 = stablehlo.dot_general %439, %arg118, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %441 = stablehlo.add %415, %440 : tensor<8x2048xf32>
    %442 = stablehlo.composite "mlxla.rms_norm" %441, %arg119 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %443 = stablehlo.dot_general %442, %arg120, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %444 = stablehlo.dot_general %442, %arg121, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %445 = stablehlo.logistic %443 : tensor<8x8192xf32>
    %446 = stablehlo.multiply %443, %445 : tensor<8x8192xf32>
    %447 = stablehlo.multiply %446, %444 : tensor<8x8192xf32>
    %448 = stablehlo.dot_general %447, %arg122, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %449 = stablehlo.add %441, %448 : tensor<8x2048xf32>
    %450 = stablehlo.composite "mlxla.rms_norm" %449, %arg123 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %451 = stablehlo.dot_general %450, %arg124, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %452 = stablehlo.reshape %451 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %453 = stablehlo.composite "mlxla.rope" %452, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %454 = stablehlo.dot_general %450, %arg125, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %455 = stablehlo.reshape %454 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %456 = stablehlo.composite "mlxla.rope" %455, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %457 = stablehlo.dot_general %450, %arg126, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %458 = stablehlo.reshape %457 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %459 = stablehlo.convert %456 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %460 = stablehlo.convert %458 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %461 = stablehlo.constant dense<13> : tensor<i32>
    %462 = stablehlo.constant dense<0> : tensor<i32>
    %463 = stablehlo.constant dense<0> : tensor<i32>
    %464 = stablehlo.reshape %459 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %465 = stablehlo.dynamic_update_slice %431, %464, %461, %463, %arg1, %462, %462 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %466 = stablehlo.reshape %460 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %467 = stablehlo.dynamic_update_slice %433, %466, %461, %463, %arg1, %462, %462 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %468 = stablehlo.slice %467 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %469 = stablehlo.reshape %468 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %470 = stablehlo.slice %465 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %471 = stablehlo.reshape %470 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %472 = stablehlo.composite "mlxla.attention" %453, %471, %469, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %473 = stablehlo.reshape %472 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %474 = stablehlo.dot_general %473, %arg127, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %475 = stablehlo.add %449, %474 : tensor<8x2048xf32>
    %476 = stablehlo.composite "mlxla.rms_norm" %475, %arg128 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %477 = stablehlo.dot_general %476, %arg129, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %478 = stablehlo.dot_general %476, %arg130, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %479 = stablehlo.logistic %477 : tensor<8x8192xf32>
    %480 = stablehlo.multiply %477, %479 : tensor<8x8192xf32>
    %481 = stablehlo.multiply %480, %478 : tensor<8x8192xf32>
    %482 = stablehlo.dot_general %481, %arg131, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %483 = stablehlo.add %475, %482 : tensor<8x2048xf32>
    %484 = stablehlo.composite "mlxla.rms_norm" %483, %arg132 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %485 = stablehlo.dot_general %484, %arg133, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %486 = stablehlo.reshape %485 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %487 = stablehlo.composite "mlxla.rope" %486, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %488 = stablehlo.dot_general %484, %arg134, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %489 = stablehlo.reshape %488 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %490 = stablehlo.composite "mlxla.rope" %489, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %491 = stablehlo.dot_general %484, %arg135, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %492 = stablehlo.reshape %491 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %493 = stablehlo.convert %490 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %494 = stablehlo.convert %492 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %495 = stablehlo.constant dense<14> : tensor<i32>
    %496 = stablehlo.constant dense<0> : tensor<i32>
    %497 = stablehlo.constant dense<0> : tensor<i32>
    %498 = stablehlo.reshape %493 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %499 = stablehlo.dynamic_update_slice %465, %498, %495, %497, %arg1, %496, %496 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %500 = stablehlo.reshape %494 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %501 = stablehlo.dynamic_update_slice %467, %500, %495, %497, %arg1, %496, %496 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %502 = stablehlo.slice %501 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %503 = stablehlo.reshape %502 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %504 = stablehlo.slice %499 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %505 = stablehlo.reshape %504 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %506 = stablehlo.composite "mlxla.attention" %487, %505, %503, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %507 = stablehlo.reshape %506 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %508 = stablehlo.dot_general %507, %arg136, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %509 = stablehlo.add %483, %508 : tensor<8x2048xf32>
    %510 = stablehlo.composite "mlxla.rms_norm" %509, %arg137 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %511 = stablehlo.dot_general %510, %arg138, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %512 = stablehlo.dot_general %510, %arg139, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %513 = stablehlo.logistic %511 : tensor<8x8192xf32>
    %514 = stablehlo.multiply %511, %513 : tensor<8x8192xf32>
    %515 = stablehlo.multiply %514, %512 : tensor<8x8192xf32>
    %516 = stablehlo.dot_general %515, %arg140, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %517 = stablehlo.add %509, %516 : tensor<8x2048xf32>
    %518 = stablehlo.composite "mlxla.rms_norm" %517, %arg141 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %519 = stablehlo.dot_general %518, %arg142, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %520 = stablehlo.reshape %519 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %521 = stablehlo.composite "mlxla.rope" %520, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %522 = stablehlo.dot_general %518, %arg143, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %523 = stablehlo.reshape %522 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %524 = stablehlo.composite "mlxla.rope" %523, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %525 = stablehlo.dot_general %518, %arg144, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %526 = stablehlo.reshape %525 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %527 = stablehlo.convert %524 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %528 = stablehlo.convert %526 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %529 = stablehlo.constant dense<15> : tensor<i32>
    %530 = stablehlo.constant dense<0> : tensor<i32>
    %531 = stablehlo.constant dense<0> : tensor<i32>
    %532 = stablehlo.reshape %527 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %533 = stablehlo.dynamic_update_slice %499, %532, %529, %531, %arg1, %530, %530 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %534 = stablehlo.reshape %528 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %535 = stablehlo.dynamic_update_slice %501, %534, %529, %531, %arg1, %530, %530 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %536 = stablehlo.slice %535 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %537 = stablehlo.reshape %536 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %538 = stablehlo.slice %533 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %539 = stablehlo.reshape %538 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %540 = stablehlo.composite "mlxla.attention" %521, %539, %537, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %541 = stablehlo.reshape %540 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %542 = stablehlo.dot_general %541, %arg145, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %543 = stablehlo.add %517, %542 : tensor<8x2048xf32>
    %544 = stablehlo.composite "mlxla.rms_norm" %543, %arg146 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %545 = stablehlo.dot_general %544, %arg147, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %546 = stablehlo.dot_general %544, %arg148, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %547 = stablehlo.logistic %545 : tensor<8x8192xf32>
    %548 = stablehlo.multiply %545, %547 : tensor<8x8192xf32>
    %549 = stablehlo.multiply %548, %546 : tensor<8x8192xf32>
    %550 = stablehlo.dot_general %549, %arg149, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %551 = stablehlo.add %543, %550 : tensor<8x2048xf32>
    %552 = stablehlo.constant dense<0> : tensor<i32>
    %553 = stablehlo.dynamic_slice %551, %4, %552, sizes = [1, 2048] : (tensor<8x2048xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2048xf32>
    %554 = stablehlo.composite "mlxla.rms_norm" %553, %arg150 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %555 = stablehlo.dot_general %554, %arg5, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<128256x2048xf32>) -> tensor<1x128256xf32>
    %556 = stablehlo.composite "mlxla.argmax" %555 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %556, %533, %535 : tensor<1xi32>, tensor<16x1x64x8x64xf16>, tensor<16x1x64x8x64xf16>
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
