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
    %23 = stablehlo.constant dense<0> : tensor<i32>
    %24 = stablehlo.constant dense<0> : tensor<i32>
    %25 = stablehlo.constant dense<0> : tensor<i32>
    %26 = stablehlo.reshape %19 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %27 = stablehlo.dynamic_update_slice %arg3, %26, %23, %25, %arg1, %24, %24 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %28 = stablehlo.reshape %22 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %29 = stablehlo.dynamic_update_slice %arg4, %28, %23, %25, %arg1, %24, %24 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %30 = stablehlo.slice %27 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %31 = stablehlo.reshape %30 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %32 = stablehlo.slice %29 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %33 = stablehlo.reshape %32 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %34 = stablehlo.composite "mlxla.attention" %15, %31, %33, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %35 = stablehlo.reshape %34 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %36 = stablehlo.convert %35 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %37 = stablehlo.dot_general %36, %arg10, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %38 = stablehlo.add %10, %37 : tensor<8x2048xf32>
    %39 = stablehlo.composite "mlxla.rms_norm" %38, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %40 = stablehlo.convert %39 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %41 = stablehlo.dot_general %40, %arg12, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %42 = stablehlo.logistic %41 : tensor<8x8192xf32>
    %43 = stablehlo.multiply %41, %42 : tensor<8x8192xf32>
    %44 = stablehlo.convert %39 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %45 = stablehlo.dot_general %44, %arg13, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %46 = stablehlo.multiply %43, %45 : tensor<8x8192xf32>
    %47 = stablehlo.convert %46 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %48 = stablehlo.dot_general %47, %arg14, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %49 = stablehlo.add %38, %48 : tensor<8x2048xf32>
    %50 = stablehlo.composite "mlxla.rms_norm" %49, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %51 = stablehlo.convert %50 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %52 = stablehlo.dot_general %51, %arg16, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %53 = stablehlo.reshape %52 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %54 = stablehlo.composite "mlxla.rope" %53, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %55 = stablehlo.convert %50 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %56 = stablehlo.dot_general %55, %arg17, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %57 = stablehlo.reshape %56 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %58 = stablehlo.composite "mlxla.rope" %57, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %59 = stablehlo.convert %50 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %60 = stablehlo.dot_general %59, %arg18, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %61 = stablehlo.reshape %60 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %62 = stablehlo.constant dense<1> : tensor<i32>
    %63 = stablehlo.constant dense<0> : tensor<i32>
    %64 = stablehlo.constant dense<0> : tensor<i32>
    %65 = stablehlo.reshape %58 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %66 = stablehlo.dynamic_update_slice %27, %65, %62, %64, %arg1, %63, %63 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %67 = stablehlo.reshape %61 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %68 = stablehlo.dynamic_update_slice %29, %67, %62, %64, %arg1, %63, %63 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %69 = stablehlo.slice %66 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %70 = stablehlo.reshape %69 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %71 = stablehlo.slice %68 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %72 = stablehlo.reshape %71 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %73 = stablehlo.composite "mlxla.attention" %54, %70, %72, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %74 = stablehlo.reshape %73 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %75 = stablehlo.convert %74 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %76 = stablehlo.dot_general %75, %arg19, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %77 = stablehlo.add %49, %76 : tensor<8x2048xf32>
    %78 = stablehlo.composite "mlxla.rms_norm" %77, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %79 = stablehlo.convert %78 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %80 = stablehlo.dot_general %79, %arg21, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %81 = stablehlo.logistic %80 : tensor<8x8192xf32>
    %82 = stablehlo.multiply %80, %81 : tensor<8x8192xf32>
    %83 = stablehlo.convert %78 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %84 = stablehlo.dot_general %83, %arg22, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %85 = stablehlo.multiply %82, %84 : tensor<8x8192xf32>
    %86 = stablehlo.convert %85 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %87 = stablehlo.dot_general %86, %arg23, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %88 = stablehlo.add %77, %87 : tensor<8x2048xf32>
    %89 = stablehlo.composite "mlxla.rms_norm" %88, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %90 = stablehlo.convert %89 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %91 = stablehlo.dot_general %90, %arg25, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %92 = stablehlo.reshape %91 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %93 = stablehlo.composite "mlxla.rope" %92, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %94 = stablehlo.convert %89 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %95 = stablehlo.dot_general %94, %arg26, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %96 = stablehlo.reshape %95 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %97 = stablehlo.composite "mlxla.rope" %96, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %98 = stablehlo.convert %89 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %99 = stablehlo.dot_general %98, %arg27, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %100 = stablehlo.reshape %99 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %101 = stablehlo.constant dense<2> : tensor<i32>
    %102 = stablehlo.constant dense<0> : tensor<i32>
    %103 = stablehlo.constant dense<0> : tensor<i32>
    %104 = stablehlo.reshape %97 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %105 = stablehlo.dynamic_update_slice %66, %104, %101, %103, %arg1, %102, %102 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %106 = stablehlo.reshape %100 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %107 = stablehlo.dynamic_update_slice %68, %106, %101, %103, %arg1, %102, %102 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %108 = stablehlo.slice %105 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %109 = stablehlo.reshape %108 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %110 = stablehlo.slice %107 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %111 = stablehlo.reshape %110 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %112 = stablehlo.composite "mlxla.attention" %93, %109, %111, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %113 = stablehlo.reshape %112 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %114 = stablehlo.convert %113 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %115 = stablehlo.dot_general %114, %arg28, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %116 = stablehlo.add %88, %115 : tensor<8x2048xf32>
    %117 = stablehlo.composite "mlxla.rms_norm" %116, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %118 = stablehlo.convert %117 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %119 = stablehlo.dot_general %118, %arg30, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %120 = stablehlo.logistic %119 : tensor<8x8192xf32>
    %121 = stablehlo.multiply %119, %120 : tensor<8x8192xf32>
    %122 = stablehlo.convert %117 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %123 = stablehlo.dot_general %122, %arg31, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %124 = stablehlo.multiply %121, %123 : tensor<8x8192xf32>
    %125 = stablehlo.convert %124 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %126 = stablehlo.dot_general %125, %arg32, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %127 = stablehlo.add %116, %126 : tensor<8x2048xf32>
    %128 = stablehlo.composite "mlxla.rms_norm" %127, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %129 = stablehlo.convert %128 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %130 = stablehlo.dot_general %129, %arg34, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %131 = stablehlo.reshape %130 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %132 = stablehlo.composite "mlxla.rope" %131, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %133 = stablehlo.convert %128 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %134 = stablehlo.dot_general %133, %arg35, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %135 = stablehlo.reshape %134 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %136 = stablehlo.composite "mlxla.rope" %135, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %137 = stablehlo.convert %128 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %138 = stablehlo.dot_general %137, %arg36, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %139 = stablehlo.reshape %138 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %140 = stablehlo.constant dense<3> : tensor<i32>
    %141 = stablehlo.constant dense<0> : tensor<i32>
    %142 = stablehlo.constant dense<0> : tensor<i32>
    %143 = stablehlo.reshape %136 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %144 = stablehlo.dynamic_update_slice %105, %143, %140, %142, %arg1, %141, %141 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %145 = stablehlo.reshape %139 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %146 = stablehlo.dynamic_update_slice %107, %145, %140, %142, %arg1, %141, %141 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %147 = stablehlo.slice %144 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %148 = stablehlo.reshape %147 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %149 = stablehlo.slice %146 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %151 = stablehlo.composite "mlxla.attention" %132, %148, %150, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %152 = stablehlo.reshape %151 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %153 = stablehlo.convert %152 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %154 = stablehlo.dot_general %153, %arg37, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %155 = stablehlo.add %127, %154 : tensor<8x2048xf32>
    %156 = stablehlo.composite "mlxla.rms_norm" %155, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %157 = stablehlo.convert %156 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %158 = stablehlo.dot_general %157, %arg39, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %159 = stablehlo.logistic %158 : tensor<8x8192xf32>
    %160 = stablehlo.multiply %158, %159 : tensor<8x8192xf32>
    %161 = stablehlo.convert %156 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %162 = stablehlo.dot_general %161, %arg40, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %163 = stablehlo.multiply %160, %162 : tensor<8x8192xf32>
    %164 = stablehlo.convert %163 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %165 = stablehlo.dot_general %164, %arg41, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %166 = stablehlo.add %155, %165 : tensor<8x2048xf32>
    %167 = stablehlo.composite "mlxla.rms_norm" %166, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %168 = stablehlo.convert %167 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %169 = stablehlo.dot_general %168, %arg43, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %170 = stablehlo.reshape %169 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %171 = stablehlo.composite "mlxla.rope" %170, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %172 = stablehlo.convert %167 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %173 = stablehlo.dot_general %172, %arg44, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %174 = stablehlo.reshape %173 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %175 = stablehlo.composite "mlxla.rope" %174, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %176 = stablehlo.convert %167 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %177 = stablehlo.dot_general %176, %arg45, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %178 = stablehlo.reshape %177 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %179 = stablehlo.constant dense<4> : tensor<i32>
    %180 = stablehlo.constant dense<0> : tensor<i32>
    %181 = stablehlo.constant dense<0> : tensor<i32>
    %182 = stablehlo.reshape %175 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %183 = stablehlo.dynamic_update_slice %144, %182, %179, %181, %arg1, %180, %180 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %184 = stablehlo.reshape %178 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %185 = stablehlo.dynamic_update_slice %146, %184, %179, %181, %arg1, %180, %180 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %186 = stablehlo.slice %183 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %187 = stablehlo.reshape %186 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %188 = stablehlo.slice %185 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %189 = stablehlo.reshape %188 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %190 = stablehlo.composite "mlxla.attention" %171, %187, %189, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %191 = stablehlo.reshape %190 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %192 = stablehlo.convert %191 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %193 = stablehlo.dot_general %192, %arg46, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %194 = stablehlo.add %166, %193 : tensor<8x2048xf32>
    %195 = stablehlo.composite "mlxla.rms_norm" %194, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %196 = stablehlo.convert %195 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %197 = stablehlo.dot_general %196, %arg48, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %198 = stablehlo.logistic %197 : tensor<8x8192xf32>
    %199 = stablehlo.multiply %197, %198 : tensor<8x8192xf32>
    %200 = stablehlo.convert %195 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %201 = stablehlo.dot_general %200, %arg49, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %202 = stablehlo.multiply %199, %201 : tensor<8x8192xf32>
    %203 = stablehlo.convert %202 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %204 = stablehlo.dot_general %203, %arg50, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %205 = stablehlo.add %194, %204 : tensor<8x2048xf32>
    %206 = stablehlo.composite "mlxla.rms_norm" %205, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %207 = stablehlo.convert %206 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %208 = stablehlo.dot_general %207, %arg52, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %209 = stablehlo.reshape %208 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %210 = stablehlo.composite "mlxla.rope" %209, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %211 = stablehlo.convert %206 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %212 = stablehlo.dot_general %211, %arg53, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %213 = stablehlo.reshape %212 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %214 = stablehlo.composite "mlxla.rope" %213, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %215 = stablehlo.convert %206 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %216 = stablehlo.dot_general %215, %arg54, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %217 = stablehlo.reshape %216 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %218 = stablehlo.constant dense<5> : tensor<i32>
    %219 = stablehlo.constant dense<0> : tensor<i32>
    %220 = stablehlo.constant dense<0> : tensor<i32>
    %221 = stablehlo.reshape %214 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %222 = stablehlo.dynamic_update_slice %183, %221, %218, %220, %arg1, %219, %219 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %223 = stablehlo.reshape %217 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %224 = stablehlo.dynamic_update_slice %185, %223, %218, %220, %arg1, %219, %219 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %225 = stablehlo.slice %222 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %226 = stablehlo.reshape %225 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %227 = stablehlo.slice %224 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %228 = stablehlo.reshape %227 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %229 = stablehlo.composite "mlxla.attention" %210, %226, %228, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %230 = stablehlo.reshape %229 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %231 = stablehlo.convert %230 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %232 = stablehlo.dot_general %231, %arg55, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %233 = stablehlo.add %205, %232 : tensor<8x2048xf32>
    %234 = stablehlo.composite "mlxla.rms_norm" %233, %arg56 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %235 = stablehlo.convert %234 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %236 = stablehlo.dot_general %235, %arg57, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %237 = stablehlo.logistic %236 : tensor<8x8192xf32>
    %238 = stablehlo.multiply %236, %237 : tensor<8x8192xf32>
    %239 = stablehlo.convert %234 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %240 = stablehlo.dot_general %239, %arg58, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %241 = stablehlo.multiply %238, %240 : tensor<8x8192xf32>
    %242 = stablehlo.convert %241 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %243 = stablehlo.dot_general %242, %arg59, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %244 = stablehlo.add %233, %243 : tensor<8x2048xf32>
    %245 = stablehlo.composite "mlxla.rms_norm" %244, %arg60 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %246 = stablehlo.convert %245 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %247 = stablehlo.dot_general %246, %arg61, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %248 = stablehlo.reshape %247 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %249 = stablehlo.composite "mlxla.rope" %248, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %250 = stablehlo.convert %245 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %251 = stablehlo.dot_general %250, %arg62, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %252 = stablehlo.reshape %251 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %253 = stablehlo.composite "mlxla.rope" %252, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %254 = stablehlo.convert %245 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %255 = stablehlo.dot_general %254, %arg63, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %256 = stablehlo.reshape %255 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %257 = stablehlo.constant dense<6> : tensor<i32>
    %258 = stablehlo.constant dense<0> : tensor<i32>
    %259 = stablehlo.constant dense<0> : tensor<i32>
    %260 = stablehlo.reshape %253 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %261 = stablehlo.dynamic_update_slice %222, %260, %257, %259, %arg1, %258, %258 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %262 = stablehlo.reshape %256 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %263 = stablehlo.dynamic_update_slice %224, %262, %257, %259, %arg1, %258, %258 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %264 = stablehlo.slice %261 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %265 = stablehlo.reshape %264 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %266 = stablehlo.slice %263 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %267 = stablehlo.reshape %266 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %268 = stablehlo.composite "mlxla.attention" %249, %265, %267, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %269 = stablehlo.reshape %268 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %270 = stablehlo.convert %269 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %271 = stablehlo.dot_general %270, %arg64, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %272 = stablehlo.add %244, %271 : tensor<8x2048xf32>
    %273 = stablehlo.composite "mlxla.rms_norm" %272, %arg65 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %274 = stablehlo.convert %273 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %275 = stablehlo.dot_general %274, %arg66, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %276 = stablehlo.logistic %275 : tensor<8x8192xf32>
    %277 = stablehlo.multiply %275, %276 : tensor<8x8192xf32>
    %278 = stablehlo.convert %273 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %279 = stablehlo.dot_general %278, %arg67, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %280 = stablehlo.multiply %277, %279 : tensor<8x8192xf32>
    %281 = stablehlo.convert %280 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %282 = stablehlo.dot_general %281, %arg68, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %283 = stablehlo.add %272, %282 : tensor<8x2048xf32>
    %284 = stablehlo.composite "mlxla.rms_norm" %283, %arg69 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %285 = stablehlo.convert %284 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %286 = stablehlo.dot_general %285, %arg70, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %287 = stablehlo.reshape %286 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %288 = stablehlo.composite "mlxla.rope" %287, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %289 = stablehlo.convert %284 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %290 = stablehlo.dot_general %289, %arg71, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %291 = stablehlo.reshape %290 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %292 = stablehlo.composite "mlxla.rope" %291, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %293 = stablehlo.convert %284 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %294 = stablehlo.dot_general %293, %arg72, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %295 = stablehlo.reshape %294 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %296 = stablehlo.constant dense<7> : tensor<i32>
    %297 = stablehlo.constant dense<0> : tensor<i32>
    %298 = stablehlo.constant dense<0> : tensor<i32>
    %299 = stablehlo.reshape %292 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %300 = stablehlo.dynamic_update_slice %261, %299, %296, %298, %arg1, %297, %297 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %301 = stablehlo.reshape %295 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %302 = stablehlo.dynamic_update_slice %263, %301, %296, %298, %arg1, %297, %297 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %303 = stablehlo.slice %300 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %304 = stablehlo.reshape %303 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %305 = stablehlo.slice %302 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %306 = stablehlo.reshape %305 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %307 = stablehlo.composite "mlxla.attention" %288, %304, %306, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %308 = stablehlo.reshape %307 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %309 = stablehlo.convert %308 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %310 = stablehlo.dot_general %309, %arg73, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %311 = stablehlo.add %283, %310 : tensor<8x2048xf32>
    %312 = stablehlo.composite "mlxla.rms_norm" %311, %arg74 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %313 = stablehlo.convert %312 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %314 = stablehlo.dot_general %313, %arg75, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %315 = stablehlo.logistic %314 : tensor<8x8192xf32>
    %316 = stablehlo.multiply %314, %315 : tensor<8x8192xf32>
    %317 = stablehlo.convert %312 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %318 = stablehlo.dot_general %317, %arg76, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %319 = stablehlo.multiply %316, %318 : tensor<8x8192xf32>
    %320 = stablehlo.convert %319 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %321 = stablehlo.dot_general %320, %arg77, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %322 = stablehlo.add %311, %321 : tensor<8x2048xf32>
    %323 = stablehlo.composite "mlxla.rms_norm" %322, %arg78 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %324 = stablehlo.convert %323 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %325 = stablehlo.dot_general %324, %arg79, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %326 = stablehlo.reshape %325 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %327 = stablehlo.composite "mlxla.rope" %326, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %328 = stablehlo.convert %323 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %329 = stablehlo.dot_general %328, %arg80, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %330 = stablehlo.reshape %329 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %331 = stablehlo.composite "mlxla.rope" %330, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %332 = stablehlo.convert %323 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %333 = stablehlo.dot_general %332, %arg81, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %334 = stablehlo.reshape %333 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %335 = stablehlo.constant dense<8> : tensor<i32>
    %336 = stablehlo.constant dense<0> : tensor<i32>
    %337 = stablehlo.constant dense<0> : tensor<i32>
    %338 = stablehlo.reshape %331 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %339 = stablehlo.dynamic_update_slice %300, %338, %335, %337, %arg1, %336, %336 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %340 = stablehlo.reshape %334 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %341 = stablehlo.dynamic_update_slice %302, %340, %335, %337, %arg1, %336, %336 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %342 = stablehlo.slice %339 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %343 = stablehlo.reshape %342 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %344 = stablehlo.slice %341 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %345 = stablehlo.reshape %344 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %346 = stablehlo.composite "mlxla.attention" %327, %343, %345, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %347 = stablehlo.reshape %346 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %348 = stablehlo.convert %347 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %349 = stablehlo.dot_general %348, %arg82, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %350 = stablehlo.add %322, %349 : tensor<8x2048xf32>
    %351 = stablehlo.composite "mlxla.rms_norm" %350, %arg83 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %352 = stablehlo.convert %351 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %353 = stablehlo.dot_general %352, %arg84, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %354 = stablehlo.logistic %353 : tensor<8x8192xf32>
    %355 = stablehlo.multiply %353, %354 : tensor<8x8192xf32>
    %356 = stablehlo.convert %351 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %357 = stablehlo.dot_general %356, %arg85, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %358 = stablehlo.multiply %355, %357 : tensor<8x8192xf32>
    %359 = stablehlo.convert %358 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %360 = stablehlo.dot_general %359, %arg86, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %361 = stablehlo.add %350, %360 : tensor<8x2048xf32>
    %362 = stablehlo.composite "mlxla.rms_norm" %361, %arg87 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %363 = stablehlo.convert %362 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %364 = stablehlo.dot_general %363, %arg88, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %365 = stablehlo.reshape %364 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %366 = stablehlo.composite "mlxla.rope" %365, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %367 = stablehlo.convert %362 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %368 = stablehlo.dot_general %367, %arg89, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %369 = stablehlo.reshape %368 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %370 = stablehlo.composite "mlxla.rope" %369, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %371 = stablehlo.convert %362 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %372 = stablehlo.dot_general %371, %arg90, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %373 = stablehlo.reshape %372 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %374 = stablehlo.constant dense<9> : tensor<i32>
    %375 = stablehlo.constant dense<0> : tensor<i32>
    %376 = stablehlo.constant dense<0> : tensor<i32>
    %377 = stablehlo.reshape %370 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %378 = stablehlo.dynamic_update_slice %339, %377, %374, %376, %arg1, %375, %375 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %379 = stablehlo.reshape %373 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %380 = stablehlo.dynamic_update_slice %341, %379, %374, %376, %arg1, %375, %375 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %381 = stablehlo.slice %378 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %382 = stablehlo.reshape %381 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %383 = stablehlo.slice %380 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %384 = stablehlo.reshape %383 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %385 = stablehlo.composite "mlxla.attention" %366, %382, %384, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %386 = stablehlo.reshape %385 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %387 = stablehlo.convert %386 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %388 = stablehlo.dot_general %387, %arg91, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %389 = stablehlo.add %361, %388 : tensor<8x2048xf32>
    %390 = stablehlo.composite "mlxla.rms_norm" %389, %arg92 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %391 = stablehlo.convert %390 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %392 = stablehlo.dot_general %391, %arg93, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %393 = stablehlo.logistic %392 : tensor<8x8192xf32>
    %394 = stablehlo.multiply %392, %393 : tensor<8x8192xf32>
    %395 = stablehlo.convert %390 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %396 = stablehlo.dot_general %395, %arg94, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %397 = stablehlo.multiply %394, %396 : tensor<8x8192xf32>
    %398 = stablehlo.convert %397 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %399 = stablehlo.dot_general %398, %arg95, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %400 = stablehlo.add %389, %399 : tensor<8x2048xf32>
    %401 = stablehlo.composite "mlxla.rms_norm" %400, %arg96 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %402 = stablehlo.convert %401 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %403 = stablehlo.dot_general %402, %arg97, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %404 = stablehlo.reshape %403 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %405 = stablehlo.composite "mlxla.rope" %404, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %406 = stablehlo.convert %401 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %407 = stablehlo.dot_general %406, %arg98, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %408 = stablehlo.reshape %407 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %409 = stablehlo.composite "mlxla.rope" %408, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %410 = stablehlo.convert %401 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %411 = stablehlo.dot_general %410, %arg99, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %412 = stablehlo.reshape %411 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %413 = stablehlo.constant dense<10> : tensor<i32>
    %414 = stablehlo.constant dense<0> : tensor<i32>
    %415 = stablehlo.constant dense<0> : tensor<i32>
    %416 = stablehlo.reshape %409 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %417 = stablehlo.dynamic_update_slice %378, %416, %413, %415, %arg1, %414, %414 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %418 = stablehlo.reshape %412 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %419 = stablehlo.dynamic_update_slice %380, %418, %413, %415, %arg1, %414, %414 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %420 = stablehlo.slice %417 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %421 = stablehlo.reshape %420 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %422 = stablehlo.slice %419 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %423 = stablehlo.reshape %422 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %424 = stablehlo.composite "mlxla.attention" %405, %421, %423, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %425 = stablehlo.reshape %424 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %426 = stablehlo.convert %425 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %427 = stablehlo.dot_general %426, %arg100, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %428 = stablehlo.add %400, %427 : tensor<8x2048xf32>
    %429 = stablehlo.composite "mlxla.rms_norm" %428, %arg101 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %430 = stablehlo.convert %429 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %431 = stablehlo.dot_general %430, %arg102, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %432 = stablehlo.logistic %431 : tensor<8x8192xf32>
    %433 = stablehlo.multiply %431, %432 : tensor<8x8192xf32>
    %434 = stablehlo.convert %429 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %435 = stablehlo.dot_general %434, %arg103, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %436 = stablehlo.multiply %433, %435 : tensor<8x8192xf32>
    %437 = stablehlo.convert %436 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %438 = stablehlo.dot_general %437, %arg104, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %439 = stablehlo.add %428, %438 : tensor<8x2048xf32>
    %440 = stablehlo.composite "mlxla.rms_norm" %439, %arg105 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %441 = stablehlo.convert %440 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %442 = stablehlo.dot_general %441, %arg106, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %443 = stablehlo.reshape %442 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %444 = stablehlo.composite "mlxla.rope" %443, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %445 = stablehlo.convert %440 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %446 = stablehlo.dot_general %445, %arg107, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %447 = stablehlo.reshape %446 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %448 = stablehlo.composite "mlxla.rope" %447, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %449 = stablehlo.convert %440 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %450 = stablehlo.dot_general %449, %arg108, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %451 = stablehlo.reshape %450 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %452 = stablehlo.constant dense<11> : tensor<i32>
    %453 = stablehlo.constant dense<0> : tensor<i32>
    %454 = stablehlo.constant dense<0> : tensor<i32>
    %455 = stablehlo.reshape %448 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %456 = stablehlo.dynamic_update_slice %417, %455, %452, %454, %arg1, %453, %453 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %457 = stablehlo.reshape %451 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %458 = stablehlo.dynamic_update_slice %419, %457, %452, %454, %arg1, %453, %453 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %459 = stablehlo.slice %456 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %460 = stablehlo.reshape %459 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %461 = stablehlo.slice %458 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %462 = stablehlo.reshape %461 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %463 = stablehlo.composite "mlxla.attention" %444, %460, %462, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %464 = stablehlo.reshape %463 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %465 = stablehlo.convert %464 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %466 = stablehlo.dot_general %465, %arg109, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %467 = stablehlo.add %439, %466 : tensor<8x2048xf32>
    %468 = stablehlo.composite "mlxla.rms_norm" %467, %arg110 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %469 = stablehlo.convert %468 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %470 = stablehlo.dot_general %469, %arg111, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %471 = stablehlo.logistic %470 : tensor<8x8192xf32>
    %472 = stablehlo.multiply %470, %471 : tensor<8x8192xf32>
    %473 = stablehlo.convert %468 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %474 = stablehlo.dot_general %473, %arg112, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %475 = stablehlo.multiply %472, %474 : tensor<8x8192xf32>
    %476 = stablehlo.convert %475 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %477 = stablehlo.dot_general %476, %arg113, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %478 = stablehlo.add %467, %477 : tensor<8x2048xf32>
    %479 = stablehlo.composite "mlxla.rms_norm" %478, %arg114 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %480 = stablehlo.convert %479 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %481 = stablehlo.dot_general %480, %arg115, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %482 = stablehlo.reshape %481 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %483 = stablehlo.composite "mlxla.rope" %482, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %484 = stablehlo.convert %479 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %485 = stablehlo.dot_general %484, %arg116, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %486 = stablehlo.reshape %485 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %487 = stablehlo.composite "mlxla.rope" %486, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %488 = stablehlo.convert %479 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %489 = stablehlo.dot_general %488, %arg117, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %490 = stablehlo.reshape %489 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %491 = stablehlo.constant dense<12> : tensor<i32>
    %492 = stablehlo.constant dense<0> : tensor<i32>
    %493 = stablehlo.constant dense<0> : tensor<i32>
    %494 = stablehlo.reshape %487 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %495 = stablehlo.dynamic_update_slice %456, %494, %491, %493, %arg1, %492, %492 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %496 = stablehlo.reshape %490 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %497 = stablehlo.dynamic_update_slice %458, %496, %491, %493, %arg1, %492, %492 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %498 = stablehlo.slice %495 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %499 = stablehlo.reshape %498 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %500 = stablehlo.slice %497 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %501 = stablehlo.reshape %500 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %502 = stablehlo.composite "mlxla.attention" %483, %499, %501, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %503 = stablehlo.reshape %502 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %504 = stablehlo.convert %503 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %505 = stablehlo.dot_general %504, %arg118, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %506 = stablehlo.add %478, %505 : tensor<8x2048xf32>
    %507 = stablehlo.composite "mlxla.rms_norm" %506, %arg119 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %508 = stablehlo.convert %507 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %509 = stablehlo.dot_general %508, %arg120, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %510 = stablehlo.logistic %509 : tensor<8x8192xf32>
    %511 = stablehlo.multiply %509, %510 : tensor<8x8192xf32>
    %512 = stablehlo.convert %507 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %513 = stablehlo.dot_general %512, %arg121, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %514 = stablehlo.multiply %511, %513 : tensor<8x8192xf32>
    %515 = stablehlo.convert %514 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %516 = stablehlo.dot_general %515, %arg122, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %517 = stablehlo.add %506, %516 : tensor<8x2048xf32>
    %518 = stablehlo.composite "mlxla.rms_norm" %517, %arg123 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %519 = stablehlo.convert %518 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %520 = stablehlo.dot_general %519, %arg124, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %521 = stablehlo.reshape %520 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %522 = stablehlo.composite "mlxla.rope" %521, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %523 = stablehlo.convert %518 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %524 = stablehlo.dot_general %523, %arg125, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %525 = stablehlo.reshape %524 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %526 = stablehlo.composite "mlxla.rope" %525, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %527 = stablehlo.convert %518 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %528 = stablehlo.dot_general %527, %arg126, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %529 = stablehlo.reshape %528 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %530 = stablehlo.constant dense<13> : tensor<i32>
    %531 = stablehlo.constant dense<0> : tensor<i32>
    %532 = stablehlo.constant dense<0> : tensor<i32>
    %533 = stablehlo.reshape %526 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %534 = stablehlo.dynamic_update_slice %495, %533, %530, %532, %arg1, %531, %531 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %535 = stablehlo.reshape %529 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %536 = stablehlo.dynamic_update_slice %497, %535, %530, %532, %arg1, %531, %531 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %537 = stablehlo.slice %534 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %538 = stablehlo.reshape %537 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %539 = stablehlo.slice %536 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %540 = stablehlo.reshape %539 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %541 = stablehlo.composite "mlxla.attention" %522, %538, %540, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %542 = stablehlo.reshape %541 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %543 = stablehlo.convert %542 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %544 = stablehlo.dot_general %543, %arg127, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %545 = stablehlo.add %517, %544 : tensor<8x2048xf32>
    %546 = stablehlo.composite "mlxla.rms_norm" %545, %arg128 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %547 = stablehlo.convert %546 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %548 = stablehlo.dot_general %547, %arg129, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %549 = stablehlo.logistic %548 : tensor<8x8192xf32>
    %550 = stablehlo.multiply %548, %549 : tensor<8x8192xf32>
    %551 = stablehlo.convert %546 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %552 = stablehlo.dot_general %551, %arg130, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %553 = stablehlo.multiply %550, %552 : tensor<8x8192xf32>
    %554 = stablehlo.convert %553 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %555 = stablehlo.dot_general %554, %arg131, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %556 = stablehlo.add %545, %555 : tensor<8x2048xf32>
    %557 = stablehlo.composite "mlxla.rms_norm" %556, %arg132 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %558 = stablehlo.convert %557 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %559 = stablehlo.dot_general %558, %arg133, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %560 = stablehlo.reshape %559 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %561 = stablehlo.composite "mlxla.rope" %560, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %562 = stablehlo.convert %557 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %563 = stablehlo.dot_general %562, %arg134, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %564 = stablehlo.reshape %563 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %565 = stablehlo.composite "mlxla.rope" %564, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %566 = stablehlo.convert %557 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %567 = stablehlo.dot_general %566, %arg135, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %568 = stablehlo.reshape %567 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %569 = stablehlo.constant dense<14> : tensor<i32>
    %570 = stablehlo.constant dense<0> : tensor<i32>
    %571 = stablehlo.constant dense<0> : tensor<i32>
    %572 = stablehlo.reshape %565 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %573 = stablehlo.dynamic_update_slice %534, %572, %569, %571, %arg1, %570, %570 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %574 = stablehlo.reshape %568 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %575 = stablehlo.dynamic_update_slice %536, %574, %569, %571, %arg1, %570, %570 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %576 = stablehlo.slice %573 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %577 = stablehlo.reshape %576 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %578 = stablehlo.slice %575 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %579 = stablehlo.reshape %578 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %580 = stablehlo.composite "mlxla.attention" %561, %577, %579, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %581 = stablehlo.reshape %580 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %582 = stablehlo.convert %581 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %583 = stablehlo.dot_general %582, %arg136, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %584 = stablehlo.add %556, %583 : tensor<8x2048xf32>
    %585 = stablehlo.composite "mlxla.rms_norm" %584, %arg137 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %586 = stablehlo.convert %585 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %587 = stablehlo.dot_general %586, %arg138, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %588 = stablehlo.logistic %587 : tensor<8x8192xf32>
    %589 = stablehlo.multiply %587, %588 : tensor<8x8192xf32>
    %590 = stablehlo.convert %585 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %591 = stablehlo.dot_general %590, %arg139, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %592 = stablehlo.multiply %589, %591 : tensor<8x8192xf32>
    %593 = stablehlo.convert %592 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %594 = stablehlo.dot_general %593, %arg140, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %595 = stablehlo.add %584, %594 : tensor<8x2048xf32>
    %596 = stablehlo.composite "mlxla.rms_norm" %595, %arg141 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %597 = stablehlo.convert %596 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %598 = stablehlo.dot_general %597, %arg142, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %599 = stablehlo.reshape %598 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %600 = stablehlo.composite "mlxla.rope" %599, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %601 = stablehlo.convert %596 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %602 = stablehlo.dot_general %601, %arg143, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %603 = stablehlo.reshape %602 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %604 = stablehlo.composite "mlxla.rope" %603, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %605 = stablehlo.convert %596 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %606 = stablehlo.dot_general %605, %arg144, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<512x2048xf16>) -> tensor<8x512xf32>
    %607 = stablehlo.reshape %606 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %608 = stablehlo.constant dense<15> : tensor<i32>
    %609 = stablehlo.constant dense<0> : tensor<i32>
    %610 = stablehlo.constant dense<0> : tensor<i32>
    %611 = stablehlo.reshape %604 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %612 = stablehlo.dynamic_update_slice %573, %611, %608, %610, %arg1, %609, %609 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %613 = stablehlo.reshape %607 : (tensor<8x8x64xf32>) -> tensor<1x1x8x8x64xf32>
    %614 = stablehlo.dynamic_update_slice %575, %613, %608, %610, %arg1, %609, %609 : (tensor<16x1x64x8x64xf32>, tensor<1x1x8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %615 = stablehlo.slice %612 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %616 = stablehlo.reshape %615 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %617 = stablehlo.slice %614 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %618 = stablehlo.reshape %617 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %619 = stablehlo.composite "mlxla.attention" %600, %616, %618, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf32_64x8x64xf32_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %620 = stablehlo.reshape %619 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %621 = stablehlo.convert %620 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %622 = stablehlo.dot_general %621, %arg145, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<2048x2048xf16>) -> tensor<8x2048xf32>
    %623 = stablehlo.add %595, %622 : tensor<8x2048xf32>
    %624 = stablehlo.composite "mlxla.rms_norm" %623, %arg146 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %625 = stablehlo.convert %624 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %626 = stablehlo.dot_general %625, %arg147, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %627 = stablehlo.logistic %626 : tensor<8x8192xf32>
    %628 = stablehlo.multiply %626, %627 : tensor<8x8192xf32>
    %629 = stablehlo.convert %624 : (tensor<8x2048xf32>) -> tensor<8x2048xf16>
    %630 = stablehlo.dot_general %629, %arg148, contracting_dims = [1] x [1] : (tensor<8x2048xf16>, tensor<8192x2048xf16>) -> tensor<8x8192xf32>
    %631 = stablehlo.multiply %628, %630 : tensor<8x8192xf32>
    %632 = stablehlo.convert %631 : (tensor<8x8192xf32>) -> tensor<8x8192xf16>
    %633 = stablehlo.dot_general %632, %arg149, contracting_dims = [1] x [1] : (tensor<8x8192xf16>, tensor<2048x8192xf16>) -> tensor<8x2048xf32>
    %634 = stablehlo.add %623, %633 : tensor<8x2048xf32>
    %635 = stablehlo.constant dense<0> : tensor<i32>
    %636 = stablehlo.dynamic_slice %634, %4, %635, sizes = [1, 2048] : (tensor<8x2048xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2048xf32>
    %637 = stablehlo.composite "mlxla.rms_norm" %636, %arg150 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %638 = stablehlo.convert %637 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %639 = stablehlo.dot_general %638, %arg5, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<128256x2048xf16>) -> tensor<1x128256xf32>
    %640 = stablehlo.composite "mlxla.argmax" %639 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %640, %612, %614 : tensor<1xi32>, tensor<16x1x64x8x64xf32>, tensor<16x1x64x8x64xf32>
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
