module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<128256x2048xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<2048x2048xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<512x2048xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<512x2048xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<2048x2048xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<8192x2048xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<8192x2048xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<2048x8192xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<2048x2048xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<512x2048xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<512x2048xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<2048x2048xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<8192x2048xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<8192x2048xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<2048x8192xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<2048x2048xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<512x2048xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<512x2048xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<2048x2048xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<8192x2048xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<8192x2048xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<2048x8192xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<2048x2048xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<512x2048xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<512x2048xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<2048x2048xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<8192x2048xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<8192x2048xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<2048x8192xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<2048x2048xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<512x2048xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<512x2048xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<2048x2048xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<8192x2048xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<8192x2048xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<2048x8192xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg51: tensor<2048x2048xf16> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg52: tensor<512x2048xf16> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg53: tensor<512x2048xf16> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg54: tensor<2048x2048xf16> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg55: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg56: tensor<8192x2048xf16> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg57: tensor<8192x2048xf16> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg58: tensor<2048x8192xf16> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg59: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg60: tensor<2048x2048xf16> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg61: tensor<512x2048xf16> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg62: tensor<512x2048xf16> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg63: tensor<2048x2048xf16> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg64: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg65: tensor<8192x2048xf16> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg66: tensor<8192x2048xf16> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg67: tensor<2048x8192xf16> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg68: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg69: tensor<2048x2048xf16> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg70: tensor<512x2048xf16> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg71: tensor<512x2048xf16> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg72: tensor<2048x2048xf16> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg73: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg74: tensor<8192x2048xf16> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg75: tensor<8192x2048xf16> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg76: tensor<2048x8192xf16> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg77: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg78: tensor<2048x2048xf16> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg79: tensor<512x2048xf16> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg80: tensor<512x2048xf16> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg81: tensor<2048x2048xf16> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg82: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg83: tensor<8192x2048xf16> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg84: tensor<8192x2048xf16> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg85: tensor<2048x8192xf16> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg86: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg87: tensor<2048x2048xf16> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg88: tensor<512x2048xf16> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg89: tensor<512x2048xf16> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg90: tensor<2048x2048xf16> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg91: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg92: tensor<8192x2048xf16> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg93: tensor<8192x2048xf16> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg94: tensor<2048x8192xf16> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg95: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg96: tensor<2048x2048xf16> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg97: tensor<512x2048xf16> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg98: tensor<512x2048xf16> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg99: tensor<2048x2048xf16> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg100: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg101: tensor<8192x2048xf16> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg102: tensor<8192x2048xf16> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg103: tensor<2048x8192xf16> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg104: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg105: tensor<2048x2048xf16> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg106: tensor<512x2048xf16> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg107: tensor<512x2048xf16> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg108: tensor<2048x2048xf16> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg109: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg110: tensor<8192x2048xf16> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg111: tensor<8192x2048xf16> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg112: tensor<2048x8192xf16> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg113: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg114: tensor<2048x2048xf16> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg115: tensor<512x2048xf16> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg116: tensor<512x2048xf16> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg117: tensor<2048x2048xf16> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg118: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg119: tensor<8192x2048xf16> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg120: tensor<8192x2048xf16> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg121: tensor<2048x8192xf16> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg122: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg123: tensor<2048x2048xf16> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg124: tensor<512x2048xf16> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg125: tensor<512x2048xf16> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg126: tensor<2048x2048xf16> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg127: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg128: tensor<8192x2048xf16> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg129: tensor<8192x2048xf16> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg130: tensor<2048x8192xf16> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg131: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg132: tensor<2048x2048xf16> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg133: tensor<512x2048xf16> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg134: tensor<512x2048xf16> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg135: tensor<2048x2048xf16> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg136: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg137: tensor<8192x2048xf16> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg138: tensor<8192x2048xf16> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg139: tensor<2048x8192xf16> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg140: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg141: tensor<2048x2048xf16> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg142: tensor<512x2048xf16> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg143: tensor<512x2048xf16> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg144: tensor<2048x2048xf16> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg145: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg146: tensor<8192x2048xf16> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg147: tensor<8192x2048xf16> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg148: tensor<2048x8192xf16> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg149: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache"}, tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache"}) {
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
    %20 = stablehlo.convert %16 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %21 = stablehlo.convert %19 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %22 = stablehlo.constant dense<0> : tensor<i32>
    %23 = stablehlo.constant dense<0> : tensor<i32>
    %24 = stablehlo.constant dense<0> : tensor<i32>
    %25 = stablehlo.reshape %20 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %26 = stablehlo.dynamic_update_slice %arg2, %25, %22, %24, %arg1, %23, %23 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %27 = stablehlo.reshape %21 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %28 = stablehlo.dynamic_update_slice %arg3, %27, %22, %24, %arg1, %23, %23 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %29 = stablehlo.slice %28 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %30 = stablehlo.reshape %29 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %31 = stablehlo.slice %26 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %32 = stablehlo.reshape %31 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %33 = stablehlo.composite "mlxla.attention" %12, %32, %30, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %34 = stablehlo.reshape %33 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %35 = stablehlo.convert %34 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %36 = stablehlo.dot_general %35, %arg9, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %37 = stablehlo.add %7, %36 : tensor<1x2048xf32>
    %38 = stablehlo.composite "mlxla.rms_norm" %37, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %39 = stablehlo.convert %38 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %40 = stablehlo.dot_general %39, %arg11, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %41 = stablehlo.convert %38 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %42 = stablehlo.dot_general %41, %arg12, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %43 = stablehlo.logistic %40 : tensor<1x8192xf32>
    %44 = stablehlo.multiply %40, %43 : tensor<1x8192xf32>
    %45 = stablehlo.multiply %44, %42 : tensor<1x8192xf32>
    %46 = stablehlo.convert %45 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %47 = stablehlo.dot_general %46, %arg13, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %48 = stablehlo.add %37, %47 : tensor<1x2048xf32>
    %49 = stablehlo.composite "mlxla.rms_norm" %48, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %50 = stablehlo.convert %49 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %51 = stablehlo.dot_general %50, %arg15, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %52 = stablehlo.reshape %51 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %53 = stablehlo.composite "mlxla.rope" %52, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %54 = stablehlo.convert %49 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %55 = stablehlo.dot_general %54, %arg16, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %56 = stablehlo.reshape %55 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %57 = stablehlo.composite "mlxla.rope" %56, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %58 = stablehlo.convert %49 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %59 = stablehlo.dot_general %58, %arg17, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %60 = stablehlo.reshape %59 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %61 = stablehlo.convert %57 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %62 = stablehlo.convert %60 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %63 = stablehlo.constant dense<1> : tensor<i32>
    %64 = stablehlo.constant dense<0> : tensor<i32>
    %65 = stablehlo.constant dense<0> : tensor<i32>
    %66 = stablehlo.reshape %61 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %67 = stablehlo.dynamic_update_slice %26, %66, %63, %65, %arg1, %64, %64 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %68 = stablehlo.reshape %62 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %69 = stablehlo.dynamic_update_slice %28, %68, %63, %65, %arg1, %64, %64 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %70 = stablehlo.slice %69 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %71 = stablehlo.reshape %70 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %72 = stablehlo.slice %67 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %73 = stablehlo.reshape %72 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %74 = stablehlo.composite "mlxla.attention" %53, %73, %71, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %75 = stablehlo.reshape %74 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %76 = stablehlo.convert %75 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %77 = stablehlo.dot_general %76, %arg18, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %78 = stablehlo.add %48, %77 : tensor<1x2048xf32>
    %79 = stablehlo.composite "mlxla.rms_norm" %78, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %80 = stablehlo.convert %79 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %81 = stablehlo.dot_general %80, %arg20, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %82 = stablehlo.convert %79 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %83 = stablehlo.dot_general %82, %arg21, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %84 = stablehlo.logistic %81 : tensor<1x8192xf32>
    %85 = stablehlo.multiply %81, %84 : tensor<1x8192xf32>
    %86 = stablehlo.multiply %85, %83 : tensor<1x8192xf32>
    %87 = stablehlo.convert %86 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %88 = stablehlo.dot_general %87, %arg22, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %89 = stablehlo.add %78, %88 : tensor<1x2048xf32>
    %90 = stablehlo.composite "mlxla.rms_norm" %89, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %91 = stablehlo.convert %90 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %92 = stablehlo.dot_general %91, %arg24, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %93 = stablehlo.reshape %92 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %94 = stablehlo.composite "mlxla.rope" %93, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %95 = stablehlo.convert %90 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %96 = stablehlo.dot_general %95, %arg25, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %97 = stablehlo.reshape %96 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %98 = stablehlo.composite "mlxla.rope" %97, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %99 = stablehlo.convert %90 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %100 = stablehlo.dot_general %99, %arg26, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %101 = stablehlo.reshape %100 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %102 = stablehlo.convert %98 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %103 = stablehlo.convert %101 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %104 = stablehlo.constant dense<2> : tensor<i32>
    %105 = stablehlo.constant dense<0> : tensor<i32>
    %106 = stablehlo.constant dense<0> : tensor<i32>
    %107 = stablehlo.reshape %102 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %108 = stablehlo.dynamic_update_slice %67, %107, %104, %106, %arg1, %105, %105 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %109 = stablehlo.reshape %103 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %110 = stablehlo.dynamic_update_slice %69, %109, %104, %106, %arg1, %105, %105 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %111 = stablehlo.slice %110 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %112 = stablehlo.reshape %111 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %113 = stablehlo.slice %108 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %114 = stablehlo.reshape %113 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %115 = stablehlo.composite "mlxla.attention" %94, %114, %112, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %116 = stablehlo.reshape %115 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %117 = stablehlo.convert %116 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %118 = stablehlo.dot_general %117, %arg27, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %119 = stablehlo.add %89, %118 : tensor<1x2048xf32>
    %120 = stablehlo.composite "mlxla.rms_norm" %119, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %121 = stablehlo.convert %120 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %122 = stablehlo.dot_general %121, %arg29, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %123 = stablehlo.convert %120 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %124 = stablehlo.dot_general %123, %arg30, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %125 = stablehlo.logistic %122 : tensor<1x8192xf32>
    %126 = stablehlo.multiply %122, %125 : tensor<1x8192xf32>
    %127 = stablehlo.multiply %126, %124 : tensor<1x8192xf32>
    %128 = stablehlo.convert %127 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %129 = stablehlo.dot_general %128, %arg31, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %130 = stablehlo.add %119, %129 : tensor<1x2048xf32>
    %131 = stablehlo.composite "mlxla.rms_norm" %130, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %132 = stablehlo.convert %131 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %133 = stablehlo.dot_general %132, %arg33, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %134 = stablehlo.reshape %133 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %135 = stablehlo.composite "mlxla.rope" %134, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %136 = stablehlo.convert %131 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %137 = stablehlo.dot_general %136, %arg34, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %138 = stablehlo.reshape %137 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %139 = stablehlo.composite "mlxla.rope" %138, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %140 = stablehlo.convert %131 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %141 = stablehlo.dot_general %140, %arg35, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %142 = stablehlo.reshape %141 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %143 = stablehlo.convert %139 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %144 = stablehlo.convert %142 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %145 = stablehlo.constant dense<3> : tensor<i32>
    %146 = stablehlo.constant dense<0> : tensor<i32>
    %147 = stablehlo.constant dense<0> : tensor<i32>
    %148 = stablehlo.reshape %143 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %149 = stablehlo.dynamic_update_slice %108, %148, %145, %147, %arg1, %146, %146 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %150 = stablehlo.reshape %144 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %151 = stablehlo.dynamic_update_slice %110, %150, %145, %147, %arg1, %146, %146 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %152 = stablehlo.slice %151 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %153 = stablehlo.reshape %152 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %154 = stablehlo.slice %149 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %155 = stablehlo.reshape %154 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %156 = stablehlo.composite "mlxla.attention" %135, %155, %153, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %157 = stablehlo.reshape %156 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %158 = stablehlo.convert %157 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %159 = stablehlo.dot_general %158, %arg36, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %160 = stablehlo.add %130, %159 : tensor<1x2048xf32>
    %161 = stablehlo.composite "mlxla.rms_norm" %160, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %162 = stablehlo.convert %161 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %163 = stablehlo.dot_general %162, %arg38, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %164 = stablehlo.convert %161 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %165 = stablehlo.dot_general %164, %arg39, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %166 = stablehlo.logistic %163 : tensor<1x8192xf32>
    %167 = stablehlo.multiply %163, %166 : tensor<1x8192xf32>
    %168 = stablehlo.multiply %167, %165 : tensor<1x8192xf32>
    %169 = stablehlo.convert %168 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %170 = stablehlo.dot_general %169, %arg40, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %171 = stablehlo.add %160, %170 : tensor<1x2048xf32>
    %172 = stablehlo.composite "mlxla.rms_norm" %171, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %173 = stablehlo.convert %172 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %174 = stablehlo.dot_general %173, %arg42, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %175 = stablehlo.reshape %174 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %176 = stablehlo.composite "mlxla.rope" %175, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %177 = stablehlo.convert %172 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %178 = stablehlo.dot_general %177, %arg43, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %179 = stablehlo.reshape %178 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %180 = stablehlo.composite "mlxla.rope" %179, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %181 = stablehlo.convert %172 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %182 = stablehlo.dot_general %181, %arg44, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %183 = stablehlo.reshape %182 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %184 = stablehlo.convert %180 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %185 = stablehlo.convert %183 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %186 = stablehlo.constant dense<4> : tensor<i32>
    %187 = stablehlo.constant dense<0> : tensor<i32>
    %188 = stablehlo.constant dense<0> : tensor<i32>
    %189 = stablehlo.reshape %184 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %190 = stablehlo.dynamic_update_slice %149, %189, %186, %188, %arg1, %187, %187 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %191 = stablehlo.reshape %185 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %192 = stablehlo.dynamic_update_slice %151, %191, %186, %188, %arg1, %187, %187 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %193 = stablehlo.slice %192 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %194 = stablehlo.reshape %193 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %195 = stablehlo.slice %190 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %196 = stablehlo.reshape %195 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %197 = stablehlo.composite "mlxla.attention" %176, %196, %194, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %198 = stablehlo.reshape %197 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %199 = stablehlo.convert %198 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %200 = stablehlo.dot_general %199, %arg45, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %201 = stablehlo.add %171, %200 : tensor<1x2048xf32>
    %202 = stablehlo.composite "mlxla.rms_norm" %201, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %203 = stablehlo.convert %202 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %204 = stablehlo.dot_general %203, %arg47, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %205 = stablehlo.convert %202 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %206 = stablehlo.dot_general %205, %arg48, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %207 = stablehlo.logistic %204 : tensor<1x8192xf32>
    %208 = stablehlo.multiply %204, %207 : tensor<1x8192xf32>
    %209 = stablehlo.multiply %208, %206 : tensor<1x8192xf32>
    %210 = stablehlo.convert %209 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %211 = stablehlo.dot_general %210, %arg49, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %212 = stablehlo.add %201, %211 : tensor<1x2048xf32>
    %213 = stablehlo.composite "mlxla.rms_norm" %212, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %214 = stablehlo.convert %213 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %215 = stablehlo.dot_general %214, %arg51, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %216 = stablehlo.reshape %215 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %217 = stablehlo.composite "mlxla.rope" %216, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %218 = stablehlo.convert %213 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %219 = stablehlo.dot_general %218, %arg52, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %220 = stablehlo.reshape %219 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %221 = stablehlo.composite "mlxla.rope" %220, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %222 = stablehlo.convert %213 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %223 = stablehlo.dot_general %222, %arg53, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %224 = stablehlo.reshape %223 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %225 = stablehlo.convert %221 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %226 = stablehlo.convert %224 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %227 = stablehlo.constant dense<5> : tensor<i32>
    %228 = stablehlo.constant dense<0> : tensor<i32>
    %229 = stablehlo.constant dense<0> : tensor<i32>
    %230 = stablehlo.reshape %225 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %231 = stablehlo.dynamic_update_slice %190, %230, %227, %229, %arg1, %228, %228 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %232 = stablehlo.reshape %226 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %233 = stablehlo.dynamic_update_slice %192, %232, %227, %229, %arg1, %228, %228 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %234 = stablehlo.slice %233 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %235 = stablehlo.reshape %234 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %236 = stablehlo.slice %231 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %237 = stablehlo.reshape %236 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %238 = stablehlo.composite "mlxla.attention" %217, %237, %235, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %239 = stablehlo.reshape %238 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %240 = stablehlo.convert %239 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %241 = stablehlo.dot_general %240, %arg54, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %242 = stablehlo.add %212, %241 : tensor<1x2048xf32>
    %243 = stablehlo.composite "mlxla.rms_norm" %242, %arg55 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %244 = stablehlo.convert %243 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %245 = stablehlo.dot_general %244, %arg56, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %246 = stablehlo.convert %243 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %247 = stablehlo.dot_general %246, %arg57, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %248 = stablehlo.logistic %245 : tensor<1x8192xf32>
    %249 = stablehlo.multiply %245, %248 : tensor<1x8192xf32>
    %250 = stablehlo.multiply %249, %247 : tensor<1x8192xf32>
    %251 = stablehlo.convert %250 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %252 = stablehlo.dot_general %251, %arg58, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %253 = stablehlo.add %242, %252 : tensor<1x2048xf32>
    %254 = stablehlo.composite "mlxla.rms_norm" %253, %arg59 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %255 = stablehlo.convert %254 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %256 = stablehlo.dot_general %255, %arg60, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %257 = stablehlo.reshape %256 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %258 = stablehlo.composite "mlxla.rope" %257, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %259 = stablehlo.convert %254 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %260 = stablehlo.dot_general %259, %arg61, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %261 = stablehlo.reshape %260 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %262 = stablehlo.composite "mlxla.rope" %261, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %263 = stablehlo.convert %254 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %264 = stablehlo.dot_general %263, %arg62, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %265 = stablehlo.reshape %264 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %266 = stablehlo.convert %262 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %267 = stablehlo.convert %265 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %268 = stablehlo.constant dense<6> : tensor<i32>
    %269 = stablehlo.constant dense<0> : tensor<i32>
    %270 = stablehlo.constant dense<0> : tensor<i32>
    %271 = stablehlo.reshape %266 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %272 = stablehlo.dynamic_update_slice %231, %271, %268, %270, %arg1, %269, %269 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %273 = stablehlo.reshape %267 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %274 = stablehlo.dynamic_update_slice %233, %273, %268, %270, %arg1, %269, %269 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %275 = stablehlo.slice %274 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %276 = stablehlo.reshape %275 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %277 = stablehlo.slice %272 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %278 = stablehlo.reshape %277 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %279 = stablehlo.composite "mlxla.attention" %258, %278, %276, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %280 = stablehlo.reshape %279 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %281 = stablehlo.convert %280 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %282 = stablehlo.dot_general %281, %arg63, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %283 = stablehlo.add %253, %282 : tensor<1x2048xf32>
    %284 = stablehlo.composite "mlxla.rms_norm" %283, %arg64 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %285 = stablehlo.convert %284 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %286 = stablehlo.dot_general %285, %arg65, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %287 = stablehlo.convert %284 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %288 = stablehlo.dot_general %287, %arg66, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %289 = stablehlo.logistic %286 : tensor<1x8192xf32>
    %290 = stablehlo.multiply %286, %289 : tensor<1x8192xf32>
    %291 = stablehlo.multiply %290, %288 : tensor<1x8192xf32>
    %292 = stablehlo.convert %291 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %293 = stablehlo.dot_general %292, %arg67, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %294 = stablehlo.add %283, %293 : tensor<1x2048xf32>
    %295 = stablehlo.composite "mlxla.rms_norm" %294, %arg68 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %296 = stablehlo.convert %295 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %297 = stablehlo.dot_general %296, %arg69, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %298 = stablehlo.reshape %297 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %299 = stablehlo.composite "mlxla.rope" %298, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %300 = stablehlo.convert %295 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %301 = stablehlo.dot_general %300, %arg70, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %302 = stablehlo.reshape %301 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %303 = stablehlo.composite "mlxla.rope" %302, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %304 = stablehlo.convert %295 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %305 = stablehlo.dot_general %304, %arg71, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %306 = stablehlo.reshape %305 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %307 = stablehlo.convert %303 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %308 = stablehlo.convert %306 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %309 = stablehlo.constant dense<7> : tensor<i32>
    %310 = stablehlo.constant dense<0> : tensor<i32>
    %311 = stablehlo.constant dense<0> : tensor<i32>
    %312 = stablehlo.reshape %307 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %313 = stablehlo.dynamic_update_slice %272, %312, %309, %311, %arg1, %310, %310 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %314 = stablehlo.reshape %308 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %315 = stablehlo.dynamic_update_slice %274, %314, %309, %311, %arg1, %310, %310 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %316 = stablehlo.slice %315 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %317 = stablehlo.reshape %316 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %318 = stablehlo.slice %313 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %319 = stablehlo.reshape %318 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %320 = stablehlo.composite "mlxla.attention" %299, %319, %317, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %321 = stablehlo.reshape %320 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %322 = stablehlo.convert %321 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %323 = stablehlo.dot_general %322, %arg72, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %324 = stablehlo.add %294, %323 : tensor<1x2048xf32>
    %325 = stablehlo.composite "mlxla.rms_norm" %324, %arg73 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %326 = stablehlo.convert %325 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %327 = stablehlo.dot_general %326, %arg74, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %328 = stablehlo.convert %325 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %329 = stablehlo.dot_general %328, %arg75, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %330 = stablehlo.logistic %327 : tensor<1x8192xf32>
    %331 = stablehlo.multiply %327, %330 : tensor<1x8192xf32>
    %332 = stablehlo.multiply %331, %329 : tensor<1x8192xf32>
    %333 = stablehlo.convert %332 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %334 = stablehlo.dot_general %333, %arg76, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %335 = stablehlo.add %324, %334 : tensor<1x2048xf32>
    %336 = stablehlo.composite "mlxla.rms_norm" %335, %arg77 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %337 = stablehlo.convert %336 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %338 = stablehlo.dot_general %337, %arg78, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %339 = stablehlo.reshape %338 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %340 = stablehlo.composite "mlxla.rope" %339, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %341 = stablehlo.convert %336 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %342 = stablehlo.dot_general %341, %arg79, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %343 = stablehlo.reshape %342 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %344 = stablehlo.composite "mlxla.rope" %343, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %345 = stablehlo.convert %336 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %346 = stablehlo.dot_general %345, %arg80, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %347 = stablehlo.reshape %346 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %348 = stablehlo.convert %344 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %349 = stablehlo.convert %347 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %350 = stablehlo.constant dense<8> : tensor<i32>
    %351 = stablehlo.constant dense<0> : tensor<i32>
    %352 = stablehlo.constant dense<0> : tensor<i32>
    %353 = stablehlo.reshape %348 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %354 = stablehlo.dynamic_update_slice %313, %353, %350, %352, %arg1, %351, %351 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %355 = stablehlo.reshape %349 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %356 = stablehlo.dynamic_update_slice %315, %355, %350, %352, %arg1, %351, %351 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %357 = stablehlo.slice %356 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %358 = stablehlo.reshape %357 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %359 = stablehlo.slice %354 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %360 = stablehlo.reshape %359 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %361 = stablehlo.composite "mlxla.attention" %340, %360, %358, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %362 = stablehlo.reshape %361 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %363 = stablehlo.convert %362 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %364 = stablehlo.dot_general %363, %arg81, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %365 = stablehlo.add %335, %364 : tensor<1x2048xf32>
    %366 = stablehlo.composite "mlxla.rms_norm" %365, %arg82 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %367 = stablehlo.convert %366 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %368 = stablehlo.dot_general %367, %arg83, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %369 = stablehlo.convert %366 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %370 = stablehlo.dot_general %369, %arg84, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %371 = stablehlo.logistic %368 : tensor<1x8192xf32>
    %372 = stablehlo.multiply %368, %371 : tensor<1x8192xf32>
    %373 = stablehlo.multiply %372, %370 : tensor<1x8192xf32>
    %374 = stablehlo.convert %373 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %375 = stablehlo.dot_general %374, %arg85, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %376 = stablehlo.add %365, %375 : tensor<1x2048xf32>
    %377 = stablehlo.composite "mlxla.rms_norm" %376, %arg86 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %378 = stablehlo.convert %377 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %379 = stablehlo.dot_general %378, %arg87, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %380 = stablehlo.reshape %379 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %381 = stablehlo.composite "mlxla.rope" %380, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %382 = stablehlo.convert %377 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %383 = stablehlo.dot_general %382, %arg88, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %384 = stablehlo.reshape %383 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %385 = stablehlo.composite "mlxla.rope" %384, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %386 = stablehlo.convert %377 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %387 = stablehlo.dot_general %386, %arg89, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %388 = stablehlo.reshape %387 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %389 = stablehlo.convert %385 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %390 = stablehlo.convert %388 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %391 = stablehlo.constant dense<9> : tensor<i32>
    %392 = stablehlo.constant dense<0> : tensor<i32>
    %393 = stablehlo.constant dense<0> : tensor<i32>
    %394 = stablehlo.reshape %389 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %395 = stablehlo.dynamic_update_slice %354, %394, %391, %393, %arg1, %392, %392 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %396 = stablehlo.reshape %390 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %397 = stablehlo.dynamic_update_slice %356, %396, %391, %393, %arg1, %392, %392 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %398 = stablehlo.slice %397 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %399 = stablehlo.reshape %398 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %400 = stablehlo.slice %395 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %401 = stablehlo.reshape %400 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %402 = stablehlo.composite "mlxla.attention" %381, %401, %399, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %403 = stablehlo.reshape %402 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %404 = stablehlo.convert %403 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %405 = stablehlo.dot_general %404, %arg90, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %406 = stablehlo.add %376, %405 : tensor<1x2048xf32>
    %407 = stablehlo.composite "mlxla.rms_norm" %406, %arg91 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %408 = stablehlo.convert %407 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %409 = stablehlo.dot_general %408, %arg92, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %410 = stablehlo.convert %407 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %411 = stablehlo.dot_general %410, %arg93, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %412 = stablehlo.logistic %409 : tensor<1x8192xf32>
    %413 = stablehlo.multiply %409, %412 : tensor<1x8192xf32>
    %414 = stablehlo.multiply %413, %411 : tensor<1x8192xf32>
    %415 = stablehlo.convert %414 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %416 = stablehlo.dot_general %415, %arg94, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %417 = stablehlo.add %406, %416 : tensor<1x2048xf32>
    %418 = stablehlo.composite "mlxla.rms_norm" %417, %arg95 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %419 = stablehlo.convert %418 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %420 = stablehlo.dot_general %419, %arg96, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %421 = stablehlo.reshape %420 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %422 = stablehlo.composite "mlxla.rope" %421, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %423 = stablehlo.convert %418 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %424 = stablehlo.dot_general %423, %arg97, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %425 = stablehlo.reshape %424 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %426 = stablehlo.composite "mlxla.rope" %425, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %427 = stablehlo.convert %418 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %428 = stablehlo.dot_general %427, %arg98, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %429 = stablehlo.reshape %428 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %430 = stablehlo.convert %426 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %431 = stablehlo.convert %429 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %432 = stablehlo.constant dense<10> : tensor<i32>
    %433 = stablehlo.constant dense<0> : tensor<i32>
    %434 = stablehlo.constant dense<0> : tensor<i32>
    %435 = stablehlo.reshape %430 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %436 = stablehlo.dynamic_update_slice %395, %435, %432, %434, %arg1, %433, %433 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %437 = stablehlo.reshape %431 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %438 = stablehlo.dynamic_update_slice %397, %437, %432, %434, %arg1, %433, %433 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %439 = stablehlo.slice %438 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %440 = stablehlo.reshape %439 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %441 = stablehlo.slice %436 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %442 = stablehlo.reshape %441 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %443 = stablehlo.composite "mlxla.attention" %422, %442, %440, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %444 = stablehlo.reshape %443 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %445 = stablehlo.convert %444 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %446 = stablehlo.dot_general %445, %arg99, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %447 = stablehlo.add %417, %446 : tensor<1x2048xf32>
    %448 = stablehlo.composite "mlxla.rms_norm" %447, %arg100 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %449 = stablehlo.convert %448 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %450 = stablehlo.dot_general %449, %arg101, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %451 = stablehlo.convert %448 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %452 = stablehlo.dot_general %451, %arg102, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %453 = stablehlo.logistic %450 : tensor<1x8192xf32>
    %454 = stablehlo.multiply %450, %453 : tensor<1x8192xf32>
    %455 = stablehlo.multiply %454, %452 : tensor<1x8192xf32>
    %456 = stablehlo.convert %455 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %457 = stablehlo.dot_general %456, %arg103, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %458 = stablehlo.add %447, %457 : tensor<1x2048xf32>
    %459 = stablehlo.composite "mlxla.rms_norm" %458, %arg104 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %460 = stablehlo.convert %459 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %461 = stablehlo.dot_general %460, %arg105, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %462 = stablehlo.reshape %461 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %463 = stablehlo.composite "mlxla.rope" %462, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %464 = stablehlo.convert %459 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %465 = stablehlo.dot_general %464, %arg106, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %466 = stablehlo.reshape %465 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %467 = stablehlo.composite "mlxla.rope" %466, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %468 = stablehlo.convert %459 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %469 = stablehlo.dot_general %468, %arg107, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %470 = stablehlo.reshape %469 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %471 = stablehlo.convert %467 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %472 = stablehlo.convert %470 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %473 = stablehlo.constant dense<11> : tensor<i32>
    %474 = stablehlo.constant dense<0> : tensor<i32>
    %475 = stablehlo.constant dense<0> : tensor<i32>
    %476 = stablehlo.reshape %471 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %477 = stablehlo.dynamic_update_slice %436, %476, %473, %475, %arg1, %474, %474 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %478 = stablehlo.reshape %472 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %479 = stablehlo.dynamic_update_slice %438, %478, %473, %475, %arg1, %474, %474 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %480 = stablehlo.slice %479 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %481 = stablehlo.reshape %480 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %482 = stablehlo.slice %477 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %483 = stablehlo.reshape %482 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %484 = stablehlo.composite "mlxla.attention" %463, %483, %481, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %485 = stablehlo.reshape %484 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %486 = stablehlo.convert %485 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %487 = stablehlo.dot_general %486, %arg108, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %488 = stablehlo.add %458, %487 : tensor<1x2048xf32>
    %489 = stablehlo.composite "mlxla.rms_norm" %488, %arg109 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %490 = stablehlo.convert %489 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %491 = stablehlo.dot_general %490, %arg110, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %492 = stablehlo.convert %489 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %493 = stablehlo.dot_general %492, %arg111, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %494 = stablehlo.logistic %491 : tensor<1x8192xf32>
    %495 = stablehlo.multiply %491, %494 : tensor<1x8192xf32>
    %496 = stablehlo.multiply %495, %493 : tensor<1x8192xf32>
    %497 = stablehlo.convert %496 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %498 = stablehlo.dot_general %497, %arg112, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %499 = stablehlo.add %488, %498 : tensor<1x2048xf32>
    %500 = stablehlo.composite "mlxla.rms_norm" %499, %arg113 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %501 = stablehlo.convert %500 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %502 = stablehlo.dot_general %501, %arg114, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %503 = stablehlo.reshape %502 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %504 = stablehlo.composite "mlxla.rope" %503, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %505 = stablehlo.convert %500 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %506 = stablehlo.dot_general %505, %arg115, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %507 = stablehlo.reshape %506 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %508 = stablehlo.composite "mlxla.rope" %507, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %509 = stablehlo.convert %500 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %510 = stablehlo.dot_general %509, %arg116, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %511 = stablehlo.reshape %510 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %512 = stablehlo.convert %508 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %513 = stablehlo.convert %511 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %514 = stablehlo.constant dense<12> : tensor<i32>
    %515 = stablehlo.constant dense<0> : tensor<i32>
    %516 = stablehlo.constant dense<0> : tensor<i32>
    %517 = stablehlo.reshape %512 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %518 = stablehlo.dynamic_update_slice %477, %517, %514, %516, %arg1, %515, %515 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %519 = stablehlo.reshape %513 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %520 = stablehlo.dynamic_update_slice %479, %519, %514, %516, %arg1, %515, %515 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %521 = stablehlo.slice %520 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %522 = stablehlo.reshape %521 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %523 = stablehlo.slice %518 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %524 = stablehlo.reshape %523 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %525 = stablehlo.composite "mlxla.attention" %504, %524, %522, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %526 = stablehlo.reshape %525 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %527 = stablehlo.convert %526 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %528 = stablehlo.dot_general %527, %arg117, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %529 = stablehlo.add %499, %528 : tensor<1x2048xf32>
    %530 = stablehlo.composite "mlxla.rms_norm" %529, %arg118 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %531 = stablehlo.convert %530 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %532 = stablehlo.dot_general %531, %arg119, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %533 = stablehlo.convert %530 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %534 = stablehlo.dot_general %533, %arg120, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %535 = stablehlo.logistic %532 : tensor<1x8192xf32>
    %536 = stablehlo.multiply %532, %535 : tensor<1x8192xf32>
    %537 = stablehlo.multiply %536, %534 : tensor<1x8192xf32>
    %538 = stablehlo.convert %537 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %539 = stablehlo.dot_general %538, %arg121, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %540 = stablehlo.add %529, %539 : tensor<1x2048xf32>
    %541 = stablehlo.composite "mlxla.rms_norm" %540, %arg122 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %542 = stablehlo.convert %541 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %543 = stablehlo.dot_general %542, %arg123, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %544 = stablehlo.reshape %543 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %545 = stablehlo.composite "mlxla.rope" %544, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %546 = stablehlo.convert %541 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %547 = stablehlo.dot_general %546, %arg124, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %548 = stablehlo.reshape %547 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %549 = stablehlo.composite "mlxla.rope" %548, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %550 = stablehlo.convert %541 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %551 = stablehlo.dot_general %550, %arg125, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %552 = stablehlo.reshape %551 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %553 = stablehlo.convert %549 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %554 = stablehlo.convert %552 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %555 = stablehlo.constant dense<13> : tensor<i32>
    %556 = stablehlo.constant dense<0> : tensor<i32>
    %557 = stablehlo.constant dense<0> : tensor<i32>
    %558 = stablehlo.reshape %553 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %559 = stablehlo.dynamic_update_slice %518, %558, %555, %557, %arg1, %556, %556 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %560 = stablehlo.reshape %554 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %561 = stablehlo.dynamic_update_slice %520, %560, %555, %557, %arg1, %556, %556 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %562 = stablehlo.slice %561 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %563 = stablehlo.reshape %562 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %564 = stablehlo.slice %559 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %565 = stablehlo.reshape %564 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %566 = stablehlo.composite "mlxla.attention" %545, %565, %563, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %567 = stablehlo.reshape %566 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %568 = stablehlo.convert %567 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %569 = stablehlo.dot_general %568, %arg126, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %570 = stablehlo.add %540, %569 : tensor<1x2048xf32>
    %571 = stablehlo.composite "mlxla.rms_norm" %570, %arg127 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %572 = stablehlo.convert %571 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %573 = stablehlo.dot_general %572, %arg128, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %574 = stablehlo.convert %571 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %575 = stablehlo.dot_general %574, %arg129, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %576 = stablehlo.logistic %573 : tensor<1x8192xf32>
    %577 = stablehlo.multiply %573, %576 : tensor<1x8192xf32>
    %578 = stablehlo.multiply %577, %575 : tensor<1x8192xf32>
    %579 = stablehlo.convert %578 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %580 = stablehlo.dot_general %579, %arg130, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %581 = stablehlo.add %570, %580 : tensor<1x2048xf32>
    %582 = stablehlo.composite "mlxla.rms_norm" %581, %arg131 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %583 = stablehlo.convert %582 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %584 = stablehlo.dot_general %583, %arg132, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %585 = stablehlo.reshape %584 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %586 = stablehlo.composite "mlxla.rope" %585, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %587 = stablehlo.convert %582 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %588 = stablehlo.dot_general %587, %arg133, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %589 = stablehlo.reshape %588 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %590 = stablehlo.composite "mlxla.rope" %589, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %591 = stablehlo.convert %582 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %592 = stablehlo.dot_general %591, %arg134, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %593 = stablehlo.reshape %592 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %594 = stablehlo.convert %590 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %595 = stablehlo.convert %593 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %596 = stablehlo.constant dense<14> : tensor<i32>
    %597 = stablehlo.constant dense<0> : tensor<i32>
    %598 = stablehlo.constant dense<0> : tensor<i32>
    %599 = stablehlo.reshape %594 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %600 = stablehlo.dynamic_update_slice %559, %599, %596, %598, %arg1, %597, %597 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %601 = stablehlo.reshape %595 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %602 = stablehlo.dynamic_update_slice %561, %601, %596, %598, %arg1, %597, %597 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %603 = stablehlo.slice %602 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %604 = stablehlo.reshape %603 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %605 = stablehlo.slice %600 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %606 = stablehlo.reshape %605 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %607 = stablehlo.composite "mlxla.attention" %586, %606, %604, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %608 = stablehlo.reshape %607 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %609 = stablehlo.convert %608 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %610 = stablehlo.dot_general %609, %arg135, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %611 = stablehlo.add %581, %610 : tensor<1x2048xf32>
    %612 = stablehlo.composite "mlxla.rms_norm" %611, %arg136 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %613 = stablehlo.convert %612 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %614 = stablehlo.dot_general %613, %arg137, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %615 = stablehlo.convert %612 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %616 = stablehlo.dot_general %615, %arg138, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %617 = stablehlo.logistic %614 : tensor<1x8192xf32>
    %618 = stablehlo.multiply %614, %617 : tensor<1x8192xf32>
    %619 = stablehlo.multiply %618, %616 : tensor<1x8192xf32>
    %620 = stablehlo.convert %619 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %621 = stablehlo.dot_general %620, %arg139, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %622 = stablehlo.add %611, %621 : tensor<1x2048xf32>
    %623 = stablehlo.composite "mlxla.rms_norm" %622, %arg140 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %624 = stablehlo.convert %623 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %625 = stablehlo.dot_general %624, %arg141, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %626 = stablehlo.reshape %625 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %627 = stablehlo.composite "mlxla.rope" %626, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x32x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x32x64xf32>, tensor<1xi32>) -> tensor<1x32x64xf32>
    %628 = stablehlo.convert %623 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %629 = stablehlo.dot_general %628, %arg142, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %630 = stablehlo.reshape %629 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %631 = stablehlo.composite "mlxla.rope" %630, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_1x8x64xf32_1xi32_2e52f2855da63bd1} : (tensor<1x8x64xf32>, tensor<1xi32>) -> tensor<1x8x64xf32>
    %632 = stablehlo.convert %623 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %633 = stablehlo.dot_general %632, %arg143, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<512x2048xf16>) -> tensor<1x512xf32>
    %634 = stablehlo.reshape %633 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %635 = stablehlo.convert %631 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %636 = stablehlo.convert %634 : (tensor<1x8x64xf32>) -> tensor<1x8x64xf16>
    %637 = stablehlo.constant dense<15> : tensor<i32>
    %638 = stablehlo.constant dense<0> : tensor<i32>
    %639 = stablehlo.constant dense<0> : tensor<i32>
    %640 = stablehlo.reshape %635 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %641 = stablehlo.dynamic_update_slice %600, %640, %637, %639, %arg1, %638, %638 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %642 = stablehlo.reshape %636 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %643 = stablehlo.dynamic_update_slice %602, %642, %637, %639, %arg1, %638, %638 : (tensor<16x1x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %644 = stablehlo.slice %643 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %645 = stablehlo.reshape %644 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %646 = stablehlo.slice %641 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %647 = stablehlo.reshape %646 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %648 = stablehlo.composite "mlxla.attention" %627, %647, %645, %0, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %649 = stablehlo.reshape %648 : (tensor<1x32x64xf32>) -> tensor<1x2048xf32>
    %650 = stablehlo.convert %649 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %651 = stablehlo.dot_general %650, %arg144, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<2048x2048xf16>) -> tensor<1x2048xf32>
    %652 = stablehlo.add %622, %651 : tensor<1x2048xf32>
    %653 = stablehlo.composite "mlxla.rms_norm" %652, %arg145 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %654 = stablehlo.convert %653 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %655 = stablehlo.dot_general %654, %arg146, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %656 = stablehlo.convert %653 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %657 = stablehlo.dot_general %656, %arg147, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<8192x2048xf16>) -> tensor<1x8192xf32>
    %658 = stablehlo.logistic %655 : tensor<1x8192xf32>
    %659 = stablehlo.multiply %655, %658 : tensor<1x8192xf32>
    %660 = stablehlo.multiply %659, %657 : tensor<1x8192xf32>
    %661 = stablehlo.convert %660 : (tensor<1x8192xf32>) -> tensor<1x8192xf16>
    %662 = stablehlo.dot_general %661, %arg148, contracting_dims = [1] x [1] : (tensor<1x8192xf16>, tensor<2048x8192xf16>) -> tensor<1x2048xf32>
    %663 = stablehlo.add %652, %662 : tensor<1x2048xf32>
    %664 = stablehlo.composite "mlxla.rms_norm" %663, %arg149 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %665 = stablehlo.convert %664 : (tensor<1x2048xf32>) -> tensor<1x2048xf16>
    %666 = stablehlo.dot_general %665, %arg4, contracting_dims = [1] x [1] : (tensor<1x2048xf16>, tensor<128256x2048xf16>) -> tensor<1x128256xf32>
    %667 = stablehlo.composite "mlxla.argmax" %666 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %667, %641, %643 : tensor<1xi32>, tensor<16x1x64x8x64xf16>, tensor<16x1x64x8x64xf16>
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
