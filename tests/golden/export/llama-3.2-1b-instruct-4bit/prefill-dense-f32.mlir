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
    %8 = stablehlo.composite "mlxla.rms_norm" %7, %arg6 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %9 = stablehlo.dot_general %8, %arg7, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %10 = stablehlo.reshape %9 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %11 = stablehlo.composite "mlxla.rope" %10, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %12 = stablehlo.dot_general %8, %arg8, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %13 = stablehlo.reshape %12 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %14 = stablehlo.composite "mlxla.rope" %13, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %15 = stablehlo.dot_general %8, %arg9, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %16 = stablehlo.reshape %15 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %17 = stablehlo.constant dense<0> : tensor<i32>
    %18 = stablehlo.constant dense<0> : tensor<i32>
    %19 = stablehlo.constant dense<0> : tensor<i32>
    %20 = stablehlo.reshape %14 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %21 = stablehlo.dynamic_update_slice %arg3, %20, %17, %19, %arg1, %18, %18 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %22 = stablehlo.reshape %16 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %23 = stablehlo.dynamic_update_slice %arg4, %22, %17, %19, %arg1, %18, %18 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %24 = stablehlo.slice %21 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %25 = stablehlo.reshape %24 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %26 = stablehlo.slice %23 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %27 = stablehlo.reshape %26 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %28 = stablehlo.composite "mlxla.attention" %11, %25, %27, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %29 = stablehlo.reshape %28 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %30 = stablehlo.dot_general %29, %arg10, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %31 = stablehlo.add %7, %30 : tensor<8x2048xf32>
    %32 = stablehlo.composite "mlxla.rms_norm" %31, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %33 = stablehlo.dot_general %32, %arg12, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %34 = stablehlo.logistic %33 : tensor<8x8192xf32>
    %35 = stablehlo.multiply %33, %34 : tensor<8x8192xf32>
    %36 = stablehlo.dot_general %32, %arg13, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %37 = stablehlo.multiply %35, %36 : tensor<8x8192xf32>
    %38 = stablehlo.dot_general %37, %arg14, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %39 = stablehlo.add %31, %38 : tensor<8x2048xf32>
    %40 = stablehlo.composite "mlxla.rms_norm" %39, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %41 = stablehlo.dot_general %40, %arg16, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %42 = stablehlo.reshape %41 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %43 = stablehlo.composite "mlxla.rope" %42, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %44 = stablehlo.dot_general %40, %arg17, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %45 = stablehlo.reshape %44 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %46 = stablehlo.composite "mlxla.rope" %45, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %47 = stablehlo.dot_general %40, %arg18, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %48 = stablehlo.reshape %47 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %49 = stablehlo.constant dense<1> : tensor<i32>
    %50 = stablehlo.constant dense<0> : tensor<i32>
    %51 = stablehlo.constant dense<0> : tensor<i32>
    %52 = stablehlo.reshape %46 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %53 = stablehlo.dynamic_update_slice %21, %52, %49, %51, %arg1, %50, %50 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %54 = stablehlo.reshape %48 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %55 = stablehlo.dynamic_update_slice %23, %54, %49, %51, %arg1, %50, %50 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %56 = stablehlo.slice %53 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %57 = stablehlo.reshape %56 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %58 = stablehlo.slice %55 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %59 = stablehlo.reshape %58 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %60 = stablehlo.composite "mlxla.attention" %43, %57, %59, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %61 = stablehlo.reshape %60 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %62 = stablehlo.dot_general %61, %arg19, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %63 = stablehlo.add %39, %62 : tensor<8x2048xf32>
    %64 = stablehlo.composite "mlxla.rms_norm" %63, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %65 = stablehlo.dot_general %64, %arg21, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %66 = stablehlo.logistic %65 : tensor<8x8192xf32>
    %67 = stablehlo.multiply %65, %66 : tensor<8x8192xf32>
    %68 = stablehlo.dot_general %64, %arg22, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %69 = stablehlo.multiply %67, %68 : tensor<8x8192xf32>
    %70 = stablehlo.dot_general %69, %arg23, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %71 = stablehlo.add %63, %70 : tensor<8x2048xf32>
    %72 = stablehlo.composite "mlxla.rms_norm" %71, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %73 = stablehlo.dot_general %72, %arg25, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %74 = stablehlo.reshape %73 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %75 = stablehlo.composite "mlxla.rope" %74, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %76 = stablehlo.dot_general %72, %arg26, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %77 = stablehlo.reshape %76 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %78 = stablehlo.composite "mlxla.rope" %77, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %79 = stablehlo.dot_general %72, %arg27, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %80 = stablehlo.reshape %79 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %81 = stablehlo.constant dense<2> : tensor<i32>
    %82 = stablehlo.constant dense<0> : tensor<i32>
    %83 = stablehlo.constant dense<0> : tensor<i32>
    %84 = stablehlo.reshape %78 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %85 = stablehlo.dynamic_update_slice %53, %84, %81, %83, %arg1, %82, %82 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %86 = stablehlo.reshape %80 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %87 = stablehlo.dynamic_update_slice %55, %86, %81, %83, %arg1, %82, %82 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %88 = stablehlo.slice %85 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %89 = stablehlo.reshape %88 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %90 = stablehlo.slice %87 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %91 = stablehlo.reshape %90 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %92 = stablehlo.composite "mlxla.attention" %75, %89, %91, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %93 = stablehlo.reshape %92 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %94 = stablehlo.dot_general %93, %arg28, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %95 = stablehlo.add %71, %94 : tensor<8x2048xf32>
    %96 = stablehlo.composite "mlxla.rms_norm" %95, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %97 = stablehlo.dot_general %96, %arg30, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %98 = stablehlo.logistic %97 : tensor<8x8192xf32>
    %99 = stablehlo.multiply %97, %98 : tensor<8x8192xf32>
    %100 = stablehlo.dot_general %96, %arg31, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %101 = stablehlo.multiply %99, %100 : tensor<8x8192xf32>
    %102 = stablehlo.dot_general %101, %arg32, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %103 = stablehlo.add %95, %102 : tensor<8x2048xf32>
    %104 = stablehlo.composite "mlxla.rms_norm" %103, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %105 = stablehlo.dot_general %104, %arg34, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %106 = stablehlo.reshape %105 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %107 = stablehlo.composite "mlxla.rope" %106, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %108 = stablehlo.dot_general %104, %arg35, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %109 = stablehlo.reshape %108 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %110 = stablehlo.composite "mlxla.rope" %109, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %111 = stablehlo.dot_general %104, %arg36, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %112 = stablehlo.reshape %111 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %113 = stablehlo.constant dense<3> : tensor<i32>
    %114 = stablehlo.constant dense<0> : tensor<i32>
    %115 = stablehlo.constant dense<0> : tensor<i32>
    %116 = stablehlo.reshape %110 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %117 = stablehlo.dynamic_update_slice %85, %116, %113, %115, %arg1, %114, %114 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %118 = stablehlo.reshape %112 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %119 = stablehlo.dynamic_update_slice %87, %118, %113, %115, %arg1, %114, %114 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %120 = stablehlo.slice %117 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %121 = stablehlo.reshape %120 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %122 = stablehlo.slice %119 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %123 = stablehlo.reshape %122 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %124 = stablehlo.composite "mlxla.attention" %107, %121, %123, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %125 = stablehlo.reshape %124 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %126 = stablehlo.dot_general %125, %arg37, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %127 = stablehlo.add %103, %126 : tensor<8x2048xf32>
    %128 = stablehlo.composite "mlxla.rms_norm" %127, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %129 = stablehlo.dot_general %128, %arg39, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %130 = stablehlo.logistic %129 : tensor<8x8192xf32>
    %131 = stablehlo.multiply %129, %130 : tensor<8x8192xf32>
    %132 = stablehlo.dot_general %128, %arg40, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %133 = stablehlo.multiply %131, %132 : tensor<8x8192xf32>
    %134 = stablehlo.dot_general %133, %arg41, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %135 = stablehlo.add %127, %134 : tensor<8x2048xf32>
    %136 = stablehlo.composite "mlxla.rms_norm" %135, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %137 = stablehlo.dot_general %136, %arg43, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %138 = stablehlo.reshape %137 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %139 = stablehlo.composite "mlxla.rope" %138, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %140 = stablehlo.dot_general %136, %arg44, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %141 = stablehlo.reshape %140 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %142 = stablehlo.composite "mlxla.rope" %141, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %143 = stablehlo.dot_general %136, %arg45, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %144 = stablehlo.reshape %143 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %145 = stablehlo.constant dense<4> : tensor<i32>
    %146 = stablehlo.constant dense<0> : tensor<i32>
    %147 = stablehlo.constant dense<0> : tensor<i32>
    %148 = stablehlo.reshape %142 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %149 = stablehlo.dynamic_update_slice %117, %148, %145, %147, %arg1, %146, %146 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %150 = stablehlo.reshape %144 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %151 = stablehlo.dynamic_update_slice %119, %150, %145, %147, %arg1, %146, %146 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %152 = stablehlo.slice %149 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %153 = stablehlo.reshape %152 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %154 = stablehlo.slice %151 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %155 = stablehlo.reshape %154 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %156 = stablehlo.composite "mlxla.attention" %139, %153, %155, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %157 = stablehlo.reshape %156 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %158 = stablehlo.dot_general %157, %arg46, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %159 = stablehlo.add %135, %158 : tensor<8x2048xf32>
    %160 = stablehlo.composite "mlxla.rms_norm" %159, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %161 = stablehlo.dot_general %160, %arg48, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %162 = stablehlo.logistic %161 : tensor<8x8192xf32>
    %163 = stablehlo.multiply %161, %162 : tensor<8x8192xf32>
    %164 = stablehlo.dot_general %160, %arg49, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %165 = stablehlo.multiply %163, %164 : tensor<8x8192xf32>
    %166 = stablehlo.dot_general %165, %arg50, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %167 = stablehlo.add %159, %166 : tensor<8x2048xf32>
    %168 = stablehlo.composite "mlxla.rms_norm" %167, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %169 = stablehlo.dot_general %168, %arg52, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %170 = stablehlo.reshape %169 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %171 = stablehlo.composite "mlxla.rope" %170, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %172 = stablehlo.dot_general %168, %arg53, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %173 = stablehlo.reshape %172 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %174 = stablehlo.composite "mlxla.rope" %173, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %175 = stablehlo.dot_general %168, %arg54, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %176 = stablehlo.reshape %175 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %177 = stablehlo.constant dense<5> : tensor<i32>
    %178 = stablehlo.constant dense<0> : tensor<i32>
    %179 = stablehlo.constant dense<0> : tensor<i32>
    %180 = stablehlo.reshape %174 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %181 = stablehlo.dynamic_update_slice %149, %180, %177, %179, %arg1, %178, %178 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %182 = stablehlo.reshape %176 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %183 = stablehlo.dynamic_update_slice %151, %182, %177, %179, %arg1, %178, %178 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %184 = stablehlo.slice %181 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %185 = stablehlo.reshape %184 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %186 = stablehlo.slice %183 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %187 = stablehlo.reshape %186 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %188 = stablehlo.composite "mlxla.attention" %171, %185, %187, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %189 = stablehlo.reshape %188 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %190 = stablehlo.dot_general %189, %arg55, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %191 = stablehlo.add %167, %190 : tensor<8x2048xf32>
    %192 = stablehlo.composite "mlxla.rms_norm" %191, %arg56 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %193 = stablehlo.dot_general %192, %arg57, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %194 = stablehlo.logistic %193 : tensor<8x8192xf32>
    %195 = stablehlo.multiply %193, %194 : tensor<8x8192xf32>
    %196 = stablehlo.dot_general %192, %arg58, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %197 = stablehlo.multiply %195, %196 : tensor<8x8192xf32>
    %198 = stablehlo.dot_general %197, %arg59, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %199 = stablehlo.add %191, %198 : tensor<8x2048xf32>
    %200 = stablehlo.composite "mlxla.rms_norm" %199, %arg60 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %201 = stablehlo.dot_general %200, %arg61, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %202 = stablehlo.reshape %201 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %203 = stablehlo.composite "mlxla.rope" %202, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %204 = stablehlo.dot_general %200, %arg62, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %205 = stablehlo.reshape %204 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %206 = stablehlo.composite "mlxla.rope" %205, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %207 = stablehlo.dot_general %200, %arg63, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %208 = stablehlo.reshape %207 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %209 = stablehlo.constant dense<6> : tensor<i32>
    %210 = stablehlo.constant dense<0> : tensor<i32>
    %211 = stablehlo.constant dense<0> : tensor<i32>
    %212 = stablehlo.reshape %206 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %213 = stablehlo.dynamic_update_slice %181, %212, %209, %211, %arg1, %210, %210 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %214 = stablehlo.reshape %208 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %215 = stablehlo.dynamic_update_slice %183, %214, %209, %211, %arg1, %210, %210 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %216 = stablehlo.slice %213 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %217 = stablehlo.reshape %216 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %218 = stablehlo.slice %215 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %219 = stablehlo.reshape %218 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %220 = stablehlo.composite "mlxla.attention" %203, %217, %219, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %221 = stablehlo.reshape %220 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %222 = stablehlo.dot_general %221, %arg64, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %223 = stablehlo.add %199, %222 : tensor<8x2048xf32>
    %224 = stablehlo.composite "mlxla.rms_norm" %223, %arg65 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %225 = stablehlo.dot_general %224, %arg66, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %226 = stablehlo.logistic %225 : tensor<8x8192xf32>
    %227 = stablehlo.multiply %225, %226 : tensor<8x8192xf32>
    %228 = stablehlo.dot_general %224, %arg67, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %229 = stablehlo.multiply %227, %228 : tensor<8x8192xf32>
    %230 = stablehlo.dot_general %229, %arg68, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %231 = stablehlo.add %223, %230 : tensor<8x2048xf32>
    %232 = stablehlo.composite "mlxla.rms_norm" %231, %arg69 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %233 = stablehlo.dot_general %232, %arg70, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %234 = stablehlo.reshape %233 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %235 = stablehlo.composite "mlxla.rope" %234, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %236 = stablehlo.dot_general %232, %arg71, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %237 = stablehlo.reshape %236 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %238 = stablehlo.composite "mlxla.rope" %237, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %239 = stablehlo.dot_general %232, %arg72, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %240 = stablehlo.reshape %239 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %241 = stablehlo.constant dense<7> : tensor<i32>
    %242 = stablehlo.constant dense<0> : tensor<i32>
    %243 = stablehlo.constant dense<0> : tensor<i32>
    %244 = stablehlo.reshape %238 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %245 = stablehlo.dynamic_update_slice %213, %244, %241, %243, %arg1, %242, %242 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %246 = stablehlo.reshape %240 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %247 = stablehlo.dynamic_update_slice %215, %246, %241, %243, %arg1, %242, %242 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %248 = stablehlo.slice %245 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %249 = stablehlo.reshape %248 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %250 = stablehlo.slice %247 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %251 = stablehlo.reshape %250 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %252 = stablehlo.composite "mlxla.attention" %235, %249, %251, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %253 = stablehlo.reshape %252 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %254 = stablehlo.dot_general %253, %arg73, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %255 = stablehlo.add %231, %254 : tensor<8x2048xf32>
    %256 = stablehlo.composite "mlxla.rms_norm" %255, %arg74 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %257 = stablehlo.dot_general %256, %arg75, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %258 = stablehlo.logistic %257 : tensor<8x8192xf32>
    %259 = stablehlo.multiply %257, %258 : tensor<8x8192xf32>
    %260 = stablehlo.dot_general %256, %arg76, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %261 = stablehlo.multiply %259, %260 : tensor<8x8192xf32>
    %262 = stablehlo.dot_general %261, %arg77, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %263 = stablehlo.add %255, %262 : tensor<8x2048xf32>
    %264 = stablehlo.composite "mlxla.rms_norm" %263, %arg78 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %265 = stablehlo.dot_general %264, %arg79, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %266 = stablehlo.reshape %265 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %267 = stablehlo.composite "mlxla.rope" %266, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %268 = stablehlo.dot_general %264, %arg80, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %269 = stablehlo.reshape %268 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %270 = stablehlo.composite "mlxla.rope" %269, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %271 = stablehlo.dot_general %264, %arg81, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %272 = stablehlo.reshape %271 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %273 = stablehlo.constant dense<8> : tensor<i32>
    %274 = stablehlo.constant dense<0> : tensor<i32>
    %275 = stablehlo.constant dense<0> : tensor<i32>
    %276 = stablehlo.reshape %270 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %277 = stablehlo.dynamic_update_slice %245, %276, %273, %275, %arg1, %274, %274 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %278 = stablehlo.reshape %272 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %279 = stablehlo.dynamic_update_slice %247, %278, %273, %275, %arg1, %274, %274 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %280 = stablehlo.slice %277 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %281 = stablehlo.reshape %280 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %282 = stablehlo.slice %279 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %283 = stablehlo.reshape %282 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %284 = stablehlo.composite "mlxla.attention" %267, %281, %283, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %285 = stablehlo.reshape %284 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %286 = stablehlo.dot_general %285, %arg82, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %287 = stablehlo.add %263, %286 : tensor<8x2048xf32>
    %288 = stablehlo.composite "mlxla.rms_norm" %287, %arg83 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %289 = stablehlo.dot_general %288, %arg84, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %290 = stablehlo.logistic %289 : tensor<8x8192xf32>
    %291 = stablehlo.multiply %289, %290 : tensor<8x8192xf32>
    %292 = stablehlo.dot_general %288, %arg85, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %293 = stablehlo.multiply %291, %292 : tensor<8x8192xf32>
    %294 = stablehlo.dot_general %293, %arg86, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %295 = stablehlo.add %287, %294 : tensor<8x2048xf32>
    %296 = stablehlo.composite "mlxla.rms_norm" %295, %arg87 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %297 = stablehlo.dot_general %296, %arg88, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %298 = stablehlo.reshape %297 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %299 = stablehlo.composite "mlxla.rope" %298, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %300 = stablehlo.dot_general %296, %arg89, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %301 = stablehlo.reshape %300 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %302 = stablehlo.composite "mlxla.rope" %301, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %303 = stablehlo.dot_general %296, %arg90, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %304 = stablehlo.reshape %303 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %305 = stablehlo.constant dense<9> : tensor<i32>
    %306 = stablehlo.constant dense<0> : tensor<i32>
    %307 = stablehlo.constant dense<0> : tensor<i32>
    %308 = stablehlo.reshape %302 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %309 = stablehlo.dynamic_update_slice %277, %308, %305, %307, %arg1, %306, %306 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %310 = stablehlo.reshape %304 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %311 = stablehlo.dynamic_update_slice %279, %310, %305, %307, %arg1, %306, %306 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %312 = stablehlo.slice %309 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %313 = stablehlo.reshape %312 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %314 = stablehlo.slice %311 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %315 = stablehlo.reshape %314 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %316 = stablehlo.composite "mlxla.attention" %299, %313, %315, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %317 = stablehlo.reshape %316 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %318 = stablehlo.dot_general %317, %arg91, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %319 = stablehlo.add %295, %318 : tensor<8x2048xf32>
    %320 = stablehlo.composite "mlxla.rms_norm" %319, %arg92 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %321 = stablehlo.dot_general %320, %arg93, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %322 = stablehlo.logistic %321 : tensor<8x8192xf32>
    %323 = stablehlo.multiply %321, %322 : tensor<8x8192xf32>
    %324 = stablehlo.dot_general %320, %arg94, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %325 = stablehlo.multiply %323, %324 : tensor<8x8192xf32>
    %326 = stablehlo.dot_general %325, %arg95, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %327 = stablehlo.add %319, %326 : tensor<8x2048xf32>
    %328 = stablehlo.composite "mlxla.rms_norm" %327, %arg96 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %329 = stablehlo.dot_general %328, %arg97, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %330 = stablehlo.reshape %329 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %331 = stablehlo.composite "mlxla.rope" %330, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %332 = stablehlo.dot_general %328, %arg98, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %333 = stablehlo.reshape %332 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %334 = stablehlo.composite "mlxla.rope" %333, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %335 = stablehlo.dot_general %328, %arg99, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %336 = stablehlo.reshape %335 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %337 = stablehlo.constant dense<10> : tensor<i32>
    %338 = stablehlo.constant dense<0> : tensor<i32>
    %339 = stablehlo.constant dense<0> : tensor<i32>
    %340 = stablehlo.reshape %334 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %341 = stablehlo.dynamic_update_slice %309, %340, %337, %339, %arg1, %338, %338 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %342 = stablehlo.reshape %336 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %343 = stablehlo.dynamic_update_slice %311, %342, %337, %339, %arg1, %338, %338 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %344 = stablehlo.slice %341 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %345 = stablehlo.reshape %344 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %346 = stablehlo.slice %343 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %347 = stablehlo.reshape %346 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %348 = stablehlo.composite "mlxla.attention" %331, %345, %347, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %349 = stablehlo.reshape %348 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %350 = stablehlo.dot_general %349, %arg100, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %351 = stablehlo.add %327, %350 : tensor<8x2048xf32>
    %352 = stablehlo.composite "mlxla.rms_norm" %351, %arg101 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %353 = stablehlo.dot_general %352, %arg102, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %354 = stablehlo.logistic %353 : tensor<8x8192xf32>
    %355 = stablehlo.multiply %353, %354 : tensor<8x8192xf32>
    %356 = stablehlo.dot_general %352, %arg103, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %357 = stablehlo.multiply %355, %356 : tensor<8x8192xf32>
    %358 = stablehlo.dot_general %357, %arg104, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %359 = stablehlo.add %351, %358 : tensor<8x2048xf32>
    %360 = stablehlo.composite "mlxla.rms_norm" %359, %arg105 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %361 = stablehlo.dot_general %360, %arg106, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %362 = stablehlo.reshape %361 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %363 = stablehlo.composite "mlxla.rope" %362, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %364 = stablehlo.dot_general %360, %arg107, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %365 = stablehlo.reshape %364 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %366 = stablehlo.composite "mlxla.rope" %365, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %367 = stablehlo.dot_general %360, %arg108, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %368 = stablehlo.reshape %367 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %369 = stablehlo.constant dense<11> : tensor<i32>
    %370 = stablehlo.constant dense<0> : tensor<i32>
    %371 = stablehlo.constant dense<0> : tensor<i32>
    %372 = stablehlo.reshape %366 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %373 = stablehlo.dynamic_update_slice %341, %372, %369, %371, %arg1, %370, %370 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %374 = stablehlo.reshape %368 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %375 = stablehlo.dynamic_update_slice %343, %374, %369, %371, %arg1, %370, %370 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %376 = stablehlo.slice %373 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %377 = stablehlo.reshape %376 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %378 = stablehlo.slice %375 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %379 = stablehlo.reshape %378 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %380 = stablehlo.composite "mlxla.attention" %363, %377, %379, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %381 = stablehlo.reshape %380 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %382 = stablehlo.dot_general %381, %arg109, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %383 = stablehlo.add %359, %382 : tensor<8x2048xf32>
    %384 = stablehlo.composite "mlxla.rms_norm" %383, %arg110 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %385 = stablehlo.dot_general %384, %arg111, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %386 = stablehlo.logistic %385 : tensor<8x8192xf32>
    %387 = stablehlo.multiply %385, %386 : tensor<8x8192xf32>
    %388 = stablehlo.dot_general %384, %arg112, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %389 = stablehlo.multiply %387, %388 : tensor<8x8192xf32>
    %390 = stablehlo.dot_general %389, %arg113, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %391 = stablehlo.add %383, %390 : tensor<8x2048xf32>
    %392 = stablehlo.composite "mlxla.rms_norm" %391, %arg114 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %393 = stablehlo.dot_general %392, %arg115, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %394 = stablehlo.reshape %393 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %395 = stablehlo.composite "mlxla.rope" %394, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %396 = stablehlo.dot_general %392, %arg116, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %397 = stablehlo.reshape %396 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %398 = stablehlo.composite "mlxla.rope" %397, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %399 = stablehlo.dot_general %392, %arg117, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %400 = stablehlo.reshape %399 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %401 = stablehlo.constant dense<12> : tensor<i32>
    %402 = stablehlo.constant dense<0> : tensor<i32>
    %403 = stablehlo.constant dense<0> : tensor<i32>
    %404 = stablehlo.reshape %398 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %405 = stablehlo.dynamic_update_slice %373, %404, %401, %403, %arg1, %402, %402 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %406 = stablehlo.reshape %400 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %407 = stablehlo.dynamic_update_slice %375, %406, %401, %403, %arg1, %402, %402 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %408 = stablehlo.slice %405 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %409 = stablehlo.reshape %408 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %410 = stablehlo.slice %407 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %411 = stablehlo.reshape %410 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %412 = stablehlo.composite "mlxla.attention" %395, %409, %411, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %413 = stablehlo.reshape %412 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %414 = stablehlo.dot_general %413, %arg118, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %415 = stablehlo.add %391, %414 : tensor<8x2048xf32>
    %416 = stablehlo.composite "mlxla.rms_norm" %415, %arg119 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %417 = stablehlo.dot_general %416, %arg120, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %418 = stablehlo.logistic %417 : tensor<8x8192xf32>
    %419 = stablehlo.multiply %417, %418 : tensor<8x8192xf32>
    %420 = stablehlo.dot_general %416, %arg121, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %421 = stablehlo.multiply %419, %420 : tensor<8x8192xf32>
    %422 = stablehlo.dot_general %421, %arg122, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %423 = stablehlo.add %415, %422 : tensor<8x2048xf32>
    %424 = stablehlo.composite "mlxla.rms_norm" %423, %arg123 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %425 = stablehlo.dot_general %424, %arg124, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %426 = stablehlo.reshape %425 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %427 = stablehlo.composite "mlxla.rope" %426, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %428 = stablehlo.dot_general %424, %arg125, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %429 = stablehlo.reshape %428 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %430 = stablehlo.composite "mlxla.rope" %429, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %431 = stablehlo.dot_general %424, %arg126, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %432 = stablehlo.reshape %431 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %433 = stablehlo.constant dense<13> : tensor<i32>
    %434 = stablehlo.constant dense<0> : tensor<i32>
    %435 = stablehlo.constant dense<0> : tensor<i32>
    %436 = stablehlo.reshape %430 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %437 = stablehlo.dynamic_update_slice %405, %436, %433, %435, %arg1, %434, %434 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %438 = stablehlo.reshape %432 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %439 = stablehlo.dynamic_update_slice %407, %438, %433, %435, %arg1, %434, %434 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %440 = stablehlo.slice %437 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %441 = stablehlo.reshape %440 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %442 = stablehlo.slice %439 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %443 = stablehlo.reshape %442 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %444 = stablehlo.composite "mlxla.attention" %427, %441, %443, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %445 = stablehlo.reshape %444 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %446 = stablehlo.dot_general %445, %arg127, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %447 = stablehlo.add %423, %446 : tensor<8x2048xf32>
    %448 = stablehlo.composite "mlxla.rms_norm" %447, %arg128 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %449 = stablehlo.dot_general %448, %arg129, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %450 = stablehlo.logistic %449 : tensor<8x8192xf32>
    %451 = stablehlo.multiply %449, %450 : tensor<8x8192xf32>
    %452 = stablehlo.dot_general %448, %arg130, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %453 = stablehlo.multiply %451, %452 : tensor<8x8192xf32>
    %454 = stablehlo.dot_general %453, %arg131, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %455 = stablehlo.add %447, %454 : tensor<8x2048xf32>
    %456 = stablehlo.composite "mlxla.rms_norm" %455, %arg132 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %457 = stablehlo.dot_general %456, %arg133, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %458 = stablehlo.reshape %457 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %459 = stablehlo.composite "mlxla.rope" %458, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %460 = stablehlo.dot_general %456, %arg134, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %461 = stablehlo.reshape %460 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %462 = stablehlo.composite "mlxla.rope" %461, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %463 = stablehlo.dot_general %456, %arg135, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %464 = stablehlo.reshape %463 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %465 = stablehlo.constant dense<14> : tensor<i32>
    %466 = stablehlo.constant dense<0> : tensor<i32>
    %467 = stablehlo.constant dense<0> : tensor<i32>
    %468 = stablehlo.reshape %462 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %469 = stablehlo.dynamic_update_slice %437, %468, %465, %467, %arg1, %466, %466 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %470 = stablehlo.reshape %464 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %471 = stablehlo.dynamic_update_slice %439, %470, %465, %467, %arg1, %466, %466 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %472 = stablehlo.slice %469 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %473 = stablehlo.reshape %472 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %474 = stablehlo.slice %471 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %475 = stablehlo.reshape %474 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %476 = stablehlo.composite "mlxla.attention" %459, %473, %475, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %477 = stablehlo.reshape %476 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %478 = stablehlo.dot_general %477, %arg136, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %479 = stablehlo.add %455, %478 : tensor<8x2048xf32>
    %480 = stablehlo.composite "mlxla.rms_norm" %479, %arg137 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %481 = stablehlo.dot_general %480, %arg138, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %482 = stablehlo.logistic %481 : tensor<8x8192xf32>
    %483 = stablehlo.multiply %481, %482 : tensor<8x8192xf32>
    %484 = stablehlo.dot_general %480, %arg139, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %485 = stablehlo.multiply %483, %484 : tensor<8x8192xf32>
    %486 = stablehlo.dot_general %485, %arg140, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %487 = stablehlo.add %479, %486 : tensor<8x2048xf32>
    %488 = stablehlo.composite "mlxla.rms_norm" %487, %arg141 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %489 = stablehlo.dot_general %488, %arg142, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %490 = stablehlo.reshape %489 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %491 = stablehlo.composite "mlxla.rope" %490, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %492 = stablehlo.dot_general %488, %arg143, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %493 = stablehlo.reshape %492 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %494 = stablehlo.composite "mlxla.rope" %493, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %495 = stablehlo.dot_general %488, %arg144, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %496 = stablehlo.reshape %495 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %497 = stablehlo.constant dense<15> : tensor<i32>
    %498 = stablehlo.constant dense<0> : tensor<i32>
    %499 = stablehlo.constant dense<0> : tensor<i32>
    %500 = stablehlo.reshape %494 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %501 = stablehlo.dynamic_update_slice %469, %500, %497, %499, %arg1, %498, %498 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %502 = stablehlo.reshape %496 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %503 = stablehlo.dynamic_update_slice %471, %502, %497, %499, %arg1, %498, %498 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %504 = stablehlo.slice %501 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %505 = stablehlo.reshape %504 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %506 = stablehlo.slice %503 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %507 = stablehlo.reshape %506 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %508 = stablehlo.composite "mlxla.attention" %491, %505, %507, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %509 = stablehlo.reshape %508 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %510 = stablehlo.dot_general %509, %arg145, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %511 = stablehlo.add %487, %510 : tensor<8x2048xf32>
    %512 = stablehlo.composite "mlxla.rms_norm" %511, %arg146 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %513 = stablehlo.dot_general %512, %arg147, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %514 = stablehlo.logistic %513 : tensor<8x8192xf32>
    %515 = stablehlo.multiply %513, %514 : tensor<8x8192xf32>
    %516 = stablehlo.dot_general %512, %arg148, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %517 = stablehlo.multiply %515, %516 : tensor<8x8192xf32>
    %518 = stablehlo.dot_general %517, %arg149, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %519 = stablehlo.add %511, %518 : tensor<8x2048xf32>
    %520 = stablehlo.constant dense<0> : tensor<i32>
    %521 = stablehlo.dynamic_slice %519, %4, %520, sizes = [1, 2048] : (tensor<8x2048xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2048xf32>
    %522 = stablehlo.composite "mlxla.rms_norm" %521, %arg150 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %523 = stablehlo.dot_general %522, %arg5, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<128256x2048xf32>) -> tensor<1x128256xf32>
    %524 = stablehlo.composite "mlxla.argmax" %523 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %524, %501, %503 : tensor<1xi32>, tensor<16x1x64x8x64xf32>, tensor<16x1x64x8x64xf32>
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
