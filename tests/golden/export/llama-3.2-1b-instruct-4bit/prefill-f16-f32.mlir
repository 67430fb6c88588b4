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
    %9 = stablehlo.composite "mlxla.rms_norm" %8, %arg6 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %10 = stablehlo.convert %arg7 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %11 = stablehlo.dot_general %9, %10, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %12 = stablehlo.reshape %11 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %13 = stablehlo.composite "mlxla.rope" %12, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %14 = stablehlo.convert %arg8 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %15 = stablehlo.dot_general %9, %14, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %16 = stablehlo.reshape %15 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %17 = stablehlo.composite "mlxla.rope" %16, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %18 = stablehlo.convert %arg9 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %19 = stablehlo.dot_general %9, %18, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %20 = stablehlo.reshape %19 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %21 = stablehlo.convert %17 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %22 = stablehlo.convert %20 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %23 = stablehlo.constant dense<0> : tensor<i32>
    %24 = stablehlo.constant dense<0> : tensor<i32>
    %25 = stablehlo.constant dense<0> : tensor<i32>
    %26 = stablehlo.reshape %21 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %27 = stablehlo.dynamic_update_slice %arg3, %26, %23, %25, %arg1, %24, %24 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %28 = stablehlo.reshape %22 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %29 = stablehlo.dynamic_update_slice %arg4, %28, %23, %25, %arg1, %24, %24 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %30 = stablehlo.slice %29 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %31 = stablehlo.reshape %30 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %32 = stablehlo.slice %27 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %33 = stablehlo.reshape %32 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %34 = stablehlo.composite "mlxla.attention" %13, %33, %31, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %35 = stablehlo.reshape %34 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %36 = stablehlo.convert %arg10 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %37 = stablehlo.dot_general %35, %36, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %38 = stablehlo.add %8, %37 : tensor<8x2048xf32>
    %39 = stablehlo.composite "mlxla.rms_norm" %38, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %40 = stablehlo.convert %arg12 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %41 = stablehlo.dot_general %39, %40, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %42 = stablehlo.convert %arg13 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %43 = stablehlo.dot_general %39, %42, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %44 = stablehlo.logistic %41 : tensor<8x8192xf32>
    %45 = stablehlo.multiply %41, %44 : tensor<8x8192xf32>
    %46 = stablehlo.multiply %45, %43 : tensor<8x8192xf32>
    %47 = stablehlo.convert %arg14 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %48 = stablehlo.dot_general %46, %47, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %49 = stablehlo.add %38, %48 : tensor<8x2048xf32>
    %50 = stablehlo.composite "mlxla.rms_norm" %49, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %51 = stablehlo.convert %arg16 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %52 = stablehlo.dot_general %50, %51, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %53 = stablehlo.reshape %52 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %54 = stablehlo.composite "mlxla.rope" %53, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %55 = stablehlo.convert %arg17 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %56 = stablehlo.dot_general %50, %55, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %57 = stablehlo.reshape %56 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %58 = stablehlo.composite "mlxla.rope" %57, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %59 = stablehlo.convert %arg18 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %60 = stablehlo.dot_general %50, %59, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %61 = stablehlo.reshape %60 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %62 = stablehlo.convert %58 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %63 = stablehlo.convert %61 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %64 = stablehlo.constant dense<1> : tensor<i32>
    %65 = stablehlo.constant dense<0> : tensor<i32>
    %66 = stablehlo.constant dense<0> : tensor<i32>
    %67 = stablehlo.reshape %62 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %68 = stablehlo.dynamic_update_slice %27, %67, %64, %66, %arg1, %65, %65 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %69 = stablehlo.reshape %63 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %70 = stablehlo.dynamic_update_slice %29, %69, %64, %66, %arg1, %65, %65 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %71 = stablehlo.slice %70 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %72 = stablehlo.reshape %71 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %73 = stablehlo.slice %68 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %74 = stablehlo.reshape %73 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %75 = stablehlo.composite "mlxla.attention" %54, %74, %72, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %76 = stablehlo.reshape %75 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %77 = stablehlo.convert %arg19 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %78 = stablehlo.dot_general %76, %77, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %79 = stablehlo.add %49, %78 : tensor<8x2048xf32>
    %80 = stablehlo.composite "mlxla.rms_norm" %79, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %81 = stablehlo.convert %arg21 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %82 = stablehlo.dot_general %80, %81, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %83 = stablehlo.convert %arg22 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %84 = stablehlo.dot_general %80, %83, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %85 = stablehlo.logistic %82 : tensor<8x8192xf32>
    %86 = stablehlo.multiply %82, %85 : tensor<8x8192xf32>
    %87 = stablehlo.multiply %86, %84 : tensor<8x8192xf32>
    %88 = stablehlo.convert %arg23 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %89 = stablehlo.dot_general %87, %88, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %90 = stablehlo.add %79, %89 : tensor<8x2048xf32>
    %91 = stablehlo.composite "mlxla.rms_norm" %90, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %92 = stablehlo.convert %arg25 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %93 = stablehlo.dot_general %91, %92, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %94 = stablehlo.reshape %93 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %95 = stablehlo.composite "mlxla.rope" %94, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %96 = stablehlo.convert %arg26 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %97 = stablehlo.dot_general %91, %96, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %98 = stablehlo.reshape %97 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %99 = stablehlo.composite "mlxla.rope" %98, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %100 = stablehlo.convert %arg27 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %101 = stablehlo.dot_general %91, %100, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %102 = stablehlo.reshape %101 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %103 = stablehlo.convert %99 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %104 = stablehlo.convert %102 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %105 = stablehlo.constant dense<2> : tensor<i32>
    %106 = stablehlo.constant dense<0> : tensor<i32>
    %107 = stablehlo.constant dense<0> : tensor<i32>
    %108 = stablehlo.reshape %103 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %109 = stablehlo.dynamic_update_slice %68, %108, %105, %107, %arg1, %106, %106 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %110 = stablehlo.reshape %104 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %111 = stablehlo.dynamic_update_slice %70, %110, %105, %107, %arg1, %106, %106 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %112 = stablehlo.slice %111 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %113 = stablehlo.reshape %112 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %114 = stablehlo.slice %109 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %115 = stablehlo.reshape %114 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %116 = stablehlo.composite "mlxla.attention" %95, %115, %113, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %117 = stablehlo.reshape %116 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %118 = stablehlo.convert %arg28 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %119 = stablehlo.dot_general %117, %118, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %120 = stablehlo.add %90, %119 : tensor<8x2048xf32>
    %121 = stablehlo.composite "mlxla.rms_norm" %120, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %122 = stablehlo.convert %arg30 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %123 = stablehlo.dot_general %121, %122, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %124 = stablehlo.convert %arg31 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %125 = stablehlo.dot_general %121, %124, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %126 = stablehlo.logistic %123 : tensor<8x8192xf32>
    %127 = stablehlo.multiply %123, %126 : tensor<8x8192xf32>
    %128 = stablehlo.multiply %127, %125 : tensor<8x8192xf32>
    %129 = stablehlo.convert %arg32 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %130 = stablehlo.dot_general %128, %129, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %131 = stablehlo.add %120, %130 : tensor<8x2048xf32>
    %132 = stablehlo.composite "mlxla.rms_norm" %131, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %133 = stablehlo.convert %arg34 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %134 = stablehlo.dot_general %132, %133, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %135 = stablehlo.reshape %134 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %136 = stablehlo.composite "mlxla.rope" %135, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %137 = stablehlo.convert %arg35 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %138 = stablehlo.dot_general %132, %137, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %139 = stablehlo.reshape %138 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %140 = stablehlo.composite "mlxla.rope" %139, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %141 = stablehlo.convert %arg36 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %142 = stablehlo.dot_general %132, %141, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %143 = stablehlo.reshape %142 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %144 = stablehlo.convert %140 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %145 = stablehlo.convert %143 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %146 = stablehlo.constant dense<3> : tensor<i32>
    %147 = stablehlo.constant dense<0> : tensor<i32>
    %148 = stablehlo.constant dense<0> : tensor<i32>
    %149 = stablehlo.reshape %144 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %150 = stablehlo.dynamic_update_slice %109, %149, %146, %148, %arg1, %147, %147 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %151 = stablehlo.reshape %145 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %152 = stablehlo.dynamic_update_slice %111, %151, %146, %148, %arg1, %147, %147 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %153 = stablehlo.slice %152 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %154 = stablehlo.reshape %153 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %155 = stablehlo.slice %150 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %156 = stablehlo.reshape %155 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %157 = stablehlo.composite "mlxla.attention" %136, %156, %154, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %158 = stablehlo.reshape %157 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %159 = stablehlo.convert %arg37 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %160 = stablehlo.dot_general %158, %159, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %161 = stablehlo.add %131, %160 : tensor<8x2048xf32>
    %162 = stablehlo.composite "mlxla.rms_norm" %161, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %163 = stablehlo.convert %arg39 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %164 = stablehlo.dot_general %162, %163, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %165 = stablehlo.convert %arg40 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %166 = stablehlo.dot_general %162, %165, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %167 = stablehlo.logistic %164 : tensor<8x8192xf32>
    %168 = stablehlo.multiply %164, %167 : tensor<8x8192xf32>
    %169 = stablehlo.multiply %168, %166 : tensor<8x8192xf32>
    %170 = stablehlo.convert %arg41 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %171 = stablehlo.dot_general %169, %170, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %172 = stablehlo.add %161, %171 : tensor<8x2048xf32>
    %173 = stablehlo.composite "mlxla.rms_norm" %172, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %174 = stablehlo.convert %arg43 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %175 = stablehlo.dot_general %173, %174, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %176 = stablehlo.reshape %175 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %177 = stablehlo.composite "mlxla.rope" %176, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %178 = stablehlo.convert %arg44 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %179 = stablehlo.dot_general %173, %178, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %180 = stablehlo.reshape %179 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %181 = stablehlo.composite "mlxla.rope" %180, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %182 = stablehlo.convert %arg45 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %183 = stablehlo.dot_general %173, %182, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %184 = stablehlo.reshape %183 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %185 = stablehlo.convert %181 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %186 = stablehlo.convert %184 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %187 = stablehlo.constant dense<4> : tensor<i32>
    %188 = stablehlo.constant dense<0> : tensor<i32>
    %189 = stablehlo.constant dense<0> : tensor<i32>
    %190 = stablehlo.reshape %185 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %191 = stablehlo.dynamic_update_slice %150, %190, %187, %189, %arg1, %188, %188 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %192 = stablehlo.reshape %186 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %193 = stablehlo.dynamic_update_slice %152, %192, %187, %189, %arg1, %188, %188 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %194 = stablehlo.slice %193 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %195 = stablehlo.reshape %194 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %196 = stablehlo.slice %191 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %197 = stablehlo.reshape %196 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %198 = stablehlo.composite "mlxla.attention" %177, %197, %195, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %199 = stablehlo.reshape %198 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %200 = stablehlo.convert %arg46 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %201 = stablehlo.dot_general %199, %200, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %202 = stablehlo.add %172, %201 : tensor<8x2048xf32>
    %203 = stablehlo.composite "mlxla.rms_norm" %202, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %204 = stablehlo.convert %arg48 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %205 = stablehlo.dot_general %203, %204, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %206 = stablehlo.convert %arg49 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %207 = stablehlo.dot_general %203, %206, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %208 = stablehlo.logistic %205 : tensor<8x8192xf32>
    %209 = stablehlo.multiply %205, %208 : tensor<8x8192xf32>
    %210 = stablehlo.multiply %209, %207 : tensor<8x8192xf32>
    %211 = stablehlo.convert %arg50 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %212 = stablehlo.dot_general %210, %211, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %213 = stablehlo.add %202, %212 : tensor<8x2048xf32>
    %214 = stablehlo.composite "mlxla.rms_norm" %213, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %215 = stablehlo.convert %arg52 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %216 = stablehlo.dot_general %214, %215, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %217 = stablehlo.reshape %216 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %218 = stablehlo.composite "mlxla.rope" %217, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %219 = stablehlo.convert %arg53 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %220 = stablehlo.dot_general %214, %219, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %221 = stablehlo.reshape %220 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %222 = stablehlo.composite "mlxla.rope" %221, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %223 = stablehlo.convert %arg54 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %224 = stablehlo.dot_general %214, %223, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %225 = stablehlo.reshape %224 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %226 = stablehlo.convert %222 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %227 = stablehlo.convert %225 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %228 = stablehlo.constant dense<5> : tensor<i32>
    %229 = stablehlo.constant dense<0> : tensor<i32>
    %230 = stablehlo.constant dense<0> : tensor<i32>
    %231 = stablehlo.reshape %226 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %232 = stablehlo.dynamic_update_slice %191, %231, %228, %230, %arg1, %229, %229 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %233 = stablehlo.reshape %227 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %234 = stablehlo.dynamic_update_slice %193, %233, %228, %230, %arg1, %229, %229 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %235 = stablehlo.slice %234 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %236 = stablehlo.reshape %235 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %237 = stablehlo.slice %232 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %238 = stablehlo.reshape %237 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %239 = stablehlo.composite "mlxla.attention" %218, %238, %236, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %240 = stablehlo.reshape %239 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %241 = stablehlo.convert %arg55 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %242 = stablehlo.dot_general %240, %241, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %243 = stablehlo.add %213, %242 : tensor<8x2048xf32>
    %244 = stablehlo.composite "mlxla.rms_norm" %243, %arg56 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %245 = stablehlo.convert %arg57 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %246 = stablehlo.dot_general %244, %245, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %247 = stablehlo.convert %arg58 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %248 = stablehlo.dot_general %244, %247, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %249 = stablehlo.logistic %246 : tensor<8x8192xf32>
    %250 = stablehlo.multiply %246, %249 : tensor<8x8192xf32>
    %251 = stablehlo.multiply %250, %248 : tensor<8x8192xf32>
    %252 = stablehlo.convert %arg59 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %253 = stablehlo.dot_general %251, %252, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %254 = stablehlo.add %243, %253 : tensor<8x2048xf32>
    %255 = stablehlo.composite "mlxla.rms_norm" %254, %arg60 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %256 = stablehlo.convert %arg61 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %257 = stablehlo.dot_general %255, %256, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %258 = stablehlo.reshape %257 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %259 = stablehlo.composite "mlxla.rope" %258, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %260 = stablehlo.convert %arg62 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %261 = stablehlo.dot_general %255, %260, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %262 = stablehlo.reshape %261 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %263 = stablehlo.composite "mlxla.rope" %262, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %264 = stablehlo.convert %arg63 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %265 = stablehlo.dot_general %255, %264, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %266 = stablehlo.reshape %265 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %267 = stablehlo.convert %263 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %268 = stablehlo.convert %266 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %269 = stablehlo.constant dense<6> : tensor<i32>
    %270 = stablehlo.constant dense<0> : tensor<i32>
    %271 = stablehlo.constant dense<0> : tensor<i32>
    %272 = stablehlo.reshape %267 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %273 = stablehlo.dynamic_update_slice %232, %272, %269, %271, %arg1, %270, %270 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %274 = stablehlo.reshape %268 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %275 = stablehlo.dynamic_update_slice %234, %274, %269, %271, %arg1, %270, %270 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %276 = stablehlo.slice %275 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %277 = stablehlo.reshape %276 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %278 = stablehlo.slice %273 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %279 = stablehlo.reshape %278 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %280 = stablehlo.composite "mlxla.attention" %259, %279, %277, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %281 = stablehlo.reshape %280 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %282 = stablehlo.convert %arg64 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %283 = stablehlo.dot_general %281, %282, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %284 = stablehlo.add %254, %283 : tensor<8x2048xf32>
    %285 = stablehlo.composite "mlxla.rms_norm" %284, %arg65 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %286 = stablehlo.convert %arg66 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %287 = stablehlo.dot_general %285, %286, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %288 = stablehlo.convert %arg67 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %289 = stablehlo.dot_general %285, %288, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %290 = stablehlo.logistic %287 : tensor<8x8192xf32>
    %291 = stablehlo.multiply %287, %290 : tensor<8x8192xf32>
    %292 = stablehlo.multiply %291, %289 : tensor<8x8192xf32>
    %293 = stablehlo.convert %arg68 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %294 = stablehlo.dot_general %292, %293, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %295 = stablehlo.add %284, %294 : tensor<8x2048xf32>
    %296 = stablehlo.composite "mlxla.rms_norm" %295, %arg69 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %297 = stablehlo.convert %arg70 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %298 = stablehlo.dot_general %296, %297, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %299 = stablehlo.reshape %298 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %300 = stablehlo.composite "mlxla.rope" %299, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %301 = stablehlo.convert %arg71 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %302 = stablehlo.dot_general %296, %301, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %303 = stablehlo.reshape %302 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %304 = stablehlo.composite "mlxla.rope" %303, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %305 = stablehlo.convert %arg72 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %306 = stablehlo.dot_general %296, %305, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %307 = stablehlo.reshape %306 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %308 = stablehlo.convert %304 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %309 = stablehlo.convert %307 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %310 = stablehlo.constant dense<7> : tensor<i32>
    %311 = stablehlo.constant dense<0> : tensor<i32>
    %312 = stablehlo.constant dense<0> : tensor<i32>
    %313 = stablehlo.reshape %308 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %314 = stablehlo.dynamic_update_slice %273, %313, %310, %312, %arg1, %311, %311 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %315 = stablehlo.reshape %309 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %316 = stablehlo.dynamic_update_slice %275, %315, %310, %312, %arg1, %311, %311 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %317 = stablehlo.slice %316 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %318 = stablehlo.reshape %317 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %319 = stablehlo.slice %314 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %320 = stablehlo.reshape %319 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %321 = stablehlo.composite "mlxla.attention" %300, %320, %318, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %322 = stablehlo.reshape %321 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %323 = stablehlo.convert %arg73 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %324 = stablehlo.dot_general %322, %323, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %325 = stablehlo.add %295, %324 : tensor<8x2048xf32>
    %326 = stablehlo.composite "mlxla.rms_norm" %325, %arg74 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %327 = stablehlo.convert %arg75 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %328 = stablehlo.dot_general %326, %327, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %329 = stablehlo.convert %arg76 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %330 = stablehlo.dot_general %326, %329, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %331 = stablehlo.logistic %328 : tensor<8x8192xf32>
    %332 = stablehlo.multiply %328, %331 : tensor<8x8192xf32>
    %333 = stablehlo.multiply %332, %330 : tensor<8x8192xf32>
    %334 = stablehlo.convert %arg77 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %335 = stablehlo.dot_general %333, %334, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %336 = stablehlo.add %325, %335 : tensor<8x2048xf32>
    %337 = stablehlo.composite "mlxla.rms_norm" %336, %arg78 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %338 = stablehlo.convert %arg79 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %339 = stablehlo.dot_general %337, %338, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %340 = stablehlo.reshape %339 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %341 = stablehlo.composite "mlxla.rope" %340, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %342 = stablehlo.convert %arg80 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %343 = stablehlo.dot_general %337, %342, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %344 = stablehlo.reshape %343 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %345 = stablehlo.composite "mlxla.rope" %344, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %346 = stablehlo.convert %arg81 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %347 = stablehlo.dot_general %337, %346, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %348 = stablehlo.reshape %347 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %349 = stablehlo.convert %345 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %350 = stablehlo.convert %348 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %351 = stablehlo.constant dense<8> : tensor<i32>
    %352 = stablehlo.constant dense<0> : tensor<i32>
    %353 = stablehlo.constant dense<0> : tensor<i32>
    %354 = stablehlo.reshape %349 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %355 = stablehlo.dynamic_update_slice %314, %354, %351, %353, %arg1, %352, %352 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %356 = stablehlo.reshape %350 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %357 = stablehlo.dynamic_update_slice %316, %356, %351, %353, %arg1, %352, %352 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %358 = stablehlo.slice %357 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %359 = stablehlo.reshape %358 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %360 = stablehlo.slice %355 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %361 = stablehlo.reshape %360 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %362 = stablehlo.composite "mlxla.attention" %341, %361, %359, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %363 = stablehlo.reshape %362 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %364 = stablehlo.convert %arg82 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %365 = stablehlo.dot_general %363, %364, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %366 = stablehlo.add %336, %365 : tensor<8x2048xf32>
    %367 = stablehlo.composite "mlxla.rms_norm" %366, %arg83 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %368 = stablehlo.convert %arg84 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %369 = stablehlo.dot_general %367, %368, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %370 = stablehlo.convert %arg85 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %371 = stablehlo.dot_general %367, %370, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %372 = stablehlo.logistic %369 : tensor<8x8192xf32>
    %373 = stablehlo.multiply %369, %372 : tensor<8x8192xf32>
    %374 = stablehlo.multiply %373, %371 : tensor<8x8192xf32>
    %375 = stablehlo.convert %arg86 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %376 = stablehlo.dot_general %374, %375, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %377 = stablehlo.add %366, %376 : tensor<8x2048xf32>
    %378 = stablehlo.composite "mlxla.rms_norm" %377, %arg87 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %379 = stablehlo.convert %arg88 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %380 = stablehlo.dot_general %378, %379, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %381 = stablehlo.reshape %380 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %382 = stablehlo.composite "mlxla.rope" %381, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %383 = stablehlo.convert %arg89 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %384 = stablehlo.dot_general %378, %383, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %385 = stablehlo.reshape %384 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %386 = stablehlo.composite "mlxla.rope" %385, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %387 = stablehlo.convert %arg90 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %388 = stablehlo.dot_general %378, %387, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %389 = stablehlo.reshape %388 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %390 = stablehlo.convert %386 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %391 = stablehlo.convert %389 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %392 = stablehlo.constant dense<9> : tensor<i32>
    %393 = stablehlo.constant dense<0> : tensor<i32>
    %394 = stablehlo.constant dense<0> : tensor<i32>
    %395 = stablehlo.reshape %390 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %396 = stablehlo.dynamic_update_slice %355, %395, %392, %394, %arg1, %393, %393 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %397 = stablehlo.reshape %391 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %398 = stablehlo.dynamic_update_slice %357, %397, %392, %394, %arg1, %393, %393 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %399 = stablehlo.slice %398 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %400 = stablehlo.reshape %399 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %401 = stablehlo.slice %396 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %402 = stablehlo.reshape %401 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %403 = stablehlo.composite "mlxla.attention" %382, %402, %400, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %404 = stablehlo.reshape %403 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %405 = stablehlo.convert %arg91 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %406 = stablehlo.dot_general %404, %405, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %407 = stablehlo.add %377, %406 : tensor<8x2048xf32>
    %408 = stablehlo.composite "mlxla.rms_norm" %407, %arg92 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %409 = stablehlo.convert %arg93 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %410 = stablehlo.dot_general %408, %409, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %411 = stablehlo.convert %arg94 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %412 = stablehlo.dot_general %408, %411, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %413 = stablehlo.logistic %410 : tensor<8x8192xf32>
    %414 = stablehlo.multiply %410, %413 : tensor<8x8192xf32>
    %415 = stablehlo.multiply %414, %412 : tensor<8x8192xf32>
    %416 = stablehlo.convert %arg95 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %417 = stablehlo.dot_general %415, %416, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %418 = stablehlo.add %407, %417 : tensor<8x2048xf32>
    %419 = stablehlo.composite "mlxla.rms_norm" %418, %arg96 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %420 = stablehlo.convert %arg97 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %421 = stablehlo.dot_general %419, %420, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %422 = stablehlo.reshape %421 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %423 = stablehlo.composite "mlxla.rope" %422, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %424 = stablehlo.convert %arg98 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %425 = stablehlo.dot_general %419, %424, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %426 = stablehlo.reshape %425 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %427 = stablehlo.composite "mlxla.rope" %426, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %428 = stablehlo.convert %arg99 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %429 = stablehlo.dot_general %419, %428, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %430 = stablehlo.reshape %429 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %431 = stablehlo.convert %427 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %432 = stablehlo.convert %430 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %433 = stablehlo.constant dense<10> : tensor<i32>
    %434 = stablehlo.constant dense<0> : tensor<i32>
    %435 = stablehlo.constant dense<0> : tensor<i32>
    %436 = stablehlo.reshape %431 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %437 = stablehlo.dynamic_update_slice %396, %436, %433, %435, %arg1, %434, %434 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %438 = stablehlo.reshape %432 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %439 = stablehlo.dynamic_update_slice %398, %438, %433, %435, %arg1, %434, %434 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %440 = stablehlo.slice %439 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %441 = stablehlo.reshape %440 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %442 = stablehlo.slice %437 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %443 = stablehlo.reshape %442 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %444 = stablehlo.composite "mlxla.attention" %423, %443, %441, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %445 = stablehlo.reshape %444 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %446 = stablehlo.convert %arg100 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %447 = stablehlo.dot_general %445, %446, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %448 = stablehlo.add %418, %447 : tensor<8x2048xf32>
    %449 = stablehlo.composite "mlxla.rms_norm" %448, %arg101 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %450 = stablehlo.convert %arg102 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %451 = stablehlo.dot_general %449, %450, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %452 = stablehlo.convert %arg103 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %453 = stablehlo.dot_general %449, %452, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %454 = stablehlo.logistic %451 : tensor<8x8192xf32>
    %455 = stablehlo.multiply %451, %454 : tensor<8x8192xf32>
    %456 = stablehlo.multiply %455, %453 : tensor<8x8192xf32>
    %457 = stablehlo.convert %arg104 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %458 = stablehlo.dot_general %456, %457, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %459 = stablehlo.add %448, %458 : tensor<8x2048xf32>
    %460 = stablehlo.composite "mlxla.rms_norm" %459, %arg105 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %461 = stablehlo.convert %arg106 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %462 = stablehlo.dot_general %460, %461, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %463 = stablehlo.reshape %462 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %464 = stablehlo.composite "mlxla.rope" %463, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %465 = stablehlo.convert %arg107 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %466 = stablehlo.dot_general %460, %465, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %467 = stablehlo.reshape %466 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %468 = stablehlo.composite "mlxla.rope" %467, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %469 = stablehlo.convert %arg108 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %470 = stablehlo.dot_general %460, %469, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %471 = stablehlo.reshape %470 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %472 = stablehlo.convert %468 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %473 = stablehlo.convert %471 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %474 = stablehlo.constant dense<11> : tensor<i32>
    %475 = stablehlo.constant dense<0> : tensor<i32>
    %476 = stablehlo.constant dense<0> : tensor<i32>
    %477 = stablehlo.reshape %472 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %478 = stablehlo.dynamic_update_slice %437, %477, %474, %476, %arg1, %475, %475 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %479 = stablehlo.reshape %473 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %480 = stablehlo.dynamic_update_slice %439, %479, %474, %476, %arg1, %475, %475 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %481 = stablehlo.slice %480 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %482 = stablehlo.reshape %481 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %483 = stablehlo.slice %478 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %484 = stablehlo.reshape %483 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %485 = stablehlo.composite "mlxla.attention" %464, %484, %482, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %486 = stablehlo.reshape %485 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %487 = stablehlo.convert %arg109 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %488 = stablehlo.dot_general %486, %487, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %489 = stablehlo.add %459, %488 : tensor<8x2048xf32>
    %490 = stablehlo.composite "mlxla.rms_norm" %489, %arg110 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %491 = stablehlo.convert %arg111 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %492 = stablehlo.dot_general %490, %491, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %493 = stablehlo.convert %arg112 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %494 = stablehlo.dot_general %490, %493, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %495 = stablehlo.logistic %492 : tensor<8x8192xf32>
    %496 = stablehlo.multiply %492, %495 : tensor<8x8192xf32>
    %497 = stablehlo.multiply %496, %494 : tensor<8x8192xf32>
    %498 = stablehlo.convert %arg113 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %499 = stablehlo.dot_general %497, %498, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %500 = stablehlo.add %489, %499 : tensor<8x2048xf32>
    %501 = stablehlo.composite "mlxla.rms_norm" %500, %arg114 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %502 = stablehlo.convert %arg115 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %503 = stablehlo.dot_general %501, %502, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %504 = stablehlo.reshape %503 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %505 = stablehlo.composite "mlxla.rope" %504, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %506 = stablehlo.convert %arg116 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %507 = stablehlo.dot_general %501, %506, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %508 = stablehlo.reshape %507 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %509 = stablehlo.composite "mlxla.rope" %508, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %510 = stablehlo.convert %arg117 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %511 = stablehlo.dot_general %501, %510, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %512 = stablehlo.reshape %511 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %513 = stablehlo.convert %509 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %514 = stablehlo.convert %512 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %515 = stablehlo.constant dense<12> : tensor<i32>
    %516 = stablehlo.constant dense<0> : tensor<i32>
    %517 = stablehlo.constant dense<0> : tensor<i32>
    %518 = stablehlo.reshape %513 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %519 = stablehlo.dynamic_update_slice %478, %518, %515, %517, %arg1, %516, %516 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %520 = stablehlo.reshape %514 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %521 = stablehlo.dynamic_update_slice %480, %520, %515, %517, %arg1, %516, %516 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %522 = stablehlo.slice %521 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %523 = stablehlo.reshape %522 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %524 = stablehlo.slice %519 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %525 = stablehlo.reshape %524 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %526 = stablehlo.composite "mlxla.attention" %505, %525, %523, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %527 = stablehlo.reshape %526 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %528 = stablehlo.convert %arg118 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %529 = stablehlo.dot_general %527, %528, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %530 = stablehlo.add %500, %529 : tensor<8x2048xf32>
    %531 = stablehlo.composite "mlxla.rms_norm" %530, %arg119 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %532 = stablehlo.convert %arg120 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %533 = stablehlo.dot_general %531, %532, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %534 = stablehlo.convert %arg121 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %535 = stablehlo.dot_general %531, %534, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %536 = stablehlo.logistic %533 : tensor<8x8192xf32>
    %537 = stablehlo.multiply %533, %536 : tensor<8x8192xf32>
    %538 = stablehlo.multiply %537, %535 : tensor<8x8192xf32>
    %539 = stablehlo.convert %arg122 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %540 = stablehlo.dot_general %538, %539, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %541 = stablehlo.add %530, %540 : tensor<8x2048xf32>
    %542 = stablehlo.composite "mlxla.rms_norm" %541, %arg123 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %543 = stablehlo.convert %arg124 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %544 = stablehlo.dot_general %542, %543, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %545 = stablehlo.reshape %544 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %546 = stablehlo.composite "mlxla.rope" %545, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %547 = stablehlo.convert %arg125 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %548 = stablehlo.dot_general %542, %547, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %549 = stablehlo.reshape %548 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %550 = stablehlo.composite "mlxla.rope" %549, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %551 = stablehlo.convert %arg126 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %552 = stablehlo.dot_general %542, %551, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %553 = stablehlo.reshape %552 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %554 = stablehlo.convert %550 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %555 = stablehlo.convert %553 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %556 = stablehlo.constant dense<13> : tensor<i32>
    %557 = stablehlo.constant dense<0> : tensor<i32>
    %558 = stablehlo.constant dense<0> : tensor<i32>
    %559 = stablehlo.reshape %554 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %560 = stablehlo.dynamic_update_slice %519, %559, %556, %558, %arg1, %557, %557 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %561 = stablehlo.reshape %555 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %562 = stablehlo.dynamic_update_slice %521, %561, %556, %558, %arg1, %557, %557 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %563 = stablehlo.slice %562 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %564 = stablehlo.reshape %563 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %565 = stablehlo.slice %560 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %566 = stablehlo.reshape %565 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %567 = stablehlo.composite "mlxla.attention" %546, %566, %564, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %568 = stablehlo.reshape %567 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %569 = stablehlo.convert %arg127 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %570 = stablehlo.dot_general %568, %569, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %571 = stablehlo.add %541, %570 : tensor<8x2048xf32>
    %572 = stablehlo.composite "mlxla.rms_norm" %571, %arg128 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %573 = stablehlo.convert %arg129 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %574 = stablehlo.dot_general %572, %573, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %575 = stablehlo.convert %arg130 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %576 = stablehlo.dot_general %572, %575, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %577 = stablehlo.logistic %574 : tensor<8x8192xf32>
    %578 = stablehlo.multiply %574, %577 : tensor<8x8192xf32>
    %579 = stablehlo.multiply %578, %576 : tensor<8x8192xf32>
    %580 = stablehlo.convert %arg131 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %581 = stablehlo.dot_general %579, %580, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %582 = stablehlo.add %571, %581 : tensor<8x2048xf32>
    %583 = stablehlo.composite "mlxla.rms_norm" %582, %arg132 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %584 = stablehlo.convert %arg133 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %585 = stablehlo.dot_general %583, %584, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %586 = stablehlo.reshape %585 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %587 = stablehlo.composite "mlxla.rope" %586, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %588 = stablehlo.convert %arg134 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %589 = stablehlo.dot_general %583, %588, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %590 = stablehlo.reshape %589 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %591 = stablehlo.composite "mlxla.rope" %590, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %592 = stablehlo.convert %arg135 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %593 = stablehlo.dot_general %583, %592, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %594 = stablehlo.reshape %593 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %595 = stablehlo.convert %591 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %596 = stablehlo.convert %594 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %597 = stablehlo.constant dense<14> : tensor<i32>
    %598 = stablehlo.constant dense<0> : tensor<i32>
    %599 = stablehlo.constant dense<0> : tensor<i32>
    %600 = stablehlo.reshape %595 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %601 = stablehlo.dynamic_update_slice %560, %600, %597, %599, %arg1, %598, %598 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %602 = stablehlo.reshape %596 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %603 = stablehlo.dynamic_update_slice %562, %602, %597, %599, %arg1, %598, %598 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %604 = stablehlo.slice %603 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %605 = stablehlo.reshape %604 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %606 = stablehlo.slice %601 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %607 = stablehlo.reshape %606 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %608 = stablehlo.composite "mlxla.attention" %587, %607, %605, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %609 = stablehlo.reshape %608 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %610 = stablehlo.convert %arg136 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %611 = stablehlo.dot_general %609, %610, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %612 = stablehlo.add %582, %611 : tensor<8x2048xf32>
    %613 = stablehlo.composite "mlxla.rms_norm" %612, %arg137 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %614 = stablehlo.convert %arg138 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %615 = stablehlo.dot_general %613, %614, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %616 = stablehlo.convert %arg139 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %617 = stablehlo.dot_general %613, %616, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %618 = stablehlo.logistic %615 : tensor<8x8192xf32>
    %619 = stablehlo.multiply %615, %618 : tensor<8x8192xf32>
    %620 = stablehlo.multiply %619, %617 : tensor<8x8192xf32>
    %621 = stablehlo.convert %arg140 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %622 = stablehlo.dot_general %620, %621, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %623 = stablehlo.add %612, %622 : tensor<8x2048xf32>
    %624 = stablehlo.composite "mlxla.rms_norm" %623, %arg141 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %625 = stablehlo.convert %arg142 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %626 = stablehlo.dot_general %624, %625, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %627 = stablehlo.reshape %626 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %628 = stablehlo.composite "mlxla.rope" %627, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %629 = stablehlo.convert %arg143 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %630 = stablehlo.dot_general %624, %629, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %631 = stablehlo.reshape %630 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %632 = stablehlo.composite "mlxla.rope" %631, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %633 = stablehlo.convert %arg144 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %634 = stablehlo.dot_general %624, %633, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %635 = stablehlo.reshape %634 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %636 = stablehlo.convert %632 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %637 = stablehlo.convert %635 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %638 = stablehlo.constant dense<15> : tensor<i32>
    %639 = stablehlo.constant dense<0> : tensor<i32>
    %640 = stablehlo.constant dense<0> : tensor<i32>
    %641 = stablehlo.reshape %636 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %642 = stablehlo.dynamic_update_slice %601, %641, %638, %640, %arg1, %639, %639 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %643 = stablehlo.reshape %637 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %644 = stablehlo.dynamic_update_slice %603, %643, %638, %640, %arg1, %639, %639 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %645 = stablehlo.slice %644 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %646 = stablehlo.reshape %645 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %647 = stablehlo.slice %642 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %648 = stablehlo.reshape %647 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %649 = stablehlo.composite "mlxla.attention" %628, %648, %646, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %650 = stablehlo.reshape %649 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %651 = stablehlo.convert %arg145 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %652 = stablehlo.dot_general %650, %651, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %653 = stablehlo.add %623, %652 : tensor<8x2048xf32>
    %654 = stablehlo.composite "mlxla.rms_norm" %653, %arg146 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %655 = stablehlo.convert %arg147 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %656 = stablehlo.dot_general %654, %655, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %657 = stablehlo.convert %arg148 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %658 = stablehlo.dot_general %654, %657, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %659 = stablehlo.logistic %656 : tensor<8x8192xf32>
    %660 = stablehlo.multiply %656, %659 : tensor<8x8192xf32>
    %661 = stablehlo.multiply %660, %658 : tensor<8x8192xf32>
    %662 = stablehlo.convert %arg149 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %663 = stablehlo.dot_general %661, %662, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %664 = stablehlo.add %653, %663 : tensor<8x2048xf32>
    %665 = stablehlo.constant dense<0> : tensor<i32>
    %666 = stablehlo.dynamic_slice %664, %4, %665, sizes = [1, 2048] : (tensor<8x2048xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2048xf32>
    %667 = stablehlo.composite "mlxla.rms_norm" %666, %arg150 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %668 = stablehlo.convert %arg5 : (tensor<128256x2048xf16>) -> tensor<128256x2048xf32>
    %669 = stablehlo.dot_general %667, %668, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<128256x2048xf32>) -> tensor<1x128256xf32>
    %670 = stablehlo.composite "mlxla.argmax" %669 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %670, %642, %644 : tensor<1xi32>, tensor<16x1x64x8x64xf16>, tensor<16x1x64x8x64xf16>
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
