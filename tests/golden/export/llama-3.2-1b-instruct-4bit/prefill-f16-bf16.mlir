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
    %9 = stablehlo.convert %8 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %10 = stablehlo.convert %9 : (tensor<8x2048xbf16>) -> tensor<8x2048xf32>
    %11 = stablehlo.composite "mlxla.rms_norm" %10, %arg6 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %12 = stablehlo.convert %arg7 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %13 = stablehlo.convert %12 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %14 = stablehlo.convert %11 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %15 = stablehlo.dot_general %14, %13, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %16 = stablehlo.reshape %15 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %17 = stablehlo.composite "mlxla.rope" %16, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %18 = stablehlo.convert %arg8 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %19 = stablehlo.convert %18 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %20 = stablehlo.convert %11 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %21 = stablehlo.dot_general %20, %19, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %22 = stablehlo.reshape %21 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %23 = stablehlo.composite "mlxla.rope" %22, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %24 = stablehlo.convert %arg9 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %25 = stablehlo.convert %24 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %26 = stablehlo.convert %11 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %27 = stablehlo.dot_general %26, %25, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %28 = stablehlo.reshape %27 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %29 = stablehlo.convert %23 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %30 = stablehlo.convert %28 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %31 = stablehlo.constant dense<0> : tensor<i32>
    %32 = stablehlo.constant dense<0> : tensor<i32>
    %33 = stablehlo.constant dense<0> : tensor<i32>
    %34 = stablehlo.reshape %29 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %35 = stablehlo.dynamic_update_slice %arg3, %34, %31, %33, %arg1, %32, %32 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %36 = stablehlo.reshape %30 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %37 = stablehlo.dynamic_update_slice %arg4, %36, %31, %33, %arg1, %32, %32 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %38 = stablehlo.slice %37 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %39 = stablehlo.reshape %38 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %40 = stablehlo.slice %35 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %41 = stablehlo.reshape %40 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %42 = stablehlo.composite "mlxla.attention" %17, %41, %39, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %43 = stablehlo.reshape %42 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %44 = stablehlo.convert %arg10 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %45 = stablehlo.convert %44 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %46 = stablehlo.convert %43 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %47 = stablehlo.dot_general %46, %45, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %48 = stablehlo.add %10, %47 : tensor<8x2048xf32>
    %49 = stablehlo.composite "mlxla.rms_norm" %48, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %50 = stablehlo.convert %arg12 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %51 = stablehlo.convert %50 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %52 = stablehlo.convert %49 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %53 = stablehlo.dot_general %52, %51, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %54 = stablehlo.convert %arg13 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %55 = stablehlo.convert %54 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %56 = stablehlo.convert %49 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %57 = stablehlo.dot_general %56, %55, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %58 = stablehlo.logistic %53 : tensor<8x8192xf32>
    %59 = stablehlo.multiply %53, %58 : tensor<8x8192xf32>
    %60 = stablehlo.multiply %59, %57 : tensor<8x8192xf32>
    %61 = stablehlo.convert %arg14 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %62 = stablehlo.convert %61 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %63 = stablehlo.convert %60 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %64 = stablehlo.dot_general %63, %62, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %65 = stablehlo.add %48, %64 : tensor<8x2048xf32>
    %66 = stablehlo.composite "mlxla.rms_norm" %65, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %67 = stablehlo.convert %arg16 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %68 = stablehlo.convert %67 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %69 = stablehlo.convert %66 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %70 = stablehlo.dot_general %69, %68, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %71 = stablehlo.reshape %70 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %72 = stablehlo.composite "mlxla.rope" %71, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %73 = stablehlo.convert %arg17 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %74 = stablehlo.convert %73 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %75 = stablehlo.convert %66 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %76 = stablehlo.dot_general %75, %74, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %77 = stablehlo.reshape %76 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %78 = stablehlo.composite "mlxla.rope" %77, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %79 = stablehlo.convert %arg18 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %80 = stablehlo.convert %79 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %81 = stablehlo.convert %66 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %82 = stablehlo.dot_general %81, %80, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %83 = stablehlo.reshape %82 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %84 = stablehlo.convert %78 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %85 = stablehlo.convert %83 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %86 = stablehlo.constant dense<1> : tensor<i32>
    %87 = stablehlo.constant dense<0> : tensor<i32>
    %88 = stablehlo.constant dense<0> : tensor<i32>
    %89 = stablehlo.reshape %84 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %90 = stablehlo.dynamic_update_slice %35, %89, %86, %88, %arg1, %87, %87 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %91 = stablehlo.reshape %85 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %92 = stablehlo.dynamic_update_slice %37, %91, %86, %88, %arg1, %87, %87 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %93 = stablehlo.slice %92 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %94 = stablehlo.reshape %93 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %95 = stablehlo.slice %90 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %96 = stablehlo.reshape %95 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %97 = stablehlo.composite "mlxla.attention" %72, %96, %94, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %98 = stablehlo.reshape %97 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %99 = stablehlo.convert %arg19 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %100 = stablehlo.convert %99 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %101 = stablehlo.convert %98 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %102 = stablehlo.dot_general %101, %100, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %103 = stablehlo.add %65, %102 : tensor<8x2048xf32>
    %104 = stablehlo.composite "mlxla.rms_norm" %103, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %105 = stablehlo.convert %arg21 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %106 = stablehlo.convert %105 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %107 = stablehlo.convert %104 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %108 = stablehlo.dot_general %107, %106, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %109 = stablehlo.convert %arg22 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %110 = stablehlo.convert %109 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %111 = stablehlo.convert %104 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %112 = stablehlo.dot_general %111, %110, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %113 = stablehlo.logistic %108 : tensor<8x8192xf32>
    %114 = stablehlo.multiply %108, %113 : tensor<8x8192xf32>
    %115 = stablehlo.multiply %114, %112 : tensor<8x8192xf32>
    %116 = stablehlo.convert %arg23 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %117 = stablehlo.convert %116 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %118 = stablehlo.convert %115 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %119 = stablehlo.dot_general %118, %117, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %120 = stablehlo.add %103, %119 : tensor<8x2048xf32>
    %121 = stablehlo.composite "mlxla.rms_norm" %120, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %122 = stablehlo.convert %arg25 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %123 = stablehlo.convert %122 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %124 = stablehlo.convert %121 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %125 = stablehlo.dot_general %124, %123, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %126 = stablehlo.reshape %125 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %127 = stablehlo.composite "mlxla.rope" %126, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %128 = stablehlo.convert %arg26 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %129 = stablehlo.convert %128 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %130 = stablehlo.convert %121 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %131 = stablehlo.dot_general %130, %129, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %132 = stablehlo.reshape %131 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %133 = stablehlo.composite "mlxla.rope" %132, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %134 = stablehlo.convert %arg27 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %135 = stablehlo.convert %134 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %136 = stablehlo.convert %121 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %137 = stablehlo.dot_general %136, %135, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %138 = stablehlo.reshape %137 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %139 = stablehlo.convert %133 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %140 = stablehlo.convert %138 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %141 = stablehlo.constant dense<2> : tensor<i32>
    %142 = stablehlo.constant dense<0> : tensor<i32>
    %143 = stablehlo.constant dense<0> : tensor<i32>
    %144 = stablehlo.reshape %139 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %145 = stablehlo.dynamic_update_slice %90, %144, %141, %143, %arg1, %142, %142 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %146 = stablehlo.reshape %140 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %147 = stablehlo.dynamic_update_slice %92, %146, %141, %143, %arg1, %142, %142 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %148 = stablehlo.slice %147 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %149 = stablehlo.reshape %148 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %150 = stablehlo.slice %145 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %151 = stablehlo.reshape %150 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %152 = stablehlo.composite "mlxla.attention" %127, %151, %149, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %153 = stablehlo.reshape %152 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %154 = stablehlo.convert %arg28 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %155 = stablehlo.convert %154 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %156 = stablehlo.convert %153 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %157 = stablehlo.dot_general %156, %155, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %158 = stablehlo.add %120, %157 : tensor<8x2048xf32>
    %159 = stablehlo.composite "mlxla.rms_norm" %158, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %160 = stablehlo.convert %arg30 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %161 = stablehlo.convert %160 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %162 = stablehlo.convert %159 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %163 = stablehlo.dot_general %162, %161, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %164 = stablehlo.convert %arg31 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %165 = stablehlo.convert %164 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %166 = stablehlo.convert %159 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %167 = stablehlo.dot_general %166, %165, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %168 = stablehlo.logistic %163 : tensor<8x8192xf32>
    %169 = stablehlo.multiply %163, %168 : tensor<8x8192xf32>
    %170 = stablehlo.multiply %169, %167 : tensor<8x8192xf32>
    %171 = stablehlo.convert %arg32 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %172 = stablehlo.convert %171 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %173 = stablehlo.convert %170 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %174 = stablehlo.dot_general %173, %172, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %175 = stablehlo.add %158, %174 : tensor<8x2048xf32>
    %176 = stablehlo.composite "mlxla.rms_norm" %175, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %177 = stablehlo.convert %arg34 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %178 = stablehlo.convert %177 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %179 = stablehlo.convert %176 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %180 = stablehlo.dot_general %179, %178, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %181 = stablehlo.reshape %180 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %182 = stablehlo.composite "mlxla.rope" %181, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %183 = stablehlo.convert %arg35 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %184 = stablehlo.convert %183 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %185 = stablehlo.convert %176 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %186 = stablehlo.dot_general %185, %184, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %187 = stablehlo.reshape %186 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %188 = stablehlo.composite "mlxla.rope" %187, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %189 = stablehlo.convert %arg36 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %190 = stablehlo.convert %189 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %191 = stablehlo.convert %176 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %192 = stablehlo.dot_general %191, %190, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %193 = stablehlo.reshape %192 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %194 = stablehlo.convert %188 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %195 = stablehlo.convert %193 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %196 = stablehlo.constant dense<3> : tensor<i32>
    %197 = stablehlo.constant dense<0> : tensor<i32>
    %198 = stablehlo.constant dense<0> : tensor<i32>
    %199 = stablehlo.reshape %194 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %200 = stablehlo.dynamic_update_slice %145, %199, %196, %198, %arg1, %197, %197 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %201 = stablehlo.reshape %195 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %202 = stablehlo.dynamic_update_slice %147, %201, %196, %198, %arg1, %197, %197 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %203 = stablehlo.slice %202 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %204 = stablehlo.reshape %203 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %205 = stablehlo.slice %200 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %206 = stablehlo.reshape %205 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %207 = stablehlo.composite "mlxla.attention" %182, %206, %204, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %208 = stablehlo.reshape %207 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %209 = stablehlo.convert %arg37 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %210 = stablehlo.convert %209 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %211 = stablehlo.convert %208 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %212 = stablehlo.dot_general %211, %210, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %213 = stablehlo.add %175, %212 : tensor<8x2048xf32>
    %214 = stablehlo.composite "mlxla.rms_norm" %213, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %215 = stablehlo.convert %arg39 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %216 = stablehlo.convert %215 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %217 = stablehlo.convert %214 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %218 = stablehlo.dot_general %217, %216, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %219 = stablehlo.convert %arg40 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %220 = stablehlo.convert %219 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %221 = stablehlo.convert %214 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %222 = stablehlo.dot_general %221, %220, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %223 = stablehlo.logistic %218 : tensor<8x8192xf32>
    %224 = stablehlo.multiply %218, %223 : tensor<8x8192xf32>
    %225 = stablehlo.multiply %224, %222 : tensor<8x8192xf32>
    %226 = stablehlo.convert %arg41 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %227 = stablehlo.convert %226 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %228 = stablehlo.convert %225 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %229 = stablehlo.dot_general %228, %227, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %230 = stablehlo.add %213, %229 : tensor<8x2048xf32>
    %231 = stablehlo.composite "mlxla.rms_norm" %230, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %232 = stablehlo.convert %arg43 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %233 = stablehlo.convert %232 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %234 = stablehlo.convert %231 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %235 = stablehlo.dot_general %234, %233, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %236 = stablehlo.reshape %235 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %237 = stablehlo.composite "mlxla.rope" %236, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %238 = stablehlo.convert %arg44 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %239 = stablehlo.convert %238 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %240 = stablehlo.convert %231 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %241 = stablehlo.dot_general %240, %239, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %242 = stablehlo.reshape %241 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %243 = stablehlo.composite "mlxla.rope" %242, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %244 = stablehlo.convert %arg45 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %245 = stablehlo.convert %244 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %246 = stablehlo.convert %231 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %247 = stablehlo.dot_general %246, %245, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %248 = stablehlo.reshape %247 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %249 = stablehlo.convert %243 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %250 = stablehlo.convert %248 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %251 = stablehlo.constant dense<4> : tensor<i32>
    %252 = stablehlo.constant dense<0> : tensor<i32>
    %253 = stablehlo.constant dense<0> : tensor<i32>
    %254 = stablehlo.reshape %249 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %255 = stablehlo.dynamic_update_slice %200, %254, %251, %253, %arg1, %252, %252 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %256 = stablehlo.reshape %250 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %257 = stablehlo.dynamic_update_slice %202, %256, %251, %253, %arg1, %252, %252 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %258 = stablehlo.slice %257 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %259 = stablehlo.reshape %258 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %260 = stablehlo.slice %255 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %261 = stablehlo.reshape %260 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %262 = stablehlo.composite "mlxla.attention" %237, %261, %259, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %263 = stablehlo.reshape %262 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %264 = stablehlo.convert %arg46 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %265 = stablehlo.convert %264 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %266 = stablehlo.convert %263 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %267 = stablehlo.dot_general %266, %265, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %268 = stablehlo.add %230, %267 : tensor<8x2048xf32>
    %269 = stablehlo.composite "mlxla.rms_norm" %268, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %270 = stablehlo.convert %arg48 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %271 = stablehlo.convert %270 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %272 = stablehlo.convert %269 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %273 = stablehlo.dot_general %272, %271, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %274 = stablehlo.convert %arg49 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %275 = stablehlo.convert %274 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %276 = stablehlo.convert %269 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %277 = stablehlo.dot_general %276, %275, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %278 = stablehlo.logistic %273 : tensor<8x8192xf32>
    %279 = stablehlo.multiply %273, %278 : tensor<8x8192xf32>
    %280 = stablehlo.multiply %279, %277 : tensor<8x8192xf32>
    %281 = stablehlo.convert %arg50 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %282 = stablehlo.convert %281 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %283 = stablehlo.convert %280 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %284 = stablehlo.dot_general %283, %282, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %285 = stablehlo.add %268, %284 : tensor<8x2048xf32>
    %286 = stablehlo.composite "mlxla.rms_norm" %285, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %287 = stablehlo.convert %arg52 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %288 = stablehlo.convert %287 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %289 = stablehlo.convert %286 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %290 = stablehlo.dot_general %289, %288, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %291 = stablehlo.reshape %290 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %292 = stablehlo.composite "mlxla.rope" %291, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %293 = stablehlo.convert %arg53 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %294 = stablehlo.convert %293 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %295 = stablehlo.convert %286 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %296 = stablehlo.dot_general %295, %294, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %297 = stablehlo.reshape %296 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %298 = stablehlo.composite "mlxla.rope" %297, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %299 = stablehlo.convert %arg54 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %300 = stablehlo.convert %299 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %301 = stablehlo.convert %286 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %302 = stablehlo.dot_general %301, %300, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %303 = stablehlo.reshape %302 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %304 = stablehlo.convert %298 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %305 = stablehlo.convert %303 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %306 = stablehlo.constant dense<5> : tensor<i32>
    %307 = stablehlo.constant dense<0> : tensor<i32>
    %308 = stablehlo.constant dense<0> : tensor<i32>
    %309 = stablehlo.reshape %304 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %310 = stablehlo.dynamic_update_slice %255, %309, %306, %308, %arg1, %307, %307 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %311 = stablehlo.reshape %305 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %312 = stablehlo.dynamic_update_slice %257, %311, %306, %308, %arg1, %307, %307 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %313 = stablehlo.slice %312 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %314 = stablehlo.reshape %313 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %315 = stablehlo.slice %310 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %316 = stablehlo.reshape %315 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %317 = stablehlo.composite "mlxla.attention" %292, %316, %314, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %318 = stablehlo.reshape %317 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %319 = stablehlo.convert %arg55 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %320 = stablehlo.convert %319 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %321 = stablehlo.convert %318 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %322 = stablehlo.dot_general %321, %320, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %323 = stablehlo.add %285, %322 : tensor<8x2048xf32>
    %324 = stablehlo.composite "mlxla.rms_norm" %323, %arg56 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %325 = stablehlo.convert %arg57 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %326 = stablehlo.convert %325 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %327 = stablehlo.convert %324 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %328 = stablehlo.dot_general %327, %326, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %329 = stablehlo.convert %arg58 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %330 = stablehlo.convert %329 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %331 = stablehlo.convert %324 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %332 = stablehlo.dot_general %331, %330, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %333 = stablehlo.logistic %328 : tensor<8x8192xf32>
    %334 = stablehlo.multiply %328, %333 : tensor<8x8192xf32>
    %335 = stablehlo.multiply %334, %332 : tensor<8x8192xf32>
    %336 = stablehlo.convert %arg59 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %337 = stablehlo.convert %336 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %338 = stablehlo.convert %335 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %339 = stablehlo.dot_general %338, %337, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %340 = stablehlo.add %323, %339 : tensor<8x2048xf32>
    %341 = stablehlo.composite "mlxla.rms_norm" %340, %arg60 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %342 = stablehlo.convert %arg61 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %343 = stablehlo.convert %342 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %344 = stablehlo.convert %341 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %345 = stablehlo.dot_general %344, %343, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %346 = stablehlo.reshape %345 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %347 = stablehlo.composite "mlxla.rope" %346, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %348 = stablehlo.convert %arg62 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %349 = stablehlo.convert %348 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %350 = stablehlo.convert %341 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %351 = stablehlo.dot_general %350, %349, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %352 = stablehlo.reshape %351 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %353 = stablehlo.composite "mlxla.rope" %352, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %354 = stablehlo.convert %arg63 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %355 = stablehlo.convert %354 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %356 = stablehlo.convert %341 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %357 = stablehlo.dot_general %356, %355, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %358 = stablehlo.reshape %357 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %359 = stablehlo.convert %353 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %360 = stablehlo.convert %358 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %361 = stablehlo.constant dense<6> : tensor<i32>
    %362 = stablehlo.constant dense<0> : tensor<i32>
    %363 = stablehlo.constant dense<0> : tensor<i32>
    %364 = stablehlo.reshape %359 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %365 = stablehlo.dynamic_update_slice %310, %364, %361, %363, %arg1, %362, %362 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %366 = stablehlo.reshape %360 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %367 = stablehlo.dynamic_update_slice %312, %366, %361, %363, %arg1, %362, %362 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %368 = stablehlo.slice %367 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %369 = stablehlo.reshape %368 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %370 = stablehlo.slice %365 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %371 = stablehlo.reshape %370 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %372 = stablehlo.composite "mlxla.attention" %347, %371, %369, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %373 = stablehlo.reshape %372 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %374 = stablehlo.convert %arg64 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %375 = stablehlo.convert %374 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %376 = stablehlo.convert %373 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %377 = stablehlo.dot_general %376, %375, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %378 = stablehlo.add %340, %377 : tensor<8x2048xf32>
    %379 = stablehlo.composite "mlxla.rms_norm" %378, %arg65 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %380 = stablehlo.convert %arg66 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %381 = stablehlo.convert %380 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %382 = stablehlo.convert %379 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %383 = stablehlo.dot_general %382, %381, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %384 = stablehlo.convert %arg67 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %385 = stablehlo.convert %384 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %386 = stablehlo.convert %379 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %387 = stablehlo.dot_general %386, %385, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %388 = stablehlo.logistic %383 : tensor<8x8192xf32>
    %389 = stablehlo.multiply %383, %388 : tensor<8x8192xf32>
    %390 = stablehlo.multiply %389, %387 : tensor<8x8192xf32>
    %391 = stablehlo.convert %arg68 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %392 = stablehlo.convert %391 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %393 = stablehlo.convert %390 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %394 = stablehlo.dot_general %393, %392, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %395 = stablehlo.add %378, %394 : tensor<8x2048xf32>
    %396 = stablehlo.composite "mlxla.rms_norm" %395, %arg69 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %397 = stablehlo.convert %arg70 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %398 = stablehlo.convert %397 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %399 = stablehlo.convert %396 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %400 = stablehlo.dot_general %399, %398, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %401 = stablehlo.reshape %400 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %402 = stablehlo.composite "mlxla.rope" %401, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %403 = stablehlo.convert %arg71 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %404 = stablehlo.convert %403 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %405 = stablehlo.convert %396 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %406 = stablehlo.dot_general %405, %404, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %407 = stablehlo.reshape %406 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %408 = stablehlo.composite "mlxla.rope" %407, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %409 = stablehlo.convert %arg72 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %410 = stablehlo.convert %409 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %411 = stablehlo.convert %396 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %412 = stablehlo.dot_general %411, %410, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %413 = stablehlo.reshape %412 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %414 = stablehlo.convert %408 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %415 = stablehlo.convert %413 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %416 = stablehlo.constant dense<7> : tensor<i32>
    %417 = stablehlo.constant dense<0> : tensor<i32>
    %418 = stablehlo.constant dense<0> : tensor<i32>
    %419 = stablehlo.reshape %414 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %420 = stablehlo.dynamic_update_slice %365, %419, %416, %418, %arg1, %417, %417 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %421 = stablehlo.reshape %415 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %422 = stablehlo.dynamic_update_slice %367, %421, %416, %418, %arg1, %417, %417 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %423 = stablehlo.slice %422 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %424 = stablehlo.reshape %423 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %425 = stablehlo.slice %420 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %426 = stablehlo.reshape %425 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %427 = stablehlo.composite "mlxla.attention" %402, %426, %424, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %428 = stablehlo.reshape %427 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %429 = stablehlo.convert %arg73 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %430 = stablehlo.convert %429 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %431 = stablehlo.convert %428 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %432 = stablehlo.dot_general %431, %430, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %433 = stablehlo.add %395, %432 : tensor<8x2048xf32>
    %434 = stablehlo.composite "mlxla.rms_norm" %433, %arg74 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %435 = stablehlo.convert %arg75 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %436 = stablehlo.convert %435 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %437 = stablehlo.convert %434 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %438 = stablehlo.dot_general %437, %436, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %439 = stablehlo.convert %arg76 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %440 = stablehlo.convert %439 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %441 = stablehlo.convert %434 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %442 = stablehlo.dot_general %441, %440, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %443 = stablehlo.logistic %438 : tensor<8x8192xf32>
    %444 = stablehlo.multiply %438, %443 : tensor<8x8192xf32>
    %445 = stablehlo.multiply %444, %442 : tensor<8x8192xf32>
    %446 = stablehlo.convert %arg77 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %447 = stablehlo.convert %446 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %448 = stablehlo.convert %445 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %449 = stablehlo.dot_general %448, %447, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %450 = stablehlo.add %433, %449 : tensor<8x2048xf32>
    %451 = stablehlo.composite "mlxla.rms_norm" %450, %arg78 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %452 = stablehlo.convert %arg79 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %453 = stablehlo.convert %452 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %454 = stablehlo.convert %451 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %455 = stablehlo.dot_general %454, %453, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %456 = stablehlo.reshape %455 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %457 = stablehlo.composite "mlxla.rope" %456, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %458 = stablehlo.convert %arg80 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %459 = stablehlo.convert %458 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %460 = stablehlo.convert %451 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %461 = stablehlo.dot_general %460, %459, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %462 = stablehlo.reshape %461 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %463 = stablehlo.composite "mlxla.rope" %462, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %464 = stablehlo.convert %arg81 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %465 = stablehlo.convert %464 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %466 = stablehlo.convert %451 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %467 = stablehlo.dot_general %466, %465, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %468 = stablehlo.reshape %467 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %469 = stablehlo.convert %463 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %470 = stablehlo.convert %468 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %471 = stablehlo.constant dense<8> : tensor<i32>
    %472 = stablehlo.constant dense<0> : tensor<i32>
    %473 = stablehlo.constant dense<0> : tensor<i32>
    %474 = stablehlo.reshape %469 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %475 = stablehlo.dynamic_update_slice %420, %474, %471, %473, %arg1, %472, %472 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %476 = stablehlo.reshape %470 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %477 = stablehlo.dynamic_update_slice %422, %476, %471, %473, %arg1, %472, %472 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %478 = stablehlo.slice %477 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %479 = stablehlo.reshape %478 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %480 = stablehlo.slice %475 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %481 = stablehlo.reshape %480 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %482 = stablehlo.composite "mlxla.attention" %457, %481, %479, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %483 = stablehlo.reshape %482 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %484 = stablehlo.convert %arg82 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %485 = stablehlo.convert %484 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %486 = stablehlo.convert %483 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %487 = stablehlo.dot_general %486, %485, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %488 = stablehlo.add %450, %487 : tensor<8x2048xf32>
    %489 = stablehlo.composite "mlxla.rms_norm" %488, %arg83 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %490 = stablehlo.convert %arg84 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %491 = stablehlo.convert %490 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %492 = stablehlo.convert %489 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %493 = stablehlo.dot_general %492, %491, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %494 = stablehlo.convert %arg85 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %495 = stablehlo.convert %494 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %496 = stablehlo.convert %489 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %497 = stablehlo.dot_general %496, %495, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %498 = stablehlo.logistic %493 : tensor<8x8192xf32>
    %499 = stablehlo.multiply %493, %498 : tensor<8x8192xf32>
    %500 = stablehlo.multiply %499, %497 : tensor<8x8192xf32>
    %501 = stablehlo.convert %arg86 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %502 = stablehlo.convert %501 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %503 = stablehlo.convert %500 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %504 = stablehlo.dot_general %503, %502, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %505 = stablehlo.add %488, %504 : tensor<8x2048xf32>
    %506 = stablehlo.composite "mlxla.rms_norm" %505, %arg87 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %507 = stablehlo.convert %arg88 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %508 = stablehlo.convert %507 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %509 = stablehlo.convert %506 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %510 = stablehlo.dot_general %509, %508, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %511 = stablehlo.reshape %510 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %512 = stablehlo.composite "mlxla.rope" %511, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %513 = stablehlo.convert %arg89 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %514 = stablehlo.convert %513 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %515 = stablehlo.convert %506 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %516 = stablehlo.dot_general %515, %514, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %517 = stablehlo.reshape %516 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %518 = stablehlo.composite "mlxla.rope" %517, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %519 = stablehlo.convert %arg90 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %520 = stablehlo.convert %519 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %521 = stablehlo.convert %506 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %522 = stablehlo.dot_general %521, %520, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %523 = stablehlo.reshape %522 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %524 = stablehlo.convert %518 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %525 = stablehlo.convert %523 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %526 = stablehlo.constant dense<9> : tensor<i32>
    %527 = stablehlo.constant dense<0> : tensor<i32>
    %528 = stablehlo.constant dense<0> : tensor<i32>
    %529 = stablehlo.reshape %524 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %530 = stablehlo.dynamic_update_slice %475, %529, %526, %528, %arg1, %527, %527 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %531 = stablehlo.reshape %525 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %532 = stablehlo.dynamic_update_slice %477, %531, %526, %528, %arg1, %527, %527 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %533 = stablehlo.slice %532 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %534 = stablehlo.reshape %533 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %535 = stablehlo.slice %530 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %536 = stablehlo.reshape %535 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %537 = stablehlo.composite "mlxla.attention" %512, %536, %534, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %538 = stablehlo.reshape %537 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %539 = stablehlo.convert %arg91 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %540 = stablehlo.convert %539 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %541 = stablehlo.convert %538 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %542 = stablehlo.dot_general %541, %540, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %543 = stablehlo.add %505, %542 : tensor<8x2048xf32>
    %544 = stablehlo.composite "mlxla.rms_norm" %543, %arg92 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %545 = stablehlo.convert %arg93 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %546 = stablehlo.convert %545 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %547 = stablehlo.convert %544 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %548 = stablehlo.dot_general %547, %546, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %549 = stablehlo.convert %arg94 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %550 = stablehlo.convert %549 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %551 = stablehlo.convert %544 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %552 = stablehlo.dot_general %551, %550, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %553 = stablehlo.logistic %548 : tensor<8x8192xf32>
    %554 = stablehlo.multiply %548, %553 : tensor<8x8192xf32>
    %555 = stablehlo.multiply %554, %552 : tensor<8x8192xf32>
    %556 = stablehlo.convert %arg95 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %557 = stablehlo.convert %556 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %558 = stablehlo.convert %555 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %559 = stablehlo.dot_general %558, %557, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %560 = stablehlo.add %543, %559 : tensor<8x2048xf32>
    %561 = stablehlo.composite "mlxla.rms_norm" %560, %arg96 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %562 = stablehlo.convert %arg97 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %563 = stablehlo.convert %562 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %564 = stablehlo.convert %561 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %565 = stablehlo.dot_general %564, %563, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %566 = stablehlo.reshape %565 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %567 = stablehlo.composite "mlxla.rope" %566, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %568 = stablehlo.convert %arg98 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %569 = stablehlo.convert %568 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %570 = stablehlo.convert %561 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %571 = stablehlo.dot_general %570, %569, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %572 = stablehlo.reshape %571 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %573 = stablehlo.composite "mlxla.rope" %572, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %574 = stablehlo.convert %arg99 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %575 = stablehlo.convert %574 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %576 = stablehlo.convert %561 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %577 = stablehlo.dot_general %576, %575, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %578 = stablehlo.reshape %577 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %579 = stablehlo.convert %573 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %580 = stablehlo.convert %578 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %581 = stablehlo.constant dense<10> : tensor<i32>
    %582 = stablehlo.constant dense<0> : tensor<i32>
    %583 = stablehlo.constant dense<0> : tensor<i32>
    %584 = stablehlo.reshape %579 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %585 = stablehlo.dynamic_update_slice %530, %584, %581, %583, %arg1, %582, %582 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %586 = stablehlo.reshape %580 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %587 = stablehlo.dynamic_update_slice %532, %586, %581, %583, %arg1, %582, %582 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %588 = stablehlo.slice %587 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %589 = stablehlo.reshape %588 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %590 = stablehlo.slice %585 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %591 = stablehlo.reshape %590 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %592 = stablehlo.composite "mlxla.attention" %567, %591, %589, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %593 = stablehlo.reshape %592 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %594 = stablehlo.convert %arg100 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %595 = stablehlo.convert %594 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %596 = stablehlo.convert %593 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %597 = stablehlo.dot_general %596, %595, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %598 = stablehlo.add %560, %597 : tensor<8x2048xf32>
    %599 = stablehlo.composite "mlxla.rms_norm" %598, %arg101 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %600 = stablehlo.convert %arg102 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %601 = stablehlo.convert %600 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %602 = stablehlo.convert %599 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %603 = stablehlo.dot_general %602, %601, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %604 = stablehlo.convert %arg103 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %605 = stablehlo.convert %604 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %606 = stablehlo.convert %599 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %607 = stablehlo.dot_general %606, %605, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %608 = stablehlo.logistic %603 : tensor<8x8192xf32>
    %609 = stablehlo.multiply %603, %608 : tensor<8x8192xf32>
    %610 = stablehlo.multiply %609, %607 : tensor<8x8192xf32>
    %611 = stablehlo.convert %arg104 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %612 = stablehlo.convert %611 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %613 = stablehlo.convert %610 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %614 = stablehlo.dot_general %613, %612, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %615 = stablehlo.add %598, %614 : tensor<8x2048xf32>
    %616 = stablehlo.composite "mlxla.rms_norm" %615, %arg105 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %617 = stablehlo.convert %arg106 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %618 = stablehlo.convert %617 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %619 = stablehlo.convert %616 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %620 = stablehlo.dot_general %619, %618, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %621 = stablehlo.reshape %620 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %622 = stablehlo.composite "mlxla.rope" %621, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %623 = stablehlo.convert %arg107 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %624 = stablehlo.convert %623 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %625 = stablehlo.convert %616 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %626 = stablehlo.dot_general %625, %624, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %627 = stablehlo.reshape %626 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %628 = stablehlo.composite "mlxla.rope" %627, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %629 = stablehlo.convert %arg108 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %630 = stablehlo.convert %629 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %631 = stablehlo.convert %616 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %632 = stablehlo.dot_general %631, %630, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %633 = stablehlo.reshape %632 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %634 = stablehlo.convert %628 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %635 = stablehlo.convert %633 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %636 = stablehlo.constant dense<11> : tensor<i32>
    %637 = stablehlo.constant dense<0> : tensor<i32>
    %638 = stablehlo.constant dense<0> : tensor<i32>
    %639 = stablehlo.reshape %634 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %640 = stablehlo.dynamic_update_slice %585, %639, %636, %638, %arg1, %637, %637 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %641 = stablehlo.reshape %635 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %642 = stablehlo.dynamic_update_slice %587, %641, %636, %638, %arg1, %637, %637 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %643 = stablehlo.slice %642 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %644 = stablehlo.reshape %643 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %645 = stablehlo.slice %640 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %646 = stablehlo.reshape %645 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %647 = stablehlo.composite "mlxla.attention" %622, %646, %644, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %648 = stablehlo.reshape %647 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %649 = stablehlo.convert %arg109 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %650 = stablehlo.convert %649 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %651 = stablehlo.convert %648 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %652 = stablehlo.dot_general %651, %650, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %653 = stablehlo.add %615, %652 : tensor<8x2048xf32>
    %654 = stablehlo.composite "mlxla.rms_norm" %653, %arg110 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %655 = stablehlo.convert %arg111 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %656 = stablehlo.convert %655 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %657 = stablehlo.convert %654 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %658 = stablehlo.dot_general %657, %656, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %659 = stablehlo.convert %arg112 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %660 = stablehlo.convert %659 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %661 = stablehlo.convert %654 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %662 = stablehlo.dot_general %661, %660, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %663 = stablehlo.logistic %658 : tensor<8x8192xf32>
    %664 = stablehlo.multiply %658, %663 : tensor<8x8192xf32>
    %665 = stablehlo.multiply %664, %662 : tensor<8x8192xf32>
    %666 = stablehlo.convert %arg113 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %667 = stablehlo.convert %666 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %668 = stablehlo.convert %665 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %669 = stablehlo.dot_general %668, %667, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %670 = stablehlo.add %653, %669 : tensor<8x2048xf32>
    %671 = stablehlo.composite "mlxla.rms_norm" %670, %arg114 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %672 = stablehlo.convert %arg115 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %673 = stablehlo.convert %672 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %674 = stablehlo.convert %671 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %675 = stablehlo.dot_general %674, %673, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %676 = stablehlo.reshape %675 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %677 = stablehlo.composite "mlxla.rope" %676, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %678 = stablehlo.convert %arg116 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %679 = stablehlo.convert %678 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %680 = stablehlo.convert %671 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %681 = stablehlo.dot_general %680, %679, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %682 = stablehlo.reshape %681 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %683 = stablehlo.composite "mlxla.rope" %682, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %684 = stablehlo.convert %arg117 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %685 = stablehlo.convert %684 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %686 = stablehlo.convert %671 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %687 = stablehlo.dot_general %686, %685, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %688 = stablehlo.reshape %687 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %689 = stablehlo.convert %683 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %690 = stablehlo.convert %688 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %691 = stablehlo.constant dense<12> : tensor<i32>
    %692 = stablehlo.constant dense<0> : tensor<i32>
    %693 = stablehlo.constant dense<0> : tensor<i32>
    %694 = stablehlo.reshape %689 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %695 = stablehlo.dynamic_update_slice %640, %694, %691, %693, %arg1, %692, %692 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %696 = stablehlo.reshape %690 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %697 = stablehlo.dynamic_update_slice %642, %696, %691, %693, %arg1, %692, %692 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %698 = stablehlo.slice %697 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %699 = stablehlo.reshape %698 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %700 = stablehlo.slice %695 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %701 = stablehlo.reshape %700 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %702 = stablehlo.composite "mlxla.attention" %677, %701, %699, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %703 = stablehlo.reshape %702 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %704 = stablehlo.convert %arg118 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %705 = stablehlo.convert %704 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %706 = stablehlo.convert %703 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %707 = stablehlo.dot_general %706, %705, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %708 = stablehlo.add %670, %707 : tensor<8x2048xf32>
    %709 = stablehlo.composite "mlxla.rms_norm" %708, %arg119 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %710 = stablehlo.convert %arg120 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %711 = stablehlo.convert %710 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %712 = stablehlo.convert %709 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %713 = stablehlo.dot_general %712, %711, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %714 = stablehlo.convert %arg121 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %715 = stablehlo.convert %714 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %716 = stablehlo.convert %709 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %717 = stablehlo.dot_general %716, %715, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %718 = stablehlo.logistic %713 : tensor<8x8192xf32>
    %719 = stablehlo.multiply %713, %718 : tensor<8x8192xf32>
    %720 = stablehlo.multiply %719, %717 : tensor<8x8192xf32>
    %721 = stablehlo.convert %arg122 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %722 = stablehlo.convert %721 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %723 = stablehlo.convert %720 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %724 = stablehlo.dot_general %723, %722, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %725 = stablehlo.add %708, %724 : tensor<8x2048xf32>
    %726 = stablehlo.composite "mlxla.rms_norm" %725, %arg123 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %727 = stablehlo.convert %arg124 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %728 = stablehlo.convert %727 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %729 = stablehlo.convert %726 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %730 = stablehlo.dot_general %729, %728, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %731 = stablehlo.reshape %730 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %732 = stablehlo.composite "mlxla.rope" %731, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %733 = stablehlo.convert %arg125 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %734 = stablehlo.convert %733 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %735 = stablehlo.convert %726 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %736 = stablehlo.dot_general %735, %734, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %737 = stablehlo.reshape %736 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %738 = stablehlo.composite "mlxla.rope" %737, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %739 = stablehlo.convert %arg126 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %740 = stablehlo.convert %739 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %741 = stablehlo.convert %726 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %742 = stablehlo.dot_general %741, %740, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %743 = stablehlo.reshape %742 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %744 = stablehlo.convert %738 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %745 = stablehlo.convert %743 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %746 = stablehlo.constant dense<13> : tensor<i32>
    %747 = stablehlo.constant dense<0> : tensor<i32>
    %748 = stablehlo.constant dense<0> : tensor<i32>
    %749 = stablehlo.reshape %744 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %750 = stablehlo.dynamic_update_slice %695, %749, %746, %748, %arg1, %747, %747 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %751 = stablehlo.reshape %745 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %752 = stablehlo.dynamic_update_slice %697, %751, %746, %748, %arg1, %747, %747 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %753 = stablehlo.slice %752 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %754 = stablehlo.reshape %753 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %755 = stablehlo.slice %750 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %756 = stablehlo.reshape %755 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %757 = stablehlo.composite "mlxla.attention" %732, %756, %754, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %758 = stablehlo.reshape %757 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %759 = stablehlo.convert %arg127 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %760 = stablehlo.convert %759 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %761 = stablehlo.convert %758 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %762 = stablehlo.dot_general %761, %760, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %763 = stablehlo.add %725, %762 : tensor<8x2048xf32>
    %764 = stablehlo.composite "mlxla.rms_norm" %763, %arg128 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %765 = stablehlo.convert %arg129 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %766 = stablehlo.convert %765 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %767 = stablehlo.convert %764 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %768 = stablehlo.dot_general %767, %766, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %769 = stablehlo.convert %arg130 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %770 = stablehlo.convert %769 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %771 = stablehlo.convert %764 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %772 = stablehlo.dot_general %771, %770, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %773 = stablehlo.logistic %768 : tensor<8x8192xf32>
    %774 = stablehlo.multiply %768, %773 : tensor<8x8192xf32>
    %775 = stablehlo.multiply %774, %772 : tensor<8x8192xf32>
    %776 = stablehlo.convert %arg131 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %777 = stablehlo.convert %776 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %778 = stablehlo.convert %775 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %779 = stablehlo.dot_general %778, %777, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %780 = stablehlo.add %763, %779 : tensor<8x2048xf32>
    %781 = stablehlo.composite "mlxla.rms_norm" %780, %arg132 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %782 = stablehlo.convert %arg133 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %783 = stablehlo.convert %782 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %784 = stablehlo.convert %781 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %785 = stablehlo.dot_general %784, %783, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %786 = stablehlo.reshape %785 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %787 = stablehlo.composite "mlxla.rope" %786, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %788 = stablehlo.convert %arg134 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %789 = stablehlo.convert %788 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %790 = stablehlo.convert %781 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %791 = stablehlo.dot_general %790, %789, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %792 = stablehlo.reshape %791 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %793 = stablehlo.composite "mlxla.rope" %792, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %794 = stablehlo.convert %arg135 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %795 = stablehlo.convert %794 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %796 = stablehlo.convert %781 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %797 = stablehlo.dot_general %796, %795, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %798 = stablehlo.reshape %797 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %799 = stablehlo.convert %793 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %800 = stablehlo.convert %798 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %801 = stablehlo.constant dense<14> : tensor<i32>
    %802 = stablehlo.constant dense<0> : tensor<i32>
    %803 = stablehlo.constant dense<0> : tensor<i32>
    %804 = stablehlo.reshape %799 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %805 = stablehlo.dynamic_update_slice %750, %804, %801, %803, %arg1, %802, %802 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %806 = stablehlo.reshape %800 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %807 = stablehlo.dynamic_update_slice %752, %806, %801, %803, %arg1, %802, %802 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %808 = stablehlo.slice %807 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %809 = stablehlo.reshape %808 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %810 = stablehlo.slice %805 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %811 = stablehlo.reshape %810 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %812 = stablehlo.composite "mlxla.attention" %787, %811, %809, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %813 = stablehlo.reshape %812 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %814 = stablehlo.convert %arg136 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %815 = stablehlo.convert %814 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %816 = stablehlo.convert %813 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %817 = stablehlo.dot_general %816, %815, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %818 = stablehlo.add %780, %817 : tensor<8x2048xf32>
    %819 = stablehlo.composite "mlxla.rms_norm" %818, %arg137 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %820 = stablehlo.convert %arg138 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %821 = stablehlo.convert %820 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %822 = stablehlo.convert %819 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %823 = stablehlo.dot_general %822, %821, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %824 = stablehlo.convert %arg139 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %825 = stablehlo.convert %824 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %826 = stablehlo.convert %819 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %827 = stablehlo.dot_general %826, %825, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %828 = stablehlo.logistic %823 : tensor<8x8192xf32>
    %829 = stablehlo.multiply %823, %828 : tensor<8x8192xf32>
    %830 = stablehlo.multiply %829, %827 : tensor<8x8192xf32>
    %831 = stablehlo.convert %arg140 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %832 = stablehlo.convert %831 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %833 = stablehlo.convert %830 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %834 = stablehlo.dot_general %833, %832, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %835 = stablehlo.add %818, %834 : tensor<8x2048xf32>
    %836 = stablehlo.composite "mlxla.rms_norm" %835, %arg141 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %837 = stablehlo.convert %arg142 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %838 = stablehlo.convert %837 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %839 = stablehlo.convert %836 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %840 = stablehlo.dot_general %839, %838, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %841 = stablehlo.reshape %840 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %842 = stablehlo.composite "mlxla.rope" %841, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %843 = stablehlo.convert %arg143 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %844 = stablehlo.convert %843 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %845 = stablehlo.convert %836 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %846 = stablehlo.dot_general %845, %844, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %847 = stablehlo.reshape %846 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %848 = stablehlo.composite "mlxla.rope" %847, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %849 = stablehlo.convert %arg144 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %850 = stablehlo.convert %849 : (tensor<512x2048xf32>) -> tensor<512x2048xbf16>
    %851 = stablehlo.convert %836 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %852 = stablehlo.dot_general %851, %850, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<512x2048xbf16>) -> tensor<8x512xf32>
    %853 = stablehlo.reshape %852 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %854 = stablehlo.convert %848 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %855 = stablehlo.convert %853 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %856 = stablehlo.constant dense<15> : tensor<i32>
    %857 = stablehlo.constant dense<0> : tensor<i32>
    %858 = stablehlo.constant dense<0> : tensor<i32>
    %859 = stablehlo.reshape %854 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %860 = stablehlo.dynamic_update_slice %805, %859, %856, %858, %arg1, %857, %857 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %861 = stablehlo.reshape %855 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %862 = stablehlo.dynamic_update_slice %807, %861, %856, %858, %arg1, %857, %857 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %863 = stablehlo.slice %862 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %864 = stablehlo.reshape %863 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %865 = stablehlo.slice %860 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %866 = stablehlo.reshape %865 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %867 = stablehlo.composite "mlxla.attention" %842, %866, %864, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %868 = stablehlo.reshape %867 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %869 = stablehlo.convert %arg145 : (tensor<2048x2048xf16>) -> tensor<2048x2048xf32>
    %870 = stablehlo.convert %869 : (tensor<2048x2048xf32>) -> tensor<2048x2048xbf16>
    %871 = stablehlo.convert %868 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %872 = stablehlo.dot_general %871, %870, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<2048x2048xbf16>) -> tensor<8x2048xf32>
    %873 = stablehlo.add %835, %872 : tensor<8x2048xf32>
    %874 = stablehlo.composite "mlxla.rms_norm" %873, %arg146 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %875 = stablehlo.convert %arg147 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %876 = stablehlo.convert %875 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %877 = stablehlo.convert %874 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %878 = stablehlo.dot_general %877, %876, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %879 = stablehlo.convert %arg148 : (tensor<8192x2048xf16>) -> tensor<8192x2048xf32>
    %880 = stablehlo.convert %879 : (tensor<8192x2048xf32>) -> tensor<8192x2048xbf16>
    %881 = stablehlo.convert %874 : (tensor<8x2048xf32>) -> tensor<8x2048xbf16>
    %882 = stablehlo.dot_general %881, %880, contracting_dims = [1] x [1] : (tensor<8x2048xbf16>, tensor<8192x2048xbf16>) -> tensor<8x8192xf32>
    %883 = stablehlo.logistic %878 : tensor<8x8192xf32>
    %884 = stablehlo.multiply %878, %883 : tensor<8x8192xf32>
    %885 = stablehlo.multiply %884, %882 : tensor<8x8192xf32>
    %886 = stablehlo.convert %arg149 : (tensor<2048x8192xf16>) -> tensor<2048x8192xf32>
    %887 = stablehlo.convert %886 : (tensor<2048x8192xf32>) -> tensor<2048x8192xbf16>
    %888 = stablehlo.convert %885 : (tensor<8x8192xf32>) -> tensor<8x8192xbf16>
    %889 = stablehlo.dot_general %888, %887, contracting_dims = [1] x [1] : (tensor<8x8192xbf16>, tensor<2048x8192xbf16>) -> tensor<8x2048xf32>
    %890 = stablehlo.add %873, %889 : tensor<8x2048xf32>
    %891 = stablehlo.constant dense<0> : tensor<i32>
    %892 = stablehlo.dynamic_slice %890, %4, %891, sizes = [1, 2048] : (tensor<8x2048xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2048xf32>
    %893 = stablehlo.composite "mlxla.rms_norm" %892, %arg150 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %894 = stablehlo.convert %arg5 : (tensor<128256x2048xf16>) -> tensor<128256x2048xf32>
    %895 = stablehlo.convert %894 : (tensor<128256x2048xf32>) -> tensor<128256x2048xbf16>
    %896 = stablehlo.convert %893 : (tensor<1x2048xf32>) -> tensor<1x2048xbf16>
    %897 = stablehlo.dot_general %896, %895, contracting_dims = [1] x [1] : (tensor<1x2048xbf16>, tensor<128256x2048xbf16>) -> tensor<1x128256xf32>
    %898 = stablehlo.composite "mlxla.argmax" %897 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %898, %860, %862 : tensor<1xi32>, tensor<16x1x64x8x64xf16>, tensor<16x1x64x8x64xf16>
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
