module @mlxla {
  func.func @main(%arg0: tensor<8xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "start"}, %arg2: tensor<i32> {mlxla.name = "n_valid"}, %arg3: tensor<16x1x64x8x64xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg4: tensor<16x1x64x8x64xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg5: tensor<128256x2048xf32> {mlxla.name = "model.embed_tokens.weight"}, %arg6: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg7: tensor<2048x2048xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg8: tensor<512x2048xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg9: tensor<512x2048xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg10: tensor<2048x2048xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg11: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg12: tensor<8192x2048xf32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg13: tensor<8192x2048xf32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg14: tensor<2048x8192xf32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg15: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg16: tensor<2048x2048xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg17: tensor<512x2048xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg18: tensor<512x2048xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg19: tensor<2048x2048xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg20: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg21: tensor<8192x2048xf32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg22: tensor<8192x2048xf32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg23: tensor<2048x8192xf32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg24: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg25: tensor<2048x2048xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg26: tensor<512x2048xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg27: tensor<512x2048xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg28: tensor<2048x2048xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg29: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg30: tensor<8192x2048xf32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg31: tensor<8192x2048xf32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg32: tensor<2048x8192xf32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg33: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg34: tensor<2048x2048xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg35: tensor<512x2048xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg36: tensor<512x2048xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg37: tensor<2048x2048xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg38: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg39: tensor<8192x2048xf32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg40: tensor<8192x2048xf32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg41: tensor<2048x8192xf32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg42: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg43: tensor<2048x2048xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg44: tensor<512x2048xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg45: tensor<512x2048xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg46: tensor<2048x2048xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg47: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg48: tensor<8192x2048xf32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg49: tensor<8192x2048xf32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg50: tensor<2048x8192xf32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg51: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg52: tensor<2048x2048xf32> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg53: tensor<512x2048xf32> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg54: tensor<512x2048xf32> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg55: tensor<2048x2048xf32> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg56: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg57: tensor<8192x2048xf32> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg58: tensor<8192x2048xf32> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg59: tensor<2048x8192xf32> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg60: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg61: tensor<2048x2048xf32> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg62: tensor<512x2048xf32> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg63: tensor<512x2048xf32> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg64: tensor<2048x2048xf32> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg65: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg66: tensor<8192x2048xf32> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg67: tensor<8192x2048xf32> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg68: tensor<2048x8192xf32> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg69: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg70: tensor<2048x2048xf32> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg71: tensor<512x2048xf32> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg72: tensor<512x2048xf32> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg73: tensor<2048x2048xf32> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg74: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg75: tensor<8192x2048xf32> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg76: tensor<8192x2048xf32> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg77: tensor<2048x8192xf32> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg78: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg79: tensor<2048x2048xf32> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg80: tensor<512x2048xf32> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg81: tensor<512x2048xf32> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg82: tensor<2048x2048xf32> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg83: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg84: tensor<8192x2048xf32> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg85: tensor<8192x2048xf32> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg86: tensor<2048x8192xf32> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg87: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg88: tensor<2048x2048xf32> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg89: tensor<512x2048xf32> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg90: tensor<512x2048xf32> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg91: tensor<2048x2048xf32> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg92: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg93: tensor<8192x2048xf32> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg94: tensor<8192x2048xf32> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg95: tensor<2048x8192xf32> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg96: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg97: tensor<2048x2048xf32> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg98: tensor<512x2048xf32> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg99: tensor<512x2048xf32> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg100: tensor<2048x2048xf32> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg101: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg102: tensor<8192x2048xf32> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg103: tensor<8192x2048xf32> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg104: tensor<2048x8192xf32> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg105: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg106: tensor<2048x2048xf32> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg107: tensor<512x2048xf32> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg108: tensor<512x2048xf32> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg109: tensor<2048x2048xf32> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg110: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg111: tensor<8192x2048xf32> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg112: tensor<8192x2048xf32> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg113: tensor<2048x8192xf32> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg114: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg115: tensor<2048x2048xf32> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg116: tensor<512x2048xf32> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg117: tensor<512x2048xf32> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg118: tensor<2048x2048xf32> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg119: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg120: tensor<8192x2048xf32> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg121: tensor<8192x2048xf32> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg122: tensor<2048x8192xf32> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg123: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg124: tensor<2048x2048xf32> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg125: tensor<512x2048xf32> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg126: tensor<512x2048xf32> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg127: tensor<2048x2048xf32> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg128: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg129: tensor<8192x2048xf32> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg130: tensor<8192x2048xf32> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg131: tensor<2048x8192xf32> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg132: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg133: tensor<2048x2048xf32> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg134: tensor<512x2048xf32> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg135: tensor<512x2048xf32> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg136: tensor<2048x2048xf32> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg137: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg138: tensor<8192x2048xf32> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg139: tensor<8192x2048xf32> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg140: tensor<2048x8192xf32> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg141: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg142: tensor<2048x2048xf32> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg143: tensor<512x2048xf32> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg144: tensor<512x2048xf32> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg145: tensor<2048x2048xf32> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg146: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg147: tensor<8192x2048xf32> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg148: tensor<8192x2048xf32> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg149: tensor<2048x8192xf32> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg150: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<16x1x64x8x64xf32> {mlxla.name = "k_cache"}, tensor<16x1x64x8x64xf32> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %1 = stablehlo.iota dim = 0 : tensor<8xi32>
    %2 = stablehlo.add %0, %1 : tensor<8xi32>
    %3 = stablehlo.constant dense<-1> : tensor<i32>
    %4 = stablehlo.add %arg2, %3 : tensor<i32>
    %5 = stablehlo.add %arg1, %arg2 : tensor<i32>
    %6 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %7 = "stablehlo.gather"(%arg5, %6) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2048>} : (tensor<128256x2048xf32>, tensor<8x1xi32>) -> tensor<8x2048xf32>
    %8 = stablehlo.convert %7 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %9 = stablehlo.convert %8 : (tensor<8x2048xf16>) -> tensor<8x2048xf32>
    %10 = stablehlo.composite "mlxla.rms_norm" %9, %arg6 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %11 = stablehlo.convert %10 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %12 = stablehlo.convert %arg7 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %13 = stablehlo.dot_general %11, %12, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %14 = stablehlo.reshape %13 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %15 = stablehlo.composite "mlxla.rope" %14, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %16 = stablehlo.convert %10 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %17 = stablehlo.convert %arg8 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %18 = stablehlo.dot_general %16, %17, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %19 = stablehlo.reshape %18 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %20 = stablehlo.composite "mlxla.rope" %19, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %21 = stablehlo.convert %10 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %22 = stablehlo.convert %arg9 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %23 = stablehlo.dot_general %21, %22, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %24 = stablehlo.reshape %23 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %25 = stablehlo.constant dense<0> : tensor<i32>
    %26 = stablehlo.constant dense<0> : tensor<i32>
    %27 = stablehlo.constant dense<0> : tensor<i32>
    %28 = stablehlo.reshape %20 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %29 = stablehlo.dynamic_update_slice %arg3, %28, %25, %27, %arg1, %26, %26 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %30 = stablehlo.reshape %24 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %31 = stablehlo.dynamic_update_slice %arg4, %30, %25, %27, %arg1, %26, %26 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %32 = stablehlo.slice %29 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %33 = stablehlo.reshape %32 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %34 = stablehlo.slice %31 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %35 = stablehlo.reshape %34 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %36 = stablehlo.composite "mlxla.attention" %15, %33, %35, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %37 = stablehlo.reshape %36 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %38 = stablehlo.convert %37 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %39 = stablehlo.convert %arg10 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %40 = stablehlo.dot_general %38, %39, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %41 = stablehlo.add %9, %40 : tensor<8x2048xf32>
    %42 = stablehlo.composite "mlxla.rms_norm" %41, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %43 = stablehlo.convert %42 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %44 = stablehlo.convert %arg12 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %45 = stablehlo.dot_general %43, %44, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %46 = stablehlo.logistic %45 : tensor<8x8192xf32>
    %47 = stablehlo.multiply %45, %46 : tensor<8x8192xf32>
    %48 = stablehlo.convert %42 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %49 = stablehlo.convert %arg13 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %50 = stablehlo.dot_general %48, %49, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %51 = stablehlo.multiply %47, %50 : tensor<8x8192xf32>
    %52 = stablehlo.convert %51 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %53 = stablehlo.convert %arg14 : (tensor<2048x8192xf32>) -> tensor<2048x8192xf16>
    %54 = stablehlo.dot_general %52, %53, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %55 = stablehlo.add %41, %54 : tensor<8x2048xf32>
    %56 = stablehlo.composite "mlxla.rms_norm" %55, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %57 = stablehlo.convert %56 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %58 = stablehlo.convert %arg16 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %59 = stablehlo.dot_general %57, %58, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %60 = stablehlo.reshape %59 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %61 = stablehlo.composite "mlxla.rope" %60, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %62 = stablehlo.convert %56 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %63 = stablehlo.convert %arg17 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %64 = stablehlo.dot_general %62, %63, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %65 = stablehlo.reshape %64 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %66 = stablehlo.composite "mlxla.rope" %65, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %67 = stablehlo.convert %56 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %68 = stablehlo.convert %arg18 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %69 = stablehlo.dot_general %67, %68, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %70 = stablehlo.reshape %69 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %71 = stablehlo.constant dense<1> : tensor<i32>
    %72 = stablehlo.constant dense<0> : tensor<i32>
    %73 = stablehlo.constant dense<0> : tensor<i32>
    %74 = stablehlo.reshape %66 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %75 = stablehlo.dynamic_update_slice %29, %74, %71, %73, %arg1, %72, %72 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %76 = stablehlo.reshape %70 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %77 = stablehlo.dynamic_update_slice %31, %76, %71, %73, %arg1, %72, %72 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %78 = stablehlo.slice %75 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %79 = stablehlo.reshape %78 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %80 = stablehlo.slice %77 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %81 = stablehlo.reshape %80 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %82 = stablehlo.composite "mlxla.attention" %61, %79, %81, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %83 = stablehlo.reshape %82 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %84 = stablehlo.convert %83 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %85 = stablehlo.convert %arg19 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %86 = stablehlo.dot_general %84, %85, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %87 = stablehlo.add %55, %86 : tensor<8x2048xf32>
    %88 = stablehlo.composite "mlxla.rms_norm" %87, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %89 = stablehlo.convert %88 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %90 = stablehlo.convert %arg21 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %91 = stablehlo.dot_general %89, %90, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %92 = stablehlo.logistic %91 : tensor<8x8192xf32>
    %93 = stablehlo.multiply %91, %92 : tensor<8x8192xf32>
    %94 = stablehlo.convert %88 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %95 = stablehlo.convert %arg22 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %96 = stablehlo.dot_general %94, %95, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %97 = stablehlo.multiply %93, %96 : tensor<8x8192xf32>
    %98 = stablehlo.convert %97 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %99 = stablehlo.convert %arg23 : (tensor<2048x8192xf32>) -> tensor<2048x8192xf16>
    %100 = stablehlo.dot_general %98, %99, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %101 = stablehlo.add %87, %100 : tensor<8x2048xf32>
    %102 = stablehlo.composite "mlxla.rms_norm" %101, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %103 = stablehlo.convert %102 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %104 = stablehlo.convert %arg25 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %105 = stablehlo.dot_general %103, %104, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %106 = stablehlo.reshape %105 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %107 = stablehlo.composite "mlxla.rope" %106, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %108 = stablehlo.convert %102 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %109 = stablehlo.convert %arg26 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %110 = stablehlo.dot_general %108, %109, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %111 = stablehlo.reshape %110 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %112 = stablehlo.composite "mlxla.rope" %111, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %113 = stablehlo.convert %102 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %114 = stablehlo.convert %arg27 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %115 = stablehlo.dot_general %113, %114, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %116 = stablehlo.reshape %115 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %117 = stablehlo.constant dense<2> : tensor<i32>
    %118 = stablehlo.constant dense<0> : tensor<i32>
    %119 = stablehlo.constant dense<0> : tensor<i32>
    %120 = stablehlo.reshape %112 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %121 = stablehlo.dynamic_update_slice %75, %120, %117, %119, %arg1, %118, %118 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %122 = stablehlo.reshape %116 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %123 = stablehlo.dynamic_update_slice %77, %122, %117, %119, %arg1, %118, %118 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %124 = stablehlo.slice %121 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %125 = stablehlo.reshape %124 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %126 = stablehlo.slice %123 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %127 = stablehlo.reshape %126 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %128 = stablehlo.composite "mlxla.attention" %107, %125, %127, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %129 = stablehlo.reshape %128 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %130 = stablehlo.convert %129 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %131 = stablehlo.convert %arg28 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %132 = stablehlo.dot_general %130, %131, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %133 = stablehlo.add %101, %132 : tensor<8x2048xf32>
    %134 = stablehlo.composite "mlxla.rms_norm" %133, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %135 = stablehlo.convert %134 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %136 = stablehlo.convert %arg30 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %137 = stablehlo.dot_general %135, %136, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %138 = stablehlo.logistic %137 : tensor<8x8192xf32>
    %139 = stablehlo.multiply %137, %138 : tensor<8x8192xf32>
    %140 = stablehlo.convert %134 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %141 = stablehlo.convert %arg31 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %142 = stablehlo.dot_general %140, %141, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %143 = stablehlo.multiply %139, %142 : tensor<8x8192xf32>
    %144 = stablehlo.convert %143 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %145 = stablehlo.convert %arg32 : (tensor<2048x8192xf32>) -> tensor<2048x8192xf16>
    %146 = stablehlo.dot_general %144, %145, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %147 = stablehlo.add %133, %146 : tensor<8x2048xf32>
    %148 = stablehlo.composite "mlxla.rms_norm" %147, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %149 = stablehlo.convert %148 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %150 = stablehlo.convert %arg34 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %151 = stablehlo.dot_general %149, %150, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %152 = stablehlo.reshape %151 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %153 = stablehlo.composite "mlxla.rope" %152, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %154 = stablehlo.convert %148 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %155 = stablehlo.convert %arg35 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %156 = stablehlo.dot_general %154, %155, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %157 = stablehlo.reshape %156 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %158 = stablehlo.composite "mlxla.rope" %157, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %159 = stablehlo.convert %148 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %160 = stablehlo.convert %arg36 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %161 = stablehlo.dot_general %159, %160, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %162 = stablehlo.reshape %161 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %163 = stablehlo.constant dense<3> : tensor<i32>
    %164 = stablehlo.constant dense<0> : tensor<i32>
    %165 = stablehlo.constant dense<0> : tensor<i32>
    %166 = stablehlo.reshape %158 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %167 = stablehlo.dynamic_update_slice %121, %166, %163, %165, %arg1, %164, %164 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %168 = stablehlo.reshape %162 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %169 = stablehlo.dynamic_update_slice %123, %168, %163, %165, %arg1, %164, %164 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %170 = stablehlo.slice %167 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %171 = stablehlo.reshape %170 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %172 = stablehlo.slice %169 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %173 = stablehlo.reshape %172 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %174 = stablehlo.composite "mlxla.attention" %153, %171, %173, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %175 = stablehlo.reshape %174 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %176 = stablehlo.convert %175 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %177 = stablehlo.convert %arg37 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %178 = stablehlo.dot_general %176, %177, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %179 = stablehlo.add %147, %178 : tensor<8x2048xf32>
    %180 = stablehlo.composite "mlxla.rms_norm" %179, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %181 = stablehlo.convert %180 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %182 = stablehlo.convert %arg39 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %183 = stablehlo.dot_general %181, %182, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %184 = stablehlo.logistic %183 : tensor<8x8192xf32>
    %185 = stablehlo.multiply %183, %184 : tensor<8x8192xf32>
    %186 = stablehlo.convert %180 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %187 = stablehlo.convert %arg40 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %188 = stablehlo.dot_general %186, %187, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %189 = stablehlo.multiply %185, %188 : tensor<8x8192xf32>
    %190 = stablehlo.convert %189 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %191 = stablehlo.convert %arg41 : (tensor<2048x8192xf32>) -> tensor<2048x8192xf16>
    %192 = stablehlo.dot_general %190, %191, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %193 = stablehlo.add %179, %192 : tensor<8x2048xf32>
    %194 = stablehlo.composite "mlxla.rms_norm" %193, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %195 = stablehlo.convert %194 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %196 = stablehlo.convert %arg43 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %197 = stablehlo.dot_general %195, %196, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %198 = stablehlo.reshape %197 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %199 = stablehlo.composite "mlxla.rope" %198, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %200 = stablehlo.convert %194 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %201 = stablehlo.convert %arg44 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %202 = stablehlo.dot_general %200, %201, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %203 = stablehlo.reshape %202 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %204 = stablehlo.composite "mlxla.rope" %203, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %205 = stablehlo.convert %194 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %206 = stablehlo.convert %arg45 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %207 = stablehlo.dot_general %205, %206, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %208 = stablehlo.reshape %207 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %209 = stablehlo.constant dense<4> : tensor<i32>
    %210 = stablehlo.constant dense<0> : tensor<i32>
    %211 = stablehlo.constant dense<0> : tensor<i32>
    %212 = stablehlo.reshape %204 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %213 = stablehlo.dynamic_update_slice %167, %212, %209, %211, %arg1, %210, %210 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %214 = stablehlo.reshape %208 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %215 = stablehlo.dynamic_update_slice %169, %214, %209, %211, %arg1, %210, %210 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %216 = stablehlo.slice %213 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %217 = stablehlo.reshape %216 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %218 = stablehlo.slice %215 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %219 = stablehlo.reshape %218 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %220 = stablehlo.composite "mlxla.attention" %199, %217, %219, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %221 = stablehlo.reshape %220 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %222 = stablehlo.convert %221 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %223 = stablehlo.convert %arg46 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %224 = stablehlo.dot_general %222, %223, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %225 = stablehlo.add %193, %224 : tensor<8x2048xf32>
    %226 = stablehlo.composite "mlxla.rms_norm" %225, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %227 = stablehlo.convert %226 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %228 = stablehlo.convert %arg48 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %229 = stablehlo.dot_general %227, %228, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %230 = stablehlo.logistic %229 : tensor<8x8192xf32>
    %231 = stablehlo.multiply %229, %230 : tensor<8x8192xf32>
    %232 = stablehlo.convert %226 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %233 = stablehlo.convert %arg49 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %234 = stablehlo.dot_general %232, %233, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %235 = stablehlo.multiply %231, %234 : tensor<8x8192xf32>
    %236 = stablehlo.convert %235 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %237 = stablehlo.convert %arg50 : (tensor<2048x8192xf32>) -> tensor<2048x8192xf16>
    %238 = stablehlo.dot_general %236, %237, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %239 = stablehlo.add %225, %238 : tensor<8x2048xf32>
    %240 = stablehlo.composite "mlxla.rms_norm" %239, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %241 = stablehlo.convert %240 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %242 = stablehlo.convert %arg52 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %243 = stablehlo.dot_general %241, %242, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %244 = stablehlo.reshape %243 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %245 = stablehlo.composite "mlxla.rope" %244, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %246 = stablehlo.convert %240 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %247 = stablehlo.convert %arg53 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %248 = stablehlo.dot_general %246, %247, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %249 = stablehlo.reshape %248 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %250 = stablehlo.composite "mlxla.rope" %249, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %251 = stablehlo.convert %240 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %252 = stablehlo.convert %arg54 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %253 = stablehlo.dot_general %251, %252, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %254 = stablehlo.reshape %253 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %255 = stablehlo.constant dense<5> : tensor<i32>
    %256 = stablehlo.constant dense<0> : tensor<i32>
    %257 = stablehlo.constant dense<0> : tensor<i32>
    %258 = stablehlo.reshape %250 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %259 = stablehlo.dynamic_update_slice %213, %258, %255, %257, %arg1, %256, %256 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %260 = stablehlo.reshape %254 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %261 = stablehlo.dynamic_update_slice %215, %260, %255, %257, %arg1, %256, %256 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %262 = stablehlo.slice %259 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %263 = stablehlo.reshape %262 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %264 = stablehlo.slice %261 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %265 = stablehlo.reshape %264 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %266 = stablehlo.composite "mlxla.attention" %245, %263, %265, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %267 = stablehlo.reshape %266 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %268 = stablehlo.convert %267 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %269 = stablehlo.convert %arg55 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %270 = stablehlo.dot_general %268, %269, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %271 = stablehlo.add %239, %270 : tensor<8x2048xf32>
    %272 = stablehlo.composite "mlxla.rms_norm" %271, %arg56 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %273 = stablehlo.convert %272 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %274 = stablehlo.convert %arg57 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %275 = stablehlo.dot_general %273, %274, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %276 = stablehlo.logistic %275 : tensor<8x8192xf32>
    %277 = stablehlo.multiply %275, %276 : tensor<8x8192xf32>
    %278 = stablehlo.convert %272 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %279 = stablehlo.convert %arg58 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %280 = stablehlo.dot_general %278, %279, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %281 = stablehlo.multiply %277, %280 : tensor<8x8192xf32>
    %282 = stablehlo.convert %281 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %283 = stablehlo.convert %arg59 : (tensor<2048x8192xf32>) -> tensor<2048x8192xf16>
    %284 = stablehlo.dot_general %282, %283, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %285 = stablehlo.add %271, %284 : tensor<8x2048xf32>
    %286 = stablehlo.composite "mlxla.rms_norm" %285, %arg60 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %287 = stablehlo.convert %286 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %288 = stablehlo.convert %arg61 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %289 = stablehlo.dot_general %287, %288, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %290 = stablehlo.reshape %289 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %291 = stablehlo.composite "mlxla.rope" %290, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %292 = stablehlo.convert %286 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %293 = stablehlo.convert %arg62 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %294 = stablehlo.dot_general %292, %293, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %295 = stablehlo.reshape %294 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %296 = stablehlo.composite "mlxla.rope" %295, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %297 = stablehlo.convert %286 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %298 = stablehlo.convert %arg63 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %299 = stablehlo.dot_general %297, %298, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %300 = stablehlo.reshape %299 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %301 = stablehlo.constant dense<6> : tensor<i32>
    %302 = stablehlo.constant dense<0> : tensor<i32>
    %303 = stablehlo.constant dense<0> : tensor<i32>
    %304 = stablehlo.reshape %296 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %305 = stablehlo.dynamic_update_slice %259, %304, %301, %303, %arg1, %302, %302 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %306 = stablehlo.reshape %300 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %307 = stablehlo.dynamic_update_slice %261, %306, %301, %303, %arg1, %302, %302 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %308 = stablehlo.slice %305 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %309 = stablehlo.reshape %308 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %310 = stablehlo.slice %307 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %311 = stablehlo.reshape %310 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %312 = stablehlo.composite "mlxla.attention" %291, %309, %311, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %313 = stablehlo.reshape %312 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %314 = stablehlo.convert %313 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %315 = stablehlo.convert %arg64 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %316 = stablehlo.dot_general %314, %315, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %317 = stablehlo.add %285, %316 : tensor<8x2048xf32>
    %318 = stablehlo.composite "mlxla.rms_norm" %317, %arg65 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %319 = stablehlo.convert %318 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %320 = stablehlo.convert %arg66 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %321 = stablehlo.dot_general %319, %320, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %322 = stablehlo.logistic %321 : tensor<8x8192xf32>
    %323 = stablehlo.multiply %321, %322 : tensor<8x8192xf32>
    %324 = stablehlo.convert %318 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %325 = stablehlo.convert %arg67 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %326 = stablehlo.dot_general %324, %325, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %327 = stablehlo.multiply %323, %326 : tensor<8x8192xf32>
    %328 = stablehlo.convert %327 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %329 = stablehlo.convert %arg68 : (tensor<2048x8192xf32>) -> tensor<2048x8192xf16>
    %330 = stablehlo.dot_general %328, %329, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %331 = stablehlo.add %317, %330 : tensor<8x2048xf32>
    %332 = stablehlo.composite "mlxla.rms_norm" %331, %arg69 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %333 = stablehlo.convert %332 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %334 = stablehlo.convert %arg70 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %335 = stablehlo.dot_general %333, %334, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %336 = stablehlo.reshape %335 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %337 = stablehlo.composite "mlxla.rope" %336, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %338 = stablehlo.convert %332 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %339 = stablehlo.convert %arg71 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %340 = stablehlo.dot_general %338, %339, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %341 = stablehlo.reshape %340 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %342 = stablehlo.composite "mlxla.rope" %341, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %343 = stablehlo.convert %332 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %344 = stablehlo.convert %arg72 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %345 = stablehlo.dot_general %343, %344, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %346 = stablehlo.reshape %345 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %347 = stablehlo.constant dense<7> : tensor<i32>
    %348 = stablehlo.constant dense<0> : tensor<i32>
    %349 = stablehlo.constant dense<0> : tensor<i32>
    %350 = stablehlo.reshape %342 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %351 = stablehlo.dynamic_update_slice %305, %350, %347, %349, %arg1, %348, %348 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %352 = stablehlo.reshape %346 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %353 = stablehlo.dynamic_update_slice %307, %352, %347, %349, %arg1, %348, %348 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %354 = stablehlo.slice %351 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %355 = stablehlo.reshape %354 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %356 = stablehlo.slice %353 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %357 = stablehlo.reshape %356 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %358 = stablehlo.composite "mlxla.attention" %337, %355, %357, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %359 = stablehlo.reshape %358 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %360 = stablehlo.convert %359 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %361 = stablehlo.convert %arg73 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %362 = stablehlo.dot_general %360, %361, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %363 = stablehlo.add %331, %362 : tensor<8x2048xf32>
    %364 = stablehlo.composite "mlxla.rms_norm" %363, %arg74 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %365 = stablehlo.convert %364 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %366 = stablehlo.convert %arg75 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %367 = stablehlo.dot_general %365, %366, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %368 = stablehlo.logistic %367 : tensor<8x8192xf32>
    %369 = stablehlo.multiply %367, %368 : tensor<8x8192xf32>
    %370 = stablehlo.convert %364 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %371 = stablehlo.convert %arg76 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %372 = stablehlo.dot_general %370, %371, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %373 = stablehlo.multiply %369, %372 : tensor<8x8192xf32>
    %374 = stablehlo.convert %373 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %375 = stablehlo.convert %arg77 : (tensor<2048x8192xf32>) -> tensor<2048x8192xf16>
    %376 = stablehlo.dot_general %374, %375, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %377 = stablehlo.add %363, %376 : tensor<8x2048xf32>
    %378 = stablehlo.composite "mlxla.rms_norm" %377, %arg78 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %379 = stablehlo.convert %378 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %380 = stablehlo.convert %arg79 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %381 = stablehlo.dot_general %379, %380, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %382 = stablehlo.reshape %381 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %383 = stablehlo.composite "mlxla.rope" %382, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %384 = stablehlo.convert %378 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %385 = stablehlo.convert %arg80 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %386 = stablehlo.dot_general %384, %385, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %387 = stablehlo.reshape %386 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %388 = stablehlo.composite "mlxla.rope" %387, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %389 = stablehlo.convert %378 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %390 = stablehlo.convert %arg81 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %391 = stablehlo.dot_general %389, %390, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %392 = stablehlo.reshape %391 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %393 = stablehlo.constant dense<8> : tensor<i32>
    %394 = stablehlo.constant dense<0> : tensor<i32>
    %395 = stablehlo.constant dense<0> : tensor<i32>
    %396 = stablehlo.reshape %388 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %397 = stablehlo.dynamic_update_slice %351, %396, %393, %395, %arg1, %394, %394 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %398 = stablehlo.reshape %392 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %399 = stablehlo.dynamic_update_slice %353, %398, %393, %395, %arg1, %394, %394 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %400 = stablehlo.slice %397 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %401 = stablehlo.reshape %400 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %402 = stablehlo.slice %399 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %403 = stablehlo.reshape %402 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %404 = stablehlo.composite "mlxla.attention" %383, %401, %403, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %405 = stablehlo.reshape %404 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %406 = stablehlo.convert %405 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %407 = stablehlo.convert %arg82 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %408 = stablehlo.dot_general %406, %407, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %409 = stablehlo.add %377, %408 : tensor<8x2048xf32>
    %410 = stablehlo.composite "mlxla.rms_norm" %409, %arg83 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %411 = stablehlo.convert %410 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %412 = stablehlo.convert %arg84 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %413 = stablehlo.dot_general %411, %412, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %414 = stablehlo.logistic %413 : tensor<8x8192xf32>
    %415 = stablehlo.multiply %413, %414 : tensor<8x8192xf32>
    %416 = stablehlo.convert %410 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %417 = stablehlo.convert %arg85 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %418 = stablehlo.dot_general %416, %417, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %419 = stablehlo.multiply %415, %418 : tensor<8x8192xf32>
    %420 = stablehlo.convert %419 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %421 = stablehlo.convert %arg86 : (tensor<2048x8192xf32>) -> tensor<2048x8192xf16>
    %422 = stablehlo.dot_general %420, %421, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %423 = stablehlo.add %409, %422 : tensor<8x2048xf32>
    %424 = stablehlo.composite "mlxla.rms_norm" %423, %arg87 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %425 = stablehlo.convert %424 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %426 = stablehlo.convert %arg88 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %427 = stablehlo.dot_general %425, %426, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %428 = stablehlo.reshape %427 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %429 = stablehlo.composite "mlxla.rope" %428, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %430 = stablehlo.convert %424 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %431 = stablehlo.convert %arg89 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %432 = stablehlo.dot_general %430, %431, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %433 = stablehlo.reshape %432 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %434 = stablehlo.composite "mlxla.rope" %433, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %435 = stablehlo.convert %424 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %436 = stablehlo.convert %arg90 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %437 = stablehlo.dot_general %435, %436, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %438 = stablehlo.reshape %437 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %439 = stablehlo.constant dense<9> : tensor<i32>
    %440 = stablehlo.constant dense<0> : tensor<i32>
    %441 = stablehlo.constant dense<0> : tensor<i32>
    %442 = stablehlo.reshape %434 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %443 = stablehlo.dynamic_update_slice %397, %442, %439, %441, %arg1, %440, %440 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %444 = stablehlo.reshape %438 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %445 = stablehlo.dynamic_update_slice %399, %444, %439, %441, %arg1, %440, %440 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %446 = stablehlo.slice %443 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %447 = stablehlo.reshape %446 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %448 = stablehlo.slice %445 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %449 = stablehlo.reshape %448 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %450 = stablehlo.composite "mlxla.attention" %429, %447, %449, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %451 = stablehlo.reshape %450 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %452 = stablehlo.convert %451 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %453 = stablehlo.convert %arg91 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %454 = stablehlo.dot_general %452, %453, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %455 = stablehlo.add %423, %454 : tensor<8x2048xf32>
    %456 = stablehlo.composite "mlxla.rms_norm" %455, %arg92 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %457 = stablehlo.convert %456 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %458 = stablehlo.convert %arg93 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %459 = stablehlo.dot_general %457, %458, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %460 = stablehlo.logistic %459 : tensor<8x8192xf32>
    %461 = stablehlo.multiply %459, %460 : tensor<8x8192xf32>
    %462 = stablehlo.convert %456 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %463 = stablehlo.convert %arg94 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %464 = stablehlo.dot_general %462, %463, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %465 = stablehlo.multiply %461, %464 : tensor<8x8192xf32>
    %466 = stablehlo.convert %465 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %467 = stablehlo.convert %arg95 : (tensor<2048x8192xf32>) -> tensor<2048x8192xf16>
    %468 = stablehlo.dot_general %466, %467, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %469 = stablehlo.add %455, %468 : tensor<8x2048xf32>
    %470 = stablehlo.composite "mlxla.rms_norm" %469, %arg96 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %471 = stablehlo.convert %470 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %472 = stablehlo.convert %arg97 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %473 = stablehlo.dot_general %471, %472, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %474 = stablehlo.reshape %473 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %475 = stablehlo.composite "mlxla.rope" %474, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %476 = stablehlo.convert %470 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %477 = stablehlo.convert %arg98 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %478 = stablehlo.dot_general %476, %477, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %479 = stablehlo.reshape %478 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %480 = stablehlo.composite "mlxla.rope" %479, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %481 = stablehlo.convert %470 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %482 = stablehlo.convert %arg99 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %483 = stablehlo.dot_general %481, %482, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %484 = stablehlo.reshape %483 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %485 = stablehlo.constant dense<10> : tensor<i32>
    %486 = stablehlo.constant dense<0> : tensor<i32>
    %487 = stablehlo.constant dense<0> : tensor<i32>
    %488 = stablehlo.reshape %480 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %489 = stablehlo.dynamic_update_slice %443, %488, %485, %487, %arg1, %486, %486 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %490 = stablehlo.reshape %484 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %491 = stablehlo.dynamic_update_slice %445, %490, %485, %487, %arg1, %486, %486 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %492 = stablehlo.slice %489 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %493 = stablehlo.reshape %492 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %494 = stablehlo.slice %491 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %495 = stablehlo.reshape %494 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %496 = stablehlo.composite "mlxla.attention" %475, %493, %495, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %497 = stablehlo.reshape %496 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %498 = stablehlo.convert %497 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %499 = stablehlo.convert %arg100 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %500 = stablehlo.dot_general %498, %499, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %501 = stablehlo.add %469, %500 : tensor<8x2048xf32>
    %502 = stablehlo.composite "mlxla.rms_norm" %501, %arg101 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %503 = stablehlo.convert %502 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %504 = stablehlo.convert %arg102 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %505 = stablehlo.dot_general %503, %504, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %506 = stablehlo.logistic %505 : tensor<8x8192xf32>
    %507 = stablehlo.multiply %505, %506 : tensor<8x8192xf32>
    %508 = stablehlo.convert %502 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %509 = stablehlo.convert %arg103 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %510 = stablehlo.dot_general %508, %509, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %511 = stablehlo.multiply %507, %510 : tensor<8x8192xf32>
    %512 = stablehlo.convert %511 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %513 = stablehlo.convert %arg104 : (tensor<2048x8192xf32>) -> tensor<2048x8192xf16>
    %514 = stablehlo.dot_general %512, %513, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %515 = stablehlo.add %501, %514 : tensor<8x2048xf32>
    %516 = stablehlo.composite "mlxla.rms_norm" %515, %arg105 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %517 = stablehlo.convert %516 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %518 = stablehlo.convert %arg106 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %519 = stablehlo.dot_general %517, %518, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %520 = stablehlo.reshape %519 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %521 = stablehlo.composite "mlxla.rope" %520, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %522 = stablehlo.convert %516 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %523 = stablehlo.convert %arg107 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %524 = stablehlo.dot_general %522, %523, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %525 = stablehlo.reshape %524 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %526 = stablehlo.composite "mlxla.rope" %525, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %527 = stablehlo.convert %516 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %528 = stablehlo.convert %arg108 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %529 = stablehlo.dot_general %527, %528, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %530 = stablehlo.reshape %529 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %531 = stablehlo.constant dense<11> : tensor<i32>
    %532 = stablehlo.constant dense<0> : tensor<i32>
    %533 = stablehlo.constant dense<0> : tensor<i32>
    %534 = stablehlo.reshape %526 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %535 = stablehlo.dynamic_update_slice %489, %534, %531, %533, %arg1, %532, %532 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %536 = stablehlo.reshape %530 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %537 = stablehlo.dynamic_update_slice %491, %536, %531, %533, %arg1, %532, %532 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %538 = stablehlo.slice %535 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %539 = stablehlo.reshape %538 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %540 = stablehlo.slice %537 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %541 = stablehlo.reshape %540 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %542 = stablehlo.composite "mlxla.attention" %521, %539, %541, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %543 = stablehlo.reshape %542 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %544 = stablehlo.convert %543 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %545 = stablehlo.convert %arg109 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %546 = stablehlo.dot_general %544, %545, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %547 = stablehlo.add %515, %546 : tensor<8x2048xf32>
    %548 = stablehlo.composite "mlxla.rms_norm" %547, %arg110 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %549 = stablehlo.convert %548 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %550 = stablehlo.convert %arg111 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %551 = stablehlo.dot_general %549, %550, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %552 = stablehlo.logistic %551 : tensor<8x8192xf32>
    %553 = stablehlo.multiply %551, %552 : tensor<8x8192xf32>
    %554 = stablehlo.convert %548 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %555 = stablehlo.convert %arg112 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %556 = stablehlo.dot_general %554, %555, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %557 = stablehlo.multiply %553, %556 : tensor<8x8192xf32>
    %558 = stablehlo.convert %557 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %559 = stablehlo.convert %arg113 : (tensor<2048x8192xf32>) -> tensor<2048x8192xf16>
    %560 = stablehlo.dot_general %558, %559, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %561 = stablehlo.add %547, %560 : tensor<8x2048xf32>
    %562 = stablehlo.composite "mlxla.rms_norm" %561, %arg114 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %563 = stablehlo.convert %562 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %564 = stablehlo.convert %arg115 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %565 = stablehlo.dot_general %563, %564, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %566 = stablehlo.reshape %565 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %567 = stablehlo.composite "mlxla.rope" %566, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %568 = stablehlo.convert %562 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %569 = stablehlo.convert %arg116 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %570 = stablehlo.dot_general %568, %569, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %571 = stablehlo.reshape %570 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %572 = stablehlo.composite "mlxla.rope" %571, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %573 = stablehlo.convert %562 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %574 = stablehlo.convert %arg117 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %575 = stablehlo.dot_general %573, %574, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %576 = stablehlo.reshape %575 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %577 = stablehlo.constant dense<12> : tensor<i32>
    %578 = stablehlo.constant dense<0> : tensor<i32>
    %579 = stablehlo.constant dense<0> : tensor<i32>
    %580 = stablehlo.reshape %572 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %581 = stablehlo.dynamic_update_slice %535, %580, %577, %579, %arg1, %578, %578 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %582 = stablehlo.reshape %576 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %583 = stablehlo.dynamic_update_slice %537, %582, %577, %579, %arg1, %578, %578 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %584 = stablehlo.slice %581 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %585 = stablehlo.reshape %584 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %586 = stablehlo.slice %583 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %587 = stablehlo.reshape %586 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %588 = stablehlo.composite "mlxla.attention" %567, %585, %587, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %589 = stablehlo.reshape %588 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %590 = stablehlo.convert %589 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %591 = stablehlo.convert %arg118 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %592 = stablehlo.dot_general %590, %591, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %593 = stablehlo.add %561, %592 : tensor<8x2048xf32>
    %594 = stablehlo.composite "mlxla.rms_norm" %593, %arg119 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %595 = stablehlo.convert %594 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %596 = stablehlo.convert %arg120 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %597 = stablehlo.dot_general %595, %596, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %598 = stablehlo.logistic %597 : tensor<8x8192xf32>
    %599 = stablehlo.multiply %597, %598 : tensor<8x8192xf32>
    %600 = stablehlo.convert %594 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %601 = stablehlo.convert %arg121 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %602 = stablehlo.dot_general %600, %601, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %603 = stablehlo.multiply %599, %602 : tensor<8x8192xf32>
    %604 = stablehlo.convert %603 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %605 = stablehlo.convert %arg122 : (tensor<2048x8192xf32>) -> tensor<2048x8192xf16>
    %606 = stablehlo.dot_general %604, %605, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %607 = stablehlo.add %593, %606 : tensor<8x2048xf32>
    %608 = stablehlo.composite "mlxla.rms_norm" %607, %arg123 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %609 = stablehlo.convert %608 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %610 = stablehlo.convert %arg124 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %611 = stablehlo.dot_general %609, %610, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %612 = stablehlo.reshape %611 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %613 = stablehlo.composite "mlxla.rope" %612, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %614 = stablehlo.convert %608 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %615 = stablehlo.convert %arg125 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %616 = stablehlo.dot_general %614, %615, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %617 = stablehlo.reshape %616 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %618 = stablehlo.composite "mlxla.rope" %617, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %619 = stablehlo.convert %608 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %620 = stablehlo.convert %arg126 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %621 = stablehlo.dot_general %619, %620, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %622 = stablehlo.reshape %621 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %623 = stablehlo.constant dense<13> : tensor<i32>
    %624 = stablehlo.constant dense<0> : tensor<i32>
    %625 = stablehlo.constant dense<0> : tensor<i32>
    %626 = stablehlo.reshape %618 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %627 = stablehlo.dynamic_update_slice %581, %626, %623, %625, %arg1, %624, %624 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %628 = stablehlo.reshape %622 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %629 = stablehlo.dynamic_update_slice %583, %628, %623, %625, %arg1, %624, %624 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %630 = stablehlo.slice %627 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %631 = stablehlo.reshape %630 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %632 = stablehlo.slice %629 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %633 = stablehlo.reshape %632 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %634 = stablehlo.composite "mlxla.attention" %613, %631, %633, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %635 = stablehlo.reshape %634 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %636 = stablehlo.convert %635 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %637 = stablehlo.convert %arg127 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %638 = stablehlo.dot_general %636, %637, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %639 = stablehlo.add %607, %638 : tensor<8x2048xf32>
    %640 = stablehlo.composite "mlxla.rms_norm" %639, %arg128 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %641 = stablehlo.convert %640 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %642 = stablehlo.convert %arg129 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %643 = stablehlo.dot_general %641, %642, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %644 = stablehlo.logistic %643 : tensor<8x8192xf32>
    %645 = stablehlo.multiply %643, %644 : tensor<8x8192xf32>
    %646 = stablehlo.convert %640 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %647 = stablehlo.convert %arg130 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %648 = stablehlo.dot_general %646, %647, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %649 = stablehlo.multiply %645, %648 : tensor<8x8192xf32>
    %650 = stablehlo.convert %649 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %651 = stablehlo.convert %arg131 : (tensor<2048x8192xf32>) -> tensor<2048x8192xf16>
    %652 = stablehlo.dot_general %650, %651, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %653 = stablehlo.add %639, %652 : tensor<8x2048xf32>
    %654 = stablehlo.composite "mlxla.rms_norm" %653, %arg132 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %655 = stablehlo.convert %654 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %656 = stablehlo.convert %arg133 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %657 = stablehlo.dot_general %655, %656, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %658 = stablehlo.reshape %657 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %659 = stablehlo.composite "mlxla.rope" %658, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %660 = stablehlo.convert %654 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %661 = stablehlo.convert %arg134 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %662 = stablehlo.dot_general %660, %661, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %663 = stablehlo.reshape %662 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %664 = stablehlo.composite "mlxla.rope" %663, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %665 = stablehlo.convert %654 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %666 = stablehlo.convert %arg135 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %667 = stablehlo.dot_general %665, %666, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %668 = stablehlo.reshape %667 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %669 = stablehlo.constant dense<14> : tensor<i32>
    %670 = stablehlo.constant dense<0> : tensor<i32>
    %671 = stablehlo.constant dense<0> : tensor<i32>
    %672 = stablehlo.reshape %664 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %673 = stablehlo.dynamic_update_slice %627, %672, %669, %671, %arg1, %670, %670 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %674 = stablehlo.reshape %668 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %675 = stablehlo.dynamic_update_slice %629, %674, %669, %671, %arg1, %670, %670 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %676 = stablehlo.slice %673 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %677 = stablehlo.reshape %676 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %678 = stablehlo.slice %675 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %679 = stablehlo.reshape %678 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %680 = stablehlo.composite "mlxla.attention" %659, %677, %679, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %681 = stablehlo.reshape %680 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %682 = stablehlo.convert %681 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %683 = stablehlo.convert %arg136 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %684 = stablehlo.dot_general %682, %683, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %685 = stablehlo.add %653, %684 : tensor<8x2048xf32>
    %686 = stablehlo.composite "mlxla.rms_norm" %685, %arg137 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %687 = stablehlo.convert %686 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %688 = stablehlo.convert %arg138 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %689 = stablehlo.dot_general %687, %688, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %690 = stablehlo.logistic %689 : tensor<8x8192xf32>
    %691 = stablehlo.multiply %689, %690 : tensor<8x8192xf32>
    %692 = stablehlo.convert %686 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %693 = stablehlo.convert %arg139 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %694 = stablehlo.dot_general %692, %693, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %695 = stablehlo.multiply %691, %694 : tensor<8x8192xf32>
    %696 = stablehlo.convert %695 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %697 = stablehlo.convert %arg140 : (tensor<2048x8192xf32>) -> tensor<2048x8192xf16>
    %698 = stablehlo.dot_general %696, %697, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %699 = stablehlo.add %685, %698 : tensor<8x2048xf32>
    %700 = stablehlo.composite "mlxla.rms_norm" %699, %arg141 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %701 = stablehlo.convert %700 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %702 = stablehlo.convert %arg142 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %703 = stablehlo.dot_general %701, %702, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %704 = stablehlo.reshape %703 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %705 = stablehlo.composite "mlxla.rope" %704, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %706 = stablehlo.convert %700 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %707 = stablehlo.convert %arg143 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %708 = stablehlo.dot_general %706, %707, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %709 = stablehlo.reshape %708 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %710 = stablehlo.composite "mlxla.rope" %709, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %711 = stablehlo.convert %700 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %712 = stablehlo.convert %arg144 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %713 = stablehlo.dot_general %711, %712, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %714 = stablehlo.reshape %713 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %715 = stablehlo.constant dense<15> : tensor<i32>
    %716 = stablehlo.constant dense<0> : tensor<i32>
    %717 = stablehlo.constant dense<0> : tensor<i32>
    %718 = stablehlo.reshape %710 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %719 = stablehlo.dynamic_update_slice %673, %718, %715, %717, %arg1, %716, %716 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %720 = stablehlo.reshape %714 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %721 = stablehlo.dynamic_update_slice %675, %720, %715, %717, %arg1, %716, %716 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %722 = stablehlo.slice %719 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %723 = stablehlo.reshape %722 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %724 = stablehlo.slice %721 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %725 = stablehlo.reshape %724 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %726 = stablehlo.composite "mlxla.attention" %705, %723, %725, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %727 = stablehlo.reshape %726 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %728 = stablehlo.convert %727 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %729 = stablehlo.convert %arg145 : (tensor<2048x2048xf32>) -> tensor<2048x2048xf16>
    %730 = stablehlo.dot_general %728, %729, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %731 = stablehlo.add %699, %730 : tensor<8x2048xf32>
    %732 = stablehlo.composite "mlxla.rms_norm" %731, %arg146 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %733 = stablehlo.convert %732 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %734 = stablehlo.convert %arg147 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %735 = stablehlo.dot_general %733, %734, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %736 = stablehlo.logistic %735 : tensor<8x8192xf32>
    %737 = stablehlo.multiply %735, %736 : tensor<8x8192xf32>
    %738 = stablehlo.convert %732 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %739 = stablehlo.convert %arg148 : (tensor<8192x2048xf32>) -> tensor<8192x2048xf16>
    %740 = stablehlo.dot_general %738, %739, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %741 = stablehlo.multiply %737, %740 : tensor<8x8192xf32>
    %742 = stablehlo.convert %741 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %743 = stablehlo.convert %arg149 : (tensor<2048x8192xf32>) -> tensor<2048x8192xf16>
    %744 = stablehlo.dot_general %742, %743, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %745 = stablehlo.add %731, %744 : tensor<8x2048xf32>
    %746 = stablehlo.constant dense<0> : tensor<i32>
    %747 = stablehlo.dynamic_slice %745, %4, %746, sizes = [1, 2048] : (tensor<8x2048xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2048xf32>
    %748 = stablehlo.composite "mlxla.rms_norm" %747, %arg150 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %749 = stablehlo.convert %748 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %750 = stablehlo.convert %arg5 : (tensor<128256x2048xf32>) -> tensor<128256x2048xf16>
    %751 = stablehlo.dot_general %749, %750, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<128256x2048xf16>) -> tensor<1x128256xf32>
    %752 = stablehlo.composite "mlxla.argmax" %751 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %752, %719, %721 : tensor<1xi32>, tensor<16x1x64x8x64xf32>, tensor<16x1x64x8x64xf32>
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
