module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<16x1x64x8x64xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<16x1x64x8x64xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<128256x2048xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<2048x2048xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<512x2048xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<512x2048xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<2048x2048xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<8192x2048xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<8192x2048xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<2048x8192xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<2048x2048xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<512x2048xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<512x2048xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<2048x2048xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<8192x2048xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<8192x2048xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<2048x8192xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<2048x2048xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<512x2048xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<512x2048xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<2048x2048xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<8192x2048xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<8192x2048xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<2048x8192xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<2048x2048xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<512x2048xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<512x2048xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<2048x2048xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<8192x2048xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<8192x2048xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<2048x8192xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<2048x2048xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<512x2048xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<512x2048xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<2048x2048xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<8192x2048xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<8192x2048xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<2048x8192xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg51: tensor<2048x2048xf16> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg52: tensor<512x2048xf16> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg53: tensor<512x2048xf16> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg54: tensor<2048x2048xf16> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg55: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg56: tensor<8192x2048xf16> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg57: tensor<8192x2048xf16> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg58: tensor<2048x8192xf16> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg59: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg60: tensor<2048x2048xf16> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg61: tensor<512x2048xf16> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg62: tensor<512x2048xf16> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg63: tensor<2048x2048xf16> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg64: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg65: tensor<8192x2048xf16> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg66: tensor<8192x2048xf16> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg67: tensor<2048x8192xf16> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg68: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg69: tensor<2048x2048xf16> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg70: tensor<512x2048xf16> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg71: tensor<512x2048xf16> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg72: tensor<2048x2048xf16> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg73: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg74: tensor<8192x2048xf16> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg75: tensor<8192x2048xf16> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg76: tensor<2048x8192xf16> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg77: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg78: tensor<2048x2048xf16> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg79: tensor<512x2048xf16> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg80: tensor<512x2048xf16> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg81: tensor<2048x2048xf16> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg82: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg83: tensor<8192x2048xf16> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg84: tensor<8192x2048xf16> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg85: tensor<2048x8192xf16> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg86: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg87: tensor<2048x2048xf16> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg88: tensor<512x2048xf16> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg89: tensor<512x2048xf16> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg90: tensor<2048x2048xf16> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg91: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg92: tensor<8192x2048xf16> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg93: tensor<8192x2048xf16> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg94: tensor<2048x8192xf16> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg95: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg96: tensor<2048x2048xf16> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg97: tensor<512x2048xf16> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg98: tensor<512x2048xf16> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg99: tensor<2048x2048xf16> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg100: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg101: tensor<8192x2048xf16> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg102: tensor<8192x2048xf16> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg103: tensor<2048x8192xf16> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg104: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg105: tensor<2048x2048xf16> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg106: tensor<512x2048xf16> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg107: tensor<512x2048xf16> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg108: tensor<2048x2048xf16> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg109: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg110: tensor<8192x2048xf16> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg111: tensor<8192x2048xf16> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg112: tensor<2048x8192xf16> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg113: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg114: tensor<2048x2048xf16> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg115: tensor<512x2048xf16> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg116: tensor<512x2048xf16> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg117: tensor<2048x2048xf16> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg118: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg119: tensor<8192x2048xf16> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg120: tensor<8192x2048xf16> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg121: tensor<2048x8192xf16> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg122: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg123: tensor<2048x2048xf16> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg124: tensor<512x2048xf16> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg125: tensor<512x2048xf16> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg126: tensor<2048x2048xf16> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg127: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg128: tensor<8192x2048xf16> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg129: tensor<8192x2048xf16> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg130: tensor<2048x8192xf16> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg131: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg132: tensor<2048x2048xf16> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg133: tensor<512x2048xf16> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg134: tensor<512x2048xf16> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg135: tensor<2048x2048xf16> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg136: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg137: tensor<8192x2048xf16> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg138: tensor<8192x2048xf16> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg139: tensor<2048x8192xf16> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg140: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg141: tensor<2048x2048xf16> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg142: tensor<512x2048xf16> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg143: tensor<512x2048xf16> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg144: tensor<2048x2048xf16> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg145: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg146: tensor<8192x2048xf16> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg147: tensor<8192x2048xf16> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg148: tensor<2048x8192xf16> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg149: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<16x1x64x8x64xf32> {mlxla.name = "k_cache"}, tensor<16x1x64x8x64xf32> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg4, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2048>} : (tensor<128256x2048xf16>, tensor<1x1xi32>) -> tensor<1x2048xf16>
    %5 = stablehlo.convert %4 : (tensor<1x2048xf16>) -> tensor<1x2048xf32>
    %6 = stablehlo.composite "mlxla.rms_norm" %5, %arg5 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %7 = stablehlo.convert %arg6 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %8 = stablehlo.dot_general %6, %7, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %9 = stablehlo.reshape %8 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %10 = stablehlo.composite "mlxla.rope" %9, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %11 = stablehlo.convert %arg7 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %12 = stablehlo.dot_general %6, %11, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %13 = stablehlo.reshape %12 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %14 = stablehlo.composite "mlxla.rope" %13, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %15 = stablehlo.convert %arg8 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %16 = stablehlo.dot_general %6, %15, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %17 = stablehlo.reshape %16 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %18 = stablehlo.constant dense<0> : tensor<i32>
    %19 = stablehlo.constant dense<0> : tensor<i32>
    %20 = stablehlo.constant dense<0> : tensor<i32>
    %21 = stablehlo.reshape %14 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %22 = stablehlo.dynamic_update_slice %arg2, %21, %18, %20, %arg1, %19, %19 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %23 = stablehlo.reshape %17 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %24 = stablehlo.dynamic_update_slice %arg3, %23, %18, %20, %arg1, %19, %19 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %25 = stablehlo.slice %22 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %26 = stablehlo.reshape %25 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %27 = stablehlo.slice %24 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %28 = stablehlo.reshape %27 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %29 = stablehlo.composite "mlxla.attention" %10, %26, %28, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %30 = stablehlo.reshape %29 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %31 = stablehlo.convert %arg9 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %32 = stablehlo.dot_general %30, %31, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %33 = stablehlo.add %5, %32 : tensor<1x2048xf32>
    %34 = stablehlo.composite "mlxla.rms_norm" %33, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %35 = stablehlo.convert %arg11 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %36 = stablehlo.dot_general %34, %35, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %37 = stablehlo.logistic %36 : tensor<1x8192xf32>
    %38 = stablehlo.multiply %36, %37 : tensor<1x8192xf32>
    %39 = stablehlo.convert %arg12 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %40 = stablehlo.dot_general %34, %39, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %41 = stablehlo.multiply %38, %40 : tensor<1x8192xf32>
    %42 = stablehlo.convert %arg13 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %43 = stablehlo.dot_general %41, %42, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %44 = stablehlo.add %33, %43 : tensor<1x2048xf32>
    %45 = stablehlo.composite "mlxla.rms_norm" %44, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %46 = stablehlo.convert %arg15 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %47 = stablehlo.dot_general %45, %46, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %48 = stablehlo.reshape %47 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %49 = stablehlo.composite "mlxla.rope" %48, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %50 = stablehlo.convert %arg16 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %51 = stablehlo.dot_general %45, %50, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %52 = stablehlo.reshape %51 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %53 = stablehlo.composite "mlxla.rope" %52, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %54 = stablehlo.convert %arg17 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %55 = stablehlo.dot_general %45, %54, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %56 = stablehlo.reshape %55 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %57 = stablehlo.constant dense<1> : tensor<i32>
    %58 = stablehlo.constant dense<0> : tensor<i32>
    %59 = stablehlo.constant dense<0> : tensor<i32>
    %60 = stablehlo.reshape %53 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %61 = stablehlo.dynamic_update_slice %22, %60, %57, %59, %arg1, %58, %58 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %62 = stablehlo.reshape %56 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %63 = stablehlo.dynamic_update_slice %24, %62, %57, %59, %arg1, %58, %58 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %64 = stablehlo.slice %61 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %65 = stablehlo.reshape %64 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %66 = stablehlo.slice %63 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %67 = stablehlo.reshape %66 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %68 = stablehlo.composite "mlxla.attention" %49, %65, %67, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %69 = stablehlo.reshape %68 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %70 = stablehlo.convert %arg18 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %71 = stablehlo.dot_general %69, %70, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %72 = stablehlo.add %44, %71 : tensor<1x2048xf32>
    %73 = stablehlo.composite "mlxla.rms_norm" %72, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %74 = stablehlo.convert %arg20 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %75 = stablehlo.dot_general %73, %74, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %76 = stablehlo.logistic %75 : tensor<1x8192xf32>
    %77 = stablehlo.multiply %75, %76 : tensor<1x8192xf32>
    %78 = stablehlo.convert %arg21 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %79 = stablehlo.dot_general %73, %78, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %80 = stablehlo.multiply %77, %79 : tensor<1x8192xf32>
    %81 = stablehlo.convert %arg22 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %82 = stablehlo.dot_general %80, %81, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %83 = stablehlo.add %72, %82 : tensor<1x2048xf32>
    %84 = stablehlo.composite "mlxla.rms_norm" %83, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %85 = stablehlo.convert %arg24 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %86 = stablehlo.dot_general %84, %85, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %87 = stablehlo.reshape %86 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %88 = stablehlo.composite "mlxla.rope" %87, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %89 = stablehlo.convert %arg25 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %90 = stablehlo.dot_general %84, %89, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %91 = stablehlo.reshape %90 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %92 = stablehlo.composite "mlxla.rope" %91, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %93 = stablehlo.convert %arg26 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %94 = stablehlo.dot_general %84, %93, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %95 = stablehlo.reshape %94 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %96 = stablehlo.constant dense<2> : tensor<i32>
    %97 = stablehlo.constant dense<0> : tensor<i32>
    %98 = stablehlo.constant dense<0> : tensor<i32>
    %99 = stablehlo.reshape %92 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %100 = stablehlo.dynamic_update_slice %61, %99, %96, %98, %arg1, %97, %97 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %101 = stablehlo.reshape %95 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %102 = stablehlo.dynamic_update_slice %63, %101, %96, %98, %arg1, %97, %97 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %103 = stablehlo.slice %100 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %104 = stablehlo.reshape %103 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %105 = stablehlo.slice %102 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %106 = stablehlo.reshape %105 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %107 = stablehlo.composite "mlxla.attention" %88, %104, %106, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %108 = stablehlo.reshape %107 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %109 = stablehlo.convert %arg27 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %110 = stablehlo.dot_general %108, %109, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %111 = stablehlo.add %83, %110 : tensor<1x2048xf32>
    %112 = stablehlo.composite "mlxla.rms_norm" %111, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %113 = stablehlo.convert %arg29 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %114 = stablehlo.dot_general %112, %113, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %115 = stablehlo.logistic %114 : tensor<1x8192xf32>
    %116 = stablehlo.multiply %114, %115 : tensor<1x8192xf32>
    %117 = stablehlo.convert %arg30 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %118 = stablehlo.dot_general %112, %117, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %119 = stablehlo.multiply %116, %118 : tensor<1x8192xf32>
    %120 = stablehlo.convert %arg31 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %121 = stablehlo.dot_general %119, %120, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %122 = stablehlo.add %111, %121 : tensor<1x2048xf32>
    %123 = stablehlo.composite "mlxla.rms_norm" %122, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %124 = stablehlo.convert %arg33 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %125 = stablehlo.dot_general %123, %124, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %126 = stablehlo.reshape %125 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %127 = stablehlo.composite "mlxla.rope" %126, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %128 = stablehlo.convert %arg34 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %129 = stablehlo.dot_general %123, %128, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %130 = stablehlo.reshape %129 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %131 = stablehlo.composite "mlxla.rope" %130, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %132 = stablehlo.convert %arg35 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %133 = stablehlo.dot_general %123, %132, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %134 = stablehlo.reshape %133 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %135 = stablehlo.constant dense<3> : tensor<i32>
    %136 = stablehlo.constant dense<0> : tensor<i32>
    %137 = stablehlo.constant dense<0> : tensor<i32>
    %138 = stablehlo.reshape %131 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %139 = stablehlo.dynamic_update_slice %100, %138, %135, %137, %arg1, %136, %136 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %140 = stablehlo.reshape %134 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %141 = stablehlo.dynamic_update_slice %102, %140, %135, %137, %arg1, %136, %136 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %142 = stablehlo.slice %139 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %143 = stablehlo.reshape %142 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %144 = stablehlo.slice %141 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %145 = stablehlo.reshape %144 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %146 = stablehlo.composite "mlxla.attention" %127, %143, %145, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %147 = stablehlo.reshape %146 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %148 = stablehlo.convert %arg36 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %149 = stablehlo.dot_general %147, %148, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %150 = stablehlo.add %122, %149 : tensor<1x2048xf32>
    %151 = stablehlo.composite "mlxla.rms_norm" %150, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %152 = stablehlo.convert %arg38 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %153 = stablehlo.dot_general %151, %152, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %154 = stablehlo.logistic %153 : tensor<1x8192xf32>
    %155 = stablehlo.multiply %153, %154 : tensor<1x8192xf32>
    %156 = stablehlo.convert %arg39 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %157 = stablehlo.dot_general %151, %156, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %158 = stablehlo.multiply %155, %157 : tensor<1x8192xf32>
    %159 = stablehlo.convert %arg40 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %160 = stablehlo.dot_general %158, %159, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %161 = stablehlo.add %150, %160 : tensor<1x2048xf32>
    %162 = stablehlo.composite "mlxla.rms_norm" %161, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %163 = stablehlo.convert %arg42 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %164 = stablehlo.dot_general %162, %163, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %165 = stablehlo.reshape %164 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %166 = stablehlo.composite "mlxla.rope" %165, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %167 = stablehlo.convert %arg43 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %168 = stablehlo.dot_general %162, %167, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %169 = stablehlo.reshape %168 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %170 = stablehlo.composite "mlxla.rope" %169, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %171 = stablehlo.convert %arg44 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %172 = stablehlo.dot_general %162, %171, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %173 = stablehlo.reshape %172 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %174 = stablehlo.constant dense<4> : tensor<i32>
    %175 = stablehlo.constant dense<0> : tensor<i32>
    %176 = stablehlo.constant dense<0> : tensor<i32>
    %177 = stablehlo.reshape %170 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %178 = stablehlo.dynamic_update_slice %139, %177, %174, %176, %arg1, %175, %175 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %179 = stablehlo.reshape %173 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %180 = stablehlo.dynamic_update_slice %141, %179, %174, %176, %arg1, %175, %175 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %181 = stablehlo.slice %178 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %182 = stablehlo.reshape %181 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %183 = stablehlo.slice %180 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %184 = stablehlo.reshape %183 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %185 = stablehlo.composite "mlxla.attention" %166, %182, %184, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %186 = stablehlo.reshape %185 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %187 = stablehlo.convert %arg45 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %188 = stablehlo.dot_general %186, %187, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %189 = stablehlo.add %161, %188 : tensor<1x2048xf32>
    %190 = stablehlo.composite "mlxla.rms_norm" %189, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %191 = stablehlo.convert %arg47 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %192 = stablehlo.dot_general %190, %191, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %193 = stablehlo.logistic %192 : tensor<1x8192xf32>
    %194 = stablehlo.multiply %192, %193 : tensor<1x8192xf32>
    %195 = stablehlo.convert %arg48 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %196 = stablehlo.dot_general %190, %195, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %197 = stablehlo.multiply %194, %196 : tensor<1x8192xf32>
    %198 = stablehlo.convert %arg49 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %199 = stablehlo.dot_general %197, %198, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %200 = stablehlo.add %189, %199 : tensor<1x2048xf32>
    %201 = stablehlo.composite "mlxla.rms_norm" %200, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %202 = stablehlo.convert %arg51 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %203 = stablehlo.dot_general %201, %202, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %204 = stablehlo.reshape %203 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %205 = stablehlo.composite "mlxla.rope" %204, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %206 = stablehlo.convert %arg52 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %207 = stablehlo.dot_general %201, %206, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %208 = stablehlo.reshape %207 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %209 = stablehlo.composite "mlxla.rope" %208, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %210 = stablehlo.convert %arg53 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %211 = stablehlo.dot_general %201, %210, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %212 = stablehlo.reshape %211 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %213 = stablehlo.constant dense<5> : tensor<i32>
    %214 = stablehlo.constant dense<0> : tensor<i32>
    %215 = stablehlo.constant dense<0> : tensor<i32>
    %216 = stablehlo.reshape %209 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %217 = stablehlo.dynamic_update_slice %178, %216, %213, %215, %arg1, %214, %214 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %218 = stablehlo.reshape %212 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %219 = stablehlo.dynamic_update_slice %180, %218, %213, %215, %arg1, %214, %214 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %220 = stablehlo.slice %217 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %221 = stablehlo.reshape %220 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %222 = stablehlo.slice %219 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %223 = stablehlo.reshape %222 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %224 = stablehlo.composite "mlxla.attention" %205, %221, %223, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %225 = stablehlo.reshape %224 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %226 = stablehlo.convert %arg54 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %227 = stablehlo.dot_general %225, %226, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %228 = stablehlo.add %200, %227 : tensor<1x2048xf32>
    %229 = stablehlo.composite "mlxla.rms_norm" %228, %arg55 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %230 = stablehlo.convert %arg56 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %231 = stablehlo.dot_general %229, %230, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %232 = stablehlo.logistic %231 : tensor<1x8192xf32>
    %233 = stablehlo.multiply %231, %232 : tensor<1x8192xf32>
    %234 = stablehlo.convert %arg57 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %235 = stablehlo.dot_general %229, %234, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %236 = stablehlo.multiply %233, %235 : tensor<1x8192xf32>
    %237 = stablehlo.convert %arg58 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %238 = stablehlo.dot_general %236, %237, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %239 = stablehlo.add %228, %238 : tensor<1x2048xf32>
    %240 = stablehlo.composite "mlxla.rms_norm" %239, %arg59 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %241 = stablehlo.convert %arg60 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %242 = stablehlo.dot_general %240, %241, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %243 = stablehlo.reshape %242 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %244 = stablehlo.composite "mlxla.rope" %243, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %245 = stablehlo.convert %arg61 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %246 = stablehlo.dot_general %240, %245, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %247 = stablehlo.reshape %246 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %248 = stablehlo.composite "mlxla.rope" %247, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %249 = stablehlo.convert %arg62 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %250 = stablehlo.dot_general %240, %249, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %251 = stablehlo.reshape %250 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %252 = stablehlo.constant dense<6> : tensor<i32>
    %253 = stablehlo.constant dense<0> : tensor<i32>
    %254 = stablehlo.constant dense<0> : tensor<i32>
    %255 = stablehlo.reshape %248 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %256 = stablehlo.dynamic_update_slice %217, %255, %252, %254, %arg1, %253, %253 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %257 = stablehlo.reshape %251 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %258 = stablehlo.dynamic_update_slice %219, %257, %252, %254, %arg1, %253, %253 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %259 = stablehlo.slice %256 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %260 = stablehlo.reshape %259 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %261 = stablehlo.slice %258 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %262 = stablehlo.reshape %261 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %263 = stablehlo.composite "mlxla.attention" %244, %260, %262, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %264 = stablehlo.reshape %263 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %265 = stablehlo.convert %arg63 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %266 = stablehlo.dot_general %264, %265, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %267 = stablehlo.add %239, %266 : tensor<1x2048xf32>
    %268 = stablehlo.composite "mlxla.rms_norm" %267, %arg64 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %269 = stablehlo.convert %arg65 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %270 = stablehlo.dot_general %268, %269, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %271 = stablehlo.logistic %270 : tensor<1x8192xf32>
    %272 = stablehlo.multiply %270, %271 : tensor<1x8192xf32>
    %273 = stablehlo.convert %arg66 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %274 = stablehlo.dot_general %268, %273, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %275 = stablehlo.multiply %272, %274 : tensor<1x8192xf32>
    %276 = stablehlo.convert %arg67 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %277 = stablehlo.dot_general %275, %276, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %278 = stablehlo.add %267, %277 : tensor<1x2048xf32>
    %279 = stablehlo.composite "mlxla.rms_norm" %278, %arg68 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %280 = stablehlo.convert %arg69 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %281 = stablehlo.dot_general %279, %280, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %282 = stablehlo.reshape %281 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %283 = stablehlo.composite "mlxla.rope" %282, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %284 = stablehlo.convert %arg70 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %285 = stablehlo.dot_general %279, %284, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %286 = stablehlo.reshape %285 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %287 = stablehlo.composite "mlxla.rope" %286, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %288 = stablehlo.convert %arg71 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %289 = stablehlo.dot_general %279, %288, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %290 = stablehlo.reshape %289 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %291 = stablehlo.constant dense<7> : tensor<i32>
    %292 = stablehlo.constant dense<0> : tensor<i32>
    %293 = stablehlo.constant dense<0> : tensor<i32>
    %294 = stablehlo.reshape %287 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %295 = stablehlo.dynamic_update_slice %256, %294, %291, %293, %arg1, %292, %292 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %296 = stablehlo.reshape %290 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %297 = stablehlo.dynamic_update_slice %258, %296, %291, %293, %arg1, %292, %292 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %298 = stablehlo.slice %295 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %299 = stablehlo.reshape %298 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %300 = stablehlo.slice %297 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %301 = stablehlo.reshape %300 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %302 = stablehlo.composite "mlxla.attention" %283, %299, %301, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %303 = stablehlo.reshape %302 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %304 = stablehlo.convert %arg72 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %305 = stablehlo.dot_general %303, %304, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %306 = stablehlo.add %278, %305 : tensor<1x2048xf32>
    %307 = stablehlo.composite "mlxla.rms_norm" %306, %arg73 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %308 = stablehlo.convert %arg74 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %309 = stablehlo.dot_general %307, %308, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %310 = stablehlo.logistic %309 : tensor<1x8192xf32>
    %311 = stablehlo.multiply %309, %310 : tensor<1x8192xf32>
    %312 = stablehlo.convert %arg75 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %313 = stablehlo.dot_general %307, %312, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %314 = stablehlo.multiply %311, %313 : tensor<1x8192xf32>
    %315 = stablehlo.convert %arg76 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %316 = stablehlo.dot_general %314, %315, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %317 = stablehlo.add %306, %316 : tensor<1x2048xf32>
    %318 = stablehlo.composite "mlxla.rms_norm" %317, %arg77 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %319 = stablehlo.convert %arg78 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %320 = stablehlo.dot_general %318, %319, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %321 = stablehlo.reshape %320 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %322 = stablehlo.composite "mlxla.rope" %321, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %323 = stablehlo.convert %arg79 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %324 = stablehlo.dot_general %318, %323, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %325 = stablehlo.reshape %324 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %326 = stablehlo.composite "mlxla.rope" %325, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %327 = stablehlo.convert %arg80 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %328 = stablehlo.dot_general %318, %327, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %329 = stablehlo.reshape %328 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %330 = stablehlo.constant dense<8> : tensor<i32>
    %331 = stablehlo.constant dense<0> : tensor<i32>
    %332 = stablehlo.constant dense<0> : tensor<i32>
    %333 = stablehlo.reshape %326 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %334 = stablehlo.dynamic_update_slice %295, %333, %330, %332, %arg1, %331, %331 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %335 = stablehlo.reshape %329 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %336 = stablehlo.dynamic_update_slice %297, %335, %330, %332, %arg1, %331, %331 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %337 = stablehlo.slice %334 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %338 = stablehlo.reshape %337 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %339 = stablehlo.slice %336 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %340 = stablehlo.reshape %339 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %341 = stablehlo.composite "mlxla.attention" %322, %338, %340, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %342 = stablehlo.reshape %341 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %343 = stablehlo.convert %arg81 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %344 = stablehlo.dot_general %342, %343, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %345 = stablehlo.add %317, %344 : tensor<1x2048xf32>
    %346 = stablehlo.composite "mlxla.rms_norm" %345, %arg82 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %347 = stablehlo.convert %arg83 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %348 = stablehlo.dot_general %346, %347, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %349 = stablehlo.logistic %348 : tensor<1x8192xf32>
    %350 = stablehlo.multiply %348, %349 : tensor<1x8192xf32>
    %351 = stablehlo.convert %arg84 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %352 = stablehlo.dot_general %346, %351, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %353 = stablehlo.multiply %350, %352 : tensor<1x8192xf32>
    %354 = stablehlo.convert %arg85 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %355 = stablehlo.dot_general %353, %354, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %356 = stablehlo.add %345, %355 : tensor<1x2048xf32>
    %357 = stablehlo.composite "mlxla.rms_norm" %356, %arg86 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %358 = stablehlo.convert %arg87 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %359 = stablehlo.dot_general %357, %358, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %360 = stablehlo.reshape %359 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %361 = stablehlo.composite "mlxla.rope" %360, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %362 = stablehlo.convert %arg88 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %363 = stablehlo.dot_general %357, %362, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %364 = stablehlo.reshape %363 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %365 = stablehlo.composite "mlxla.rope" %364, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %366 = stablehlo.convert %arg89 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %367 = stablehlo.dot_general %357, %366, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %368 = stablehlo.reshape %367 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %369 = stablehlo.constant dense<9> : tensor<i32>
    %370 = stablehlo.constant dense<0> : tensor<i32>
    %371 = stablehlo.constant dense<0> : tensor<i32>
    %372 = stablehlo.reshape %365 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %373 = stablehlo.dynamic_update_slice %334, %372, %369, %371, %arg1, %370, %370 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %374 = stablehlo.reshape %368 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %375 = stablehlo.dynamic_update_slice %336, %374, %369, %371, %arg1, %370, %370 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %376 = stablehlo.slice %373 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %377 = stablehlo.reshape %376 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %378 = stablehlo.slice %375 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %379 = stablehlo.reshape %378 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %380 = stablehlo.composite "mlxla.attention" %361, %377, %379, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %381 = stablehlo.reshape %380 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %382 = stablehlo.convert %arg90 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %383 = stablehlo.dot_general %381, %382, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %384 = stablehlo.add %356, %383 : tensor<1x2048xf32>
    %385 = stablehlo.composite "mlxla.rms_norm" %384, %arg91 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %386 = stablehlo.convert %arg92 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %387 = stablehlo.dot_general %385, %386, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %388 = stablehlo.logistic %387 : tensor<1x8192xf32>
    %389 = stablehlo.multiply %387, %388 : tensor<1x8192xf32>
    %390 = stablehlo.convert %arg93 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %391 = stablehlo.dot_general %385, %390, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %392 = stablehlo.multiply %389, %391 : tensor<1x8192xf32>
    %393 = stablehlo.convert %arg94 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %394 = stablehlo.dot_general %392, %393, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %395 = stablehlo.add %384, %394 : tensor<1x2048xf32>
    %396 = stablehlo.composite "mlxla.rms_norm" %395, %arg95 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %397 = stablehlo.convert %arg96 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %398 = stablehlo.dot_general %396, %397, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %399 = stablehlo.reshape %398 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %400 = stablehlo.composite "mlxla.rope" %399, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %401 = stablehlo.convert %arg97 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %402 = stablehlo.dot_general %396, %401, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %403 = stablehlo.reshape %402 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %404 = stablehlo.composite "mlxla.rope" %403, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %405 = stablehlo.convert %arg98 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %406 = stablehlo.dot_general %396, %405, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %407 = stablehlo.reshape %406 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %408 = stablehlo.constant dense<10> : tensor<i32>
    %409 = stablehlo.constant dense<0> : tensor<i32>
    %410 = stablehlo.constant dense<0> : tensor<i32>
    %411 = stablehlo.reshape %404 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %412 = stablehlo.dynamic_update_slice %373, %411, %408, %410, %arg1, %409, %409 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %413 = stablehlo.reshape %407 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %414 = stablehlo.dynamic_update_slice %375, %413, %408, %410, %arg1, %409, %409 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %415 = stablehlo.slice %412 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %416 = stablehlo.reshape %415 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %417 = stablehlo.slice %414 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %418 = stablehlo.reshape %417 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %419 = stablehlo.composite "mlxla.attention" %400, %416, %418, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %420 = stablehlo.reshape %419 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %421 = stablehlo.convert %arg99 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %422 = stablehlo.dot_general %420, %421, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %423 = stablehlo.add %395, %422 : tensor<1x2048xf32>
    %424 = stablehlo.composite "mlxla.rms_norm" %423, %arg100 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %425 = stablehlo.convert %arg101 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %426 = stablehlo.dot_general %424, %425, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %427 = stablehlo.logistic %426 : tensor<1x8192xf32>
    %428 = stablehlo.multiply %426, %427 : tensor<1x8192xf32>
    %429 = stablehlo.convert %arg102 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %430 = stablehlo.dot_general %424, %429, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %431 = stablehlo.multiply %428, %430 : tensor<1x8192xf32>
    %432 = stablehlo.convert %arg103 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %433 = stablehlo.dot_general %431, %432, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %434 = stablehlo.add %423, %433 : tensor<1x2048xf32>
    %435 = stablehlo.composite "mlxla.rms_norm" %434, %arg104 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %436 = stablehlo.convert %arg105 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %437 = stablehlo.dot_general %435, %436, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %438 = stablehlo.reshape %437 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %439 = stablehlo.composite "mlxla.rope" %438, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %440 = stablehlo.convert %arg106 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %441 = stablehlo.dot_general %435, %440, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %442 = stablehlo.reshape %441 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %443 = stablehlo.composite "mlxla.rope" %442, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %444 = stablehlo.convert %arg107 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %445 = stablehlo.dot_general %435, %444, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %446 = stablehlo.reshape %445 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %447 = stablehlo.constant dense<11> : tensor<i32>
    %448 = stablehlo.constant dense<0> : tensor<i32>
    %449 = stablehlo.constant dense<0> : tensor<i32>
    %450 = stablehlo.reshape %443 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %451 = stablehlo.dynamic_update_slice %412, %450, %447, %449, %arg1, %448, %448 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %452 = stablehlo.reshape %446 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %453 = stablehlo.dynamic_update_slice %414, %452, %447, %449, %arg1, %448, %448 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %454 = stablehlo.slice %451 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %455 = stablehlo.reshape %454 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %456 = stablehlo.slice %453 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %457 = stablehlo.reshape %456 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %458 = stablehlo.composite "mlxla.attention" %439, %455, %457, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %459 = stablehlo.reshape %458 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %460 = stablehlo.convert %arg108 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %461 = stablehlo.dot_general %459, %460, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %462 = stablehlo.add %434, %461 : tensor<1x2048xf32>
    %463 = stablehlo.composite "mlxla.rms_norm" %462, %arg109 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %464 = stablehlo.convert %arg110 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %465 = stablehlo.dot_general %463, %464, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %466 = stablehlo.logistic %465 : tensor<1x8192xf32>
    %467 = stablehlo.multiply %465, %466 : tensor<1x8192xf32>
    %468 = stablehlo.convert %arg111 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %469 = stablehlo.dot_general %463, %468, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %470 = stablehlo.multiply %467, %469 : tensor<1x8192xf32>
    %471 = stablehlo.convert %arg112 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %472 = stablehlo.dot_general %470, %471, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %473 = stablehlo.add %462, %472 : tensor<1x2048xf32>
    %474 = stablehlo.composite "mlxla.rms_norm" %473, %arg113 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %475 = stablehlo.convert %arg114 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %476 = stablehlo.dot_general %474, %475, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %477 = stablehlo.reshape %476 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %478 = stablehlo.composite "mlxla.rope" %477, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %479 = stablehlo.convert %arg115 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %480 = stablehlo.dot_general %474, %479, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %481 = stablehlo.reshape %480 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %482 = stablehlo.composite "mlxla.rope" %481, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %483 = stablehlo.convert %arg116 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %484 = stablehlo.dot_general %474, %483, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %485 = stablehlo.reshape %484 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %486 = stablehlo.constant dense<12> : tensor<i32>
    %487 = stablehlo.constant dense<0> : tensor<i32>
    %488 = stablehlo.constant dense<0> : tensor<i32>
    %489 = stablehlo.reshape %482 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %490 = stablehlo.dynamic_update_slice %451, %489, %486, %488, %arg1, %487, %487 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %491 = stablehlo.reshape %485 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %492 = stablehlo.dynamic_update_slice %453, %491, %486, %488, %arg1, %487, %487 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %493 = stablehlo.slice %490 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %494 = stablehlo.reshape %493 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %495 = stablehlo.slice %492 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %496 = stablehlo.reshape %495 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %497 = stablehlo.composite "mlxla.attention" %478, %494, %496, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %498 = stablehlo.reshape %497 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %499 = stablehlo.convert %arg117 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %500 = stablehlo.dot_general %498, %499, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %501 = stablehlo.add %473, %500 : tensor<1x2048xf32>
    %502 = stablehlo.composite "mlxla.rms_norm" %501, %arg118 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %503 = stablehlo.convert %arg119 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %504 = stablehlo.dot_general %502, %503, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %505 = stablehlo.logistic %504 : tensor<1x8192xf32>
    %506 = stablehlo.multiply %504, %505 : tensor<1x8192xf32>
    %507 = stablehlo.convert %arg120 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %508 = stablehlo.dot_general %502, %507, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %509 = stablehlo.multiply %506, %508 : tensor<1x8192xf32>
    %510 = stablehlo.convert %arg121 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %511 = stablehlo.dot_general %509, %510, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %512 = stablehlo.add %501, %511 : tensor<1x2048xf32>
    %513 = stablehlo.composite "mlxla.rms_norm" %512, %arg122 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %514 = stablehlo.convert %arg123 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %515 = stablehlo.dot_general %513, %514, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %516 = stablehlo.reshape %515 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %517 = stablehlo.composite "mlxla.rope" %516, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %518 = stablehlo.convert %arg124 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %519 = stablehlo.dot_general %513, %518, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %520 = stablehlo.reshape %519 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %521 = stablehlo.composite "mlxla.rope" %520, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %522 = stablehlo.convert %arg125 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %523 = stablehlo.dot_general %513, %522, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %524 = stablehlo.reshape %523 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %525 = stablehlo.constant dense<13> : tensor<i32>
    %526 = stablehlo.constant dense<0> : tensor<i32>
    %527 = stablehlo.constant dense<0> : tensor<i32>
    %528 = stablehlo.reshape %521 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %529 = stablehlo.dynamic_update_slice %490, %528, %525, %527, %arg1, %526, %526 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %530 = stablehlo.reshape %524 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %531 = stablehlo.dynamic_update_slice %492, %530, %525, %527, %arg1, %526, %526 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %532 = stablehlo.slice %529 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %533 = stablehlo.reshape %532 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %534 = stablehlo.slice %531 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %535 = stablehlo.reshape %534 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %536 = stablehlo.composite "mlxla.attention" %517, %533, %535, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %537 = stablehlo.reshape %536 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %538 = stablehlo.convert %arg126 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %539 = stablehlo.dot_general %537, %538, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %540 = stablehlo.add %512, %539 : tensor<1x2048xf32>
    %541 = stablehlo.composite "mlxla.rms_norm" %540, %arg127 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %542 = stablehlo.convert %arg128 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %543 = stablehlo.dot_general %541, %542, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %544 = stablehlo.logistic %543 : tensor<1x8192xf32>
    %545 = stablehlo.multiply %543, %544 : tensor<1x8192xf32>
    %546 = stablehlo.convert %arg129 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %547 = stablehlo.dot_general %541, %546, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %548 = stablehlo.multiply %545, %547 : tensor<1x8192xf32>
    %549 = stablehlo.convert %arg130 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %550 = stablehlo.dot_general %548, %549, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %551 = stablehlo.add %540, %550 : tensor<1x2048xf32>
    %552 = stablehlo.composite "mlxla.rms_norm" %551, %arg131 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %553 = stablehlo.convert %arg132 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %554 = stablehlo.dot_general %552, %553, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %555 = stablehlo.reshape %554 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %556 = stablehlo.composite "mlxla.rope" %555, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %557 = stablehlo.convert %arg133 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %558 = stablehlo.dot_general %552, %557, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %559 = stablehlo.reshape %558 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %560 = stablehlo.composite "mlxla.rope" %559, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %561 = stablehlo.convert %arg134 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %562 = stablehlo.dot_general %552, %561, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %563 = stablehlo.reshape %562 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %564 = stablehlo.constant dense<14> : tensor<i32>
    %565 = stablehlo.constant dense<0> : tensor<i32>
    %566 = stablehlo.constant dense<0> : tensor<i32>
    %567 = stablehlo.reshape %560 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %568 = stablehlo.dynamic_update_slice %529, %567, %564, %566, %arg1, %565, %565 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %569 = stablehlo.reshape %563 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %570 = stablehlo.dynamic_update_slice %531, %569, %564, %566, %arg1, %565, %565 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %571 = stablehlo.slice %568 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %572 = stablehlo.reshape %571 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %573 = stablehlo.slice %570 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %574 = stablehlo.reshape %573 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %575 = stablehlo.composite "mlxla.attention" %556, %572, %574, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %576 = stablehlo.reshape %575 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %577 = stablehlo.convert %arg135 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %578 = stablehlo.dot_general %576, %577, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %579 = stablehlo.add %551, %578 : tensor<1x2048xf32>
    %580 = stablehlo.composite "mlxla.rms_norm" %579, %arg136 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %581 = stablehlo.convert %arg137 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %582 = stablehlo.dot_general %580, %581, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %583 = stablehlo.logistic %582 : tensor<1x8192xf32>
    %584 = stablehlo.multiply %582, %583 : tensor<1x8192xf32>
    %585 = stablehlo.convert %arg138 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %586 = stablehlo.dot_general %580, %585, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %587 = stablehlo.multiply %584, %586 : tensor<1x8192xf32>
    %588 = stablehlo.convert %arg139 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %589 = stablehlo.dot_general %587, %588, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %590 = stablehlo.add %579, %589 : tensor<1x2048xf32>
    %591 = stablehlo.composite "mlxla.rms_norm" %590, %arg140 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %592 = stablehlo.convert %arg141 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %593 = stablehlo.dot_general %591, %592, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %594 = stablehlo.reshape %593 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %595 = stablehlo.composite "mlxla.rope" %594, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %596 = stablehlo.convert %arg142 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %597 = stablehlo.dot_general %591, %596, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %598 = stablehlo.reshape %597 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %599 = stablehlo.composite "mlxla.rope" %598, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %600 = stablehlo.convert %arg143 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %601 = stablehlo.dot_general %591, %600, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %602 = stablehlo.reshape %601 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %603 = stablehlo.constant dense<15> : tensor<i32>
    %604 = stablehlo.constant dense<0> : tensor<i32>
    %605 = stablehlo.constant dense<0> : tensor<i32>
    %606 = stablehlo.reshape %599 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %607 = stablehlo.dynamic_update_slice %568, %606, %603, %605, %arg1, %604, %604 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %608 = stablehlo.reshape %602 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %609 = stablehlo.dynamic_update_slice %570, %608, %603, %605, %arg1, %604, %604 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %610 = stablehlo.slice %607 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %611 = stablehlo.reshape %610 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %612 = stablehlo.slice %609 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %613 = stablehlo.reshape %612 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %614 = stablehlo.composite "mlxla.attention" %595, %611, %613, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %615 = stablehlo.reshape %614 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %616 = stablehlo.convert %arg144 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %617 = stablehlo.dot_general %615, %616, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %618 = stablehlo.add %590, %617 : tensor<1x2048xf32>
    %619 = stablehlo.composite "mlxla.rms_norm" %618, %arg145 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %620 = stablehlo.convert %arg146 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %621 = stablehlo.dot_general %619, %620, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %622 = stablehlo.logistic %621 : tensor<1x8192xf32>
    %623 = stablehlo.multiply %621, %622 : tensor<1x8192xf32>
    %624 = stablehlo.convert %arg147 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %625 = stablehlo.dot_general %619, %624, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %626 = stablehlo.multiply %623, %625 : tensor<1x8192xf32>
    %627 = stablehlo.convert %arg148 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %628 = stablehlo.dot_general %626, %627, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %629 = stablehlo.add %618, %628 : tensor<1x2048xf32>
    %630 = stablehlo.composite "mlxla.rms_norm" %629, %arg149 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %631 = stablehlo.convert %arg4 : (tensor<128256x2048xf16>) -> tensor<128256x2048xf32>
    %632 = stablehlo.dot_general %630, %631, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<128256x2048xf32>) -> tensor<1x128256xf32>
    %633 = stablehlo.composite "mlxla.argmax" %632 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %633, %607, %609 : tensor<1xi32>, tensor<16x1x64x8x64xf32>, tensor<16x1x64x8x64xf32>
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
