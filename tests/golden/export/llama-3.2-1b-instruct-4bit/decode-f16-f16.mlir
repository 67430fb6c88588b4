module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<16x1x64x8x64xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<16x1x64x8x64xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<128256x2048xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<2048x2048xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<512x2048xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<512x2048xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<2048x2048xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<8192x2048xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<8192x2048xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<2048x8192xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<2048x2048xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<512x2048xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<512x2048xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<2048x2048xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<8192x2048xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<8192x2048xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<2048x8192xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<2048x2048xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<512x2048xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<512x2048xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<2048x2048xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<8192x2048xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<8192x2048xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<2048x8192xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<2048x2048xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<512x2048xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<512x2048xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<2048x2048xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<8192x2048xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<8192x2048xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<2048x8192xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<2048x2048xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<512x2048xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<512x2048xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<2048x2048xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<8192x2048xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<8192x2048xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<2048x8192xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg51: tensor<2048x2048xf16> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg52: tensor<512x2048xf16> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg53: tensor<512x2048xf16> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg54: tensor<2048x2048xf16> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg55: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg56: tensor<8192x2048xf16> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg57: tensor<8192x2048xf16> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg58: tensor<2048x8192xf16> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg59: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg60: tensor<2048x2048xf16> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg61: tensor<512x2048xf16> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg62: tensor<512x2048xf16> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg63: tensor<2048x2048xf16> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg64: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg65: tensor<8192x2048xf16> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg66: tensor<8192x2048xf16> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg67: tensor<2048x8192xf16> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg68: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg69: tensor<2048x2048xf16> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg70: tensor<512x2048xf16> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg71: tensor<512x2048xf16> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg72: tensor<2048x2048xf16> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg73: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg74: tensor<8192x2048xf16> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg75: tensor<8192x2048xf16> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg76: tensor<2048x8192xf16> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg77: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg78: tensor<2048x2048xf16> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg79: tensor<512x2048xf16> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg80: tensor<512x2048xf16> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg81: tensor<2048x2048xf16> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg82: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg83: tensor<8192x2048xf16> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg84: tensor<8192x2048xf16> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg85: tensor<2048x8192xf16> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg86: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg87: tensor<2048x2048xf16> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg88: tensor<512x2048xf16> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg89: tensor<512x2048xf16> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg90: tensor<2048x2048xf16> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg91: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg92: tensor<8192x2048xf16> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg93: tensor<8192x2048xf16> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg94: tensor<2048x8192xf16> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg95: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg96: tensor<2048x2048xf16> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg97: tensor<512x2048xf16> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg98: tensor<512x2048xf16> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg99: tensor<2048x2048xf16> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg100: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg101: tensor<8192x2048xf16> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg102: tensor<8192x2048xf16> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg103: tensor<2048x8192xf16> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg104: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg105: tensor<2048x2048xf16> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg106: tensor<512x2048xf16> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg107: tensor<512x2048xf16> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg108: tensor<2048x2048xf16> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg109: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg110: tensor<8192x2048xf16> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg111: tensor<8192x2048xf16> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg112: tensor<2048x8192xf16> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg113: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg114: tensor<2048x2048xf16> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg115: tensor<512x2048xf16> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg116: tensor<512x2048xf16> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg117: tensor<2048x2048xf16> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg118: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg119: tensor<8192x2048xf16> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg120: tensor<8192x2048xf16> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg121: tensor<2048x8192xf16> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg122: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg123: tensor<2048x2048xf16> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg124: tensor<512x2048xf16> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg125: tensor<512x2048xf16> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg126: tensor<2048x2048xf16> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg127: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg128: tensor<8192x2048xf16> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg129: tensor<8192x2048xf16> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg130: tensor<2048x8192xf16> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg131: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg132: tensor<2048x2048xf16> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg133: tensor<512x2048xf16> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg134: tensor<512x2048xf16> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg135: tensor<2048x2048xf16> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg136: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg137: tensor<8192x2048xf16> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg138: tensor<8192x2048xf16> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg139: tensor<2048x8192xf16> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg140: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg141: tensor<2048x2048xf16> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg142: tensor<512x2048xf16> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg143: tensor<512x2048xf16> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg144: tensor<2048x2048xf16> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg145: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg146: tensor<8192x2048xf16> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg147: tensor<8192x2048xf16> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg148: tensor<2048x8192xf16> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg149: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<16x1x64x8x64xf32> {mlxla.name = "k_cache"}, tensor<16x1x64x8x64xf32> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg4, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 2048>} : (tensor<128256x2048xf16>, tensor<1x1xi32>) -> tensor<1x2048xf16>
    %5 = stablehlo.convert %4 : (tensor<1x2048xf16>) -> tensor<1x2048xf32>
    %6 = stablehlo.convert %5 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %7 = stablehlo.convert %6 : (tensor<1x2048xf16>) -> tensor<1x2048xf32>
    %8 = stablehlo.composite "mlxla.rms_norm" %7, %arg5 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %9 = stablehlo.convert %8 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %10 = stablehlo.dot_general %9, %arg6, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %11 = stablehlo.reshape %10 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %12 = stablehlo.composite "mlxla.rope" %11, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %13 = stablehlo.convert %8 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %14 = stablehlo.dot_general %13, %arg7, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %15 = stablehlo.reshape %14 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %16 = stablehlo.composite "mlxla.rope" %15, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %17 = stablehlo.convert %8 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %18 = stablehlo.dot_general %17, %arg8, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %19 = stablehlo.reshape %18 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %20 = stablehlo.constant dense<0> : tensor<i32>
    %21 = stablehlo.constant dense<0> : tensor<i32>
    %22 = stablehlo.constant dense<0> : tensor<i32>
    %23 = stablehlo.reshape %16 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %24 = stablehlo.dynamic_update_slice %arg2, %23, %20, %22, %arg1, %21, %21 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %25 = stablehlo.reshape %19 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %26 = stablehlo.dynamic_update_slice %arg3, %25, %20, %22, %arg1, %21, %21 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %27 = stablehlo.slice %24 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %28 = stablehlo.reshape %27 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %29 = stablehlo.slice %26 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %30 = stablehlo.reshape %29 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %31 = stablehlo.composite "mlxla.attention" %12, %28, %30, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %32 = stablehlo.reshape %31 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %33 = stablehlo.convert %32 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %34 = stablehlo.dot_general %33, %arg9, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %35 = stablehlo.add %7, %34 : tensor<1x2048xf32>
    %36 = stablehlo.composite "mlxla.rms_norm" %35, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %37 = stablehlo.convert %36 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %38 = stablehlo.dot_general %37, %arg11, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %39 = stablehlo.logistic %38 : tensor<1x8192xf32>
    %40 = stablehlo.multiply %38, %39 : tensor<1x8192xf32>
    %41 = stablehlo.convert %36 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %42 = stablehlo.dot_general %41, %arg12, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %43 = stablehlo.multiply %40, %42 : tensor<1x8192xf32>
    %44 = stablehlo.convert %43 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %45 = stablehlo.dot_general %44, %arg13, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %46 = stablehlo.add %35, %45 : tensor<1x2048xf32>
    %47 = stablehlo.composite "mlxla.rms_norm" %46, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %48 = stablehlo.convert %47 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %49 = stablehlo.dot_general %48, %arg15, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %50 = stablehlo.reshape %49 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %51 = stablehlo.composite "mlxla.rope" %50, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %52 = stablehlo.convert %47 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %53 = stablehlo.dot_general %52, %arg16, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %54 = stablehlo.reshape %53 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %55 = stablehlo.composite "mlxla.rope" %54, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %56 = stablehlo.convert %47 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %57 = stablehlo.dot_general %56, %arg17, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %58 = stablehlo.reshape %57 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %59 = stablehlo.constant dense<1> : tensor<i32>
    %60 = stablehlo.constant dense<0> : tensor<i32>
    %61 = stablehlo.constant dense<0> : tensor<i32>
    %62 = stablehlo.reshape %55 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %63 = stablehlo.dynamic_update_slice %24, %62, %59, %61, %arg1, %60, %60 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %64 = stablehlo.reshape %58 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %65 = stablehlo.dynamic_update_slice %26, %64, %59, %61, %arg1, %60, %60 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %66 = stablehlo.slice %63 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %67 = stablehlo.reshape %66 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %68 = stablehlo.slice %65 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %69 = stablehlo.reshape %68 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %70 = stablehlo.composite "mlxla.attention" %51, %67, %69, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %72 = stablehlo.convert %71 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %73 = stablehlo.dot_general %72, %arg18, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %74 = stablehlo.add %46, %73 : tensor<1x2048xf32>
    %75 = stablehlo.composite "mlxla.rms_norm" %74, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %76 = stablehlo.convert %75 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %77 = stablehlo.dot_general %76, %arg20, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %78 = stablehlo.logistic %77 : tensor<1x8192xf32>
    %79 = stablehlo.multiply %77, %78 : tensor<1x8192xf32>
    %80 = stablehlo.convert %75 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %81 = stablehlo.dot_general %80, %arg21, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %82 = stablehlo.multiply %79, %81 : tensor<1x8192xf32>
    %83 = stablehlo.convert %82 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %84 = stablehlo.dot_general %83, %arg22, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %85 = stablehlo.add %74, %84 : tensor<1x2048xf32>
    %86 = stablehlo.composite "mlxla.rms_norm" %85, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %87 = stablehlo.convert %86 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %88 = stablehlo.dot_general %87, %arg24, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %89 = stablehlo.reshape %88 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %90 = stablehlo.composite "mlxla.rope" %89, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %91 = stablehlo.convert %86 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %92 = stablehlo.dot_general %91, %arg25, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %93 = stablehlo.reshape %92 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %94 = stablehlo.composite "mlxla.rope" %93, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %95 = stablehlo.convert %86 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %96 = stablehlo.dot_general %95, %arg26, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %97 = stablehlo.reshape %96 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %98 = stablehlo.constant dense<2> : tensor<i32>
    %99 = stablehlo.constant dense<0> : tensor<i32>
    %100 = stablehlo.constant dense<0> : tensor<i32>
    %101 = stablehlo.reshape %94 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %102 = stablehlo.dynamic_update_slice %63, %101, %98, %100, %arg1, %99, %99 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %103 = stablehlo.reshape %97 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %104 = stablehlo.dynamic_update_slice %65, %103, %98, %100, %arg1, %99, %99 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %105 = stablehlo.slice %102 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %106 = stablehlo.reshape %105 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %107 = stablehlo.slice %104 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %108 = stablehlo.reshape %107 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %109 = stablehlo.composite "mlxla.attention" %90, %106, %108, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %110 = stablehlo.reshape %109 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %111 = stablehlo.convert %110 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %112 = stablehlo.dot_general %111, %arg27, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %113 = stablehlo.add %85, %112 : tensor<1x2048xf32>
    %114 = stablehlo.composite "mlxla.rms_norm" %113, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %115 = stablehlo.convert %114 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %116 = stablehlo.dot_general %115, %arg29, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %117 = stablehlo.logistic %116 : tensor<1x8192xf32>
    %118 = stablehlo.multiply %116, %117 : tensor<1x8192xf32>
    %119 = stablehlo.convert %114 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %120 = stablehlo.dot_general %119, %arg30, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %121 = stablehlo.multiply %118, %120 : tensor<1x8192xf32>
    %122 = stablehlo.convert %121 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %123 = stablehlo.dot_general %122, %arg31, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %124 = stablehlo.add %113, %123 : tensor<1x2048xf32>
    %125 = stablehlo.composite "mlxla.rms_norm" %124, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %126 = stablehlo.convert %125 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %127 = stablehlo.dot_general %126, %arg33, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %128 = stablehlo.reshape %127 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %129 = stablehlo.composite "mlxla.rope" %128, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %130 = stablehlo.convert %125 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %131 = stablehlo.dot_general %130, %arg34, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %132 = stablehlo.reshape %131 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %133 = stablehlo.composite "mlxla.rope" %132, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %134 = stablehlo.convert %125 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %135 = stablehlo.dot_general %134, %arg35, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %136 = stablehlo.reshape %135 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %137 = stablehlo.constant dense<3> : tensor<i32>
    %138 = stablehlo.constant dense<0> : tensor<i32>
    %139 = stablehlo.constant dense<0> : tensor<i32>
    %140 = stablehlo.reshape %133 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %141 = stablehlo.dynamic_update_slice %102, %140, %137, %139, %arg1, %138, %138 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %142 = stablehlo.reshape %136 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %143 = stablehlo.dynamic_update_slice %104, %142, %137, %139, %arg1, %138, %138 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %144 = stablehlo.slice %141 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %145 = stablehlo.reshape %144 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %146 = stablehlo.slice %143 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %147 = stablehlo.reshape %146 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %148 = stablehlo.composite "mlxla.attention" %129, %145, %147, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %149 = stablehlo.reshape %148 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %150 = stablehlo.convert %149 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %151 = stablehlo.dot_general %150, %arg36, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %152 = stablehlo.add %124, %151 : tensor<1x2048xf32>
    %153 = stablehlo.composite "mlxla.rms_norm" %152, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %154 = stablehlo.convert %153 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %155 = stablehlo.dot_general %154, %arg38, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %156 = stablehlo.logistic %155 : tensor<1x8192xf32>
    %157 = stablehlo.multiply %155, %156 : tensor<1x8192xf32>
    %158 = stablehlo.convert %153 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %159 = stablehlo.dot_general %158, %arg39, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %160 = stablehlo.multiply %157, %159 : tensor<1x8192xf32>
    %161 = stablehlo.convert %160 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %162 = stablehlo.dot_general %161, %arg40, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %163 = stablehlo.add %152, %162 : tensor<1x2048xf32>
    %164 = stablehlo.composite "mlxla.rms_norm" %163, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %165 = stablehlo.convert %164 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %166 = stablehlo.dot_general %165, %arg42, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %167 = stablehlo.reshape %166 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %168 = stablehlo.composite "mlxla.rope" %167, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %169 = stablehlo.convert %164 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %170 = stablehlo.dot_general %169, %arg43, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %171 = stablehlo.reshape %170 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %172 = stablehlo.composite "mlxla.rope" %171, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %173 = stablehlo.convert %164 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %174 = stablehlo.dot_general %173, %arg44, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %175 = stablehlo.reshape %174 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %176 = stablehlo.constant dense<4> : tensor<i32>
    %177 = stablehlo.constant dense<0> : tensor<i32>
    %178 = stablehlo.constant dense<0> : tensor<i32>
    %179 = stablehlo.reshape %172 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %180 = stablehlo.dynamic_update_slice %141, %179, %176, %178, %arg1, %177, %177 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %181 = stablehlo.reshape %175 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %182 = stablehlo.dynamic_update_slice %143, %181, %176, %178, %arg1, %177, %177 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %183 = stablehlo.slice %180 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %184 = stablehlo.reshape %183 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %185 = stablehlo.slice %182 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %186 = stablehlo.reshape %185 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %187 = stablehlo.composite "mlxla.attention" %168, %184, %186, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %188 = stablehlo.reshape %187 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %189 = stablehlo.convert %188 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %190 = stablehlo.dot_general %189, %arg45, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %191 = stablehlo.add %163, %190 : tensor<1x2048xf32>
    %192 = stablehlo.composite "mlxla.rms_norm" %191, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %193 = stablehlo.convert %192 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %194 = stablehlo.dot_general %193, %arg47, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %195 = stablehlo.logistic %194 : tensor<1x8192xf32>
    %196 = stablehlo.multiply %194, %195 : tensor<1x8192xf32>
    %197 = stablehlo.convert %192 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %198 = stablehlo.dot_general %197, %arg48, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %199 = stablehlo.multiply %196, %198 : tensor<1x8192xf32>
    %200 = stablehlo.convert %199 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %201 = stablehlo.dot_general %200, %arg49, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %202 = stablehlo.add %191, %201 : tensor<1x2048xf32>
    %203 = stablehlo.composite "mlxla.rms_norm" %202, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %204 = stablehlo.convert %203 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %205 = stablehlo.dot_general %204, %arg51, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %206 = stablehlo.reshape %205 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %207 = stablehlo.composite "mlxla.rope" %206, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %208 = stablehlo.convert %203 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %209 = stablehlo.dot_general %208, %arg52, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %210 = stablehlo.reshape %209 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %211 = stablehlo.composite "mlxla.rope" %210, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %212 = stablehlo.convert %203 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %213 = stablehlo.dot_general %212, %arg53, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %214 = stablehlo.reshape %213 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %215 = stablehlo.constant dense<5> : tensor<i32>
    %216 = stablehlo.constant dense<0> : tensor<i32>
    %217 = stablehlo.constant dense<0> : tensor<i32>
    %218 = stablehlo.reshape %211 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %219 = stablehlo.dynamic_update_slice %180, %218, %215, %217, %arg1, %216, %216 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %220 = stablehlo.reshape %214 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %221 = stablehlo.dynamic_update_slice %182, %220, %215, %217, %arg1, %216, %216 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %222 = stablehlo.slice %219 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %223 = stablehlo.reshape %222 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %224 = stablehlo.slice %221 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %225 = stablehlo.reshape %224 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %226 = stablehlo.composite "mlxla.attention" %207, %223, %225, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %227 = stablehlo.reshape %226 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %228 = stablehlo.convert %227 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %229 = stablehlo.dot_general %228, %arg54, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %230 = stablehlo.add %202, %229 : tensor<1x2048xf32>
    %231 = stablehlo.composite "mlxla.rms_norm" %230, %arg55 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %232 = stablehlo.convert %231 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %233 = stablehlo.dot_general %232, %arg56, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %234 = stablehlo.logistic %233 : tensor<1x8192xf32>
    %235 = stablehlo.multiply %233, %234 : tensor<1x8192xf32>
    %236 = stablehlo.convert %231 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %237 = stablehlo.dot_general %236, %arg57, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %238 = stablehlo.multiply %235, %237 : tensor<1x8192xf32>
    %239 = stablehlo.convert %238 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %240 = stablehlo.dot_general %239, %arg58, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %241 = stablehlo.add %230, %240 : tensor<1x2048xf32>
    %242 = stablehlo.composite "mlxla.rms_norm" %241, %arg59 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %243 = stablehlo.convert %242 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %244 = stablehlo.dot_general %243, %arg60, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %245 = stablehlo.reshape %244 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %246 = stablehlo.composite "mlxla.rope" %245, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %247 = stablehlo.convert %242 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %248 = stablehlo.dot_general %247, %arg61, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %249 = stablehlo.reshape %248 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %250 = stablehlo.composite "mlxla.rope" %249, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %251 = stablehlo.convert %242 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %252 = stablehlo.dot_general %251, %arg62, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %253 = stablehlo.reshape %252 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %254 = stablehlo.constant dense<6> : tensor<i32>
    %255 = stablehlo.constant dense<0> : tensor<i32>
    %256 = stablehlo.constant dense<0> : tensor<i32>
    %257 = stablehlo.reshape %250 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %258 = stablehlo.dynamic_update_slice %219, %257, %254, %256, %arg1, %255, %255 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %259 = stablehlo.reshape %253 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %260 = stablehlo.dynamic_update_slice %221, %259, %254, %256, %arg1, %255, %255 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %261 = stablehlo.slice %258 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %262 = stablehlo.reshape %261 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %263 = stablehlo.slice %260 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %264 = stablehlo.reshape %263 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %265 = stablehlo.composite "mlxla.attention" %246, %262, %264, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %266 = stablehlo.reshape %265 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %267 = stablehlo.convert %266 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %268 = stablehlo.dot_general %267, %arg63, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %269 = stablehlo.add %241, %268 : tensor<1x2048xf32>
    %270 = stablehlo.composite "mlxla.rms_norm" %269, %arg64 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %271 = stablehlo.convert %270 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %272 = stablehlo.dot_general %271, %arg65, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %273 = stablehlo.logistic %272 : tensor<1x8192xf32>
    %274 = stablehlo.multiply %272, %273 : tensor<1x8192xf32>
    %275 = stablehlo.convert %270 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %276 = stablehlo.dot_general %275, %arg66, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %277 = stablehlo.multiply %274, %276 : tensor<1x8192xf32>
    %278 = stablehlo.convert %277 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %279 = stablehlo.dot_general %278, %arg67, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %280 = stablehlo.add %269, %279 : tensor<1x2048xf32>
    %281 = stablehlo.composite "mlxla.rms_norm" %280, %arg68 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %282 = stablehlo.convert %281 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %283 = stablehlo.dot_general %282, %arg69, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %284 = stablehlo.reshape %283 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %285 = stablehlo.composite "mlxla.rope" %284, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %286 = stablehlo.convert %281 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %287 = stablehlo.dot_general %286, %arg70, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %288 = stablehlo.reshape %287 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %289 = stablehlo.composite "mlxla.rope" %288, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %290 = stablehlo.convert %281 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %291 = stablehlo.dot_general %290, %arg71, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %292 = stablehlo.reshape %291 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %293 = stablehlo.constant dense<7> : tensor<i32>
    %294 = stablehlo.constant dense<0> : tensor<i32>
    %295 = stablehlo.constant dense<0> : tensor<i32>
    %296 = stablehlo.reshape %289 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %297 = stablehlo.dynamic_update_slice %258, %296, %293, %295, %arg1, %294, %294 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %298 = stablehlo.reshape %292 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %299 = stablehlo.dynamic_update_slice %260, %298, %293, %295, %arg1, %294, %294 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %300 = stablehlo.slice %297 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %301 = stablehlo.reshape %300 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %302 = stablehlo.slice %299 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %303 = stablehlo.reshape %302 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %304 = stablehlo.composite "mlxla.attention" %285, %301, %303, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %305 = stablehlo.reshape %304 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %306 = stablehlo.convert %305 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %307 = stablehlo.dot_general %306, %arg72, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %308 = stablehlo.add %280, %307 : tensor<1x2048xf32>
    %309 = stablehlo.composite "mlxla.rms_norm" %308, %arg73 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %310 = stablehlo.convert %309 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %311 = stablehlo.dot_general %310, %arg74, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %312 = stablehlo.logistic %311 : tensor<1x8192xf32>
    %313 = stablehlo.multiply %311, %312 : tensor<1x8192xf32>
    %314 = stablehlo.convert %309 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %315 = stablehlo.dot_general %314, %arg75, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %316 = stablehlo.multiply %313, %315 : tensor<1x8192xf32>
    %317 = stablehlo.convert %316 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %318 = stablehlo.dot_general %317, %arg76, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %319 = stablehlo.add %308, %318 : tensor<1x2048xf32>
    %320 = stablehlo.composite "mlxla.rms_norm" %319, %arg77 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %321 = stablehlo.convert %320 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %322 = stablehlo.dot_general %321, %arg78, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %323 = stablehlo.reshape %322 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %324 = stablehlo.composite "mlxla.rope" %323, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %325 = stablehlo.convert %320 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %326 = stablehlo.dot_general %325, %arg79, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %327 = stablehlo.reshape %326 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %328 = stablehlo.composite "mlxla.rope" %327, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %329 = stablehlo.convert %320 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %330 = stablehlo.dot_general %329, %arg80, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %331 = stablehlo.reshape %330 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %332 = stablehlo.constant dense<8> : tensor<i32>
    %333 = stablehlo.constant dense<0> : tensor<i32>
    %334 = stablehlo.constant dense<0> : tensor<i32>
    %335 = stablehlo.reshape %328 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %336 = stablehlo.dynamic_update_slice %297, %335, %332, %334, %arg1, %333, %333 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %337 = stablehlo.reshape %331 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %338 = stablehlo.dynamic_update_slice %299, %337, %332, %334, %arg1, %333, %333 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %339 = stablehlo.slice %336 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %340 = stablehlo.reshape %339 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %341 = stablehlo.slice %338 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %342 = stablehlo.reshape %341 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %343 = stablehlo.composite "mlxla.attention" %324, %340, %342, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %344 = stablehlo.reshape %343 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %345 = stablehlo.convert %344 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %346 = stablehlo.dot_general %345, %arg81, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %347 = stablehlo.add %319, %346 : tensor<1x2048xf32>
    %348 = stablehlo.composite "mlxla.rms_norm" %347, %arg82 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %349 = stablehlo.convert %348 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %350 = stablehlo.dot_general %349, %arg83, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %351 = stablehlo.logistic %350 : tensor<1x8192xf32>
    %352 = stablehlo.multiply %350, %351 : tensor<1x8192xf32>
    %353 = stablehlo.convert %348 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %354 = stablehlo.dot_general %353, %arg84, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %355 = stablehlo.multiply %352, %354 : tensor<1x8192xf32>
    %356 = stablehlo.convert %355 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %357 = stablehlo.dot_general %356, %arg85, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %358 = stablehlo.add %347, %357 : tensor<1x2048xf32>
    %359 = stablehlo.composite "mlxla.rms_norm" %358, %arg86 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %360 = stablehlo.convert %359 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %361 = stablehlo.dot_general %360, %arg87, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %362 = stablehlo.reshape %361 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %363 = stablehlo.composite "mlxla.rope" %362, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %364 = stablehlo.convert %359 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %365 = stablehlo.dot_general %364, %arg88, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %366 = stablehlo.reshape %365 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %367 = stablehlo.composite "mlxla.rope" %366, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %368 = stablehlo.convert %359 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %369 = stablehlo.dot_general %368, %arg89, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %370 = stablehlo.reshape %369 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %371 = stablehlo.constant dense<9> : tensor<i32>
    %372 = stablehlo.constant dense<0> : tensor<i32>
    %373 = stablehlo.constant dense<0> : tensor<i32>
    %374 = stablehlo.reshape %367 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %375 = stablehlo.dynamic_update_slice %336, %374, %371, %373, %arg1, %372, %372 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %376 = stablehlo.reshape %370 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %377 = stablehlo.dynamic_update_slice %338, %376, %371, %373, %arg1, %372, %372 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %378 = stablehlo.slice %375 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %379 = stablehlo.reshape %378 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %380 = stablehlo.slice %377 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %381 = stablehlo.reshape %380 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %382 = stablehlo.composite "mlxla.attention" %363, %379, %381, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %383 = stablehlo.reshape %382 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %384 = stablehlo.convert %383 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %385 = stablehlo.dot_general %384, %arg90, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %386 = stablehlo.add %358, %385 : tensor<1x2048xf32>
    %387 = stablehlo.composite "mlxla.rms_norm" %386, %arg91 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %388 = stablehlo.convert %387 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %389 = stablehlo.dot_general %388, %arg92, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %390 = stablehlo.logistic %389 : tensor<1x8192xf32>
    %391 = stablehlo.multiply %389, %390 : tensor<1x8192xf32>
    %392 = stablehlo.convert %387 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %393 = stablehlo.dot_general %392, %arg93, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %394 = stablehlo.multiply %391, %393 : tensor<1x8192xf32>
    %395 = stablehlo.convert %394 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %396 = stablehlo.dot_general %395, %arg94, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %397 = stablehlo.add %386, %396 : tensor<1x2048xf32>
    %398 = stablehlo.composite "mlxla.rms_norm" %397, %arg95 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %399 = stablehlo.convert %398 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %400 = stablehlo.dot_general %399, %arg96, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %401 = stablehlo.reshape %400 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %402 = stablehlo.composite "mlxla.rope" %401, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %403 = stablehlo.convert %398 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %404 = stablehlo.dot_general %403, %arg97, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %405 = stablehlo.reshape %404 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %406 = stablehlo.composite "mlxla.rope" %405, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %407 = stablehlo.convert %398 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %408 = stablehlo.dot_general %407, %arg98, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %409 = stablehlo.reshape %408 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %410 = stablehlo.constant dense<10> : tensor<i32>
    %411 = stablehlo.constant dense<0> : tensor<i32>
    %412 = stablehlo.constant dense<0> : tensor<i32>
    %413 = stablehlo.reshape %406 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %414 = stablehlo.dynamic_update_slice %375, %413, %410, %412, %arg1, %411, %411 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %415 = stablehlo.reshape %409 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %416 = stablehlo.dynamic_update_slice %377, %415, %410, %412, %arg1, %411, %411 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %417 = stablehlo.slice %414 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %418 = stablehlo.reshape %417 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %419 = stablehlo.slice %416 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %420 = stablehlo.reshape %419 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %421 = stablehlo.composite "mlxla.attention" %402, %418, %420, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %422 = stablehlo.reshape %421 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %423 = stablehlo.convert %422 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %424 = stablehlo.dot_general %423, %arg99, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %425 = stablehlo.add %397, %424 : tensor<1x2048xf32>
    %426 = stablehlo.composite "mlxla.rms_norm" %425, %arg100 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %427 = stablehlo.convert %426 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %428 = stablehlo.dot_general %427, %arg101, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %429 = stablehlo.logistic %428 : tensor<1x8192xf32>
    %430 = stablehlo.multiply %428, %429 : tensor<1x8192xf32>
    %431 = stablehlo.convert %426 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %432 = stablehlo.dot_general %431, %arg102, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %433 = stablehlo.multiply %430, %432 : tensor<1x8192xf32>
    %434 = stablehlo.convert %433 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %435 = stablehlo.dot_general %434, %arg103, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %436 = stablehlo.add %425, %435 : tensor<1x2048xf32>
    %437 = stablehlo.composite "mlxla.rms_norm" %436, %arg104 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %438 = stablehlo.convert %437 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %439 = stablehlo.dot_general %438, %arg105, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %440 = stablehlo.reshape %439 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %441 = stablehlo.composite "mlxla.rope" %440, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %442 = stablehlo.convert %437 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %443 = stablehlo.dot_general %442, %arg106, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %444 = stablehlo.reshape %443 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %445 = stablehlo.composite "mlxla.rope" %444, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %446 = stablehlo.convert %437 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %447 = stablehlo.dot_general %446, %arg107, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %448 = stablehlo.reshape %447 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %449 = stablehlo.constant dense<11> : tensor<i32>
    %450 = stablehlo.constant dense<0> : tensor<i32>
    %451 = stablehlo.constant dense<0> : tensor<i32>
    %452 = stablehlo.reshape %445 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %453 = stablehlo.dynamic_update_slice %414, %452, %449, %451, %arg1, %450, %450 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %454 = stablehlo.reshape %448 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %455 = stablehlo.dynamic_update_slice %416, %454, %449, %451, %arg1, %450, %450 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %456 = stablehlo.slice %453 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %457 = stablehlo.reshape %456 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %458 = stablehlo.slice %455 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %459 = stablehlo.reshape %458 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %460 = stablehlo.composite "mlxla.attention" %441, %457, %459, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %461 = stablehlo.reshape %460 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %462 = stablehlo.convert %461 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %463 = stablehlo.dot_general %462, %arg108, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %464 = stablehlo.add %436, %463 : tensor<1x2048xf32>
    %465 = stablehlo.composite "mlxla.rms_norm" %464, %arg109 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %466 = stablehlo.convert %465 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %467 = stablehlo.dot_general %466, %arg110, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %468 = stablehlo.logistic %467 : tensor<1x8192xf32>
    %469 = stablehlo.multiply %467, %468 : tensor<1x8192xf32>
    %470 = stablehlo.convert %465 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %471 = stablehlo.dot_general %470, %arg111, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %472 = stablehlo.multiply %469, %471 : tensor<1x8192xf32>
    %473 = stablehlo.convert %472 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %474 = stablehlo.dot_general %473, %arg112, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %475 = stablehlo.add %464, %474 : tensor<1x2048xf32>
    %476 = stablehlo.composite "mlxla.rms_norm" %475, %arg113 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %477 = stablehlo.convert %476 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %478 = stablehlo.dot_general %477, %arg114, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %479 = stablehlo.reshape %478 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %480 = stablehlo.composite "mlxla.rope" %479, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %481 = stablehlo.convert %476 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %482 = stablehlo.dot_general %481, %arg115, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %483 = stablehlo.reshape %482 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %484 = stablehlo.composite "mlxla.rope" %483, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %485 = stablehlo.convert %476 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %486 = stablehlo.dot_general %485, %arg116, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %487 = stablehlo.reshape %486 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %488 = stablehlo.constant dense<12> : tensor<i32>
    %489 = stablehlo.constant dense<0> : tensor<i32>
    %490 = stablehlo.constant dense<0> : tensor<i32>
    %491 = stablehlo.reshape %484 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %492 = stablehlo.dynamic_update_slice %453, %491, %488, %490, %arg1, %489, %489 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %493 = stablehlo.reshape %487 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %494 = stablehlo.dynamic_update_slice %455, %493, %488, %490, %arg1, %489, %489 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %495 = stablehlo.slice %492 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %496 = stablehlo.reshape %495 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %497 = stablehlo.slice %494 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %498 = stablehlo.reshape %497 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %499 = stablehlo.composite "mlxla.attention" %480, %496, %498, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %500 = stablehlo.reshape %499 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %501 = stablehlo.convert %500 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %502 = stablehlo.dot_general %501, %arg117, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %503 = stablehlo.add %475, %502 : tensor<1x2048xf32>
    %504 = stablehlo.composite "mlxla.rms_norm" %503, %arg118 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %505 = stablehlo.convert %504 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %506 = stablehlo.dot_general %505, %arg119, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %507 = stablehlo.logistic %506 : tensor<1x8192xf32>
    %508 = stablehlo.multiply %506, %507 : tensor<1x8192xf32>
    %509 = stablehlo.convert %504 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %510 = stablehlo.dot_general %509, %arg120, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %511 = stablehlo.multiply %508, %510 : tensor<1x8192xf32>
    %512 = stablehlo.convert %511 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %513 = stablehlo.dot_general %512, %arg121, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %514 = stablehlo.add %503, %513 : tensor<1x2048xf32>
    %515 = stablehlo.composite "mlxla.rms_norm" %514, %arg122 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %516 = stablehlo.convert %515 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %517 = stablehlo.dot_general %516, %arg123, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %518 = stablehlo.reshape %517 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %519 = stablehlo.composite "mlxla.rope" %518, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %520 = stablehlo.convert %515 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %521 = stablehlo.dot_general %520, %arg124, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %522 = stablehlo.reshape %521 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %523 = stablehlo.composite "mlxla.rope" %522, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %524 = stablehlo.convert %515 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %525 = stablehlo.dot_general %524, %arg125, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %526 = stablehlo.reshape %525 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %527 = stablehlo.constant dense<13> : tensor<i32>
    %528 = stablehlo.constant dense<0> : tensor<i32>
    %529 = stablehlo.constant dense<0> : tensor<i32>
    %530 = stablehlo.reshape %523 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %531 = stablehlo.dynamic_update_slice %492, %530, %527, %529, %arg1, %528, %528 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %532 = stablehlo.reshape %526 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %533 = stablehlo.dynamic_update_slice %494, %532, %527, %529, %arg1, %528, %528 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %534 = stablehlo.slice %531 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %535 = stablehlo.reshape %534 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %536 = stablehlo.slice %533 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %537 = stablehlo.reshape %536 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %538 = stablehlo.composite "mlxla.attention" %519, %535, %537, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %539 = stablehlo.reshape %538 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %540 = stablehlo.convert %539 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %541 = stablehlo.dot_general %540, %arg126, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %542 = stablehlo.add %514, %541 : tensor<1x2048xf32>
    %543 = stablehlo.composite "mlxla.rms_norm" %542, %arg127 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %544 = stablehlo.convert %543 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %545 = stablehlo.dot_general %544, %arg128, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %546 = stablehlo.logistic %545 : tensor<1x8192xf32>
    %547 = stablehlo.multiply %545, %546 : tensor<1x8192xf32>
    %548 = stablehlo.convert %543 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %549 = stablehlo.dot_general %548, %arg129, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %550 = stablehlo.multiply %547, %549 : tensor<1x8192xf32>
    %551 = stablehlo.convert %550 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %552 = stablehlo.dot_general %551, %arg130, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %553 = stablehlo.add %542, %552 : tensor<1x2048xf32>
    %554 = stablehlo.composite "mlxla.rms_norm" %553, %arg131 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %555 = stablehlo.convert %554 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %556 = stablehlo.dot_general %555, %arg132, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %557 = stablehlo.reshape %556 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %558 = stablehlo.composite "mlxla.rope" %557, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %559 = stablehlo.convert %554 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %560 = stablehlo.dot_general %559, %arg133, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %561 = stablehlo.reshape %560 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %562 = stablehlo.composite "mlxla.rope" %561, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %563 = stablehlo.convert %554 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %564 = stablehlo.dot_general %563, %arg134, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %565 = stablehlo.reshape %564 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %566 = stablehlo.constant dense<14> : tensor<i32>
    %567 = stablehlo.constant dense<0> : tensor<i32>
    %568 = stablehlo.constant dense<0> : tensor<i32>
    %569 = stablehlo.reshape %562 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %570 = stablehlo.dynamic_update_slice %531, %569, %566, %568, %arg1, %567, %567 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %571 = stablehlo.reshape %565 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %572 = stablehlo.dynamic_update_slice %533, %571, %566, %568, %arg1, %567, %567 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %573 = stablehlo.slice %570 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %574 = stablehlo.reshape %573 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %575 = stablehlo.slice %572 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %576 = stablehlo.reshape %575 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %577 = stablehlo.composite "mlxla.attention" %558, %574, %576, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %578 = stablehlo.reshape %577 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %579 = stablehlo.convert %578 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %580 = stablehlo.dot_general %579, %arg135, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %581 = stablehlo.add %553, %580 : tensor<1x2048xf32>
    %582 = stablehlo.composite "mlxla.rms_norm" %581, %arg136 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %583 = stablehlo.convert %582 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %584 = stablehlo.dot_general %583, %arg137, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %585 = stablehlo.logistic %584 : tensor<1x8192xf32>
    %586 = stablehlo.multiply %584, %585 : tensor<1x8192xf32>
    %587 = stablehlo.convert %582 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %588 = stablehlo.dot_general %587, %arg138, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %589 = stablehlo.multiply %586, %588 : tensor<1x8192xf32>
    %590 = stablehlo.convert %589 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %591 = stablehlo.dot_general %590, %arg139, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %592 = stablehlo.add %581, %591 : tensor<1x2048xf32>
    %593 = stablehlo.composite "mlxla.rms_norm" %592, %arg140 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %594 = stablehlo.convert %593 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %595 = stablehlo.dot_general %594, %arg141, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %596 = stablehlo.reshape %595 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %597 = stablehlo.composite "mlxla.rope" %596, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %598 = stablehlo.convert %593 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %599 = stablehlo.dot_general %598, %arg142, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %600 = stablehlo.reshape %599 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %601 = stablehlo.composite "mlxla.rope" %600, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %602 = stablehlo.convert %593 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %603 = stablehlo.dot_general %602, %arg143, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %604 = stablehlo.reshape %603 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %605 = stablehlo.constant dense<15> : tensor<i32>
    %606 = stablehlo.constant dense<0> : tensor<i32>
    %607 = stablehlo.constant dense<0> : tensor<i32>
    %608 = stablehlo.reshape %601 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %609 = stablehlo.dynamic_update_slice %570, %608, %605, %607, %arg1, %606, %606 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %610 = stablehlo.reshape %604 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %611 = stablehlo.dynamic_update_slice %572, %610, %605, %607, %arg1, %606, %606 : (tensor<16x1x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf32>
    %612 = stablehlo.slice %609 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %613 = stablehlo.reshape %612 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %614 = stablehlo.slice %611 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %615 = stablehlo.reshape %614 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %616 = stablehlo.composite "mlxla.attention" %597, %613, %615, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %617 = stablehlo.reshape %616 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %618 = stablehlo.convert %617 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %619 = stablehlo.dot_general %618, %arg144, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %620 = stablehlo.add %592, %619 : tensor<1x2048xf32>
    %621 = stablehlo.composite "mlxla.rms_norm" %620, %arg145 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %622 = stablehlo.convert %621 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %623 = stablehlo.dot_general %622, %arg146, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %624 = stablehlo.logistic %623 : tensor<1x8192xf32>
    %625 = stablehlo.multiply %623, %624 : tensor<1x8192xf32>
    %626 = stablehlo.convert %621 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %627 = stablehlo.dot_general %626, %arg147, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %628 = stablehlo.multiply %625, %627 : tensor<1x8192xf32>
    %629 = stablehlo.convert %628 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %630 = stablehlo.dot_general %629, %arg148, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %631 = stablehlo.add %620, %630 : tensor<1x2048xf32>
    %632 = stablehlo.composite "mlxla.rms_norm" %631, %arg149 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %633 = stablehlo.convert %632 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %634 = stablehlo.dot_general %633, %arg4, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<128256x2048xf16>) -> tensor<1x128256xf32>
    %635 = stablehlo.composite "mlxla.argmax" %634 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %635, %609, %611 : tensor<1xi32>, tensor<16x1x64x8x64xf32>, tensor<16x1x64x8x64xf32>
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
