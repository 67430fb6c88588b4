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
    %21 = stablehlo.constant dense<0> : tensor<i32>
    %22 = stablehlo.constant dense<0> : tensor<i32>
    %23 = stablehlo.constant dense<0> : tensor<i32>
    %24 = stablehlo.reshape %17 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %25 = stablehlo.dynamic_update_slice %arg3, %24, %21, %23, %arg1, %22, %22 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %26 = stablehlo.reshape %20 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %27 = stablehlo.dynamic_update_slice %arg4, %26, %21, %23, %arg1, %22, %22 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %28 = stablehlo.slice %25 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %29 = stablehlo.reshape %28 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %30 = stablehlo.slice %27 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %31 = stablehlo.reshape %30 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %32 = stablehlo.composite "mlxla.attention" %13, %29, %31, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %33 = stablehlo.reshape %32 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %34 = stablehlo.convert %arg10 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %35 = stablehlo.dot_general %33, %34, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %36 = stablehlo.add %8, %35 : tensor<8x2048xf32>
    %37 = stablehlo.composite "mlxla.rms_norm" %36, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %38 = stablehlo.convert %arg12 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %39 = stablehlo.dot_general %37, %38, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %40 = stablehlo.logistic %39 : tensor<8x8192xf32>
    %41 = stablehlo.multiply %39, %40 : tensor<8x8192xf32>
    %42 = stablehlo.convert %arg13 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %43 = stablehlo.dot_general %37, %42, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %44 = stablehlo.multiply %41, %43 : tensor<8x8192xf32>
    %45 = stablehlo.convert %arg14 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %46 = stablehlo.dot_general %44, %45, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %47 = stablehlo.add %36, %46 : tensor<8x2048xf32>
    %48 = stablehlo.composite "mlxla.rms_norm" %47, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %49 = stablehlo.convert %arg16 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %50 = stablehlo.dot_general %48, %49, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %51 = stablehlo.reshape %50 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %52 = stablehlo.composite "mlxla.rope" %51, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %53 = stablehlo.convert %arg17 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %54 = stablehlo.dot_general %48, %53, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %55 = stablehlo.reshape %54 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %56 = stablehlo.composite "mlxla.rope" %55, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %57 = stablehlo.convert %arg18 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %58 = stablehlo.dot_general %48, %57, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %59 = stablehlo.reshape %58 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %60 = stablehlo.constant dense<1> : tensor<i32>
    %61 = stablehlo.constant dense<0> : tensor<i32>
    %62 = stablehlo.constant dense<0> : tensor<i32>
    %63 = stablehlo.reshape %56 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %64 = stablehlo.dynamic_update_slice %25, %63, %60, %62, %arg1, %61, %61 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %65 = stablehlo.reshape %59 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %66 = stablehlo.dynamic_update_slice %27, %65, %60, %62, %arg1, %61, %61 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %67 = stablehlo.slice %64 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %68 = stablehlo.reshape %67 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %69 = stablehlo.slice %66 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %70 = stablehlo.reshape %69 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %71 = stablehlo.composite "mlxla.attention" %52, %68, %70, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %72 = stablehlo.reshape %71 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %73 = stablehlo.convert %arg19 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %74 = stablehlo.dot_general %72, %73, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %75 = stablehlo.add %47, %74 : tensor<8x2048xf32>
    %76 = stablehlo.composite "mlxla.rms_norm" %75, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %77 = stablehlo.convert %arg21 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %78 = stablehlo.dot_general %76, %77, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %79 = stablehlo.logistic %78 : tensor<8x8192xf32>
    %80 = stablehlo.multiply %78, %79 : tensor<8x8192xf32>
    %81 = stablehlo.convert %arg22 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %82 = stablehlo.dot_general %76, %81, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %83 = stablehlo.multiply %80, %82 : tensor<8x8192xf32>
    %84 = stablehlo.convert %arg23 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %85 = stablehlo.dot_general %83, %84, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %86 = stablehlo.add %75, %85 : tensor<8x2048xf32>
    %87 = stablehlo.composite "mlxla.rms_norm" %86, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %88 = stablehlo.convert %arg25 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %89 = stablehlo.dot_general %87, %88, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %90 = stablehlo.reshape %89 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %91 = stablehlo.composite "mlxla.rope" %90, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %92 = stablehlo.convert %arg26 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %93 = stablehlo.dot_general %87, %92, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %94 = stablehlo.reshape %93 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %95 = stablehlo.composite "mlxla.rope" %94, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %96 = stablehlo.convert %arg27 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %97 = stablehlo.dot_general %87, %96, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %98 = stablehlo.reshape %97 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %99 = stablehlo.constant dense<2> : tensor<i32>
    %100 = stablehlo.constant dense<0> : tensor<i32>
    %101 = stablehlo.constant dense<0> : tensor<i32>
    %102 = stablehlo.reshape %95 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %103 = stablehlo.dynamic_update_slice %64, %102, %99, %101, %arg1, %100, %100 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %104 = stablehlo.reshape %98 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %105 = stablehlo.dynamic_update_slice %66, %104, %99, %101, %arg1, %100, %100 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %106 = stablehlo.slice %103 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %107 = stablehlo.reshape %106 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %108 = stablehlo.slice %105 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %109 = stablehlo.reshape %108 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %110 = stablehlo.composite "mlxla.attention" %91, %107, %109, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %111 = stablehlo.reshape %110 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %112 = stablehlo.convert %arg28 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %113 = stablehlo.dot_general %111, %112, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %114 = stablehlo.add %86, %113 : tensor<8x2048xf32>
    %115 = stablehlo.composite "mlxla.rms_norm" %114, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %116 = stablehlo.convert %arg30 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %117 = stablehlo.dot_general %115, %116, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %118 = stablehlo.logistic %117 : tensor<8x8192xf32>
    %119 = stablehlo.multiply %117, %118 : tensor<8x8192xf32>
    %120 = stablehlo.convert %arg31 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %121 = stablehlo.dot_general %115, %120, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %122 = stablehlo.multiply %119, %121 : tensor<8x8192xf32>
    %123 = stablehlo.convert %arg32 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %124 = stablehlo.dot_general %122, %123, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %125 = stablehlo.add %114, %124 : tensor<8x2048xf32>
    %126 = stablehlo.composite "mlxla.rms_norm" %125, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %127 = stablehlo.convert %arg34 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %128 = stablehlo.dot_general %126, %127, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %129 = stablehlo.reshape %128 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %130 = stablehlo.composite "mlxla.rope" %129, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %131 = stablehlo.convert %arg35 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %132 = stablehlo.dot_general %126, %131, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %133 = stablehlo.reshape %132 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %134 = stablehlo.composite "mlxla.rope" %133, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %135 = stablehlo.convert %arg36 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %136 = stablehlo.dot_general %126, %135, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %137 = stablehlo.reshape %136 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %138 = stablehlo.constant dense<3> : tensor<i32>
    %139 = stablehlo.constant dense<0> : tensor<i32>
    %140 = stablehlo.constant dense<0> : tensor<i32>
    %141 = stablehlo.reshape %134 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %142 = stablehlo.dynamic_update_slice %103, %141, %138, %140, %arg1, %139, %139 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %143 = stablehlo.reshape %137 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %144 = stablehlo.dynamic_update_slice %105, %143, %138, %140, %arg1, %139, %139 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %145 = stablehlo.slice %142 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %146 = stablehlo.reshape %145 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %147 = stablehlo.slice %144 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %148 = stablehlo.reshape %147 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %149 = stablehlo.composite "mlxla.attention" %130, %146, %148, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %150 = stablehlo.reshape %149 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %151 = stablehlo.convert %arg37 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %152 = stablehlo.dot_general %150, %151, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %153 = stablehlo.add %125, %152 : tensor<8x2048xf32>
    %154 = stablehlo.composite "mlxla.rms_norm" %153, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %155 = stablehlo.convert %arg39 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %156 = stablehlo.dot_general %154, %155, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %157 = stablehlo.logistic %156 : tensor<8x8192xf32>
    %158 = stablehlo.multiply %156, %157 : tensor<8x8192xf32>
    %159 = stablehlo.convert %arg40 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %160 = stablehlo.dot_general %154, %159, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %161 = stablehlo.multiply %158, %160 : tensor<8x8192xf32>
    %162 = stablehlo.convert %arg41 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %163 = stablehlo.dot_general %161, %162, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %164 = stablehlo.add %153, %163 : tensor<8x2048xf32>
    %165 = stablehlo.composite "mlxla.rms_norm" %164, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %166 = stablehlo.convert %arg43 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %167 = stablehlo.dot_general %165, %166, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %168 = stablehlo.reshape %167 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %169 = stablehlo.composite "mlxla.rope" %168, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %170 = stablehlo.convert %arg44 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %171 = stablehlo.dot_general %165, %170, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %172 = stablehlo.reshape %171 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %173 = stablehlo.composite "mlxla.rope" %172, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %174 = stablehlo.convert %arg45 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %175 = stablehlo.dot_general %165, %174, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %176 = stablehlo.reshape %175 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %177 = stablehlo.constant dense<4> : tensor<i32>
    %178 = stablehlo.constant dense<0> : tensor<i32>
    %179 = stablehlo.constant dense<0> : tensor<i32>
    %180 = stablehlo.reshape %173 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %181 = stablehlo.dynamic_update_slice %142, %180, %177, %179, %arg1, %178, %178 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %182 = stablehlo.reshape %176 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %183 = stablehlo.dynamic_update_slice %144, %182, %177, %179, %arg1, %178, %178 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %184 = stablehlo.slice %181 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %185 = stablehlo.reshape %184 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %186 = stablehlo.slice %183 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %187 = stablehlo.reshape %186 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %188 = stablehlo.composite "mlxla.attention" %169, %185, %187, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %189 = stablehlo.reshape %188 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %190 = stablehlo.convert %arg46 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %191 = stablehlo.dot_general %189, %190, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %192 = stablehlo.add %164, %191 : tensor<8x2048xf32>
    %193 = stablehlo.composite "mlxla.rms_norm" %192, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %194 = stablehlo.convert %arg48 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %195 = stablehlo.dot_general %193, %194, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %196 = stablehlo.logistic %195 : tensor<8x8192xf32>
    %197 = stablehlo.multiply %195, %196 : tensor<8x8192xf32>
    %198 = stablehlo.convert %arg49 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %199 = stablehlo.dot_general %193, %198, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %200 = stablehlo.multiply %197, %199 : tensor<8x8192xf32>
    %201 = stablehlo.convert %arg50 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %202 = stablehlo.dot_general %200, %201, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %203 = stablehlo.add %192, %202 : tensor<8x2048xf32>
    %204 = stablehlo.composite "mlxla.rms_norm" %203, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %205 = stablehlo.convert %arg52 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %206 = stablehlo.dot_general %204, %205, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %207 = stablehlo.reshape %206 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %208 = stablehlo.composite "mlxla.rope" %207, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %209 = stablehlo.convert %arg53 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %210 = stablehlo.dot_general %204, %209, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %211 = stablehlo.reshape %210 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %212 = stablehlo.composite "mlxla.rope" %211, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %213 = stablehlo.convert %arg54 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %214 = stablehlo.dot_general %204, %213, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %215 = stablehlo.reshape %214 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %216 = stablehlo.constant dense<5> : tensor<i32>
    %217 = stablehlo.constant dense<0> : tensor<i32>
    %218 = stablehlo.constant dense<0> : tensor<i32>
    %219 = stablehlo.reshape %212 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %220 = stablehlo.dynamic_update_slice %181, %219, %216, %218, %arg1, %217, %217 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %221 = stablehlo.reshape %215 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %222 = stablehlo.dynamic_update_slice %183, %221, %216, %218, %arg1, %217, %217 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %223 = stablehlo.slice %220 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %224 = stablehlo.reshape %223 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %225 = stablehlo.slice %222 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %226 = stablehlo.reshape %225 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %227 = stablehlo.composite "mlxla.attention" %208, %224, %226, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %228 = stablehlo.reshape %227 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %229 = stablehlo.convert %arg55 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %230 = stablehlo.dot_general %228, %229, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %231 = stablehlo.add %203, %230 : tensor<8x2048xf32>
    %232 = stablehlo.composite "mlxla.rms_norm" %231, %arg56 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %233 = stablehlo.convert %arg57 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %234 = stablehlo.dot_general %232, %233, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %235 = stablehlo.logistic %234 : tensor<8x8192xf32>
    %236 = stablehlo.multiply %234, %235 : tensor<8x8192xf32>
    %237 = stablehlo.convert %arg58 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %238 = stablehlo.dot_general %232, %237, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %239 = stablehlo.multiply %236, %238 : tensor<8x8192xf32>
    %240 = stablehlo.convert %arg59 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %241 = stablehlo.dot_general %239, %240, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %242 = stablehlo.add %231, %241 : tensor<8x2048xf32>
    %243 = stablehlo.composite "mlxla.rms_norm" %242, %arg60 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %244 = stablehlo.convert %arg61 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %245 = stablehlo.dot_general %243, %244, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %246 = stablehlo.reshape %245 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %247 = stablehlo.composite "mlxla.rope" %246, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %248 = stablehlo.convert %arg62 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %249 = stablehlo.dot_general %243, %248, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %250 = stablehlo.reshape %249 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %251 = stablehlo.composite "mlxla.rope" %250, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %252 = stablehlo.convert %arg63 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %253 = stablehlo.dot_general %243, %252, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %254 = stablehlo.reshape %253 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %255 = stablehlo.constant dense<6> : tensor<i32>
    %256 = stablehlo.constant dense<0> : tensor<i32>
    %257 = stablehlo.constant dense<0> : tensor<i32>
    %258 = stablehlo.reshape %251 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %259 = stablehlo.dynamic_update_slice %220, %258, %255, %257, %arg1, %256, %256 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %260 = stablehlo.reshape %254 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %261 = stablehlo.dynamic_update_slice %222, %260, %255, %257, %arg1, %256, %256 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %262 = stablehlo.slice %259 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %263 = stablehlo.reshape %262 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %264 = stablehlo.slice %261 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %265 = stablehlo.reshape %264 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %266 = stablehlo.composite "mlxla.attention" %247, %263, %265, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %267 = stablehlo.reshape %266 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %268 = stablehlo.convert %arg64 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %269 = stablehlo.dot_general %267, %268, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %270 = stablehlo.add %242, %269 : tensor<8x2048xf32>
    %271 = stablehlo.composite "mlxla.rms_norm" %270, %arg65 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %272 = stablehlo.convert %arg66 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %273 = stablehlo.dot_general %271, %272, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %274 = stablehlo.logistic %273 : tensor<8x8192xf32>
    %275 = stablehlo.multiply %273, %274 : tensor<8x8192xf32>
    %276 = stablehlo.convert %arg67 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %277 = stablehlo.dot_general %271, %276, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %278 = stablehlo.multiply %275, %277 : tensor<8x8192xf32>
    %279 = stablehlo.convert %arg68 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %280 = stablehlo.dot_general %278, %279, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %281 = stablehlo.add %270, %280 : tensor<8x2048xf32>
    %282 = stablehlo.composite "mlxla.rms_norm" %281, %arg69 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %283 = stablehlo.convert %arg70 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %284 = stablehlo.dot_general %282, %283, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %285 = stablehlo.reshape %284 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %286 = stablehlo.composite "mlxla.rope" %285, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %287 = stablehlo.convert %arg71 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %288 = stablehlo.dot_general %282, %287, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %289 = stablehlo.reshape %288 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %290 = stablehlo.composite "mlxla.rope" %289, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %291 = stablehlo.convert %arg72 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %292 = stablehlo.dot_general %282, %291, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %293 = stablehlo.reshape %292 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %294 = stablehlo.constant dense<7> : tensor<i32>
    %295 = stablehlo.constant dense<0> : tensor<i32>
    %296 = stablehlo.constant dense<0> : tensor<i32>
    %297 = stablehlo.reshape %290 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %298 = stablehlo.dynamic_update_slice %259, %297, %294, %296, %arg1, %295, %295 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %299 = stablehlo.reshape %293 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %300 = stablehlo.dynamic_update_slice %261, %299, %294, %296, %arg1, %295, %295 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %301 = stablehlo.slice %298 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %302 = stablehlo.reshape %301 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %303 = stablehlo.slice %300 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %304 = stablehlo.reshape %303 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %305 = stablehlo.composite "mlxla.attention" %286, %302, %304, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %306 = stablehlo.reshape %305 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %307 = stablehlo.convert %arg73 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %308 = stablehlo.dot_general %306, %307, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %309 = stablehlo.add %281, %308 : tensor<8x2048xf32>
    %310 = stablehlo.composite "mlxla.rms_norm" %309, %arg74 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %311 = stablehlo.convert %arg75 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %312 = stablehlo.dot_general %310, %311, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %313 = stablehlo.logistic %312 : tensor<8x8192xf32>
    %314 = stablehlo.multiply %312, %313 : tensor<8x8192xf32>
    %315 = stablehlo.convert %arg76 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %316 = stablehlo.dot_general %310, %315, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %317 = stablehlo.multiply %314, %316 : tensor<8x8192xf32>
    %318 = stablehlo.convert %arg77 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %319 = stablehlo.dot_general %317, %318, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %320 = stablehlo.add %309, %319 : tensor<8x2048xf32>
    %321 = stablehlo.composite "mlxla.rms_norm" %320, %arg78 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %322 = stablehlo.convert %arg79 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %323 = stablehlo.dot_general %321, %322, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %324 = stablehlo.reshape %323 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %325 = stablehlo.composite "mlxla.rope" %324, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %326 = stablehlo.convert %arg80 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %327 = stablehlo.dot_general %321, %326, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %328 = stablehlo.reshape %327 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %329 = stablehlo.composite "mlxla.rope" %328, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %330 = stablehlo.convert %arg81 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %331 = stablehlo.dot_general %321, %330, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %332 = stablehlo.reshape %331 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %333 = stablehlo.constant dense<8> : tensor<i32>
    %334 = stablehlo.constant dense<0> : tensor<i32>
    %335 = stablehlo.constant dense<0> : tensor<i32>
    %336 = stablehlo.reshape %329 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %337 = stablehlo.dynamic_update_slice %298, %336, %333, %335, %arg1, %334, %334 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %338 = stablehlo.reshape %332 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %339 = stablehlo.dynamic_update_slice %300, %338, %333, %335, %arg1, %334, %334 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %340 = stablehlo.slice %337 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %341 = stablehlo.reshape %340 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %342 = stablehlo.slice %339 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %343 = stablehlo.reshape %342 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %344 = stablehlo.composite "mlxla.attention" %325, %341, %343, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %345 = stablehlo.reshape %344 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %346 = stablehlo.convert %arg82 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %347 = stablehlo.dot_general %345, %346, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %348 = stablehlo.add %320, %347 : tensor<8x2048xf32>
    %349 = stablehlo.composite "mlxla.rms_norm" %348, %arg83 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %350 = stablehlo.convert %arg84 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %351 = stablehlo.dot_general %349, %350, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %352 = stablehlo.logistic %351 : tensor<8x8192xf32>
    %353 = stablehlo.multiply %351, %352 : tensor<8x8192xf32>
    %354 = stablehlo.convert %arg85 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %355 = stablehlo.dot_general %349, %354, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %356 = stablehlo.multiply %353, %355 : tensor<8x8192xf32>
    %357 = stablehlo.convert %arg86 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %358 = stablehlo.dot_general %356, %357, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %359 = stablehlo.add %348, %358 : tensor<8x2048xf32>
    %360 = stablehlo.composite "mlxla.rms_norm" %359, %arg87 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %361 = stablehlo.convert %arg88 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %362 = stablehlo.dot_general %360, %361, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %363 = stablehlo.reshape %362 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %364 = stablehlo.composite "mlxla.rope" %363, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %365 = stablehlo.convert %arg89 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %366 = stablehlo.dot_general %360, %365, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %367 = stablehlo.reshape %366 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %368 = stablehlo.composite "mlxla.rope" %367, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %369 = stablehlo.convert %arg90 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %370 = stablehlo.dot_general %360, %369, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %371 = stablehlo.reshape %370 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %372 = stablehlo.constant dense<9> : tensor<i32>
    %373 = stablehlo.constant dense<0> : tensor<i32>
    %374 = stablehlo.constant dense<0> : tensor<i32>
    %375 = stablehlo.reshape %368 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %376 = stablehlo.dynamic_update_slice %337, %375, %372, %374, %arg1, %373, %373 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %377 = stablehlo.reshape %371 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %378 = stablehlo.dynamic_update_slice %339, %377, %372, %374, %arg1, %373, %373 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %379 = stablehlo.slice %376 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %380 = stablehlo.reshape %379 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %381 = stablehlo.slice %378 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %382 = stablehlo.reshape %381 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %383 = stablehlo.composite "mlxla.attention" %364, %380, %382, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %384 = stablehlo.reshape %383 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %385 = stablehlo.convert %arg91 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %386 = stablehlo.dot_general %384, %385, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %387 = stablehlo.add %359, %386 : tensor<8x2048xf32>
    %388 = stablehlo.composite "mlxla.rms_norm" %387, %arg92 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %389 = stablehlo.convert %arg93 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %390 = stablehlo.dot_general %388, %389, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %391 = stablehlo.logistic %390 : tensor<8x8192xf32>
    %392 = stablehlo.multiply %390, %391 : tensor<8x8192xf32>
    %393 = stablehlo.convert %arg94 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %394 = stablehlo.dot_general %388, %393, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %395 = stablehlo.multiply %392, %394 : tensor<8x8192xf32>
    %396 = stablehlo.convert %arg95 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %397 = stablehlo.dot_general %395, %396, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %398 = stablehlo.add %387, %397 : tensor<8x2048xf32>
    %399 = stablehlo.composite "mlxla.rms_norm" %398, %arg96 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %400 = stablehlo.convert %arg97 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %401 = stablehlo.dot_general %399, %400, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %402 = stablehlo.reshape %401 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %403 = stablehlo.composite "mlxla.rope" %402, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %404 = stablehlo.convert %arg98 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %405 = stablehlo.dot_general %399, %404, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %406 = stablehlo.reshape %405 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %407 = stablehlo.composite "mlxla.rope" %406, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %408 = stablehlo.convert %arg99 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %409 = stablehlo.dot_general %399, %408, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %410 = stablehlo.reshape %409 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %411 = stablehlo.constant dense<10> : tensor<i32>
    %412 = stablehlo.constant dense<0> : tensor<i32>
    %413 = stablehlo.constant dense<0> : tensor<i32>
    %414 = stablehlo.reshape %407 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %415 = stablehlo.dynamic_update_slice %376, %414, %411, %413, %arg1, %412, %412 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %416 = stablehlo.reshape %410 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %417 = stablehlo.dynamic_update_slice %378, %416, %411, %413, %arg1, %412, %412 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %418 = stablehlo.slice %415 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %419 = stablehlo.reshape %418 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %420 = stablehlo.slice %417 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %421 = stablehlo.reshape %420 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %422 = stablehlo.composite "mlxla.attention" %403, %419, %421, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %423 = stablehlo.reshape %422 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %424 = stablehlo.convert %arg100 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %425 = stablehlo.dot_general %423, %424, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %426 = stablehlo.add %398, %425 : tensor<8x2048xf32>
    %427 = stablehlo.composite "mlxla.rms_norm" %426, %arg101 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %428 = stablehlo.convert %arg102 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %429 = stablehlo.dot_general %427, %428, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %430 = stablehlo.logistic %429 : tensor<8x8192xf32>
    %431 = stablehlo.multiply %429, %430 : tensor<8x8192xf32>
    %432 = stablehlo.convert %arg103 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %433 = stablehlo.dot_general %427, %432, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %434 = stablehlo.multiply %431, %433 : tensor<8x8192xf32>
    %435 = stablehlo.convert %arg104 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %436 = stablehlo.dot_general %434, %435, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %437 = stablehlo.add %426, %436 : tensor<8x2048xf32>
    %438 = stablehlo.composite "mlxla.rms_norm" %437, %arg105 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %439 = stablehlo.convert %arg106 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %440 = stablehlo.dot_general %438, %439, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %441 = stablehlo.reshape %440 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %442 = stablehlo.composite "mlxla.rope" %441, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %443 = stablehlo.convert %arg107 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %444 = stablehlo.dot_general %438, %443, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %445 = stablehlo.reshape %444 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %446 = stablehlo.composite "mlxla.rope" %445, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %447 = stablehlo.convert %arg108 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %448 = stablehlo.dot_general %438, %447, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %449 = stablehlo.reshape %448 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %450 = stablehlo.constant dense<11> : tensor<i32>
    %451 = stablehlo.constant dense<0> : tensor<i32>
    %452 = stablehlo.constant dense<0> : tensor<i32>
    %453 = stablehlo.reshape %446 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %454 = stablehlo.dynamic_update_slice %415, %453, %450, %452, %arg1, %451, %451 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %455 = stablehlo.reshape %449 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %456 = stablehlo.dynamic_update_slice %417, %455, %450, %452, %arg1, %451, %451 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %457 = stablehlo.slice %454 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %458 = stablehlo.reshape %457 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %459 = stablehlo.slice %456 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %460 = stablehlo.reshape %459 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %461 = stablehlo.composite "mlxla.attention" %442, %458, %460, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %462 = stablehlo.reshape %461 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %463 = stablehlo.convert %arg109 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %464 = stablehlo.dot_general %462, %463, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %465 = stablehlo.add %437, %464 : tensor<8x2048xf32>
    %466 = stablehlo.composite "mlxla.rms_norm" %465, %arg110 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %467 = stablehlo.convert %arg111 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %468 = stablehlo.dot_general %466, %467, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %469 = stablehlo.logistic %468 : tensor<8x8192xf32>
    %470 = stablehlo.multiply %468, %469 : tensor<8x8192xf32>
    %471 = stablehlo.convert %arg112 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %472 = stablehlo.dot_general %466, %471, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %473 = stablehlo.multiply %470, %472 : tensor<8x8192xf32>
    %474 = stablehlo.convert %arg113 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %475 = stablehlo.dot_general %473, %474, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %476 = stablehlo.add %465, %475 : tensor<8x2048xf32>
    %477 = stablehlo.composite "mlxla.rms_norm" %476, %arg114 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %478 = stablehlo.convert %arg115 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %479 = stablehlo.dot_general %477, %478, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %480 = stablehlo.reshape %479 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %481 = stablehlo.composite "mlxla.rope" %480, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %482 = stablehlo.convert %arg116 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %483 = stablehlo.dot_general %477, %482, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %484 = stablehlo.reshape %483 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %485 = stablehlo.composite "mlxla.rope" %484, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %486 = stablehlo.convert %arg117 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %487 = stablehlo.dot_general %477, %486, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %488 = stablehlo.reshape %487 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %489 = stablehlo.constant dense<12> : tensor<i32>
    %490 = stablehlo.constant dense<0> : tensor<i32>
    %491 = stablehlo.constant dense<0> : tensor<i32>
    %492 = stablehlo.reshape %485 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %493 = stablehlo.dynamic_update_slice %454, %492, %489, %491, %arg1, %490, %490 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %494 = stablehlo.reshape %488 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %495 = stablehlo.dynamic_update_slice %456, %494, %489, %491, %arg1, %490, %490 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %496 = stablehlo.slice %493 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %497 = stablehlo.reshape %496 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %498 = stablehlo.slice %495 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %499 = stablehlo.reshape %498 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %500 = stablehlo.composite "mlxla.attention" %481, %497, %499, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %501 = stablehlo.reshape %500 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %502 = stablehlo.convert %arg118 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %503 = stablehlo.dot_general %501, %502, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %504 = stablehlo.add %476, %503 : tensor<8x2048xf32>
    %505 = stablehlo.composite "mlxla.rms_norm" %504, %arg119 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %506 = stablehlo.convert %arg120 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %507 = stablehlo.dot_general %505, %506, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %508 = stablehlo.logistic %507 : tensor<8x8192xf32>
    %509 = stablehlo.multiply %507, %508 : tensor<8x8192xf32>
    %510 = stablehlo.convert %arg121 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %511 = stablehlo.dot_general %505, %510, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %512 = stablehlo.multiply %509, %511 : tensor<8x8192xf32>
    %513 = stablehlo.convert %arg122 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %514 = stablehlo.dot_general %512, %513, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %515 = stablehlo.add %504, %514 : tensor<8x2048xf32>
    %516 = stablehlo.composite "mlxla.rms_norm" %515, %arg123 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %517 = stablehlo.convert %arg124 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %518 = stablehlo.dot_general %516, %517, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %519 = stablehlo.reshape %518 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %520 = stablehlo.composite "mlxla.rope" %519, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %521 = stablehlo.convert %arg125 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %522 = stablehlo.dot_general %516, %521, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %523 = stablehlo.reshape %522 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %524 = stablehlo.composite "mlxla.rope" %523, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %525 = stablehlo.convert %arg126 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %526 = stablehlo.dot_general %516, %525, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %527 = stablehlo.reshape %526 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %528 = stablehlo.constant dense<13> : tensor<i32>
    %529 = stablehlo.constant dense<0> : tensor<i32>
    %530 = stablehlo.constant dense<0> : tensor<i32>
    %531 = stablehlo.reshape %524 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %532 = stablehlo.dynamic_update_slice %493, %531, %528, %530, %arg1, %529, %529 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %533 = stablehlo.reshape %527 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %534 = stablehlo.dynamic_update_slice %495, %533, %528, %530, %arg1, %529, %529 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %535 = stablehlo.slice %532 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %536 = stablehlo.reshape %535 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %537 = stablehlo.slice %534 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %538 = stablehlo.reshape %537 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %539 = stablehlo.composite "mlxla.attention" %520, %536, %538, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %540 = stablehlo.reshape %539 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %541 = stablehlo.convert %arg127 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %542 = stablehlo.dot_general %540, %541, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %543 = stablehlo.add %515, %542 : tensor<8x2048xf32>
    %544 = stablehlo.composite "mlxla.rms_norm" %543, %arg128 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %545 = stablehlo.convert %arg129 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %546 = stablehlo.dot_general %544, %545, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %547 = stablehlo.logistic %546 : tensor<8x8192xf32>
    %548 = stablehlo.multiply %546, %547 : tensor<8x8192xf32>
    %549 = stablehlo.convert %arg130 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %550 = stablehlo.dot_general %544, %549, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %551 = stablehlo.multiply %548, %550 : tensor<8x8192xf32>
    %552 = stablehlo.convert %arg131 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %553 = stablehlo.dot_general %551, %552, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %554 = stablehlo.add %543, %553 : tensor<8x2048xf32>
    %555 = stablehlo.composite "mlxla.rms_norm" %554, %arg132 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %556 = stablehlo.convert %arg133 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %557 = stablehlo.dot_general %555, %556, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %558 = stablehlo.reshape %557 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %559 = stablehlo.composite "mlxla.rope" %558, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %560 = stablehlo.convert %arg134 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %561 = stablehlo.dot_general %555, %560, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %562 = stablehlo.reshape %561 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %563 = stablehlo.composite "mlxla.rope" %562, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %564 = stablehlo.convert %arg135 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %565 = stablehlo.dot_general %555, %564, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %566 = stablehlo.reshape %565 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %567 = stablehlo.constant dense<14> : tensor<i32>
    %568 = stablehlo.constant dense<0> : tensor<i32>
    %569 = stablehlo.constant dense<0> : tensor<i32>
    %570 = stablehlo.reshape %563 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %571 = stablehlo.dynamic_update_slice %532, %570, %567, %569, %arg1, %568, %568 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %572 = stablehlo.reshape %566 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %573 = stablehlo.dynamic_update_slice %534, %572, %567, %569, %arg1, %568, %568 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %574 = stablehlo.slice %571 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %575 = stablehlo.reshape %574 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %576 = stablehlo.slice %573 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %577 = stablehlo.reshape %576 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %578 = stablehlo.composite "mlxla.attention" %559, %575, %577, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %579 = stablehlo.reshape %578 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %580 = stablehlo.convert %arg136 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %581 = stablehlo.dot_general %579, %580, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %582 = stablehlo.add %554, %581 : tensor<8x2048xf32>
    %583 = stablehlo.composite "mlxla.rms_norm" %582, %arg137 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %584 = stablehlo.convert %arg138 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %585 = stablehlo.dot_general %583, %584, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %586 = stablehlo.logistic %585 : tensor<8x8192xf32>
    %587 = stablehlo.multiply %585, %586 : tensor<8x8192xf32>
    %588 = stablehlo.convert %arg139 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %589 = stablehlo.dot_general %583, %588, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %590 = stablehlo.multiply %587, %589 : tensor<8x8192xf32>
    %591 = stablehlo.convert %arg140 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %592 = stablehlo.dot_general %590, %591, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %593 = stablehlo.add %582, %592 : tensor<8x2048xf32>
    %594 = stablehlo.composite "mlxla.rms_norm" %593, %arg141 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %595 = stablehlo.convert %arg142 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %596 = stablehlo.dot_general %594, %595, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %597 = stablehlo.reshape %596 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %598 = stablehlo.composite "mlxla.rope" %597, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %599 = stablehlo.convert %arg143 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %600 = stablehlo.dot_general %594, %599, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %601 = stablehlo.reshape %600 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %602 = stablehlo.composite "mlxla.rope" %601, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %603 = stablehlo.convert %arg144 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %604 = stablehlo.dot_general %594, %603, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    %605 = stablehlo.reshape %604 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %606 = stablehlo.constant dense<15> : tensor<i32>
    %607 = stablehlo.constant dense<0> : tensor<i32>
    %608 = stablehlo.constant dense<0> : tensor<i32>
    %609 = stablehlo.reshape %602 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %610 = stablehlo.dynamic_update_slice %571, %609, %606, %608, %arg1, %607, %607 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %611 = stablehlo.reshape %605 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %612 = stablehlo.dynamic_update_slice %573, %611, %606, %608, %arg1, %607, %607 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %613 = stablehlo.slice %610 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %614 = stablehlo.reshape %613 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %615 = stablehlo.slice %612 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %616 = stablehlo.reshape %615 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %617 = stablehlo.composite "mlxla.attention" %598, %614, %616, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %618 = stablehlo.reshape %617 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %619 = stablehlo.convert %arg145 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %620 = stablehlo.dot_general %618, %619, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    %621 = stablehlo.add %593, %620 : tensor<8x2048xf32>
    %622 = stablehlo.composite "mlxla.rms_norm" %621, %arg146 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %623 = stablehlo.convert %arg147 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %624 = stablehlo.dot_general %622, %623, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %625 = stablehlo.logistic %624 : tensor<8x8192xf32>
    %626 = stablehlo.multiply %624, %625 : tensor<8x8192xf32>
    %627 = stablehlo.convert %arg148 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %628 = stablehlo.dot_general %622, %627, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    %629 = stablehlo.multiply %626, %628 : tensor<8x8192xf32>
    %630 = stablehlo.convert %arg149 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %631 = stablehlo.dot_general %629, %630, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    %632 = stablehlo.add %621, %631 : tensor<8x2048xf32>
    %633 = stablehlo.constant dense<0> : tensor<i32>
    %634 = stablehlo.dynamic_slice %632, %4, %633, sizes = [1, 2048] : (tensor<8x2048xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2048xf32>
    %635 = stablehlo.composite "mlxla.rms_norm" %634, %arg150 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %636 = stablehlo.convert %arg5 : (tensor<128256x2048xf16>) -> tensor<128256x2048xf32>
    %637 = stablehlo.dot_general %635, %636, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<128256x2048xf32>) -> tensor<1x128256xf32>
    %638 = stablehlo.composite "mlxla.argmax" %637 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %638, %610, %612 : tensor<1xi32>, tensor<16x1x64x8x64xf32>, tensor<16x1x64x8x64xf32>
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
