module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<128256x2048xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<2048x2048xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<512x2048xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<512x2048xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<2048x2048xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<8192x2048xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<8192x2048xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<2048x8192xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<2048x2048xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<512x2048xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<512x2048xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<2048x2048xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<8192x2048xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<8192x2048xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<2048x8192xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<2048x2048xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<512x2048xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<512x2048xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<2048x2048xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<8192x2048xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<8192x2048xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<2048x8192xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<2048x2048xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<512x2048xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<512x2048xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<2048x2048xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<8192x2048xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<8192x2048xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<2048x8192xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<2048x2048xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<512x2048xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<512x2048xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<2048x2048xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<8192x2048xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<8192x2048xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<2048x8192xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg51: tensor<2048x2048xf16> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg52: tensor<512x2048xf16> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg53: tensor<512x2048xf16> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg54: tensor<2048x2048xf16> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg55: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg56: tensor<8192x2048xf16> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg57: tensor<8192x2048xf16> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg58: tensor<2048x8192xf16> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg59: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg60: tensor<2048x2048xf16> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg61: tensor<512x2048xf16> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg62: tensor<512x2048xf16> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg63: tensor<2048x2048xf16> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg64: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg65: tensor<8192x2048xf16> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg66: tensor<8192x2048xf16> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg67: tensor<2048x8192xf16> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg68: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg69: tensor<2048x2048xf16> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg70: tensor<512x2048xf16> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg71: tensor<512x2048xf16> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg72: tensor<2048x2048xf16> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg73: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg74: tensor<8192x2048xf16> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg75: tensor<8192x2048xf16> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg76: tensor<2048x8192xf16> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg77: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg78: tensor<2048x2048xf16> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg79: tensor<512x2048xf16> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg80: tensor<512x2048xf16> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg81: tensor<2048x2048xf16> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg82: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg83: tensor<8192x2048xf16> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg84: tensor<8192x2048xf16> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg85: tensor<2048x8192xf16> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg86: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg87: tensor<2048x2048xf16> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg88: tensor<512x2048xf16> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg89: tensor<512x2048xf16> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg90: tensor<2048x2048xf16> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg91: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg92: tensor<8192x2048xf16> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg93: tensor<8192x2048xf16> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg94: tensor<2048x8192xf16> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg95: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg96: tensor<2048x2048xf16> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg97: tensor<512x2048xf16> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg98: tensor<512x2048xf16> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg99: tensor<2048x2048xf16> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg100: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg101: tensor<8192x2048xf16> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg102: tensor<8192x2048xf16> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg103: tensor<2048x8192xf16> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg104: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg105: tensor<2048x2048xf16> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg106: tensor<512x2048xf16> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg107: tensor<512x2048xf16> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg108: tensor<2048x2048xf16> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg109: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg110: tensor<8192x2048xf16> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg111: tensor<8192x2048xf16> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg112: tensor<2048x8192xf16> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg113: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg114: tensor<2048x2048xf16> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg115: tensor<512x2048xf16> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg116: tensor<512x2048xf16> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg117: tensor<2048x2048xf16> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg118: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg119: tensor<8192x2048xf16> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg120: tensor<8192x2048xf16> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg121: tensor<2048x8192xf16> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg122: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg123: tensor<2048x2048xf16> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg124: tensor<512x2048xf16> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg125: tensor<512x2048xf16> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg126: tensor<2048x2048xf16> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg127: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg128: tensor<8192x2048xf16> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg129: tensor<8192x2048xf16> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg130: tensor<2048x8192xf16> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg131: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg132: tensor<2048x2048xf16> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg133: tensor<512x2048xf16> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg134: tensor<512x2048xf16> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg135: tensor<2048x2048xf16> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg136: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg137: tensor<8192x2048xf16> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg138: tensor<8192x2048xf16> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg139: tensor<2048x8192xf16> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg140: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg141: tensor<2048x2048xf16> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg142: tensor<512x2048xf16> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg143: tensor<512x2048xf16> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg144: tensor<2048x2048xf16> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg145: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg146: tensor<8192x2048xf16> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg147: tensor<8192x2048xf16> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg148: tensor<2048x8192xf16> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg149: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache"}, tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache"}) {
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
    %18 = stablehlo.convert %14 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %19 = stablehlo.convert %17 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %20 = stablehlo.constant dense<0> : tensor<i32>
    %21 = stablehlo.constant dense<0> : tensor<i32>
    %22 = stablehlo.constant dense<0> : tensor<i32>
    %23 = stablehlo.reshape %18 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %24 = stablehlo.dynamic_update_slice %arg2, %23, %20, %22, %arg1, %21, %21 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %25 = stablehlo.reshape %19 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %26 = stablehlo.dynamic_update_slice %arg3, %25, %20, %22, %arg1, %21, %21 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %27 = stablehlo.slice %26 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %28 = stablehlo.reshape %27 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %29 = stablehlo.slice %24 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %30 = stablehlo.reshape %29 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %31 = stablehlo.composite "mlxla.attention" %10, %30, %28, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %32 = stablehlo.reshape %31 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %33 = stablehlo.convert %arg9 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %34 = stablehlo.dot_general %32, %33, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %35 = stablehlo.add %5, %34 : tensor<1x2048xf32>
    %36 = stablehlo.composite "mlxla.rms_norm" %35, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %37 = stablehlo.convert %arg11 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %38 = stablehlo.dot_general %36, %37, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %39 = stablehlo.convert %arg12 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %40 = stablehlo.dot_general %36, %39, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %41 = stablehlo.logistic %38 : tensor<1x8192xf32>
    %42 = stablehlo.multiply %38, %41 : tensor<1x8192xf32>
    %43 = stablehlo.multiply %42, %40 : tensor<1x8192xf32>
    %44 = stablehlo.convert %arg13 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %45 = stablehlo.dot_general %43, %44, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %46 = stablehlo.add %35, %45 : tensor<1x2048xf32>
    %47 = stablehlo.composite "mlxla.rms_norm" %46, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %48 = stablehlo.convert %arg15 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %49 = stablehlo.dot_general %47, %48, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %50 = stablehlo.reshape %49 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %51 = stablehlo.composite "mlxla.rope" %50, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %52 = stablehlo.convert %arg16 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %53 = stablehlo.dot_general %47, %52, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %54 = stablehlo.reshape %53 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %55 = stablehlo.composite "mlxla.rope" %54, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %56 = stablehlo.convert %arg17 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %57 = stablehlo.dot_general %47, %56, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %58 = stablehlo.reshape %57 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %59 = stablehlo.convert %55 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %60 = stablehlo.convert %58 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %61 = stablehlo.constant dense<1> : tensor<i32>
    %62 = stablehlo.constant dense<0> : tensor<i32>
    %63 = stablehlo.constant dense<0> : tensor<i32>
    %64 = stablehlo.reshape %59 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %65 = stablehlo.dynamic_update_slice %24, %64, %61, %63, %arg1, %62, %62 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %66 = stablehlo.reshape %60 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %67 = stablehlo.dynamic_update_slice %26, %66, %61, %63, %arg1, %62, %62 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %68 = stablehlo.slice %67 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %69 = stablehlo.reshape %68 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %70 = stablehlo.slice %65 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %71 = stablehlo.reshape %70 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %72 = stablehlo.composite "mlxla.attention" %51, %71, %69, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %73 = stablehlo.reshape %72 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %74 = stablehlo.convert %arg18 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %75 = stablehlo.dot_general %73, %74, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %76 = stablehlo.add %46, %75 : tensor<1x2048xf32>
    %77 = stablehlo.composite "mlxla.rms_norm" %76, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %78 = stablehlo.convert %arg20 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %79 = stablehlo.dot_general %77, %78, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %80 = stablehlo.convert %arg21 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %81 = stablehlo.dot_general %77, %80, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %82 = stablehlo.logistic %79 : tensor<1x8192xf32>
    %83 = stablehlo.multiply %79, %82 : tensor<1x8192xf32>
    %84 = stablehlo.multiply %83, %81 : tensor<1x8192xf32>
    %85 = stablehlo.convert %arg22 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %86 = stablehlo.dot_general %84, %85, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %87 = stablehlo.add %76, %86 : tensor<1x2048xf32>
    %88 = stablehlo.composite "mlxla.rms_norm" %87, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %89 = stablehlo.convert %arg24 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %90 = stablehlo.dot_general %88, %89, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %91 = stablehlo.reshape %90 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %92 = stablehlo.composite "mlxla.rope" %91, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %93 = stablehlo.convert %arg25 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %94 = stablehlo.dot_general %88, %93, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %95 = stablehlo.reshape %94 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %96 = stablehlo.composite "mlxla.rope" %95, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %97 = stablehlo.convert %arg26 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %98 = stablehlo.dot_general %88, %97, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %99 = stablehlo.reshape %98 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %100 = stablehlo.convert %96 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %101 = stablehlo.convert %99 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %102 = stablehlo.constant dense<2> : tensor<i32>
    %103 = stablehlo.constant dense<0> : tensor<i32>
    %104 = stablehlo.constant dense<0> : tensor<i32>
    %105 = stablehlo.reshape %100 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %106 = stablehlo.dynamic_update_slice %65, %105, %102, %104, %arg1, %103, %103 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %107 = stablehlo.reshape %101 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %108 = stablehlo.dynamic_update_slice %67, %107, %102, %104, %arg1, %103, %103 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %109 = stablehlo.slice %108 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %110 = stablehlo.reshape %109 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %111 = stablehlo.slice %106 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %112 = stablehlo.reshape %111 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %113 = stablehlo.composite "mlxla.attention" %92, %112, %110, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %114 = stablehlo.reshape %113 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %115 = stablehlo.convert %arg27 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %116 = stablehlo.dot_general %114, %115, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %117 = stablehlo.add %87, %116 : tensor<1x2048xf32>
    %118 = stablehlo.composite "mlxla.rms_norm" %117, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %119 = stablehlo.convert %arg29 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %120 = stablehlo.dot_general %118, %119, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %121 = stablehlo.convert %arg30 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %122 = stablehlo.dot_general %118, %121, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %123 = stablehlo.logistic %120 : tensor<1x8192xf32>
    %124 = stablehlo.multiply %120, %123 : tensor<1x8192xf32>
    %125 = stablehlo.multiply %124, %122 : tensor<1x8192xf32>
    %126 = stablehlo.convert %arg31 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %127 = stablehlo.dot_general %125, %126, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %128 = stablehlo.add %117, %127 : tensor<1x2048xf32>
    %129 = stablehlo.composite "mlxla.rms_norm" %128, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %130 = stablehlo.convert %arg33 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %131 = stablehlo.dot_general %129, %130, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %132 = stablehlo.reshape %131 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %133 = stablehlo.composite "mlxla.rope" %132, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %134 = stablehlo.convert %arg34 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %135 = stablehlo.dot_general %129, %134, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %136 = stablehlo.reshape %135 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %137 = stablehlo.composite "mlxla.rope" %136, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %138 = stablehlo.convert %arg35 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %139 = stablehlo.dot_general %129, %138, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %140 = stablehlo.reshape %139 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %141 = stablehlo.convert %137 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %142 = stablehlo.convert %140 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %143 = stablehlo.constant dense<3> : tensor<i32>
    %144 = stablehlo.constant dense<0> : tensor<i32>
    %145 = stablehlo.constant dense<0> : tensor<i32>
    %146 = stablehlo.reshape %141 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %147 = stablehlo.dynamic_update_slice %106, %146, %143, %145, %arg1, %144, %144 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %148 = stablehlo.reshape %142 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %149 = stablehlo.dynamic_update_slice %108, %148, %143, %145, %arg1, %144, %144 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %150 = stablehlo.slice %149 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %151 = stablehlo.reshape %150 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %152 = stablehlo.slice %147 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %153 = stablehlo.reshape %152 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %154 = stablehlo.composite "mlxla.attention" %133, %153, %151, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %155 = stablehlo.reshape %154 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %156 = stablehlo.convert %arg36 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %157 = stablehlo.dot_general %155, %156, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %158 = stablehlo.add %128, %157 : tensor<1x2048xf32>
    %159 = stablehlo.composite "mlxla.rms_norm" %158, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %160 = stablehlo.convert %arg38 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %161 = stablehlo.dot_general %159, %160, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %162 = stablehlo.convert %arg39 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %163 = stablehlo.dot_general %159, %162, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %164 = stablehlo.logistic %161 : tensor<1x8192xf32>
    %165 = stablehlo.multiply %161, %164 : tensor<1x8192xf32>
    %166 = stablehlo.multiply %165, %163 : tensor<1x8192xf32>
    %167 = stablehlo.convert %arg40 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %168 = stablehlo.dot_general %166, %167, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %169 = stablehlo.add %158, %168 : tensor<1x2048xf32>
    %170 = stablehlo.composite "mlxla.rms_norm" %169, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %171 = stablehlo.convert %arg42 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %172 = stablehlo.dot_general %170, %171, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %173 = stablehlo.reshape %172 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %174 = stablehlo.composite "mlxla.rope" %173, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %175 = stablehlo.convert %arg43 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %176 = stablehlo.dot_general %170, %175, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %177 = stablehlo.reshape %176 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %178 = stablehlo.composite "mlxla.rope" %177, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %179 = stablehlo.convert %arg44 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %180 = stablehlo.dot_general %170, %179, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %181 = stablehlo.reshape %180 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %182 = stablehlo.convert %178 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %183 = stablehlo.convert %181 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %184 = stablehlo.constant dense<4> : tensor<i32>
    %185 = stablehlo.constant dense<0> : tensor<i32>
    %186 = stablehlo.constant dense<0> : tensor<i32>
    %187 = stablehlo.reshape %182 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %188 = stablehlo.dynamic_update_slice %147, %187, %184, %186, %arg1, %185, %185 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %189 = stablehlo.reshape %183 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %190 = stablehlo.dynamic_update_slice %149, %189, %184, %186, %arg1, %185, %185 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %191 = stablehlo.slice %190 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %192 = stablehlo.reshape %191 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %193 = stablehlo.slice %188 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %194 = stablehlo.reshape %193 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %195 = stablehlo.composite "mlxla.attention" %174, %194, %192, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %196 = stablehlo.reshape %195 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %197 = stablehlo.convert %arg45 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %198 = stablehlo.dot_general %196, %197, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %199 = stablehlo.add %169, %198 : tensor<1x2048xf32>
    %200 = stablehlo.composite "mlxla.rms_norm" %199, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %201 = stablehlo.convert %arg47 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %202 = stablehlo.dot_general %200, %201, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %203 = stablehlo.convert %arg48 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %204 = stablehlo.dot_general %200, %203, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %205 = stablehlo.logistic %202 : tensor<1x8192xf32>
    %206 = stablehlo.multiply %202, %205 : tensor<1x8192xf32>
    %207 = stablehlo.multiply %206, %204 : tensor<1x8192xf32>
    %208 = stablehlo.convert %arg49 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %209 = stablehlo.dot_general %207, %208, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %210 = stablehlo.add %199, %209 : tensor<1x2048xf32>
    %211 = stablehlo.composite "mlxla.rms_norm" %210, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %212 = stablehlo.convert %arg51 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %213 = stablehlo.dot_general %211, %212, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %214 = stablehlo.reshape %213 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %215 = stablehlo.composite "mlxla.rope" %214, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %216 = stablehlo.convert %arg52 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %217 = stablehlo.dot_general %211, %216, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %218 = stablehlo.reshape %217 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %219 = stablehlo.composite "mlxla.rope" %218, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %220 = stablehlo.convert %arg53 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %221 = stablehlo.dot_general %211, %220, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %222 = stablehlo.reshape %221 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %223 = stablehlo.convert %219 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %224 = stablehlo.convert %222 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %225 = stablehlo.constant dense<5> : tensor<i32>
    %226 = stablehlo.constant dense<0> : tensor<i32>
    %227 = stablehlo.constant dense<0> : tensor<i32>
    %228 = stablehlo.reshape %223 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %229 = stablehlo.dynamic_update_slice %188, %228, %225, %227, %arg1, %226, %226 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %230 = stablehlo.reshape %224 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %231 = stablehlo.dynamic_update_slice %190, %230, %225, %227, %arg1, %226, %226 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %232 = stablehlo.slice %231 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %233 = stablehlo.reshape %232 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %234 = stablehlo.slice %229 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %235 = stablehlo.reshape %234 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %236 = stablehlo.composite "mlxla.attention" %215, %235, %233, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %237 = stablehlo.reshape %236 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %238 = stablehlo.convert %arg54 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %239 = stablehlo.dot_general %237, %238, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %240 = stablehlo.add %210, %239 : tensor<1x2048xf32>
    %241 = stablehlo.composite "mlxla.rms_norm" %240, %arg55 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %242 = stablehlo.convert %arg56 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %243 = stablehlo.dot_general %241, %242, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %244 = stablehlo.convert %arg57 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %245 = stablehlo.dot_general %241, %244, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %246 = stablehlo.logistic %243 : tensor<1x8192xf32>
    %247 = stablehlo.multiply %243, %246 : tensor<1x8192xf32>
    %248 = stablehlo.multiply %247, %245 : tensor<1x8192xf32>
    %249 = stablehlo.convert %arg58 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %250 = stablehlo.dot_general %248, %249, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %251 = stablehlo.add %240, %250 : tensor<1x2048xf32>
    %252 = stablehlo.composite "mlxla.rms_norm" %251, %arg59 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %253 = stablehlo.convert %arg60 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %254 = stablehlo.dot_general %252, %253, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %255 = stablehlo.reshape %254 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %256 = stablehlo.composite "mlxla.rope" %255, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %257 = stablehlo.convert %arg61 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %258 = stablehlo.dot_general %252, %257, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %259 = stablehlo.reshape %258 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %260 = stablehlo.composite "mlxla.rope" %259, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %261 = stablehlo.convert %arg62 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %262 = stablehlo.dot_general %252, %261, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %263 = stablehlo.reshape %262 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %264 = stablehlo.convert %260 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %265 = stablehlo.convert %263 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %266 = stablehlo.constant dense<6> : tensor<i32>
    %267 = stablehlo.constant dense<0> : tensor<i32>
    %268 = stablehlo.constant dense<0> : tensor<i32>
    %269 = stablehlo.reshape %264 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %270 = stablehlo.dynamic_update_slice %229, %269, %266, %268, %arg1, %267, %267 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %271 = stablehlo.reshape %265 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %272 = stablehlo.dynamic_update_slice %231, %271, %266, %268, %arg1, %267, %267 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %273 = stablehlo.slice %272 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %274 = stablehlo.reshape %273 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %275 = stablehlo.slice %270 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %276 = stablehlo.reshape %275 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %277 = stablehlo.composite "mlxla.attention" %256, %276, %274, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %278 = stablehlo.reshape %277 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %279 = stablehlo.convert %arg63 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %280 = stablehlo.dot_general %278, %279, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %281 = stablehlo.add %251, %280 : tensor<1x2048xf32>
    %282 = stablehlo.composite "mlxla.rms_norm" %281, %arg64 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %283 = stablehlo.convert %arg65 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %284 = stablehlo.dot_general %282, %283, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %285 = stablehlo.convert %arg66 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %286 = stablehlo.dot_general %282, %285, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %287 = stablehlo.logistic %284 : tensor<1x8192xf32>
    %288 = stablehlo.multiply %284, %287 : tensor<1x8192xf32>
    %289 = stablehlo.multiply %288, %286 : tensor<1x8192xf32>
    %290 = stablehlo.convert %arg67 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %291 = stablehlo.dot_general %289, %290, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %292 = stablehlo.add %281, %291 : tensor<1x2048xf32>
    %293 = stablehlo.composite "mlxla.rms_norm" %292, %arg68 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %294 = stablehlo.convert %arg69 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %295 = stablehlo.dot_general %293, %294, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %296 = stablehlo.reshape %295 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %297 = stablehlo.composite "mlxla.rope" %296, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %298 = stablehlo.convert %arg70 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %299 = stablehlo.dot_general %293, %298, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %300 = stablehlo.reshape %299 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %301 = stablehlo.composite "mlxla.rope" %300, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %302 = stablehlo.convert %arg71 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %303 = stablehlo.dot_general %293, %302, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %304 = stablehlo.reshape %303 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %305 = stablehlo.convert %301 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %306 = stablehlo.convert %304 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %307 = stablehlo.constant dense<7> : tensor<i32>
    %308 = stablehlo.constant dense<0> : tensor<i32>
    %309 = stablehlo.constant dense<0> : tensor<i32>
    %310 = stablehlo.reshape %305 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %311 = stablehlo.dynamic_update_slice %270, %310, %307, %309, %arg1, %308, %308 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %312 = stablehlo.reshape %306 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %313 = stablehlo.dynamic_update_slice %272, %312, %307, %309, %arg1, %308, %308 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %314 = stablehlo.slice %313 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %315 = stablehlo.reshape %314 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %316 = stablehlo.slice %311 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %317 = stablehlo.reshape %316 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %318 = stablehlo.composite "mlxla.attention" %297, %317, %315, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %319 = stablehlo.reshape %318 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %320 = stablehlo.convert %arg72 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %321 = stablehlo.dot_general %319, %320, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %322 = stablehlo.add %292, %321 : tensor<1x2048xf32>
    %323 = stablehlo.composite "mlxla.rms_norm" %322, %arg73 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %324 = stablehlo.convert %arg74 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %325 = stablehlo.dot_general %323, %324, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %326 = stablehlo.convert %arg75 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %327 = stablehlo.dot_general %323, %326, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %328 = stablehlo.logistic %325 : tensor<1x8192xf32>
    %329 = stablehlo.multiply %325, %328 : tensor<1x8192xf32>
    %330 = stablehlo.multiply %329, %327 : tensor<1x8192xf32>
    %331 = stablehlo.convert %arg76 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %332 = stablehlo.dot_general %330, %331, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %333 = stablehlo.add %322, %332 : tensor<1x2048xf32>
    %334 = stablehlo.composite "mlxla.rms_norm" %333, %arg77 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %335 = stablehlo.convert %arg78 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %336 = stablehlo.dot_general %334, %335, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %337 = stablehlo.reshape %336 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %338 = stablehlo.composite "mlxla.rope" %337, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %339 = stablehlo.convert %arg79 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %340 = stablehlo.dot_general %334, %339, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %341 = stablehlo.reshape %340 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %342 = stablehlo.composite "mlxla.rope" %341, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %343 = stablehlo.convert %arg80 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %344 = stablehlo.dot_general %334, %343, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %345 = stablehlo.reshape %344 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %346 = stablehlo.convert %342 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %347 = stablehlo.convert %345 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %348 = stablehlo.constant dense<8> : tensor<i32>
    %349 = stablehlo.constant dense<0> : tensor<i32>
    %350 = stablehlo.constant dense<0> : tensor<i32>
    %351 = stablehlo.reshape %346 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %352 = stablehlo.dynamic_update_slice %311, %351, %348, %350, %arg1, %349, %349 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %353 = stablehlo.reshape %347 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %354 = stablehlo.dynamic_update_slice %313, %353, %348, %350, %arg1, %349, %349 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %355 = stablehlo.slice %354 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %356 = stablehlo.reshape %355 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %357 = stablehlo.slice %352 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %358 = stablehlo.reshape %357 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %359 = stablehlo.composite "mlxla.attention" %338, %358, %356, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %360 = stablehlo.reshape %359 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %361 = stablehlo.convert %arg81 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %362 = stablehlo.dot_general %360, %361, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %363 = stablehlo.add %333, %362 : tensor<1x2048xf32>
    %364 = stablehlo.composite "mlxla.rms_norm" %363, %arg82 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %365 = stablehlo.convert %arg83 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %366 = stablehlo.dot_general %364, %365, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %367 = stablehlo.convert %arg84 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %368 = stablehlo.dot_general %364, %367, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %369 = stablehlo.logistic %366 : tensor<1x8192xf32>
    %370 = stablehlo.multiply %366, %369 : tensor<1x8192xf32>
    %371 = stablehlo.multiply %370, %368 : tensor<1x8192xf32>
    %372 = stablehlo.convert %arg85 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %373 = stablehlo.dot_general %371, %372, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %374 = stablehlo.add %363, %373 : tensor<1x2048xf32>
    %375 = stablehlo.composite "mlxla.rms_norm" %374, %arg86 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %376 = stablehlo.convert %arg87 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %377 = stablehlo.dot_general %375, %376, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %378 = stablehlo.reshape %377 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %379 = stablehlo.composite "mlxla.rope" %378, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %380 = stablehlo.convert %arg88 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %381 = stablehlo.dot_general %375, %380, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %382 = stablehlo.reshape %381 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %383 = stablehlo.composite "mlxla.rope" %382, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %384 = stablehlo.convert %arg89 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %385 = stablehlo.dot_general %375, %384, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %386 = stablehlo.reshape %385 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %387 = stablehlo.convert %383 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %388 = stablehlo.convert %386 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %389 = stablehlo.constant dense<9> : tensor<i32>
    %390 = stablehlo.constant dense<0> : tensor<i32>
    %391 = stablehlo.constant dense<0> : tensor<i32>
    %392 = stablehlo.reshape %387 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %393 = stablehlo.dynamic_update_slice %352, %392, %389, %391, %arg1, %390, %390 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %394 = stablehlo.reshape %388 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %395 = stablehlo.dynamic_update_slice %354, %394, %389, %391, %arg1, %390, %390 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %396 = stablehlo.slice %395 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %397 = stablehlo.reshape %396 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %398 = stablehlo.slice %393 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %399 = stablehlo.reshape %398 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %400 = stablehlo.composite "mlxla.attention" %379, %399, %397, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %401 = stablehlo.reshape %400 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %402 = stablehlo.convert %arg90 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %403 = stablehlo.dot_general %401, %402, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %404 = stablehlo.add %374, %403 : tensor<1x2048xf32>
    %405 = stablehlo.composite "mlxla.rms_norm" %404, %arg91 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %406 = stablehlo.convert %arg92 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %407 = stablehlo.dot_general %405, %406, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %408 = stablehlo.convert %arg93 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %409 = stablehlo.dot_general %405, %408, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %410 = stablehlo.logistic %407 : tensor<1x8192xf32>
    %411 = stablehlo.multiply %407, %410 : tensor<1x8192xf32>
    %412 = stablehlo.multiply %411, %409 : tensor<1x8192xf32>
    %413 = stablehlo.convert %arg94 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %414 = stablehlo.dot_general %412, %413, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %415 = stablehlo.add %404, %414 : tensor<1x2048xf32>
    %416 = stablehlo.composite "mlxla.rms_norm" %415, %arg95 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %417 = stablehlo.convert %arg96 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %418 = stablehlo.dot_general %416, %417, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %419 = stablehlo.reshape %418 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %420 = stablehlo.composite "mlxla.rope" %419, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %421 = stablehlo.convert %arg97 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %422 = stablehlo.dot_general %416, %421, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %423 = stablehlo.reshape %422 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %424 = stablehlo.composite "mlxla.rope" %423, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %425 = stablehlo.convert %arg98 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %426 = stablehlo.dot_general %416, %425, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %427 = stablehlo.reshape %426 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %428 = stablehlo.convert %424 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %429 = stablehlo.convert %427 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %430 = stablehlo.constant dense<10> : tensor<i32>
    %431 = stablehlo.constant dense<0> : tensor<i32>
    %432 = stablehlo.constant dense<0> : tensor<i32>
    %433 = stablehlo.reshape %428 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %434 = stablehlo.dynamic_update_slice %393, %433, %430, %432, %arg1, %431, %431 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %435 = stablehlo.reshape %429 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %436 = stablehlo.dynamic_update_slice %395, %435, %430, %432, %arg1, %431, %431 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %437 = stablehlo.slice %436 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %438 = stablehlo.reshape %437 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %439 = stablehlo.slice %434 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %440 = stablehlo.reshape %439 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %441 = stablehlo.composite "mlxla.attention" %420, %440, %438, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %442 = stablehlo.reshape %441 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %443 = stablehlo.convert %arg99 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %444 = stablehlo.dot_general %442, %443, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %445 = stablehlo.add %415, %444 : tensor<1x2048xf32>
    %446 = stablehlo.composite "mlxla.rms_norm" %445, %arg100 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %447 = stablehlo.convert %arg101 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %448 = stablehlo.dot_general %446, %447, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %449 = stablehlo.convert %arg102 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %450 = stablehlo.dot_general %446, %449, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %451 = stablehlo.logistic %448 : tensor<1x8192xf32>
    %452 = stablehlo.multiply %448, %451 : tensor<1x8192xf32>
    %453 = stablehlo.multiply %452, %450 : tensor<1x8192xf32>
    %454 = stablehlo.convert %arg103 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %455 = stablehlo.dot_general %453, %454, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %456 = stablehlo.add %445, %455 : tensor<1x2048xf32>
    %457 = stablehlo.composite "mlxla.rms_norm" %456, %arg104 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %458 = stablehlo.convert %arg105 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %459 = stablehlo.dot_general %457, %458, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %460 = stablehlo.reshape %459 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %461 = stablehlo.composite "mlxla.rope" %460, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %462 = stablehlo.convert %arg106 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %463 = stablehlo.dot_general %457, %462, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %464 = stablehlo.reshape %463 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %465 = stablehlo.composite "mlxla.rope" %464, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %466 = stablehlo.convert %arg107 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %467 = stablehlo.dot_general %457, %466, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %468 = stablehlo.reshape %467 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %469 = stablehlo.convert %465 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %470 = stablehlo.convert %468 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %471 = stablehlo.constant dense<11> : tensor<i32>
    %472 = stablehlo.constant dense<0> : tensor<i32>
    %473 = stablehlo.constant dense<0> : tensor<i32>
    %474 = stablehlo.reshape %469 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %475 = stablehlo.dynamic_update_slice %434, %474, %471, %473, %arg1, %472, %472 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %476 = stablehlo.reshape %470 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %477 = stablehlo.dynamic_update_slice %436, %476, %471, %473, %arg1, %472, %472 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %478 = stablehlo.slice %477 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %479 = stablehlo.reshape %478 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %480 = stablehlo.slice %475 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %481 = stablehlo.reshape %480 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %482 = stablehlo.composite "mlxla.attention" %461, %481, %479, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %483 = stablehlo.reshape %482 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %484 = stablehlo.convert %arg108 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %485 = stablehlo.dot_general %483, %484, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %486 = stablehlo.add %456, %485 : tensor<1x2048xf32>
    %487 = stablehlo.composite "mlxla.rms_norm" %486, %arg109 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %488 = stablehlo.convert %arg110 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %489 = stablehlo.dot_general %487, %488, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %490 = stablehlo.convert %arg111 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %491 = stablehlo.dot_general %487, %490, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %492 = stablehlo.logistic %489 : tensor<1x8192xf32>
    %493 = stablehlo.multiply %489, %492 : tensor<1x8192xf32>
    %494 = stablehlo.multiply %493, %491 : tensor<1x8192xf32>
    %495 = stablehlo.convert %arg112 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %496 = stablehlo.dot_general %494, %495, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %497 = stablehlo.add %486, %496 : tensor<1x2048xf32>
    %498 = stablehlo.composite "mlxla.rms_norm" %497, %arg113 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %499 = stablehlo.convert %arg114 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %500 = stablehlo.dot_general %498, %499, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %501 = stablehlo.reshape %500 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %502 = stablehlo.composite "mlxla.rope" %501, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %503 = stablehlo.convert %arg115 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %504 = stablehlo.dot_general %498, %503, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %505 = stablehlo.reshape %504 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %506 = stablehlo.composite "mlxla.rope" %505, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %507 = stablehlo.convert %arg116 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %508 = stablehlo.dot_general %498, %507, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %509 = stablehlo.reshape %508 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %510 = stablehlo.convert %506 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %511 = stablehlo.convert %509 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %512 = stablehlo.constant dense<12> : tensor<i32>
    %513 = stablehlo.constant dense<0> : tensor<i32>
    %514 = stablehlo.constant dense<0> : tensor<i32>
    %515 = stablehlo.reshape %510 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %516 = stablehlo.dynamic_update_slice %475, %515, %512, %514, %arg1, %513, %513 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %517 = stablehlo.reshape %511 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %518 = stablehlo.dynamic_update_slice %477, %517, %512, %514, %arg1, %513, %513 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %519 = stablehlo.slice %518 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %520 = stablehlo.reshape %519 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %521 = stablehlo.slice %516 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %522 = stablehlo.reshape %521 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %523 = stablehlo.composite "mlxla.attention" %502, %522, %520, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %524 = stablehlo.reshape %523 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %525 = stablehlo.convert %arg117 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %526 = stablehlo.dot_general %524, %525, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %527 = stablehlo.add %497, %526 : tensor<1x2048xf32>
    %528 = stablehlo.composite "mlxla.rms_norm" %527, %arg118 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %529 = stablehlo.convert %arg119 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %530 = stablehlo.dot_general %528, %529, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %531 = stablehlo.convert %arg120 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %532 = stablehlo.dot_general %528, %531, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %533 = stablehlo.logistic %530 : tensor<1x8192xf32>
    %534 = stablehlo.multiply %530, %533 : tensor<1x8192xf32>
    %535 = stablehlo.multiply %534, %532 : tensor<1x8192xf32>
    %536 = stablehlo.convert %arg121 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %537 = stablehlo.dot_general %535, %536, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %538 = stablehlo.add %527, %537 : tensor<1x2048xf32>
    %539 = stablehlo.composite "mlxla.rms_norm" %538, %arg122 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %540 = stablehlo.convert %arg123 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %541 = stablehlo.dot_general %539, %540, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %542 = stablehlo.reshape %541 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %543 = stablehlo.composite "mlxla.rope" %542, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %544 = stablehlo.convert %arg124 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %545 = stablehlo.dot_general %539, %544, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %546 = stablehlo.reshape %545 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %547 = stablehlo.composite "mlxla.rope" %546, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %548 = stablehlo.convert %arg125 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %549 = stablehlo.dot_general %539, %548, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %550 = stablehlo.reshape %549 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %551 = stablehlo.convert %547 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %552 = stablehlo.convert %550 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %553 = stablehlo.constant dense<13> : tensor<i32>
    %554 = stablehlo.constant dense<0> : tensor<i32>
    %555 = stablehlo.constant dense<0> : tensor<i32>
    %556 = stablehlo.reshape %551 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %557 = stablehlo.dynamic_update_slice %516, %556, %553, %555, %arg1, %554, %554 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %558 = stablehlo.reshape %552 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %559 = stablehlo.dynamic_update_slice %518, %558, %553, %555, %arg1, %554, %554 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %560 = stablehlo.slice %559 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %561 = stablehlo.reshape %560 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %562 = stablehlo.slice %557 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %563 = stablehlo.reshape %562 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %564 = stablehlo.composite "mlxla.attention" %543, %563, %561, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %565 = stablehlo.reshape %564 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %566 = stablehlo.convert %arg126 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %567 = stablehlo.dot_general %565, %566, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %568 = stablehlo.add %538, %567 : tensor<1x2048xf32>
    %569 = stablehlo.composite "mlxla.rms_norm" %568, %arg127 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %570 = stablehlo.convert %arg128 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %571 = stablehlo.dot_general %569, %570, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %572 = stablehlo.convert %arg129 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %573 = stablehlo.dot_general %569, %572, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %574 = stablehlo.logistic %571 : tensor<1x8192xf32>
    %575 = stablehlo.multiply %571, %574 : tensor<1x8192xf32>
    %576 = stablehlo.multiply %575, %573 : tensor<1x8192xf32>
    %577 = stablehlo.convert %arg130 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %578 = stablehlo.dot_general %576, %577, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %579 = stablehlo.add %568, %578 : tensor<1x2048xf32>
    %580 = stablehlo.composite "mlxla.rms_norm" %579, %arg131 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %581 = stablehlo.convert %arg132 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %582 = stablehlo.dot_general %580, %581, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %583 = stablehlo.reshape %582 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %584 = stablehlo.composite "mlxla.rope" %583, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %585 = stablehlo.convert %arg133 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %586 = stablehlo.dot_general %580, %585, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %587 = stablehlo.reshape %586 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %588 = stablehlo.composite "mlxla.rope" %587, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %589 = stablehlo.convert %arg134 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %590 = stablehlo.dot_general %580, %589, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %591 = stablehlo.reshape %590 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %592 = stablehlo.convert %588 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %593 = stablehlo.convert %591 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %594 = stablehlo.constant dense<14> : tensor<i32>
    %595 = stablehlo.constant dense<0> : tensor<i32>
    %596 = stablehlo.constant dense<0> : tensor<i32>
    %597 = stablehlo.reshape %592 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %598 = stablehlo.dynamic_update_slice %557, %597, %594, %596, %arg1, %595, %595 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %599 = stablehlo.reshape %593 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %600 = stablehlo.dynamic_update_slice %559, %599, %594, %596, %arg1, %595, %595 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %601 = stablehlo.slice %600 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %602 = stablehlo.reshape %601 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %603 = stablehlo.slice %598 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %604 = stablehlo.reshape %603 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %605 = stablehlo.composite "mlxla.attention" %584, %604, %602, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %606 = stablehlo.reshape %605 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %607 = stablehlo.convert %arg135 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %608 = stablehlo.dot_general %606, %607, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %609 = stablehlo.add %579, %608 : tensor<1x2048xf32>
    %610 = stablehlo.composite "mlxla.rms_norm" %609, %arg136 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %611 = stablehlo.convert %arg137 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %612 = stablehlo.dot_general %610, %611, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %613 = stablehlo.convert %arg138 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %614 = stablehlo.dot_general %610, %613, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %615 = stablehlo.logistic %612 : tensor<1x8192xf32>
    %616 = stablehlo.multiply %612, %615 : tensor<1x8192xf32>
    %617 = stablehlo.multiply %616, %614 : tensor<1x8192xf32>
    %618 = stablehlo.convert %arg139 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %619 = stablehlo.dot_general %617, %618, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %620 = stablehlo.add %609, %619 : tensor<1x2048xf32>
    %621 = stablehlo.composite "mlxla.rms_norm" %620, %arg140 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %622 = stablehlo.convert %arg141 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %623 = stablehlo.dot_general %621, %622, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %624 = stablehlo.reshape %623 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %625 = stablehlo.composite "mlxla.rope" %624, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %626 = stablehlo.convert %arg142 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %627 = stablehlo.dot_general %621, %626, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %628 = stablehlo.reshape %627 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %629 = stablehlo.composite "mlxla.rope" %628, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %630 = stablehlo.convert %arg143 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %631 = stablehlo.dot_general %621, %630, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %632 = stablehlo.reshape %631 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %633 = stablehlo.convert %629 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %634 = stablehlo.convert %632 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %635 = stablehlo.constant dense<15> : tensor<i32>
    %636 = stablehlo.constant dense<0> : tensor<i32>
    %637 = stablehlo.constant dense<0> : tensor<i32>
    %638 = stablehlo.reshape %633 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %639 = stablehlo.dynamic_update_slice %598, %638, %635, %637, %arg1, %636, %636 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %640 = stablehlo.reshape %634 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %641 = stablehlo.dynamic_update_slice %600, %640, %635, %637, %arg1, %636, %636 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %642 = stablehlo.slice %641 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %643 = stablehlo.reshape %642 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %644 = stablehlo.slice %639 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %645 = stablehlo.reshape %644 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %646 = stablehlo.composite "mlxla.attention" %625, %645, %643, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %647 = stablehlo.reshape %646 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %648 = stablehlo.convert %arg144 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %649 = stablehlo.dot_general %647, %648, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %650 = stablehlo.add %620, %649 : tensor<1x2048xf32>
    %651 = stablehlo.composite "mlxla.rms_norm" %650, %arg145 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %652 = stablehlo.convert %arg146 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %653 = stablehlo.dot_general %651, %652, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %654 = stablehlo.convert %arg147 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %655 = stablehlo.dot_general %651, %654, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %656 = stablehlo.logistic %653 : tensor<1x8192xf32>
    %657 = stablehlo.multiply %653, %656 : tensor<1x8192xf32>
    %658 = stablehlo.multiply %657, %655 : tensor<1x8192xf32>
    %659 = stablehlo.convert %arg148 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %660 = stablehlo.dot_general %658, %659, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %661 = stablehlo.add %650, %660 : tensor<1x2048xf32>
    %662 = stablehlo.composite "mlxla.rms_norm" %661, %arg149 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %663 = stablehlo.convert %arg4 : (tensor<128256x2048xf16>) -> tensor<128256x2048xf32>
    %664 = stablehlo.dot_general %662, %663, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<128256x2048xf32>) -> tensor<1x128256xf32>
    %665 = stablehlo.composite "mlxla.argmax" %664 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %665, %639, %641 : tensor<1xi32>, tensor<16x1x64x8x64xf16>, tensor<16x1x64x8x64xf16>
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
  func.func private @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1(%arg0: tensor<1x32x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x32x64xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.6636012, 0.4403666, 0.29222783, 0.19392274, 0.12868737, 0.0853971, 0.056669623, 0.03760603, 0.024955409, 0.01656044, 0.010989528, 0.0072926646, 0.0048394212, 0.003211446, 0.0012905479, 0.0004295568, 9.708288e-05, 1.9461639e-05, 1.29147675e-05, 8.570256e-06, 5.6872323e-06, 3.7740542e-06, 2.5044671e-06, 1.6619674e-06, 1.1028836e-06, 7.31875e-07, 4.856731e-07, 3.222933e-07, 2.1387423e-07, 1.419272e-07, 9.4183065e-08]> : tensor<32xf32>
    %1 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x32xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<1x32xf32>
    %5 = stablehlo.cosine %4 : tensor<1x32xf32>
    %6 = stablehlo.sine %4 : tensor<1x32xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x32x64xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x32x64xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %13 = stablehlo.negate %12 : tensor<1x32x32xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<1x32x64xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<1x32x64xf32>
    %17 = stablehlo.add %16, %15 : tensor<1x32x64xf32>
    return %17 : tensor<1x32x64xf32>
  }
  func.func private @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1(%arg0: tensor<1x8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x8x64xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.6636012, 0.4403666, 0.29222783, 0.19392274, 0.12868737, 0.0853971, 0.056669623, 0.03760603, 0.024955409, 0.01656044, 0.010989528, 0.0072926646, 0.0048394212, 0.003211446, 0.0012905479, 0.0004295568, 9.708288e-05, 1.9461639e-05, 1.29147675e-05, 8.570256e-06, 5.6872323e-06, 3.7740542e-06, 2.5044671e-06, 1.6619674e-06, 1.1028836e-06, 7.31875e-07, 4.856731e-07, 3.222933e-07, 2.1387423e-07, 1.419272e-07, 9.4183065e-08]> : tensor<32xf32>
    %1 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x32xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<1x32xf32>
    %5 = stablehlo.cosine %4 : tensor<1x32xf32>
    %6 = stablehlo.sine %4 : tensor<1x32xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x8x64xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x8x64xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %13 = stablehlo.negate %12 : tensor<1x8x32xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<1x8x64xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<1x8x64xf32>
    %17 = stablehlo.add %16, %15 : tensor<1x8x64xf32>
    return %17 : tensor<1x8x64xf32>
  }
  func.func private @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a(%arg0: tensor<1x32x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x8x64xf16> {mlxla.name = "arg1"}, %arg2: tensor<64x8x64xf16> {mlxla.name = "arg2"}, %arg3: tensor<1xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<1x32x64xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %1 = stablehlo.convert %arg1 : (tensor<64x8x64xf16>) -> tensor<64x8x64xf32>
    %2 = stablehlo.convert %arg2 : (tensor<64x8x64xf16>) -> tensor<64x8x64xf32>
    %3 = stablehlo.dot_general %0, %1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<1x8x4x64xf32>, tensor<64x8x64xf32>) -> tensor<8x1x4x64xf32>
    %4 = stablehlo.constant dense<0.125> : tensor<8x1x4x64xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<8x1x4x64xf32>
    %6 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %7 = stablehlo.constant dense<1> : tensor<1xi32>
    %8 = stablehlo.add %arg3, %7 : tensor<1xi32>
    %9 = stablehlo.minimum %8, %6 : tensor<1xi32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<1xi32>) -> tensor<8x1x4x64xi32>
    %11 = stablehlo.iota dim = 3 : tensor<8x1x4x64xi32>
    %12 = stablehlo.compare LT, %11, %10 : (tensor<8x1x4x64xi32>, tensor<8x1x4x64xi32>) -> tensor<8x1x4x64xi1>
    %13 = stablehlo.constant dense<-3.4028235e+38> : tensor<8x1x4x64xf32>
    %14 = stablehlo.select %12, %5, %13 : tensor<8x1x4x64xi1>, tensor<8x1x4x64xf32>
    %15 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %16 = stablehlo.reduce(%14 init: %15) applies stablehlo.maximum across dimensions = [3] : (tensor<8x1x4x64xf32>, tensor<f32>) -> tensor<8x1x4xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 2] : (tensor<8x1x4xf32>) -> tensor<8x1x4x64xf32>
    %18 = stablehlo.subtract %14, %17 : tensor<8x1x4x64xf32>
    %19 = stablehlo.exponential %18 : tensor<8x1x4x64xf32>
    %20 = stablehlo.constant dense<0.0> : tensor<f32>
    %21 = stablehlo.reduce(%19 init: %20) applies stablehlo.add across dimensions = [3] : (tensor<8x1x4x64xf32>, tensor<f32>) -> tensor<8x1x4xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1, 2] : (tensor<8x1x4xf32>) -> tensor<8x1x4x64xf32>
    %23 = stablehlo.divide %19, %22 : tensor<8x1x4x64xf32>
    %24 = stablehlo.dot_general %23, %2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x1x4x64xf32>, tensor<64x8x64xf32>) -> tensor<8x1x4x64xf32>
    %25 = stablehlo.transpose %24, dims = [1, 0, 2, 3] : (tensor<8x1x4x64xf32>) -> tensor<1x8x4x64xf32>
    %26 = stablehlo.reshape %25 : (tensor<1x8x4x64xf32>) -> tensor<1x32x64xf32>
    return %26 : tensor<1x32x64xf32>
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
