module @mlxla {
  func.func @main(%arg0: tensor<8xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "start"}, %arg2: tensor<i32> {mlxla.name = "n_valid"}, %arg3: tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg4: tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg5: tensor<128256x2048xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg6: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg7: tensor<2048x2048xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg8: tensor<512x2048xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg9: tensor<512x2048xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg10: tensor<2048x2048xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg11: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg12: tensor<8192x2048xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg13: tensor<8192x2048xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg14: tensor<2048x8192xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg15: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg16: tensor<2048x2048xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg17: tensor<512x2048xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg18: tensor<512x2048xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg19: tensor<2048x2048xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg20: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg21: tensor<8192x2048xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg22: tensor<8192x2048xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg23: tensor<2048x8192xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg24: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg25: tensor<2048x2048xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg26: tensor<512x2048xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg27: tensor<512x2048xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg28: tensor<2048x2048xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg29: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg30: tensor<8192x2048xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg31: tensor<8192x2048xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg32: tensor<2048x8192xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg33: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg34: tensor<2048x2048xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg35: tensor<512x2048xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg36: tensor<512x2048xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg37: tensor<2048x2048xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg38: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg39: tensor<8192x2048xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg40: tensor<8192x2048xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg41: tensor<2048x8192xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg42: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg43: tensor<2048x2048xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg44: tensor<512x2048xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg45: tensor<512x2048xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg46: tensor<2048x2048xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg47: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg48: tensor<8192x2048xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg49: tensor<8192x2048xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg50: tensor<2048x8192xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg51: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg52: tensor<2048x2048xf16> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg53: tensor<512x2048xf16> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg54: tensor<512x2048xf16> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg55: tensor<2048x2048xf16> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg56: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg57: tensor<8192x2048xf16> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg58: tensor<8192x2048xf16> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg59: tensor<2048x8192xf16> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg60: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg61: tensor<2048x2048xf16> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg62: tensor<512x2048xf16> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg63: tensor<512x2048xf16> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg64: tensor<2048x2048xf16> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg65: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg66: tensor<8192x2048xf16> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg67: tensor<8192x2048xf16> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg68: tensor<2048x8192xf16> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg69: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg70: tensor<2048x2048xf16> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg71: tensor<512x2048xf16> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg72: tensor<512x2048xf16> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg73: tensor<2048x2048xf16> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg74: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg75: tensor<8192x2048xf16> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg76: tensor<8192x2048xf16> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg77: tensor<2048x8192xf16> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg78: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg79: tensor<2048x2048xf16> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg80: tensor<512x2048xf16> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg81: tensor<512x2048xf16> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg82: tensor<2048x2048xf16> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg83: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg84: tensor<8192x2048xf16> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg85: tensor<8192x2048xf16> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg86: tensor<2048x8192xf16> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg87: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg88: tensor<2048x2048xf16> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg89: tensor<512x2048xf16> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg90: tensor<512x2048xf16> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg91: tensor<2048x2048xf16> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg92: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg93: tensor<8192x2048xf16> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg94: tensor<8192x2048xf16> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg95: tensor<2048x8192xf16> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg96: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg97: tensor<2048x2048xf16> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg98: tensor<512x2048xf16> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg99: tensor<512x2048xf16> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg100: tensor<2048x2048xf16> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg101: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg102: tensor<8192x2048xf16> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg103: tensor<8192x2048xf16> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg104: tensor<2048x8192xf16> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg105: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg106: tensor<2048x2048xf16> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg107: tensor<512x2048xf16> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg108: tensor<512x2048xf16> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg109: tensor<2048x2048xf16> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg110: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg111: tensor<8192x2048xf16> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg112: tensor<8192x2048xf16> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg113: tensor<2048x8192xf16> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg114: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg115: tensor<2048x2048xf16> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg116: tensor<512x2048xf16> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg117: tensor<512x2048xf16> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg118: tensor<2048x2048xf16> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg119: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg120: tensor<8192x2048xf16> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg121: tensor<8192x2048xf16> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg122: tensor<2048x8192xf16> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg123: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg124: tensor<2048x2048xf16> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg125: tensor<512x2048xf16> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg126: tensor<512x2048xf16> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg127: tensor<2048x2048xf16> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg128: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg129: tensor<8192x2048xf16> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg130: tensor<8192x2048xf16> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg131: tensor<2048x8192xf16> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg132: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg133: tensor<2048x2048xf16> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg134: tensor<512x2048xf16> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg135: tensor<512x2048xf16> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg136: tensor<2048x2048xf16> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg137: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg138: tensor<8192x2048xf16> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg139: tensor<8192x2048xf16> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg140: tensor<2048x8192xf16> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg141: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg142: tensor<2048x2048xf16> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg143: tensor<512x2048xf16> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg144: tensor<512x2048xf16> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg145: tensor<2048x2048xf16> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg146: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg147: tensor<8192x2048xf16> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg148: tensor<8192x2048xf16> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg149: tensor<2048x8192xf16> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg150: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache"}, tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.iota dim = 0 : tensor<8xi32>
    %1 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.add %1, %0 : tensor<8xi32>
    %3 = stablehlo.constant dense<-1> : tensor<i32>
    %4 = stablehlo.add %arg2, %3 : tensor<i32>
    %5 = stablehlo.add %arg1, %arg2 : tensor<i32>
    %6 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %7 = "stablehlo.gather"(%arg5, %6) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2048>} : (tensor<128256x2048xf16>, tensor<8x1xi32>) -> tensor<8x2048xf16>
    %8 = stablehlo.convert %7 : (tensor<8x2048xf16>) -> tensor<8x2048xf32>
    %9 = stablehlo.convert %8 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %10 = stablehlo.convert %9 : (tensor<8x2048xf16>) -> tensor<8x2048xf32>
    %11 = stablehlo.composite "mlxla.rms_norm" %10, %arg6 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %12 = stablehlo.convert %11 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %13 = stablehlo.dot_general %12, %arg7, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %14 = stablehlo.reshape %13 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %15 = stablehlo.composite "mlxla.rope" %14, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %16 = stablehlo.convert %11 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %17 = stablehlo.dot_general %16, %arg8, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %18 = stablehlo.reshape %17 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %19 = stablehlo.composite "mlxla.rope" %18, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %20 = stablehlo.convert %11 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %21 = stablehlo.dot_general %20, %arg9, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %22 = stablehlo.reshape %21 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %23 = stablehlo.convert %19 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %24 = stablehlo.convert %22 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %25 = stablehlo.constant dense<0> : tensor<i32>
    %26 = stablehlo.constant dense<0> : tensor<i32>
    %27 = stablehlo.constant dense<0> : tensor<i32>
    %28 = stablehlo.reshape %23 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %29 = stablehlo.dynamic_update_slice %arg3, %28, %25, %27, %arg1, %26, %26 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %30 = stablehlo.reshape %24 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %31 = stablehlo.dynamic_update_slice %arg4, %30, %25, %27, %arg1, %26, %26 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %32 = stablehlo.slice %31 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %33 = stablehlo.reshape %32 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %34 = stablehlo.slice %29 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %35 = stablehlo.reshape %34 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %36 = stablehlo.composite "mlxla.attention" %15, %35, %33, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %37 = stablehlo.reshape %36 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %38 = stablehlo.convert %37 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %39 = stablehlo.dot_general %38, %arg10, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %40 = stablehlo.add %10, %39 : tensor<8x2048xf32>
    %41 = stablehlo.composite "mlxla.rms_norm" %40, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %42 = stablehlo.convert %41 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %43 = stablehlo.dot_general %42, %arg12, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %44 = stablehlo.convert %41 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %45 = stablehlo.dot_general %44, %arg13, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %46 = stablehlo.logistic %43 : tensor<8x8192xf32>
    %47 = stablehlo.multiply %43, %46 : tensor<8x8192xf32>
    %48 = stablehlo.multiply %47, %45 : tensor<8x8192xf32>
    %49 = stablehlo.convert %48 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %50 = stablehlo.dot_general %49, %arg14, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %51 = stablehlo.add %40, %50 : tensor<8x2048xf32>
    %52 = stablehlo.composite "mlxla.rms_norm" %51, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %53 = stablehlo.convert %52 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %54 = stablehlo.dot_general %53, %arg16, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %55 = stablehlo.reshape %54 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %56 = stablehlo.composite "mlxla.rope" %55, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %57 = stablehlo.convert %52 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %58 = stablehlo.dot_general %57, %arg17, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %59 = stablehlo.reshape %58 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %60 = stablehlo.composite "mlxla.rope" %59, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %61 = stablehlo.convert %52 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %62 = stablehlo.dot_general %61, %arg18, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %63 = stablehlo.reshape %62 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %64 = stablehlo.convert %60 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %65 = stablehlo.convert %63 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %66 = stablehlo.constant dense<1> : tensor<i32>
    %67 = stablehlo.constant dense<0> : tensor<i32>
    %68 = stablehlo.constant dense<0> : tensor<i32>
    %69 = stablehlo.reshape %64 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %70 = stablehlo.dynamic_update_slice %29, %69, %66, %68, %arg1, %67, %67 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %71 = stablehlo.reshape %65 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %72 = stablehlo.dynamic_update_slice %31, %71, %66, %68, %arg1, %67, %67 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %73 = stablehlo.slice %72 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %74 = stablehlo.reshape %73 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %75 = stablehlo.slice %70 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %76 = stablehlo.reshape %75 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %77 = stablehlo.composite "mlxla.attention" %56, %76, %74, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %78 = stablehlo.reshape %77 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %79 = stablehlo.convert %78 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %80 = stablehlo.dot_general %79, %arg19, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %81 = stablehlo.add %51, %80 : tensor<8x2048xf32>
    %82 = stablehlo.composite "mlxla.rms_norm" %81, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %83 = stablehlo.convert %82 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %84 = stablehlo.dot_general %83, %arg21, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %85 = stablehlo.convert %82 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %86 = stablehlo.dot_general %85, %arg22, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %87 = stablehlo.logistic %84 : tensor<8x8192xf32>
    %88 = stablehlo.multiply %84, %87 : tensor<8x8192xf32>
    %89 = stablehlo.multiply %88, %86 : tensor<8x8192xf32>
    %90 = stablehlo.convert %89 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %91 = stablehlo.dot_general %90, %arg23, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %92 = stablehlo.add %81, %91 : tensor<8x2048xf32>
    %93 = stablehlo.composite "mlxla.rms_norm" %92, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %94 = stablehlo.convert %93 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %95 = stablehlo.dot_general %94, %arg25, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %96 = stablehlo.reshape %95 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %97 = stablehlo.composite "mlxla.rope" %96, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %98 = stablehlo.convert %93 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %99 = stablehlo.dot_general %98, %arg26, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %100 = stablehlo.reshape %99 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %101 = stablehlo.composite "mlxla.rope" %100, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %102 = stablehlo.convert %93 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %103 = stablehlo.dot_general %102, %arg27, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %104 = stablehlo.reshape %103 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %105 = stablehlo.convert %101 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %106 = stablehlo.convert %104 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %107 = stablehlo.constant dense<2> : tensor<i32>
    %108 = stablehlo.constant dense<0> : tensor<i32>
    %109 = stablehlo.constant dense<0> : tensor<i32>
    %110 = stablehlo.reshape %105 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %111 = stablehlo.dynamic_update_slice %70, %110, %107, %109, %arg1, %108, %108 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %112 = stablehlo.reshape %106 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %113 = stablehlo.dynamic_update_slice %72, %112, %107, %109, %arg1, %108, %108 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %114 = stablehlo.slice %113 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %115 = stablehlo.reshape %114 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %116 = stablehlo.slice %111 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %117 = stablehlo.reshape %116 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %118 = stablehlo.composite "mlxla.attention" %97, %117, %115, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %119 = stablehlo.reshape %118 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %120 = stablehlo.convert %119 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %121 = stablehlo.dot_general %120, %arg28, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %122 = stablehlo.add %92, %121 : tensor<8x2048xf32>
    %123 = stablehlo.composite "mlxla.rms_norm" %122, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %124 = stablehlo.convert %123 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %125 = stablehlo.dot_general %124, %arg30, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %126 = stablehlo.convert %123 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %127 = stablehlo.dot_general %126, %arg31, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %128 = stablehlo.logistic %125 : tensor<8x8192xf32>
    %129 = stablehlo.multiply %125, %128 : tensor<8x8192xf32>
    %130 = stablehlo.multiply %129, %127 : tensor<8x8192xf32>
    %131 = stablehlo.convert %130 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %132 = stablehlo.dot_general %131, %arg32, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %133 = stablehlo.add %122, %132 : tensor<8x2048xf32>
    %134 = stablehlo.composite "mlxla.rms_norm" %133, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %135 = stablehlo.convert %134 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %136 = stablehlo.dot_general %135, %arg34, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %137 = stablehlo.reshape %136 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %138 = stablehlo.composite "mlxla.rope" %137, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %139 = stablehlo.convert %134 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %140 = stablehlo.dot_general %139, %arg35, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %141 = stablehlo.reshape %140 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %142 = stablehlo.composite "mlxla.rope" %141, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %143 = stablehlo.convert %134 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %144 = stablehlo.dot_general %143, %arg36, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %145 = stablehlo.reshape %144 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %146 = stablehlo.convert %142 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %147 = stablehlo.convert %145 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %148 = stablehlo.constant dense<3> : tensor<i32>
    %149 = stablehlo.constant dense<0> : tensor<i32>
    %150 = stablehlo.constant dense<0> : tensor<i32>
    %151 = stablehlo.reshape %146 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %152 = stablehlo.dynamic_update_slice %111, %151, %148, %150, %arg1, %149, %149 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %153 = stablehlo.reshape %147 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %154 = stablehlo.dynamic_update_slice %113, %153, %148, %150, %arg1, %149, %149 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %155 = stablehlo.slice %154 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %156 = stablehlo.reshape %155 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %157 = stablehlo.slice %152 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %158 = stablehlo.reshape %157 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %159 = stablehlo.composite "mlxla.attention" %138, %158, %156, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %160 = stablehlo.reshape %159 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %161 = stablehlo.convert %160 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %162 = stablehlo.dot_general %161, %arg37, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %163 = stablehlo.add %133, %162 : tensor<8x2048xf32>
    %164 = stablehlo.composite "mlxla.rms_norm" %163, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %165 = stablehlo.convert %164 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %166 = stablehlo.dot_general %165, %arg39, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %167 = stablehlo.convert %164 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %168 = stablehlo.dot_general %167, %arg40, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %169 = stablehlo.logistic %166 : tensor<8x8192xf32>
    %170 = stablehlo.multiply %166, %169 : tensor<8x8192xf32>
    %171 = stablehlo.multiply %170, %168 : tensor<8x8192xf32>
    %172 = stablehlo.convert %171 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %173 = stablehlo.dot_general %172, %arg41, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %174 = stablehlo.add %163, %173 : tensor<8x2048xf32>
    %175 = stablehlo.composite "mlxla.rms_norm" %174, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %176 = stablehlo.convert %175 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %177 = stablehlo.dot_general %176, %arg43, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %178 = stablehlo.reshape %177 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %179 = stablehlo.composite "mlxla.rope" %178, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %180 = stablehlo.convert %175 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %181 = stablehlo.dot_general %180, %arg44, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %182 = stablehlo.reshape %181 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %183 = stablehlo.composite "mlxla.rope" %182, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %184 = stablehlo.convert %175 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %185 = stablehlo.dot_general %184, %arg45, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %186 = stablehlo.reshape %185 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %187 = stablehlo.convert %183 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %188 = stablehlo.convert %186 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %189 = stablehlo.constant dense<4> : tensor<i32>
    %190 = stablehlo.constant dense<0> : tensor<i32>
    %191 = stablehlo.constant dense<0> : tensor<i32>
    %192 = stablehlo.reshape %187 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %193 = stablehlo.dynamic_update_slice %152, %192, %189, %191, %arg1, %190, %190 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %194 = stablehlo.reshape %188 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %195 = stablehlo.dynamic_update_slice %154, %194, %189, %191, %arg1, %190, %190 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %196 = stablehlo.slice %195 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %197 = stablehlo.reshape %196 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %198 = stablehlo.slice %193 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %199 = stablehlo.reshape %198 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %200 = stablehlo.composite "mlxla.attention" %179, %199, %197, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %201 = stablehlo.reshape %200 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %202 = stablehlo.convert %201 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %203 = stablehlo.dot_general %202, %arg46, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %204 = stablehlo.add %174, %203 : tensor<8x2048xf32>
    %205 = stablehlo.composite "mlxla.rms_norm" %204, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %206 = stablehlo.convert %205 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %207 = stablehlo.dot_general %206, %arg48, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %208 = stablehlo.convert %205 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %209 = stablehlo.dot_general %208, %arg49, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %210 = stablehlo.logistic %207 : tensor<8x8192xf32>
    %211 = stablehlo.multiply %207, %210 : tensor<8x8192xf32>
    %212 = stablehlo.multiply %211, %209 : tensor<8x8192xf32>
    %213 = stablehlo.convert %212 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %214 = stablehlo.dot_general %213, %arg50, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %215 = stablehlo.add %204, %214 : tensor<8x2048xf32>
    %216 = stablehlo.composite "mlxla.rms_norm" %215, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %217 = stablehlo.convert %216 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %218 = stablehlo.dot_general %217, %arg52, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %219 = stablehlo.reshape %218 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %220 = stablehlo.composite "mlxla.rope" %219, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %221 = stablehlo.convert %216 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %222 = stablehlo.dot_general %221, %arg53, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %223 = stablehlo.reshape %222 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %224 = stablehlo.composite "mlxla.rope" %223, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %225 = stablehlo.convert %216 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %226 = stablehlo.dot_general %225, %arg54, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %227 = stablehlo.reshape %226 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %228 = stablehlo.convert %224 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %229 = stablehlo.convert %227 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %230 = stablehlo.constant dense<5> : tensor<i32>
    %231 = stablehlo.constant dense<0> : tensor<i32>
    %232 = stablehlo.constant dense<0> : tensor<i32>
    %233 = stablehlo.reshape %228 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %234 = stablehlo.dynamic_update_slice %193, %233, %230, %232, %arg1, %231, %231 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %235 = stablehlo.reshape %229 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %236 = stablehlo.dynamic_update_slice %195, %235, %230, %232, %arg1, %231, %231 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %237 = stablehlo.slice %236 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %238 = stablehlo.reshape %237 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %239 = stablehlo.slice %234 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %240 = stablehlo.reshape %239 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %241 = stablehlo.composite "mlxla.attention" %220, %240, %238, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %242 = stablehlo.reshape %241 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %243 = stablehlo.convert %242 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %244 = stablehlo.dot_general %243, %arg55, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %245 = stablehlo.add %215, %244 : tensor<8x2048xf32>
    %246 = stablehlo.composite "mlxla.rms_norm" %245, %arg56 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %247 = stablehlo.convert %246 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %248 = stablehlo.dot_general %247, %arg57, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %249 = stablehlo.convert %246 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %250 = stablehlo.dot_general %249, %arg58, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %251 = stablehlo.logistic %248 : tensor<8x8192xf32>
    %252 = stablehlo.multiply %248, %251 : tensor<8x8192xf32>
    %253 = stablehlo.multiply %252, %250 : tensor<8x8192xf32>
    %254 = stablehlo.convert %253 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %255 = stablehlo.dot_general %254, %arg59, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %256 = stablehlo.add %245, %255 : tensor<8x2048xf32>
    %257 = stablehlo.composite "mlxla.rms_norm" %256, %arg60 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %258 = stablehlo.convert %257 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %259 = stablehlo.dot_general %258, %arg61, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %260 = stablehlo.reshape %259 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %261 = stablehlo.composite "mlxla.rope" %260, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %262 = stablehlo.convert %257 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %263 = stablehlo.dot_general %262, %arg62, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %264 = stablehlo.reshape %263 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %265 = stablehlo.composite "mlxla.rope" %264, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %266 = stablehlo.convert %257 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %267 = stablehlo.dot_general %266, %arg63, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %268 = stablehlo.reshape %267 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %269 = stablehlo.convert %265 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %270 = stablehlo.convert %268 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %271 = stablehlo.constant dense<6> : tensor<i32>
    %272 = stablehlo.constant dense<0> : tensor<i32>
    %273 = stablehlo.constant dense<0> : tensor<i32>
    %274 = stablehlo.reshape %269 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %275 = stablehlo.dynamic_update_slice %234, %274, %271, %273, %arg1, %272, %272 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %276 = stablehlo.reshape %270 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %277 = stablehlo.dynamic_update_slice %236, %276, %271, %273, %arg1, %272, %272 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %278 = stablehlo.slice %277 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %279 = stablehlo.reshape %278 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %280 = stablehlo.slice %275 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %281 = stablehlo.reshape %280 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %282 = stablehlo.composite "mlxla.attention" %261, %281, %279, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %283 = stablehlo.reshape %282 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %284 = stablehlo.convert %283 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %285 = stablehlo.dot_general %284, %arg64, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %286 = stablehlo.add %256, %285 : tensor<8x2048xf32>
    %287 = stablehlo.composite "mlxla.rms_norm" %286, %arg65 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %288 = stablehlo.convert %287 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %289 = stablehlo.dot_general %288, %arg66, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %290 = stablehlo.convert %287 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %291 = stablehlo.dot_general %290, %arg67, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %292 = stablehlo.logistic %289 : tensor<8x8192xf32>
    %293 = stablehlo.multiply %289, %292 : tensor<8x8192xf32>
    %294 = stablehlo.multiply %293, %291 : tensor<8x8192xf32>
    %295 = stablehlo.convert %294 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %296 = stablehlo.dot_general %295, %arg68, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %297 = stablehlo.add %286, %296 : tensor<8x2048xf32>
    %298 = stablehlo.composite "mlxla.rms_norm" %297, %arg69 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %299 = stablehlo.convert %298 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %300 = stablehlo.dot_general %299, %arg70, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %301 = stablehlo.reshape %300 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %302 = stablehlo.composite "mlxla.rope" %301, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %303 = stablehlo.convert %298 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %304 = stablehlo.dot_general %303, %arg71, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %305 = stablehlo.reshape %304 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %306 = stablehlo.composite "mlxla.rope" %305, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %307 = stablehlo.convert %298 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %308 = stablehlo.dot_general %307, %arg72, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %309 = stablehlo.reshape %308 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %310 = stablehlo.convert %306 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %311 = stablehlo.convert %309 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %312 = stablehlo.constant dense<7> : tensor<i32>
    %313 = stablehlo.constant dense<0> : tensor<i32>
    %314 = stablehlo.constant dense<0> : tensor<i32>
    %315 = stablehlo.reshape %310 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %316 = stablehlo.dynamic_update_slice %275, %315, %312, %314, %arg1, %313, %313 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %317 = stablehlo.reshape %311 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %318 = stablehlo.dynamic_update_slice %277, %317, %312, %314, %arg1, %313, %313 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %319 = stablehlo.slice %318 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %320 = stablehlo.reshape %319 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %321 = stablehlo.slice %316 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %322 = stablehlo.reshape %321 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %323 = stablehlo.composite "mlxla.attention" %302, %322, %320, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %324 = stablehlo.reshape %323 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %325 = stablehlo.convert %324 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %326 = stablehlo.dot_general %325, %arg73, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %327 = stablehlo.add %297, %326 : tensor<8x2048xf32>
    %328 = stablehlo.composite "mlxla.rms_norm" %327, %arg74 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %329 = stablehlo.convert %328 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %330 = stablehlo.dot_general %329, %arg75, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %331 = stablehlo.convert %328 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %332 = stablehlo.dot_general %331, %arg76, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %333 = stablehlo.logistic %330 : tensor<8x8192xf32>
    %334 = stablehlo.multiply %330, %333 : tensor<8x8192xf32>
    %335 = stablehlo.multiply %334, %332 : tensor<8x8192xf32>
    %336 = stablehlo.convert %335 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %337 = stablehlo.dot_general %336, %arg77, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %338 = stablehlo.add %327, %337 : tensor<8x2048xf32>
    %339 = stablehlo.composite "mlxla.rms_norm" %338, %arg78 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %340 = stablehlo.convert %339 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %341 = stablehlo.dot_general %340, %arg79, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %342 = stablehlo.reshape %341 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %343 = stablehlo.composite "mlxla.rope" %342, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %344 = stablehlo.convert %339 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %345 = stablehlo.dot_general %344, %arg80, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %346 = stablehlo.reshape %345 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %347 = stablehlo.composite "mlxla.rope" %346, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %348 = stablehlo.convert %339 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %349 = stablehlo.dot_general %348, %arg81, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %350 = stablehlo.reshape %349 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %351 = stablehlo.convert %347 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %352 = stablehlo.convert %350 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %353 = stablehlo.constant dense<8> : tensor<i32>
    %354 = stablehlo.constant dense<0> : tensor<i32>
    %355 = stablehlo.constant dense<0> : tensor<i32>
    %356 = stablehlo.reshape %351 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %357 = stablehlo.dynamic_update_slice %316, %356, %353, %355, %arg1, %354, %354 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %358 = stablehlo.reshape %352 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %359 = stablehlo.dynamic_update_slice %318, %358, %353, %355, %arg1, %354, %354 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %360 = stablehlo.slice %359 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %361 = stablehlo.reshape %360 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %362 = stablehlo.slice %357 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %363 = stablehlo.reshape %362 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %364 = stablehlo.composite "mlxla.attention" %343, %363, %361, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %365 = stablehlo.reshape %364 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %366 = stablehlo.convert %365 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %367 = stablehlo.dot_general %366, %arg82, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %368 = stablehlo.add %338, %367 : tensor<8x2048xf32>
    %369 = stablehlo.composite "mlxla.rms_norm" %368, %arg83 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %370 = stablehlo.convert %369 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %371 = stablehlo.dot_general %370, %arg84, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %372 = stablehlo.convert %369 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %373 = stablehlo.dot_general %372, %arg85, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %374 = stablehlo.logistic %371 : tensor<8x8192xf32>
    %375 = stablehlo.multiply %371, %374 : tensor<8x8192xf32>
    %376 = stablehlo.multiply %375, %373 : tensor<8x8192xf32>
    %377 = stablehlo.convert %376 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %378 = stablehlo.dot_general %377, %arg86, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %379 = stablehlo.add %368, %378 : tensor<8x2048xf32>
    %380 = stablehlo.composite "mlxla.rms_norm" %379, %arg87 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %381 = stablehlo.convert %380 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %382 = stablehlo.dot_general %381, %arg88, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %383 = stablehlo.reshape %382 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %384 = stablehlo.composite "mlxla.rope" %383, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %385 = stablehlo.convert %380 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %386 = stablehlo.dot_general %385, %arg89, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %387 = stablehlo.reshape %386 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %388 = stablehlo.composite "mlxla.rope" %387, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %389 = stablehlo.convert %380 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %390 = stablehlo.dot_general %389, %arg90, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %391 = stablehlo.reshape %390 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %392 = stablehlo.convert %388 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %393 = stablehlo.convert %391 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %394 = stablehlo.constant dense<9> : tensor<i32>
    %395 = stablehlo.constant dense<0> : tensor<i32>
    %396 = stablehlo.constant dense<0> : tensor<i32>
    %397 = stablehlo.reshape %392 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %398 = stablehlo.dynamic_update_slice %357, %397, %394, %396, %arg1, %395, %395 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %399 = stablehlo.reshape %393 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %400 = stablehlo.dynamic_update_slice %359, %399, %394, %396, %arg1, %395, %395 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %401 = stablehlo.slice %400 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %402 = stablehlo.reshape %401 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %403 = stablehlo.slice %398 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %404 = stablehlo.reshape %403 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %405 = stablehlo.composite "mlxla.attention" %384, %404, %402, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %406 = stablehlo.reshape %405 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %407 = stablehlo.convert %406 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %408 = stablehlo.dot_general %407, %arg91, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %409 = stablehlo.add %379, %408 : tensor<8x2048xf32>
    %410 = stablehlo.composite "mlxla.rms_norm" %409, %arg92 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %411 = stablehlo.convert %410 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %412 = stablehlo.dot_general %411, %arg93, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %413 = stablehlo.convert %410 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %414 = stablehlo.dot_general %413, %arg94, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %415 = stablehlo.logistic %412 : tensor<8x8192xf32>
    %416 = stablehlo.multiply %412, %415 : tensor<8x8192xf32>
    %417 = stablehlo.multiply %416, %414 : tensor<8x8192xf32>
    %418 = stablehlo.convert %417 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %419 = stablehlo.dot_general %418, %arg95, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %420 = stablehlo.add %409, %419 : tensor<8x2048xf32>
    %421 = stablehlo.composite "mlxla.rms_norm" %420, %arg96 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %422 = stablehlo.convert %421 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %423 = stablehlo.dot_general %422, %arg97, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %424 = stablehlo.reshape %423 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %425 = stablehlo.composite "mlxla.rope" %424, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %426 = stablehlo.convert %421 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %427 = stablehlo.dot_general %426, %arg98, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %428 = stablehlo.reshape %427 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %429 = stablehlo.composite "mlxla.rope" %428, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %430 = stablehlo.convert %421 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %431 = stablehlo.dot_general %430, %arg99, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %432 = stablehlo.reshape %431 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %433 = stablehlo.convert %429 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %434 = stablehlo.convert %432 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %435 = stablehlo.constant dense<10> : tensor<i32>
    %436 = stablehlo.constant dense<0> : tensor<i32>
    %437 = stablehlo.constant dense<0> : tensor<i32>
    %438 = stablehlo.reshape %433 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %439 = stablehlo.dynamic_update_slice %398, %438, %435, %437, %arg1, %436, %436 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %440 = stablehlo.reshape %434 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %441 = stablehlo.dynamic_update_slice %400, %440, %435, %437, %arg1, %436, %436 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %442 = stablehlo.slice %441 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %443 = stablehlo.reshape %442 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %444 = stablehlo.slice %439 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %445 = stablehlo.reshape %444 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %446 = stablehlo.composite "mlxla.attention" %425, %445, %443, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %447 = stablehlo.reshape %446 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %448 = stablehlo.convert %447 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %449 = stablehlo.dot_general %448, %arg100, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %450 = stablehlo.add %420, %449 : tensor<8x2048xf32>
    %451 = stablehlo.composite "mlxla.rms_norm" %450, %arg101 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %452 = stablehlo.convert %451 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %453 = stablehlo.dot_general %452, %arg102, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %454 = stablehlo.convert %451 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %455 = stablehlo.dot_general %454, %arg103, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %456 = stablehlo.logistic %453 : tensor<8x8192xf32>
    %457 = stablehlo.multiply %453, %456 : tensor<8x8192xf32>
    %458 = stablehlo.multiply %457, %455 : tensor<8x8192xf32>
    %459 = stablehlo.convert %458 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %460 = stablehlo.dot_general %459, %arg104, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %461 = stablehlo.add %450, %460 : tensor<8x2048xf32>
    %462 = stablehlo.composite "mlxla.rms_norm" %461, %arg105 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %463 = stablehlo.convert %462 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %464 = stablehlo.dot_general %463, %arg106, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %465 = stablehlo.reshape %464 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %466 = stablehlo.composite "mlxla.rope" %465, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %467 = stablehlo.convert %462 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %468 = stablehlo.dot_general %467, %arg107, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %469 = stablehlo.reshape %468 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %470 = stablehlo.composite "mlxla.rope" %469, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %471 = stablehlo.convert %462 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %472 = stablehlo.dot_general %471, %arg108, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %473 = stablehlo.reshape %472 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %474 = stablehlo.convert %470 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %475 = stablehlo.convert %473 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %476 = stablehlo.constant dense<11> : tensor<i32>
    %477 = stablehlo.constant dense<0> : tensor<i32>
    %478 = stablehlo.constant dense<0> : tensor<i32>
    %479 = stablehlo.reshape %474 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %480 = stablehlo.dynamic_update_slice %439, %479, %476, %478, %arg1, %477, %477 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %481 = stablehlo.reshape %475 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %482 = stablehlo.dynamic_update_slice %441, %481, %476, %478, %arg1, %477, %477 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %483 = stablehlo.slice %482 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %484 = stablehlo.reshape %483 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %485 = stablehlo.slice %480 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %486 = stablehlo.reshape %485 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %487 = stablehlo.composite "mlxla.attention" %466, %486, %484, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %488 = stablehlo.reshape %487 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %489 = stablehlo.convert %488 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %490 = stablehlo.dot_general %489, %arg109, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %491 = stablehlo.add %461, %490 : tensor<8x2048xf32>
    %492 = stablehlo.composite "mlxla.rms_norm" %491, %arg110 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %493 = stablehlo.convert %492 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %494 = stablehlo.dot_general %493, %arg111, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %495 = stablehlo.convert %492 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %496 = stablehlo.dot_general %495, %arg112, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %497 = stablehlo.logistic %494 : tensor<8x8192xf32>
    %498 = stablehlo.multiply %494, %497 : tensor<8x8192xf32>
    %499 = stablehlo.multiply %498, %496 : tensor<8x8192xf32>
    %500 = stablehlo.convert %499 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %501 = stablehlo.dot_general %500, %arg113, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %502 = stablehlo.add %491, %501 : tensor<8x2048xf32>
    %503 = stablehlo.composite "mlxla.rms_norm" %502, %arg114 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %504 = stablehlo.convert %503 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %505 = stablehlo.dot_general %504, %arg115, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %506 = stablehlo.reshape %505 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %507 = stablehlo.composite "mlxla.rope" %506, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %508 = stablehlo.convert %503 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %509 = stablehlo.dot_general %508, %arg116, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %510 = stablehlo.reshape %509 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %511 = stablehlo.composite "mlxla.rope" %510, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %512 = stablehlo.convert %503 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %513 = stablehlo.dot_general %512, %arg117, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %514 = stablehlo.reshape %513 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %515 = stablehlo.convert %511 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %516 = stablehlo.convert %514 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %517 = stablehlo.constant dense<12> : tensor<i32>
    %518 = stablehlo.constant dense<0> : tensor<i32>
    %519 = stablehlo.constant dense<0> : tensor<i32>
    %520 = stablehlo.reshape %515 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %521 = stablehlo.dynamic_update_slice %480, %520, %517, %519, %arg1, %518, %518 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %522 = stablehlo.reshape %516 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %523 = stablehlo.dynamic_update_slice %482, %522, %517, %519, %arg1, %518, %518 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %524 = stablehlo.slice %523 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %525 = stablehlo.reshape %524 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %526 = stablehlo.slice %521 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %527 = stablehlo.reshape %526 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %528 = stablehlo.composite "mlxla.attention" %507, %527, %525, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %529 = stablehlo.reshape %528 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %530 = stablehlo.convert %529 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %531 = stablehlo.dot_general %530, %arg118, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %532 = stablehlo.add %502, %531 : tensor<8x2048xf32>
    %533 = stablehlo.composite "mlxla.rms_norm" %532, %arg119 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %534 = stablehlo.convert %533 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %535 = stablehlo.dot_general %534, %arg120, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %536 = stablehlo.convert %533 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %537 = stablehlo.dot_general %536, %arg121, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %538 = stablehlo.logistic %535 : tensor<8x8192xf32>
    %539 = stablehlo.multiply %535, %538 : tensor<8x8192xf32>
    %540 = stablehlo.multiply %539, %537 : tensor<8x8192xf32>
    %541 = stablehlo.convert %540 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %542 = stablehlo.dot_general %541, %arg122, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %543 = stablehlo.add %532, %542 : tensor<8x2048xf32>
    %544 = stablehlo.composite "mlxla.rms_norm" %543, %arg123 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %545 = stablehlo.convert %544 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %546 = stablehlo.dot_general %545, %arg124, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %547 = stablehlo.reshape %546 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %548 = stablehlo.composite "mlxla.rope" %547, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %549 = stablehlo.convert %544 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %550 = stablehlo.dot_general %549, %arg125, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %551 = stablehlo.reshape %550 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %552 = stablehlo.composite "mlxla.rope" %551, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %553 = stablehlo.convert %544 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %554 = stablehlo.dot_general %553, %arg126, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %555 = stablehlo.reshape %554 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %556 = stablehlo.convert %552 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %557 = stablehlo.convert %555 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %558 = stablehlo.constant dense<13> : tensor<i32>
    %559 = stablehlo.constant dense<0> : tensor<i32>
    %560 = stablehlo.constant dense<0> : tensor<i32>
    %561 = stablehlo.reshape %556 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %562 = stablehlo.dynamic_update_slice %521, %561, %558, %560, %arg1, %559, %559 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %563 = stablehlo.reshape %557 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %564 = stablehlo.dynamic_update_slice %523, %563, %558, %560, %arg1, %559, %559 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %565 = stablehlo.slice %564 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %566 = stablehlo.reshape %565 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %567 = stablehlo.slice %562 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %568 = stablehlo.reshape %567 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %569 = stablehlo.composite "mlxla.attention" %548, %568, %566, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %570 = stablehlo.reshape %569 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %571 = stablehlo.convert %570 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %572 = stablehlo.dot_general %571, %arg127, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %573 = stablehlo.add %543, %572 : tensor<8x2048xf32>
    %574 = stablehlo.composite "mlxla.rms_norm" %573, %arg128 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %575 = stablehlo.convert %574 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %576 = stablehlo.dot_general %575, %arg129, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %577 = stablehlo.convert %574 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %578 = stablehlo.dot_general %577, %arg130, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %579 = stablehlo.logistic %576 : tensor<8x8192xf32>
    %580 = stablehlo.multiply %576, %579 : tensor<8x8192xf32>
    %581 = stablehlo.multiply %580, %578 : tensor<8x8192xf32>
    %582 = stablehlo.convert %581 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %583 = stablehlo.dot_general %582, %arg131, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %584 = stablehlo.add %573, %583 : tensor<8x2048xf32>
    %585 = stablehlo.composite "mlxla.rms_norm" %584, %arg132 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %586 = stablehlo.convert %585 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %587 = stablehlo.dot_general %586, %arg133, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %588 = stablehlo.reshape %587 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %589 = stablehlo.composite "mlxla.rope" %588, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %590 = stablehlo.convert %585 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %591 = stablehlo.dot_general %590, %arg134, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %592 = stablehlo.reshape %591 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %593 = stablehlo.composite "mlxla.rope" %592, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %594 = stablehlo.convert %585 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %595 = stablehlo.dot_general %594, %arg135, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %596 = stablehlo.reshape %595 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %597 = stablehlo.convert %593 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %598 = stablehlo.convert %596 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %599 = stablehlo.constant dense<14> : tensor<i32>
    %600 = stablehlo.constant dense<0> : tensor<i32>
    %601 = stablehlo.constant dense<0> : tensor<i32>
    %602 = stablehlo.reshape %597 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %603 = stablehlo.dynamic_update_slice %562, %602, %599, %601, %arg1, %600, %600 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %604 = stablehlo.reshape %598 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %605 = stablehlo.dynamic_update_slice %564, %604, %599, %601, %arg1, %600, %600 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %606 = stablehlo.slice %605 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %607 = stablehlo.reshape %606 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %608 = stablehlo.slice %603 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %609 = stablehlo.reshape %608 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %610 = stablehlo.composite "mlxla.attention" %589, %609, %607, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %611 = stablehlo.reshape %610 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %612 = stablehlo.convert %611 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %613 = stablehlo.dot_general %612, %arg136, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %614 = stablehlo.add %584, %613 : tensor<8x2048xf32>
    %615 = stablehlo.composite "mlxla.rms_norm" %614, %arg137 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %616 = stablehlo.convert %615 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %617 = stablehlo.dot_general %616, %arg138, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %618 = stablehlo.convert %615 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %619 = stablehlo.dot_general %618, %arg139, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %620 = stablehlo.logistic %617 : tensor<8x8192xf32>
    %621 = stablehlo.multiply %617, %620 : tensor<8x8192xf32>
    %622 = stablehlo.multiply %621, %619 : tensor<8x8192xf32>
    %623 = stablehlo.convert %622 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %624 = stablehlo.dot_general %623, %arg140, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %625 = stablehlo.add %614, %624 : tensor<8x2048xf32>
    %626 = stablehlo.composite "mlxla.rms_norm" %625, %arg141 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %627 = stablehlo.convert %626 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %628 = stablehlo.dot_general %627, %arg142, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %629 = stablehlo.reshape %628 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %630 = stablehlo.composite "mlxla.rope" %629, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %631 = stablehlo.convert %626 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %632 = stablehlo.dot_general %631, %arg143, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %633 = stablehlo.reshape %632 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %634 = stablehlo.composite "mlxla.rope" %633, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %635 = stablehlo.convert %626 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %636 = stablehlo.dot_general %635, %arg144, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %637 = stablehlo.reshape %636 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %638 = stablehlo.convert %634 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %639 = stablehlo.convert %637 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %640 = stablehlo.constant dense<15> : tensor<i32>
    %641 = stablehlo.constant dense<0> : tensor<i32>
    %642 = stablehlo.constant dense<0> : tensor<i32>
    %643 = stablehlo.reshape %638 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %644 = stablehlo.dynamic_update_slice %603, %643, %640, %642, %arg1, %641, %641 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %645 = stablehlo.reshape %639 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %646 = stablehlo.dynamic_update_slice %605, %645, %640, %642, %arg1, %641, %641 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %647 = stablehlo.slice %646 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %648 = stablehlo.reshape %647 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %649 = stablehlo.slice %644 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %650 = stablehlo.reshape %649 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %651 = stablehlo.composite "mlxla.attention" %630, %650, %648, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %652 = stablehlo.reshape %651 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %653 = stablehlo.convert %652 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %654 = stablehlo.dot_general %653, %arg145, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %655 = stablehlo.add %625, %654 : tensor<8x2048xf32>
    %656 = stablehlo.composite "mlxla.rms_norm" %655, %arg146 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %657 = stablehlo.convert %656 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %658 = stablehlo.dot_general %657, %arg147, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %659 = stablehlo.convert %656 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %660 = stablehlo.dot_general %659, %arg148, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %661 = stablehlo.logistic %658 : tensor<8x8192xf32>
    %662 = stablehlo.multiply %658, %661 : tensor<8x8192xf32>
    %663 = stablehlo.multiply %662, %660 : tensor<8x8192xf32>
    %664 = stablehlo.convert %663 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %665 = stablehlo.dot_general %664, %arg149, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %666 = stablehlo.add %655, %665 : tensor<8x2048xf32>
    %667 = stablehlo.constant dense<0> : tensor<i32>
    %668 = stablehlo.dynamic_slice %666, %4, %667, sizes = [1, 2048] : (tensor<8x2048xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2048xf32>
    %669 = stablehlo.composite "mlxla.rms_norm" %668, %arg150 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %670 = stablehlo.convert %669 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %671 = stablehlo.dot_general %670, %arg5, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<128256x2048xf16>) -> tensor<1x128256xf32>
    %672 = stablehlo.composite "mlxla.argmax" %671 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %672, %644, %646 : tensor<1xi32>, tensor<16x1x64x8x64xf16>, tensor<16x1x64x8x64xf16>
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
