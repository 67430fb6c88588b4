module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<16x1x64x8x64xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<16x1x64x8x64xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<128256x2048xf32> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<2048x2048xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<512x2048xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<512x2048xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<2048x2048xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<8192x2048xf32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<8192x2048xf32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<2048x8192xf32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<2048x2048xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<512x2048xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<512x2048xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<2048x2048xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<8192x2048xf32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<8192x2048xf32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<2048x8192xf32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<2048x2048xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<512x2048xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<512x2048xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<2048x2048xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<8192x2048xf32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<8192x2048xf32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<2048x8192xf32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<2048x2048xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<512x2048xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<512x2048xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<2048x2048xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<8192x2048xf32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<8192x2048xf32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<2048x8192xf32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<2048x2048xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<512x2048xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<512x2048xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<2048x2048xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<8192x2048xf32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<8192x2048xf32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<2048x8192xf32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg51: tensor<2048x2048xf32> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg52: tensor<512x2048xf32> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg53: tensor<512x2048xf32> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg54: tensor<2048x2048xf32> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg55: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg56: tensor<8192x2048xf32> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg57: tensor<8192x2048xf32> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg58: tensor<2048x8192xf32> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg59: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg60: tensor<2048x2048xf32> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg61: tensor<512x2048xf32> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg62: tensor<512x2048xf32> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg63: tensor<2048x2048xf32> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg64: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg65: tensor<8192x2048xf32> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg66: tensor<8192x2048xf32> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg67: tensor<2048x8192xf32> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg68: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg69: tensor<2048x2048xf32> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg70: tensor<512x2048xf32> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg71: tensor<512x2048xf32> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg72: tensor<2048x2048xf32> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg73: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg74: tensor<8192x2048xf32> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg75: tensor<8192x2048xf32> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg76: tensor<2048x8192xf32> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg77: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg78: tensor<2048x2048xf32> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg79: tensor<512x2048xf32> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg80: tensor<512x2048xf32> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg81: tensor<2048x2048xf32> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg82: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg83: tensor<8192x2048xf32> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg84: tensor<8192x2048xf32> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg85: tensor<2048x8192xf32> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg86: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg87: tensor<2048x2048xf32> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg88: tensor<512x2048xf32> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg89: tensor<512x2048xf32> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg90: tensor<2048x2048xf32> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg91: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg92: tensor<8192x2048xf32> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg93: tensor<8192x2048xf32> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg94: tensor<2048x8192xf32> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg95: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg96: tensor<2048x2048xf32> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg97: tensor<512x2048xf32> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg98: tensor<512x2048xf32> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg99: tensor<2048x2048xf32> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg100: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg101: tensor<8192x2048xf32> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg102: tensor<8192x2048xf32> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg103: tensor<2048x8192xf32> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg104: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg105: tensor<2048x2048xf32> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg106: tensor<512x2048xf32> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg107: tensor<512x2048xf32> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg108: tensor<2048x2048xf32> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg109: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg110: tensor<8192x2048xf32> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg111: tensor<8192x2048xf32> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg112: tensor<2048x8192xf32> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg113: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg114: tensor<2048x2048xf32> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg115: tensor<512x2048xf32> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg116: tensor<512x2048xf32> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg117: tensor<2048x2048xf32> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg118: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg119: tensor<8192x2048xf32> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg120: tensor<8192x2048xf32> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg121: tensor<2048x8192xf32> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg122: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg123: tensor<2048x2048xf32> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg124: tensor<512x2048xf32> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg125: tensor<512x2048xf32> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg126: tensor<2048x2048xf32> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg127: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg128: tensor<8192x2048xf32> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg129: tensor<8192x2048xf32> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg130: tensor<2048x8192xf32> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg131: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg132: tensor<2048x2048xf32> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg133: tensor<512x2048xf32> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg134: tensor<512x2048xf32> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg135: tensor<2048x2048xf32> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg136: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg137: tensor<8192x2048xf32> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg138: tensor<8192x2048xf32> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg139: tensor<2048x8192xf32> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg140: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg141: tensor<2048x2048xf32> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg142: tensor<512x2048xf32> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg143: tensor<512x2048xf32> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg144: tensor<2048x2048xf32> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg145: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg146: tensor<8192x2048xf32> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg147: tensor<8192x2048xf32> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg148: tensor<2048x8192xf32> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg149: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<16x1x64x8x64xf32> {mlxla.name = "k_cache"}, tensor<16x1x64x8x64xf32> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg4, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2048>} : (tensor<128256x2048xf32>, tensor<1x1xi32>) -> tensor<1x2048xf32>
    %5 = stablehlo.composite "mlxla.rms_norm" %4, %arg5 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %6 = stablehlo.dot_general %5, %arg6, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %7 = stablehlo.reshape %6 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %8 = stablehlo.composite "mlxla.rope" %7, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %9 = stablehlo.dot_general %5, %arg7, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %10 = stablehlo.reshape %9 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %11 = stablehlo.composite "mlxla.rope" %10, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %12 = stablehlo.dot_general %5, %arg8, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %13 = stablehlo.reshape %12 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %14 = stablehlo.constant dense<0> : tensor<i32>
    %15 = stablehlo.constant dense<0> : tensor<i32>
    %16 = stablehlo.constant dense<0> : tensor<i32>
    %17 = stablehlo.reshape %11 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %18 = stablehlo.dynamic_update_slice %arg2, %17, %14, %16, %arg1, %15, %15 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %19 = stablehlo.reshape %13 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %20 = stablehlo.dynamic_update_slice %arg3, %19, %14, %16, %arg1, %15, %15 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %21 = stablehlo.slice %18 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %22 = stablehlo.reshape %21 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %23 = stablehlo.slice %20 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %24 = stablehlo.reshape %23 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %25 = stablehlo.composite "mlxla.attention" %8, %22, %24, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %26 = stablehlo.reshape %25 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %27 = stablehlo.dot_general %26, %arg9, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %28 = stablehlo.add %4, %27 : tensor<1x2048xf32>
    %29 = stablehlo.composite "mlxla.rms_norm" %28, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %30 = stablehlo.dot_general %29, %arg11, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %31 = stablehlo.logistic %30 : tensor<1x8192xf32>
    %32 = stablehlo.multiply %30, %31 : tensor<1x8192xf32>
    %33 = stablehlo.dot_general %29, %arg12, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %34 = stablehlo.multiply %32, %33 : tensor<1x8192xf32>
    %35 = stablehlo.dot_general %34, %arg13, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %36 = stablehlo.add %28, %35 : tensor<1x2048xf32>
    %37 = stablehlo.composite "mlxla.rms_norm" %36, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %38 = stablehlo.dot_general %37, %arg15, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %39 = stablehlo.reshape %38 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %40 = stablehlo.composite "mlxla.rope" %39, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %41 = stablehlo.dot_general %37, %arg16, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %42 = stablehlo.reshape %41 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %43 = stablehlo.composite "mlxla.rope" %42, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %44 = stablehlo.dot_general %37, %arg17, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %45 = stablehlo.reshape %44 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %46 = stablehlo.constant dense<1> : tensor<i32>
    %47 = stablehlo.constant dense<0> : tensor<i32>
    %48 = stablehlo.constant dense<0> : tensor<i32>
    %49 = stablehlo.reshape %43 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %50 = stablehlo.dynamic_update_slice %18, %49, %46, %48, %arg1, %47, %47 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %51 = stablehlo.reshape %45 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %52 = stablehlo.dynamic_update_slice %20, %51, %46, %48, %arg1, %47, %47 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %53 = stablehlo.slice %50 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %54 = stablehlo.reshape %53 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %55 = stablehlo.slice %52 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %56 = stablehlo.reshape %55 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %57 = stablehlo.composite "mlxla.attention" %40, %54, %56, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %58 = stablehlo.reshape %57 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %59 = stablehlo.dot_general %58, %arg18, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %60 = stablehlo.add %36, %59 : tensor<1x2048xf32>
    %61 = stablehlo.composite "mlxla.rms_norm" %60, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %62 = stablehlo.dot_general %61, %arg20, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %63 = stablehlo.logistic %62 : tensor<1x8192xf32>
    %64 = stablehlo.multiply %62, %63 : tensor<1x8192xf32>
    %65 = stablehlo.dot_general %61, %arg21, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %66 = stablehlo.multiply %64, %65 : tensor<1x8192xf32>
    %67 = stablehlo.dot_general %66, %arg22, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %68 = stablehlo.add %60, %67 : tensor<1x2048xf32>
    %69 = stablehlo.composite "mlxla.rms_norm" %68, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %70 = stablehlo.dot_general %69, %arg24, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %72 = stablehlo.composite "mlxla.rope" %71, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %73 = stablehlo.dot_general %69, %arg25, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %74 = stablehlo.reshape %73 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %75 = stablehlo.composite "mlxla.rope" %74, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %76 = stablehlo.dot_general %69, %arg26, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %77 = stablehlo.reshape %76 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %78 = stablehlo.constant dense<2> : tensor<i32>
    %79 = stablehlo.constant dense<0> : tensor<i32>
    %80 = stablehlo.constant dense<0> : tensor<i32>
    %81 = stablehlo.reshape %75 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %82 = stablehlo.dynamic_update_slice %50, %81, %78, %80, %arg1, %79, %79 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %83 = stablehlo.reshape %77 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %84 = stablehlo.dynamic_update_slice %52, %83, %78, %80, %arg1, %79, %79 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %85 = stablehlo.slice %82 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %86 = stablehlo.reshape %85 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %87 = stablehlo.slice %84 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %88 = stablehlo.reshape %87 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %89 = stablehlo.composite "mlxla.attention" %72, %86, %88, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %90 = stablehlo.reshape %89 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %91 = stablehlo.dot_general %90, %arg27, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %92 = stablehlo.add %68, %91 : tensor<1x2048xf32>
    %93 = stablehlo.composite "mlxla.rms_norm" %92, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %94 = stablehlo.dot_general %93, %arg29, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %95 = stablehlo.logistic %94 : tensor<1x8192xf32>
    %96 = stablehlo.multiply %94, %95 : tensor<1x8192xf32>
    %97 = stablehlo.dot_general %93, %arg30, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %98 = stablehlo.multiply %96, %97 : tensor<1x8192xf32>
    %99 = stablehlo.dot_general %98, %arg31, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %100 = stablehlo.add %92, %99 : tensor<1x2048xf32>
    %101 = stablehlo.composite "mlxla.rms_norm" %100, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %102 = stablehlo.dot_general %101, %arg33, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %103 = stablehlo.reshape %102 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %104 = stablehlo.composite "mlxla.rope" %103, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %105 = stablehlo.dot_general %101, %arg34, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %106 = stablehlo.reshape %105 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %107 = stablehlo.composite "mlxla.rope" %106, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %108 = stablehlo.dot_general %101, %arg35, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %109 = stablehlo.reshape %108 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %110 = stablehlo.constant dense<3> : tensor<i32>
    %111 = stablehlo.constant dense<0> : tensor<i32>
    %112 = stablehlo.constant dense<0> : tensor<i32>
    %113 = stablehlo.reshape %107 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %114 = stablehlo.dynamic_update_slice %82, %113, %110, %112, %arg1, %111, %111 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %115 = stablehlo.reshape %109 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %116 = stablehlo.dynamic_update_slice %84, %115, %110, %112, %arg1, %111, %111 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %117 = stablehlo.slice %114 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %118 = stablehlo.reshape %117 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %119 = stablehlo.slice %116 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %120 = stablehlo.reshape %119 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %121 = stablehlo.composite "mlxla.attention" %104, %118, %120, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %122 = stablehlo.reshape %121 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %123 = stablehlo.dot_general %122, %arg36, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %124 = stablehlo.add %100, %123 : tensor<1x2048xf32>
    %125 = stablehlo.composite "mlxla.rms_norm" %124, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %126 = stablehlo.dot_general %125, %arg38, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %127 = stablehlo.logistic %126 : tensor<1x8192xf32>
    %128 = stablehlo.multiply %126, %127 : tensor<1x8192xf32>
    %129 = stablehlo.dot_general %125, %arg39, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %130 = stablehlo.multiply %128, %129 : tensor<1x8192xf32>
    %131 = stablehlo.dot_general %130, %arg40, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %132 = stablehlo.add %124, %131 : tensor<1x2048xf32>
    %133 = stablehlo.composite "mlxla.rms_norm" %132, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %134 = stablehlo.dot_general %133, %arg42, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %135 = stablehlo.reshape %134 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %136 = stablehlo.composite "mlxla.rope" %135, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %137 = stablehlo.dot_general %133, %arg43, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %138 = stablehlo.reshape %137 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %139 = stablehlo.composite "mlxla.rope" %138, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %140 = stablehlo.dot_general %133, %arg44, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %141 = stablehlo.reshape %140 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %142 = stablehlo.constant dense<4> : tensor<i32>
    %143 = stablehlo.constant dense<0> : tensor<i32>
    %144 = stablehlo.constant dense<0> : tensor<i32>
    %145 = stablehlo.reshape %139 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %146 = stablehlo.dynamic_update_slice %114, %145, %142, %144, %arg1, %143, %143 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %147 = stablehlo.reshape %141 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %148 = stablehlo.dynamic_update_slice %116, %147, %142, %144, %arg1, %143, %143 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %149 = stablehlo.slice %146 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %151 = stablehlo.slice %148 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %152 = stablehlo.reshape %151 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %153 = stablehlo.composite "mlxla.attention" %136, %150, %152, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %154 = stablehlo.reshape %153 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %155 = stablehlo.dot_general %154, %arg45, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %156 = stablehlo.add %132, %155 : tensor<1x2048xf32>
    %157 = stablehlo.composite "mlxla.rms_norm" %156, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %158 = stablehlo.dot_general %157, %arg47, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %159 = stablehlo.logistic %158 : tensor<1x8192xf32>
    %160 = stablehlo.multiply %158, %159 : tensor<1x8192xf32>
    %161 = stablehlo.dot_general %157, %arg48, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %162 = stablehlo.multiply %160, %161 : tensor<1x8192xf32>
    %163 = stablehlo.dot_general %162, %arg49, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %164 = stablehlo.add %156, %163 : tensor<1x2048xf32>
    %165 = stablehlo.composite "mlxla.rms_norm" %164, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %166 = stablehlo.dot_general %165, %arg51, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %167 = stablehlo.reshape %166 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %168 = stablehlo.composite "mlxla.rope" %167, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %169 = stablehlo.dot_general %165, %arg52, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %170 = stablehlo.reshape %169 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %171 = stablehlo.composite "mlxla.rope" %170, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %172 = stablehlo.dot_general %165, %arg53, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %173 = stablehlo.reshape %172 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %174 = stablehlo.constant dense<5> : tensor<i32>
    %175 = stablehlo.constant dense<0> : tensor<i32>
    %176 = stablehlo.constant dense<0> : tensor<i32>
    %177 = stablehlo.reshape %171 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %178 = stablehlo.dynamic_update_slice %146, %177, %174, %176, %arg1, %175, %175 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %179 = stablehlo.reshape %173 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %180 = stablehlo.dynamic_update_slice %148, %179, %174, %176, %arg1, %175, %175 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %181 = stablehlo.slice %178 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %182 = stablehlo.reshape %181 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %183 = stablehlo.slice %180 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %184 = stablehlo.reshape %183 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %185 = stablehlo.composite "mlxla.attention" %168, %182, %184, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %186 = stablehlo.reshape %185 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %187 = stablehlo.dot_general %186, %arg54, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %188 = stablehlo.add %164, %187 : tensor<1x2048xf32>
    %189 = stablehlo.composite "mlxla.rms_norm" %188, %arg55 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %190 = stablehlo.dot_general %189, %arg56, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %191 = stablehlo.logistic %190 : tensor<1x8192xf32>
    %192 = stablehlo.multiply %190, %191 : tensor<1x8192xf32>
    %193 = stablehlo.dot_general %189, %arg57, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %194 = stablehlo.multiply %192, %193 : tensor<1x8192xf32>
    %195 = stablehlo.dot_general %194, %arg58, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %196 = stablehlo.add %188, %195 : tensor<1x2048xf32>
    %197 = stablehlo.composite "mlxla.rms_norm" %196, %arg59 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %198 = stablehlo.dot_general %197, %arg60, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %199 = stablehlo.reshape %198 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %200 = stablehlo.composite "mlxla.rope" %199, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %201 = stablehlo.dot_general %197, %arg61, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %202 = stablehlo.reshape %201 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %203 = stablehlo.composite "mlxla.rope" %202, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %204 = stablehlo.dot_general %197, %arg62, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %205 = stablehlo.reshape %204 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %206 = stablehlo.constant dense<6> : tensor<i32>
    %207 = stablehlo.constant dense<0> : tensor<i32>
    %208 = stablehlo.constant dense<0> : tensor<i32>
    %209 = stablehlo.reshape %203 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %210 = stablehlo.dynamic_update_slice %178, %209, %206, %208, %arg1, %207, %207 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %211 = stablehlo.reshape %205 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %212 = stablehlo.dynamic_update_slice %180, %211, %206, %208, %arg1, %207, %207 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %213 = stablehlo.slice %210 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %214 = stablehlo.reshape %213 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %215 = stablehlo.slice %212 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %216 = stablehlo.reshape %215 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %217 = stablehlo.composite "mlxla.attention" %200, %214, %216, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %218 = stablehlo.reshape %217 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %219 = stablehlo.dot_general %218, %arg63, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %220 = stablehlo.add %196, %219 : tensor<1x2048xf32>
    %221 = stablehlo.composite "mlxla.rms_norm" %220, %arg64 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %222 = stablehlo.dot_general %221, %arg65, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %223 = stablehlo.logistic %222 : tensor<1x8192xf32>
    %224 = stablehlo.multiply %222, %223 : tensor<1x8192xf32>
    %225 = stablehlo.dot_general %221, %arg66, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %226 = stablehlo.multiply %224, %225 : tensor<1x8192xf32>
    %227 = stablehlo.dot_general %226, %arg67, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %228 = stablehlo.add %220, %227 : tensor<1x2048xf32>
    %229 = stablehlo.composite "mlxla.rms_norm" %228, %arg68 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %230 = stablehlo.dot_general %229, %arg69, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %231 = stablehlo.reshape %230 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %232 = stablehlo.composite "mlxla.rope" %231, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %233 = stablehlo.dot_general %229, %arg70, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %234 = stablehlo.reshape %233 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %235 = stablehlo.composite "mlxla.rope" %234, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %236 = stablehlo.dot_general %229, %arg71, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %237 = stablehlo.reshape %236 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %238 = stablehlo.constant dense<7> : tensor<i32>
    %239 = stablehlo.constant dense<0> : tensor<i32>
    %240 = stablehlo.constant dense<0> : tensor<i32>
    %241 = stablehlo.reshape %235 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %242 = stablehlo.dynamic_update_slice %210, %241, %238, %240, %arg1, %239, %239 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %243 = stablehlo.reshape %237 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %244 = stablehlo.dynamic_update_slice %212, %243, %238, %240, %arg1, %239, %239 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %245 = stablehlo.slice %242 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %246 = stablehlo.reshape %245 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %247 = stablehlo.slice %244 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %248 = stablehlo.reshape %247 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %249 = stablehlo.composite "mlxla.attention" %232, %246, %248, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %250 = stablehlo.reshape %249 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %251 = stablehlo.dot_general %250, %arg72, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %252 = stablehlo.add %228, %251 : tensor<1x2048xf32>
    %253 = stablehlo.composite "mlxla.rms_norm" %252, %arg73 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %254 = stablehlo.dot_general %253, %arg74, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %255 = stablehlo.logistic %254 : tensor<1x8192xf32>
    %256 = stablehlo.multiply %254, %255 : tensor<1x8192xf32>
    %257 = stablehlo.dot_general %253, %arg75, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %258 = stablehlo.multiply %256, %257 : tensor<1x8192xf32>
    %259 = stablehlo.dot_general %258, %arg76, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %260 = stablehlo.add %252, %259 : tensor<1x2048xf32>
    %261 = stablehlo.composite "mlxla.rms_norm" %260, %arg77 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %262 = stablehlo.dot_general %261, %arg78, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %263 = stablehlo.reshape %262 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %264 = stablehlo.composite "mlxla.rope" %263, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %265 = stablehlo.dot_general %261, %arg79, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %266 = stablehlo.reshape %265 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %267 = stablehlo.composite "mlxla.rope" %266, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %268 = stablehlo.dot_general %261, %arg80, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %269 = stablehlo.reshape %268 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %270 = stablehlo.constant dense<8> : tensor<i32>
    %271 = stablehlo.constant dense<0> : tensor<i32>
    %272 = stablehlo.constant dense<0> : tensor<i32>
    %273 = stablehlo.reshape %267 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %274 = stablehlo.dynamic_update_slice %242, %273, %270, %272, %arg1, %271, %271 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %275 = stablehlo.reshape %269 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %276 = stablehlo.dynamic_update_slice %244, %275, %270, %272, %arg1, %271, %271 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %277 = stablehlo.slice %274 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %278 = stablehlo.reshape %277 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %279 = stablehlo.slice %276 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %280 = stablehlo.reshape %279 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %281 = stablehlo.composite "mlxla.attention" %264, %278, %280, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %282 = stablehlo.reshape %281 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %283 = stablehlo.dot_general %282, %arg81, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %284 = stablehlo.add %260, %283 : tensor<1x2048xf32>
    %285 = stablehlo.composite "mlxla.rms_norm" %284, %arg82 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %286 = stablehlo.dot_general %285, %arg83, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %287 = stablehlo.logistic %286 : tensor<1x8192xf32>
    %288 = stablehlo.multiply %286, %287 : tensor<1x8192xf32>
    %289 = stablehlo.dot_general %285, %arg84, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %290 = stablehlo.multiply %288, %289 : tensor<1x8192xf32>
    %291 = stablehlo.dot_general %290, %arg85, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %292 = stablehlo.add %284, %291 : tensor<1x2048xf32>
    %293 = stablehlo.composite "mlxla.rms_norm" %292, %arg86 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %294 = stablehlo.dot_general %293, %arg87, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %295 = stablehlo.reshape %294 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %296 = stablehlo.composite "mlxla.rope" %295, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %297 = stablehlo.dot_general %293, %arg88, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %298 = stablehlo.reshape %297 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %299 = stablehlo.composite "mlxla.rope" %298, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %300 = stablehlo.dot_general %293, %arg89, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %301 = stablehlo.reshape %300 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %302 = stablehlo.constant dense<9> : tensor<i32>
    %303 = stablehlo.constant dense<0> : tensor<i32>
    %304 = stablehlo.constant dense<0> : tensor<i32>
    %305 = stablehlo.reshape %299 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %306 = stablehlo.dynamic_update_slice %274, %305, %302, %304, %arg1, %303, %303 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %307 = stablehlo.reshape %301 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %308 = stablehlo.dynamic_update_slice %276, %307, %302, %304, %arg1, %303, %303 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %309 = stablehlo.slice %306 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %310 = stablehlo.reshape %309 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %311 = stablehlo.slice %308 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %312 = stablehlo.reshape %311 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %313 = stablehlo.composite "mlxla.attention" %296, %310, %312, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %314 = stablehlo.reshape %313 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %315 = stablehlo.dot_general %314, %arg90, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %316 = stablehlo.add %292, %315 : tensor<1x2048xf32>
    %317 = stablehlo.composite "mlxla.rms_norm" %316, %arg91 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %318 = stablehlo.dot_general %317, %arg92, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %319 = stablehlo.logistic %318 : tensor<1x8192xf32>
    %320 = stablehlo.multiply %318, %319 : tensor<1x8192xf32>
    %321 = stablehlo.dot_general %317, %arg93, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %322 = stablehlo.multiply %320, %321 : tensor<1x8192xf32>
    %323 = stablehlo.dot_general %322, %arg94, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %324 = stablehlo.add %316, %323 : tensor<1x2048xf32>
    %325 = stablehlo.composite "mlxla.rms_norm" %324, %arg95 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %326 = stablehlo.dot_general %325, %arg96, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %327 = stablehlo.reshape %326 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %328 = stablehlo.composite "mlxla.rope" %327, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %329 = stablehlo.dot_general %325, %arg97, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %330 = stablehlo.reshape %329 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %331 = stablehlo.composite "mlxla.rope" %330, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %332 = stablehlo.dot_general %325, %arg98, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %333 = stablehlo.reshape %332 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %334 = stablehlo.constant dense<10> : tensor<i32>
    %335 = stablehlo.constant dense<0> : tensor<i32>
    %336 = stablehlo.constant dense<0> : tensor<i32>
    %337 = stablehlo.reshape %331 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %338 = stablehlo.dynamic_update_slice %306, %337, %334, %336, %arg1, %335, %335 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %339 = stablehlo.reshape %333 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %340 = stablehlo.dynamic_update_slice %308, %339, %334, %336, %arg1, %335, %335 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %341 = stablehlo.slice %338 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %342 = stablehlo.reshape %341 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %343 = stablehlo.slice %340 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %344 = stablehlo.reshape %343 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %345 = stablehlo.composite "mlxla.attention" %328, %342, %344, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %346 = stablehlo.reshape %345 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %347 = stablehlo.dot_general %346, %arg99, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %348 = stablehlo.add %324, %347 : tensor<1x2048xf32>
    %349 = stablehlo.composite "mlxla.rms_norm" %348, %arg100 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %350 = stablehlo.dot_general %349, %arg101, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %351 = stablehlo.logistic %350 : tensor<1x8192xf32>
    %352 = stablehlo.multiply %350, %351 : tensor<1x8192xf32>
    %353 = stablehlo.dot_general %349, %arg102, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %354 = stablehlo.multiply %352, %353 : tensor<1x8192xf32>
    %355 = stablehlo.dot_general %354, %arg103, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %356 = stablehlo.add %348, %355 : tensor<1x2048xf32>
    %357 = stablehlo.composite "mlxla.rms_norm" %356, %arg104 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %358 = stablehlo.dot_general %357, %arg105, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %359 = stablehlo.reshape %358 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %360 = stablehlo.composite "mlxla.rope" %359, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %361 = stablehlo.dot_general %357, %arg106, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %362 = stablehlo.reshape %361 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %363 = stablehlo.composite "mlxla.rope" %362, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %364 = stablehlo.dot_general %357, %arg107, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %365 = stablehlo.reshape %364 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %366 = stablehlo.constant dense<11> : tensor<i32>
    %367 = stablehlo.constant dense<0> : tensor<i32>
    %368 = stablehlo.constant dense<0> : tensor<i32>
    %369 = stablehlo.reshape %363 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %370 = stablehlo.dynamic_update_slice %338, %369, %366, %368, %arg1, %367, %367 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %371 = stablehlo.reshape %365 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %372 = stablehlo.dynamic_update_slice %340, %371, %366, %368, %arg1, %367, %367 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %373 = stablehlo.slice %370 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %374 = stablehlo.reshape %373 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %375 = stablehlo.slice %372 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %376 = stablehlo.reshape %375 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %377 = stablehlo.composite "mlxla.attention" %360, %374, %376, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %378 = stablehlo.reshape %377 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %379 = stablehlo.dot_general %378, %arg108, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %380 = stablehlo.add %356, %379 : tensor<1x2048xf32>
    %381 = stablehlo.composite "mlxla.rms_norm" %380, %arg109 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %382 = stablehlo.dot_general %381, %arg110, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %383 = stablehlo.logistic %382 : tensor<1x8192xf32>
    %384 = stablehlo.multiply %382, %383 : tensor<1x8192xf32>
    %385 = stablehlo.dot_general %381, %arg111, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %386 = stablehlo.multiply %384, %385 : tensor<1x8192xf32>
    %387 = stablehlo.dot_general %386, %arg112, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %388 = stablehlo.add %380, %387 : tensor<1x2048xf32>
    %389 = stablehlo.composite "mlxla.rms_norm" %388, %arg113 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %390 = stablehlo.dot_general %389, %arg114, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %391 = stablehlo.reshape %390 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %392 = stablehlo.composite "mlxla.rope" %391, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %393 = stablehlo.dot_general %389, %arg115, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %394 = stablehlo.reshape %393 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %395 = stablehlo.composite "mlxla.rope" %394, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %396 = stablehlo.dot_general %389, %arg116, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %397 = stablehlo.reshape %396 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %398 = stablehlo.constant dense<12> : tensor<i32>
    %399 = stablehlo.constant dense<0> : tensor<i32>
    %400 = stablehlo.constant dense<0> : tensor<i32>
    %401 = stablehlo.reshape %395 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %402 = stablehlo.dynamic_update_slice %370, %401, %398, %400, %arg1, %399, %399 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %403 = stablehlo.reshape %397 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %404 = stablehlo.dynamic_update_slice %372, %403, %398, %400, %arg1, %399, %399 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %405 = stablehlo.slice %402 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %406 = stablehlo.reshape %405 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %407 = stablehlo.slice %404 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %408 = stablehlo.reshape %407 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %409 = stablehlo.composite "mlxla.attention" %392, %406, %408, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %410 = stablehlo.reshape %409 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %411 = stablehlo.dot_general %410, %arg117, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %412 = stablehlo.add %388, %411 : tensor<1x2048xf32>
    %413 = stablehlo.composite "mlxla.rms_norm" %412, %arg118 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %414 = stablehlo.dot_general %413, %arg119, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %415 = stablehlo.logistic %414 : tensor<1x8192xf32>
    %416 = stablehlo.multiply %414, %415 : tensor<1x8192xf32>
    %417 = stablehlo.dot_general %413, %arg120, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %418 = stablehlo.multiply %416, %417 : tensor<1x8192xf32>
    %419 = stablehlo.dot_general %418, %arg121, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %420 = stablehlo.add %412, %419 : tensor<1x2048xf32>
    %421 = stablehlo.composite "mlxla.rms_norm" %420, %arg122 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %422 = stablehlo.dot_general %421, %arg123, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %423 = stablehlo.reshape %422 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %424 = stablehlo.composite "mlxla.rope" %423, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %425 = stablehlo.dot_general %421, %arg124, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %426 = stablehlo.reshape %425 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %427 = stablehlo.composite "mlxla.rope" %426, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %428 = stablehlo.dot_general %421, %arg125, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %429 = stablehlo.reshape %428 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %430 = stablehlo.constant dense<13> : tensor<i32>
    %431 = stablehlo.constant dense<0> : tensor<i32>
    %432 = stablehlo.constant dense<0> : tensor<i32>
    %433 = stablehlo.reshape %427 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %434 = stablehlo.dynamic_update_slice %402, %433, %430, %432, %arg1, %431, %431 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %435 = stablehlo.reshape %429 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %436 = stablehlo.dynamic_update_slice %404, %435, %430, %432, %arg1, %431, %431 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %437 = stablehlo.slice %434 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %438 = stablehlo.reshape %437 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %439 = stablehlo.slice %436 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %440 = stablehlo.reshape %439 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %441 = stablehlo.composite "mlxla.attention" %424, %438, %440, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %442 = stablehlo.reshape %441 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %443 = stablehlo.dot_general %442, %arg126, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %444 = stablehlo.add %420, %443 : tensor<1x2048xf32>
    %445 = stablehlo.composite "mlxla.rms_norm" %444, %arg127 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %446 = stablehlo.dot_general %445, %arg128, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %447 = stablehlo.logistic %446 : tensor<1x8192xf32>
    %448 = stablehlo.multiply %446, %447 : tensor<1x8192xf32>
    %449 = stablehlo.dot_general %445, %arg129, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %450 = stablehlo.multiply %448, %449 : tensor<1x8192xf32>
    %451 = stablehlo.dot_general %450, %arg130, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %452 = stablehlo.add %444, %451 : tensor<1x2048xf32>
    %453 = stablehlo.composite "mlxla.rms_norm" %452, %arg131 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %454 = stablehlo.dot_general %453, %arg132, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %455 = stablehlo.reshape %454 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %456 = stablehlo.composite "mlxla.rope" %455, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %457 = stablehlo.dot_general %453, %arg133, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %458 = stablehlo.reshape %457 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %459 = stablehlo.composite "mlxla.rope" %458, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %460 = stablehlo.dot_general %453, %arg134, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %461 = stablehlo.reshape %460 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %462 = stablehlo.constant dense<14> : tensor<i32>
    %463 = stablehlo.constant dense<0> : tensor<i32>
    %464 = stablehlo.constant dense<0> : tensor<i32>
    %465 = stablehlo.reshape %459 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %466 = stablehlo.dynamic_update_slice %434, %465, %462, %464, %arg1, %463, %463 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %467 = stablehlo.reshape %461 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %468 = stablehlo.dynamic_update_slice %436, %467, %462, %464, %arg1, %463, %463 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %469 = stablehlo.slice %466 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %470 = stablehlo.reshape %469 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %471 = stablehlo.slice %468 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %472 = stablehlo.reshape %471 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %473 = stablehlo.composite "mlxla.attention" %456, %470, %472, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %474 = stablehlo.reshape %473 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %475 = stablehlo.dot_general %474, %arg135, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %476 = stablehlo.add %452, %475 : tensor<1x2048xf32>
    %477 = stablehlo.composite "mlxla.rms_norm" %476, %arg136 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %478 = stablehlo.dot_general %477, %arg137, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %479 = stablehlo.logistic %478 : tensor<1x8192xf32>
    %480 = stablehlo.multiply %478, %479 : tensor<1x8192xf32>
    %481 = stablehlo.dot_general %477, %arg138, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %482 = stablehlo.multiply %480, %481 : tensor<1x8192xf32>
    %483 = stablehlo.dot_general %482, %arg139, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %484 = stablehlo.add %476, %483 : tensor<1x2048xf32>
    %485 = stablehlo.composite "mlxla.rms_norm" %484, %arg140 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %486 = stablehlo.dot_general %485, %arg141, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %487 = stablehlo.reshape %486 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %488 = stablehlo.composite "mlxla.rope" %487, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %489 = stablehlo.dot_general %485, %arg142, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %490 = stablehlo.reshape %489 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %491 = stablehlo.composite "mlxla.rope" %490, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %492 = stablehlo.dot_general %485, %arg143, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %493 = stablehlo.reshape %492 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %494 = stablehlo.constant dense<15> : tensor<i32>
    %495 = stablehlo.constant dense<0> : tensor<i32>
    %496 = stablehlo.constant dense<0> : tensor<i32>
    %497 = stablehlo.reshape %491 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %498 = stablehlo.dynamic_update_slice %466, %497, %494, %496, %arg1, %495, %495 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %499 = stablehlo.reshape %493 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %500 = stablehlo.dynamic_update_slice %468, %499, %494, %496, %arg1, %495, %495 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %501 = stablehlo.slice %498 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %502 = stablehlo.reshape %501 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %503 = stablehlo.slice %500 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %504 = stablehlo.reshape %503 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %505 = stablehlo.composite "mlxla.attention" %488, %502, %504, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %506 = stablehlo.reshape %505 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %507 = stablehlo.dot_general %506, %arg144, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %508 = stablehlo.add %484, %507 : tensor<1x2048xf32>
    %509 = stablehlo.composite "mlxla.rms_norm" %508, %arg145 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %510 = stablehlo.dot_general %509, %arg146, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %511 = stablehlo.logistic %510 : tensor<1x8192xf32>
    %512 = stablehlo.multiply %510, %511 : tensor<1x8192xf32>
    %513 = stablehlo.dot_general %509, %arg147, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %514 = stablehlo.multiply %512, %513 : tensor<1x8192xf32>
    %515 = stablehlo.dot_general %514, %arg148, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %516 = stablehlo.add %508, %515 : tensor<1x2048xf32>
    %517 = stablehlo.composite "mlxla.rms_norm" %516, %arg149 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %518 = stablehlo.dot_general %517, %arg4, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<128256x2048xf32>) -> tensor<1x128256xf32>
    %519 = stablehlo.composite "mlxla.argmax" %518 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %519, %498, %500 : tensor<1xi32>, tensor<16x1x64x8x64xf32>, tensor<16x1x64x8x64xf32>
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
