module @mlxla {
  func.func @main(%arg0: tensor<8xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "start"}, %arg2: tensor<i32> {mlxla.name = "n_valid"}, %arg3: tensor<4x1x640x1x256xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg4: tensor<4x1x640x1x256xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg5: tensor<22x1x512x1x256xf16> {mlxla.name = "k_window_cache", tf.aliasing_output = 3 : i32}, %arg6: tensor<22x1x512x1x256xf16> {mlxla.name = "v_window_cache", tf.aliasing_output = 4 : i32}, %arg7: tensor<262144x1152xbf16> {mlxla.name = "model.embed_tokens.weight"}, %arg8: tensor<1152xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg9: tensor<1024x1152xbf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg10: tensor<256x1152xbf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg11: tensor<256x1152xbf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg12: tensor<256xf32> {mlxla.name = "model.layers.0.self_attn.q_norm.weight"}, %arg13: tensor<256xf32> {mlxla.name = "model.layers.0.self_attn.k_norm.weight"}, %arg14: tensor<1152x1024xbf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg15: tensor<1152xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg16: tensor<1152xf32> {mlxla.name = "model.layers.0.pre_feedforward_layernorm.weight"}, %arg17: tensor<1152xf32> {mlxla.name = "model.layers.0.post_feedforward_layernorm.weight"}, %arg18: tensor<6912x1152xbf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg19: tensor<6912x1152xbf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg20: tensor<1152x6912xbf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg21: tensor<1152xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg22: tensor<1024x1152xbf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg23: tensor<256x1152xbf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg24: tensor<256x1152xbf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg25: tensor<256xf32> {mlxla.name = "model.layers.1.self_attn.q_norm.weight"}, %arg26: tensor<256xf32> {mlxla.name = "model.layers.1.self_attn.k_norm.weight"}, %arg27: tensor<1152x1024xbf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg28: tensor<1152xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg29: tensor<1152xf32> {mlxla.name = "model.layers.1.pre_feedforward_layernorm.weight"}, %arg30: tensor<1152xf32> {mlxla.name = "model.layers.1.post_feedforward_layernorm.weight"}, %arg31: tensor<6912x1152xbf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg32: tensor<6912x1152xbf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg33: tensor<1152x6912xbf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg34: tensor<1152xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg35: tensor<1024x1152xbf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg36: tensor<256x1152xbf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg37: tensor<256x1152xbf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg38: tensor<256xf32> {mlxla.name = "model.layers.2.self_attn.q_norm.weight"}, %arg39: tensor<256xf32> {mlxla.name = "model.layers.2.self_attn.k_norm.weight"}, %arg40: tensor<1152x1024xbf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg41: tensor<1152xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg42: tensor<1152xf32> {mlxla.name = "model.layers.2.pre_feedforward_layernorm.weight"}, %arg43: tensor<1152xf32> {mlxla.name = "model.layers.2.post_feedforward_layernorm.weight"}, %arg44: tensor<6912x1152xbf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg45: tensor<6912x1152xbf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg46: tensor<1152x6912xbf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg47: tensor<1152xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg48: tensor<1024x1152xbf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg49: tensor<256x1152xbf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg50: tensor<256x1152xbf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg51: tensor<256xf32> {mlxla.name = "model.layers.3.self_attn.q_norm.weight"}, %arg52: tensor<256xf32> {mlxla.name = "model.layers.3.self_attn.k_norm.weight"}, %arg53: tensor<1152x1024xbf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg54: tensor<1152xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg55: tensor<1152xf32> {mlxla.name = "model.layers.3.pre_feedforward_layernorm.weight"}, %arg56: tensor<1152xf32> {mlxla.name = "model.layers.3.post_feedforward_layernorm.weight"}, %arg57: tensor<6912x1152xbf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg58: tensor<6912x1152xbf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg59: tensor<1152x6912xbf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg60: tensor<1152xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg61: tensor<1024x1152xbf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg62: tensor<256x1152xbf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg63: tensor<256x1152xbf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg64: tensor<256xf32> {mlxla.name = "model.layers.4.self_attn.q_norm.weight"}, %arg65: tensor<256xf32> {mlxla.name = "model.layers.4.self_attn.k_norm.weight"}, %arg66: tensor<1152x1024xbf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg67: tensor<1152xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg68: tensor<1152xf32> {mlxla.name = "model.layers.4.pre_feedforward_layernorm.weight"}, %arg69: tensor<1152xf32> {mlxla.name = "model.layers.4.post_feedforward_layernorm.weight"}, %arg70: tensor<6912x1152xbf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg71: tensor<6912x1152xbf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg72: tensor<1152x6912xbf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg73: tensor<1152xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg74: tensor<1024x1152xbf16> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg75: tensor<256x1152xbf16> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg76: tensor<256x1152xbf16> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg77: tensor<256xf32> {mlxla.name = "model.layers.5.self_attn.q_norm.weight"}, %arg78: tensor<256xf32> {mlxla.name = "model.layers.5.self_attn.k_norm.weight"}, %arg79: tensor<1152x1024xbf16> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg80: tensor<1152xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg81: tensor<1152xf32> {mlxla.name = "model.layers.5.pre_feedforward_layernorm.weight"}, %arg82: tensor<1152xf32> {mlxla.name = "model.layers.5.post_feedforward_layernorm.weight"}, %arg83: tensor<6912x1152xbf16> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg84: tensor<6912x1152xbf16> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg85: tensor<1152x6912xbf16> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg86: tensor<1152xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg87: tensor<1024x1152xbf16> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg88: tensor<256x1152xbf16> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg89: tensor<256x1152xbf16> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg90: tensor<256xf32> {mlxla.name = "model.layers.6.self_attn.q_norm.weight"}, %arg91: tensor<256xf32> {mlxla.name = "model.layers.6.self_attn.k_norm.weight"}, %arg92: tensor<1152x1024xbf16> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg93: tensor<1152xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg94: tensor<1152xf32> {mlxla.name = "model.layers.6.pre_feedforward_layernorm.weight"}, %arg95: tensor<1152xf32> {mlxla.name = "model.layers.6.post_feedforward_layernorm.weight"}, %arg96: tensor<6912x1152xbf16> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg97: tensor<6912x1152xbf16> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg98: tensor<1152x6912xbf16> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg99: tensor<1152xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg100: tensor<1024x1152xbf16> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg101: tensor<256x1152xbf16> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg102: tensor<256x1152xbf16> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg103: tensor<256xf32> {mlxla.name = "model.layers.7.self_attn.q_norm.weight"}, %arg104: tensor<256xf32> {mlxla.name = "model.layers.7.self_attn.k_norm.weight"}, %arg105: tensor<1152x1024xbf16> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg106: tensor<1152xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg107: tensor<1152xf32> {mlxla.name = "model.layers.7.pre_feedforward_layernorm.weight"}, %arg108: tensor<1152xf32> {mlxla.name = "model.layers.7.post_feedforward_layernorm.weight"}, %arg109: tensor<6912x1152xbf16> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg110: tensor<6912x1152xbf16> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg111: tensor<1152x6912xbf16> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg112: tensor<1152xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg113: tensor<1024x1152xbf16> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg114: tensor<256x1152xbf16> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg115: tensor<256x1152xbf16> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg116: tensor<256xf32> {mlxla.name = "model.layers.8.self_attn.q_norm.weight"}, %arg117: tensor<256xf32> {mlxla.name = "model.layers.8.self_attn.k_norm.weight"}, %arg118: tensor<1152x1024xbf16> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg119: tensor<1152xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg120: tensor<1152xf32> {mlxla.name = "model.layers.8.pre_feedforward_layernorm.weight"}, %arg121: tensor<1152xf32> {mlxla.name = "model.layers.8.post_feedforward_layernorm.weight"}, %arg122: tensor<6912x1152xbf16> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg123: tensor<6912x1152xbf16> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg124: tensor<1152x6912xbf16> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg125: tensor<1152xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg126: tensor<1024x1152xbf16> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg127: tensor<256x1152xbf16> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg128: tensor<256x1152xbf16> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg129: tensor<256xf32> {mlxla.name = "model.layers.9.self_attn.q_norm.weight"}, %arg130: tensor<256xf32> {mlxla.name = "model.layers.9.self_attn.k_norm.weight"}, %arg131: tensor<1152x1024xbf16> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg132: tensor<1152xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg133: tensor<1152xf32> {mlxla.name = "model.layers.9.pre_feedforward_layernorm.weight"}, %arg134: tensor<1152xf32> {mlxla.name = "model.layers.9.post_feedforward_layernorm.weight"}, %arg135: tensor<6912x1152xbf16> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg136: tensor<6912x1152xbf16> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg137: tensor<1152x6912xbf16> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg138: tensor<1152xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg139: tensor<1024x1152xbf16> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg140: tensor<256x1152xbf16> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg141: tensor<256x1152xbf16> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg142: tensor<256xf32> {mlxla.name = "model.layers.10.self_attn.q_norm.weight"}, %arg143: tensor<256xf32> {mlxla.name = "model.layers.10.self_attn.k_norm.weight"}, %arg144: tensor<1152x1024xbf16> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg145: tensor<1152xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg146: tensor<1152xf32> {mlxla.name = "model.layers.10.pre_feedforward_layernorm.weight"}, %arg147: tensor<1152xf32> {mlxla.name = "model.layers.10.post_feedforward_layernorm.weight"}, %arg148: tensor<6912x1152xbf16> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg149: tensor<6912x1152xbf16> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg150: tensor<1152x6912xbf16> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg151: tensor<1152xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg152: tensor<1024x1152xbf16> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg153: tensor<256x1152xbf16> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg154: tensor<256x1152xbf16> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg155: tensor<256xf32> {mlxla.name = "model.layers.11.self_attn.q_norm.weight"}, %arg156: tensor<256xf32> {mlxla.name = "model.layers.11.self_attn.k_norm.weight"}, %arg157: tensor<1152x1024xbf16> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg158: tensor<1152xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg159: tensor<1152xf32> {mlxla.name = "model.layers.11.pre_feedforward_layernorm.weight"}, %arg160: tensor<1152xf32> {mlxla.name = "model.layers.11.post_feedforward_layernorm.weight"}, %arg161: tensor<6912x1152xbf16> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg162: tensor<6912x1152xbf16> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg163: tensor<1152x6912xbf16> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg164: tensor<1152xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg165: tensor<1024x1152xbf16> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg166: tensor<256x1152xbf16> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg167: tensor<256x1152xbf16> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg168: tensor<256xf32> {mlxla.name = "model.layers.12.self_attn.q_norm.weight"}, %arg169: tensor<256xf32> {mlxla.name = "model.layers.12.self_attn.k_norm.weight"}, %arg170: tensor<1152x1024xbf16> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg171: tensor<1152xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg172: tensor<1152xf32> {mlxla.name = "model.layers.12.pre_feedforward_layernorm.weight"}, %arg173: tensor<1152xf32> {mlxla.name = "model.layers.12.post_feedforward_layernorm.weight"}, %arg174: tensor<6912x1152xbf16> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg175: tensor<6912x1152xbf16> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg176: tensor<1152x6912xbf16> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg177: tensor<1152xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg178: tensor<1024x1152xbf16> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg179: tensor<256x1152xbf16> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg180: tensor<256x1152xbf16> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg181: tensor<256xf32> {mlxla.name = "model.layers.13.self_attn.q_norm.weight"}, %arg182: tensor<256xf32> {mlxla.name = "model.layers.13.self_attn.k_norm.weight"}, %arg183: tensor<1152x1024xbf16> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg184: tensor<1152xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg185: tensor<1152xf32> {mlxla.name = "model.layers.13.pre_feedforward_layernorm.weight"}, %arg186: tensor<1152xf32> {mlxla.name = "model.layers.13.post_feedforward_layernorm.weight"}, %arg187: tensor<6912x1152xbf16> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg188: tensor<6912x1152xbf16> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg189: tensor<1152x6912xbf16> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg190: tensor<1152xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg191: tensor<1024x1152xbf16> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg192: tensor<256x1152xbf16> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg193: tensor<256x1152xbf16> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg194: tensor<256xf32> {mlxla.name = "model.layers.14.self_attn.q_norm.weight"}, %arg195: tensor<256xf32> {mlxla.name = "model.layers.14.self_attn.k_norm.weight"}, %arg196: tensor<1152x1024xbf16> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg197: tensor<1152xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg198: tensor<1152xf32> {mlxla.name = "model.layers.14.pre_feedforward_layernorm.weight"}, %arg199: tensor<1152xf32> {mlxla.name = "model.layers.14.post_feedforward_layernorm.weight"}, %arg200: tensor<6912x1152xbf16> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg201: tensor<6912x1152xbf16> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg202: tensor<1152x6912xbf16> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg203: tensor<1152xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg204: tensor<1024x1152xbf16> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg205: tensor<256x1152xbf16> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg206: tensor<256x1152xbf16> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg207: tensor<256xf32> {mlxla.name = "model.layers.15.self_attn.q_norm.weight"}, %arg208: tensor<256xf32> {mlxla.name = "model.layers.15.self_attn.k_norm.weight"}, %arg209: tensor<1152x1024xbf16> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg210: tensor<1152xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg211: tensor<1152xf32> {mlxla.name = "model.layers.15.pre_feedforward_layernorm.weight"}, %arg212: tensor<1152xf32> {mlxla.name = "model.layers.15.post_feedforward_layernorm.weight"}, %arg213: tensor<6912x1152xbf16> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg214: tensor<6912x1152xbf16> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg215: tensor<1152x6912xbf16> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg216: tensor<1152xf32> {mlxla.name = "model.layers.16.input_layernorm.weight"}, %arg217: tensor<1024x1152xbf16> {mlxla.name = "model.layers.16.self_attn.q_proj.weight"}, %arg218: tensor<256x1152xbf16> {mlxla.name = "model.layers.16.self_attn.k_proj.weight"}, %arg219: tensor<256x1152xbf16> {mlxla.name = "model.layers.16.self_attn.v_proj.weight"}, %arg220: tensor<256xf32> {mlxla.name = "model.layers.16.self_attn.q_norm.weight"}, %arg221: tensor<256xf32> {mlxla.name = "model.layers.16.self_attn.k_norm.weight"}, %arg222: tensor<1152x1024xbf16> {mlxla.name = "model.layers.16.self_attn.o_proj.weight"}, %arg223: tensor<1152xf32> {mlxla.name = "model.layers.16.post_attention_layernorm.weight"}, %arg224: tensor<1152xf32> {mlxla.name = "model.layers.16.pre_feedforward_layernorm.weight"}, %arg225: tensor<1152xf32> {mlxla.name = "model.layers.16.post_feedforward_layernorm.weight"}, %arg226: tensor<6912x1152xbf16> {mlxla.name = "model.layers.16.mlp.gate_proj.weight"}, %arg227: tensor<6912x1152xbf16> {mlxla.name = "model.layers.16.mlp.up_proj.weight"}, %arg228: tensor<1152x6912xbf16> {mlxla.name = "model.layers.16.mlp.down_proj.weight"}, %arg229: tensor<1152xf32> {mlxla.name = "model.layers.17.input_layernorm.weight"}, %arg230: tensor<1024x1152xbf16> {mlxla.name = "model.layers.17.self_attn.q_proj.weight"}, %arg231: tensor<256x1152xbf16> {mlxla.name = "model.layers.17.self_attn.k_proj.weight"}, %arg232: tensor<256x1152xbf16> {mlxla.name = "model.layers.17.self_attn.v_proj.weight"}, %arg233: tensor<256xf32> {mlxla.name = "model.layers.17.self_attn.q_norm.weight"}, %arg234: tensor<256xf32> {mlxla.name = "model.layers.17.self_attn.k_norm.weight"}, %arg235: tensor<1152x1024xbf16> {mlxla.name = "model.layers.17.self_attn.o_proj.weight"}, %arg236: tensor<1152xf32> {mlxla.name = "model.layers.17.post_attention_layernorm.weight"}, %arg237: tensor<1152xf32> {mlxla.name = "model.layers.17.pre_feedforward_layernorm.weight"}, %arg238: tensor<1152xf32> {mlxla.name = "model.layers.17.post_feedforward_layernorm.weight"}, %arg239: tensor<6912x1152xbf16> {mlxla.name = "model.layers.17.mlp.gate_proj.weight"}, %arg240: tensor<6912x1152xbf16> {mlxla.name = "model.layers.17.mlp.up_proj.weight"}, %arg241: tensor<1152x6912xbf16> {mlxla.name = "model.layers.17.mlp.down_proj.weight"}, %arg242: tensor<1152xf32> {mlxla.name = "model.layers.18.input_layernorm.weight"}, %arg243: tensor<1024x1152xbf16> {mlxla.name = "model.layers.18.self_attn.q_proj.weight"}, %arg244: tensor<256x1152xbf16> {mlxla.name = "model.layers.18.self_attn.k_proj.weight"}, %arg245: tensor<256x1152xbf16> {mlxla.name = "model.layers.18.self_attn.v_proj.weight"}, %arg246: tensor<256xf32> {mlxla.name = "model.layers.18.self_attn.q_norm.weight"}, %arg247: tensor<256xf32> {mlxla.name = "model.layers.18.self_attn.k_norm.weight"}, %arg248: tensor<1152x1024xbf16> {mlxla.name = "model.layers.18.self_attn.o_proj.weight"}, %arg249: tensor<1152xf32> {mlxla.name = "model.layers.18.post_attention_layernorm.weight"}, %arg250: tensor<1152xf32> {mlxla.name = "model.layers.18.pre_feedforward_layernorm.weight"}, %arg251: tensor<1152xf32> {mlxla.name = "model.layers.18.post_feedforward_layernorm.weight"}, %arg252: tensor<6912x1152xbf16> {mlxla.name = "model.layers.18.mlp.gate_proj.weight"}, %arg253: tensor<6912x1152xbf16> {mlxla.name = "model.layers.18.mlp.up_proj.weight"}, %arg254: tensor<1152x6912xbf16> {mlxla.name = "model.layers.18.mlp.down_proj.weight"}, %arg255: tensor<1152xf32> {mlxla.name = "model.layers.19.input_layernorm.weight"}, %arg256: tensor<1024x1152xbf16> {mlxla.name = "model.layers.19.self_attn.q_proj.weight"}, %arg257: tensor<256x1152xbf16> {mlxla.name = "model.layers.19.self_attn.k_proj.weight"}, %arg258: tensor<256x1152xbf16> {mlxla.name = "model.layers.19.self_attn.v_proj.weight"}, %arg259: tensor<256xf32> {mlxla.name = "model.layers.19.self_attn.q_norm.weight"}, %arg260: tensor<256xf32> {mlxla.name = "model.layers.19.self_attn.k_norm.weight"}, %arg261: tensor<1152x1024xbf16> {mlxla.name = "model.layers.19.self_attn.o_proj.weight"}, %arg262: tensor<1152xf32> {mlxla.name = "model.layers.19.post_attention_layernorm.weight"}, %arg263: tensor<1152xf32> {mlxla.name = "model.layers.19.pre_feedforward_layernorm.weight"}, %arg264: tensor<1152xf32> {mlxla.name = "model.layers.19.post_feedforward_layernorm.weight"}, %arg265: tensor<6912x1152xbf16> {mlxla.name = "model.layers.19.mlp.gate_proj.weight"}, %arg266: tensor<6912x1152xbf16> {mlxla.name = "model.layers.19.mlp.up_proj.weight"}, %arg267: tensor<1152x6912xbf16> {mlxla.name = "model.layers.19.mlp.down_proj.weight"}, %arg268: tensor<1152xf32> {mlxla.name = "model.layers.20.input_layernorm.weight"}, %arg269: tensor<1024x1152xbf16> {mlxla.name = "model.layers.20.self_attn.q_proj.weight"}, %arg270: tensor<256x1152xbf16> {mlxla.name = "model.layers.20.self_attn.k_proj.weight"}, %arg271: tensor<256x1152xbf16> {mlxla.name = "model.layers.20.self_attn.v_proj.weight"}, %arg272: tensor<256xf32> {mlxla.name = "model.layers.20.self_attn.q_norm.weight"}, %arg273: tensor<256xf32> {mlxla.name = "model.layers.20.self_attn.k_norm.weight"}, %arg274: tensor<1152x1024xbf16> {mlxla.name = "model.layers.20.self_attn.o_proj.weight"}, %arg275: tensor<1152xf32> {mlxla.name = "model.layers.20.post_attention_layernorm.weight"}, %arg276: tensor<1152xf32> {mlxla.name = "model.layers.20.pre_feedforward_layernorm.weight"}, %arg277: tensor<1152xf32> {mlxla.name = "model.layers.20.post_feedforward_layernorm.weight"}, %arg278: tensor<6912x1152xbf16> {mlxla.name = "model.layers.20.mlp.gate_proj.weight"}, %arg279: tensor<6912x1152xbf16> {mlxla.name = "model.layers.20.mlp.up_proj.weight"}, %arg280: tensor<1152x6912xbf16> {mlxla.name = "model.layers.20.mlp.down_proj.weight"}, %arg281: tensor<1152xf32> {mlxla.name = "model.layers.21.input_layernorm.weight"}, %arg282: tensor<1024x1152xbf16> {mlxla.name = "model.layers.21.self_attn.q_proj.weight"}, %arg283: tensor<256x1152xbf16> {mlxla.name = "model.layers.21.self_attn.k_proj.weight"}, %arg284: tensor<256x1152xbf16> {mlxla.name = "model.layers.21.self_attn.v_proj.weight"}, %arg285: tensor<256xf32> {mlxla.name = "model.layers.21.self_attn.q_norm.weight"}, %arg286: tensor<256xf32> {mlxla.name = "model.layers.21.self_attn.k_norm.weight"}, %arg287: tensor<1152x1024xbf16> {mlxla.name = "model.layers.21.self_attn.o_proj.weight"}, %arg288: tensor<1152xf32> {mlxla.name = "model.layers.21.post_attention_layernorm.weight"}, %arg289: tensor<1152xf32> {mlxla.name = "model.layers.21.pre_feedforward_layernorm.weight"}, %arg290: tensor<1152xf32> {mlxla.name = "model.layers.21.post_feedforward_layernorm.weight"}, %arg291: tensor<6912x1152xbf16> {mlxla.name = "model.layers.21.mlp.gate_proj.weight"}, %arg292: tensor<6912x1152xbf16> {mlxla.name = "model.layers.21.mlp.up_proj.weight"}, %arg293: tensor<1152x6912xbf16> {mlxla.name = "model.layers.21.mlp.down_proj.weight"}, %arg294: tensor<1152xf32> {mlxla.name = "model.layers.22.input_layernorm.weight"}, %arg295: tensor<1024x1152xbf16> {mlxla.name = "model.layers.22.self_attn.q_proj.weight"}, %arg296: tensor<256x1152xbf16> {mlxla.name = "model.layers.22.self_attn.k_proj.weight"}, %arg297: tensor<256x1152xbf16> {mlxla.name = "model.layers.22.self_attn.v_proj.weight"}, %arg298: tensor<256xf32> {mlxla.name = "model.layers.22.self_attn.q_norm.weight"}, %arg299: tensor<256xf32> {mlxla.name = "model.layers.22.self_attn.k_norm.weight"}, %arg300: tensor<1152x1024xbf16> {mlxla.name = "model.layers.22.self_attn.o_proj.weight"}, %arg301: tensor<1152xf32> {mlxla.name = "model.layers.22.post_attention_layernorm.weight"}, %arg302: tensor<1152xf32> {mlxla.name = "model.layers.22.pre_feedforward_layernorm.weight"}, %arg303: tensor<1152xf32> {mlxla.name = "model.layers.22.post_feedforward_layernorm.weight"}, %arg304: tensor<6912x1152xbf16> {mlxla.name = "model.layers.22.mlp.gate_proj.weight"}, %arg305: tensor<6912x1152xbf16> {mlxla.name = "model.layers.22.mlp.up_proj.weight"}, %arg306: tensor<1152x6912xbf16> {mlxla.name = "model.layers.22.mlp.down_proj.weight"}, %arg307: tensor<1152xf32> {mlxla.name = "model.layers.23.input_layernorm.weight"}, %arg308: tensor<1024x1152xbf16> {mlxla.name = "model.layers.23.self_attn.q_proj.weight"}, %arg309: tensor<256x1152xbf16> {mlxla.name = "model.layers.23.self_attn.k_proj.weight"}, %arg310: tensor<256x1152xbf16> {mlxla.name = "model.layers.23.self_attn.v_proj.weight"}, %arg311: tensor<256xf32> {mlxla.name = "model.layers.23.self_attn.q_norm.weight"}, %arg312: tensor<256xf32> {mlxla.name = "model.layers.23.self_attn.k_norm.weight"}, %arg313: tensor<1152x1024xbf16> {mlxla.name = "model.layers.23.self_attn.o_proj.weight"}, %arg314: tensor<1152xf32> {mlxla.name = "model.layers.23.post_attention_layernorm.weight"}, %arg315: tensor<1152xf32> {mlxla.name = "model.layers.23.pre_feedforward_layernorm.weight"}, %arg316: tensor<1152xf32> {mlxla.name = "model.layers.23.post_feedforward_layernorm.weight"}, %arg317: tensor<6912x1152xbf16> {mlxla.name = "model.layers.23.mlp.gate_proj.weight"}, %arg318: tensor<6912x1152xbf16> {mlxla.name = "model.layers.23.mlp.up_proj.weight"}, %arg319: tensor<1152x6912xbf16> {mlxla.name = "model.layers.23.mlp.down_proj.weight"}, %arg320: tensor<1152xf32> {mlxla.name = "model.layers.24.input_layernorm.weight"}, %arg321: tensor<1024x1152xbf16> {mlxla.name = "model.layers.24.self_attn.q_proj.weight"}, %arg322: tensor<256x1152xbf16> {mlxla.name = "model.layers.24.self_attn.k_proj.weight"}, %arg323: tensor<256x1152xbf16> {mlxla.name = "model.layers.24.self_attn.v_proj.weight"}, %arg324: tensor<256xf32> {mlxla.name = "model.layers.24.self_attn.q_norm.weight"}, %arg325: tensor<256xf32> {mlxla.name = "model.layers.24.self_attn.k_norm.weight"}, %arg326: tensor<1152x1024xbf16> {mlxla.name = "model.layers.24.self_attn.o_proj.weight"}, %arg327: tensor<1152xf32> {mlxla.name = "model.layers.24.post_attention_layernorm.weight"}, %arg328: tensor<1152xf32> {mlxla.name = "model.layers.24.pre_feedforward_layernorm.weight"}, %arg329: tensor<1152xf32> {mlxla.name = "model.layers.24.post_feedforward_layernorm.weight"}, %arg330: tensor<6912x1152xbf16> {mlxla.name = "model.layers.24.mlp.gate_proj.weight"}, %arg331: tensor<6912x1152xbf16> {mlxla.name = "model.layers.24.mlp.up_proj.weight"}, %arg332: tensor<1152x6912xbf16> {mlxla.name = "model.layers.24.mlp.down_proj.weight"}, %arg333: tensor<1152xf32> {mlxla.name = "model.layers.25.input_layernorm.weight"}, %arg334: tensor<1024x1152xbf16> {mlxla.name = "model.layers.25.self_attn.q_proj.weight"}, %arg335: tensor<256x1152xbf16> {mlxla.name = "model.layers.25.self_attn.k_proj.weight"}, %arg336: tensor<256x1152xbf16> {mlxla.name = "model.layers.25.self_attn.v_proj.weight"}, %arg337: tensor<256xf32> {mlxla.name = "model.layers.25.self_attn.q_norm.weight"}, %arg338: tensor<256xf32> {mlxla.name = "model.layers.25.self_attn.k_norm.weight"}, %arg339: tensor<1152x1024xbf16> {mlxla.name = "model.layers.25.self_attn.o_proj.weight"}, %arg340: tensor<1152xf32> {mlxla.name = "model.layers.25.post_attention_layernorm.weight"}, %arg341: tensor<1152xf32> {mlxla.name = "model.layers.25.pre_feedforward_layernorm.weight"}, %arg342: tensor<1152xf32> {mlxla.name = "model.layers.25.post_feedforward_layernorm.weight"}, %arg343: tensor<6912x1152xbf16> {mlxla.name = "model.layers.25.mlp.gate_proj.weight"}, %arg344: tensor<6912x1152xbf16> {mlxla.name = "model.layers.25.mlp.up_proj.weight"}, %arg345: tensor<1152x6912xbf16> {mlxla.name = "model.layers.25.mlp.down_proj.weight"}, %arg346: tensor<1152xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<4x1x640x1x256xf16> {mlxla.name = "k_cache"}, tensor<4x1x640x1x256xf16> {mlxla.name = "v_cache"}, tensor<22x1x512x1x256xf16> {mlxla.name = "k_window_cache"}, tensor<22x1x512x1x256xf16> {mlxla.name = "v_window_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %1 = stablehlo.iota dim = 0 : tensor<8xi32>
    %2 = stablehlo.add %0, %1 : tensor<8xi32>
    %3 = stablehlo.constant dense<-1> : tensor<i32>
    %4 = stablehlo.add %arg2, %3 : tensor<i32>
    %5 = stablehlo.add %arg1, %arg2 : tensor<i32>
    %6 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %7 = "stablehlo.gather"(%arg7, %6) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1152>} : (tensor<262144x1152xbf16>, tensor<8x1xi32>) -> tensor<8x1152xbf16>
    %8 = stablehlo.convert %7 : (tensor<8x1152xbf16>) -> tensor<8x1152xf32>
    %9 = stablehlo.constant dense<34.0> : tensor<8x1152xf32>
    %10 = stablehlo.multiply %8, %9 : tensor<8x1152xf32>
    %11 = stablehlo.composite "mlxla.rms_norm" %10, %arg8 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %12 = stablehlo.convert %arg9 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %13 = stablehlo.dot_general %11, %12, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %14 = stablehlo.reshape %13 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %15 = stablehlo.composite "mlxla.rms_norm" %14, %arg12 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %16 = stablehlo.composite "mlxla.rope" %15, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %17 = stablehlo.convert %arg10 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %18 = stablehlo.dot_general %11, %17, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %19 = stablehlo.reshape %18 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %20 = stablehlo.composite "mlxla.rms_norm" %19, %arg13 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %21 = stablehlo.composite "mlxla.rope" %20, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %22 = stablehlo.convert %arg11 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %23 = stablehlo.dot_general %11, %22, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %24 = stablehlo.reshape %23 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %25 = stablehlo.convert %21 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %26 = stablehlo.convert %24 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %27 = stablehlo.slice %arg5 [0:1, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %28 = stablehlo.reshape %27 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %29 = stablehlo.slice %arg6 [0:1, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %30 = stablehlo.reshape %29 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %31 = stablehlo.composite "mlxla.window_attention" %16, %28, %30, %25, %26, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %32 = stablehlo.slice %arg5 [0:1, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %33 = stablehlo.reshape %32 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %34 = stablehlo.constant dense<0> : tensor<i32>
    %35 = stablehlo.constant dense<0> : tensor<i32>
    %36 = stablehlo.constant dense<0> : tensor<i32>
    %37 = stablehlo.constant dense<-1> : tensor<i32>
    %38 = stablehlo.add %5, %37 : tensor<i32>
    %39 = stablehlo.broadcast_in_dim %38, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %40 = stablehlo.iota dim = 0 : tensor<512xi32>
    %41 = stablehlo.constant dense<512> : tensor<512xi32>
    %42 = stablehlo.subtract %39, %40 : tensor<512xi32>
    %43 = stablehlo.add %42, %41 : tensor<512xi32>
    %44 = stablehlo.constant dense<512> : tensor<512xi32>
    %45 = stablehlo.divide %43, %44 : tensor<512xi32>
    %46 = stablehlo.multiply %45, %44 : tensor<512xi32>
    %47 = stablehlo.subtract %43, %46 : tensor<512xi32>
    %48 = stablehlo.subtract %39, %47 : tensor<512xi32>
    %49 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %50 = stablehlo.subtract %48, %49 : tensor<512xi32>
    %51 = stablehlo.constant dense<0> : tensor<512xi32>
    %52 = stablehlo.compare GE, %50, %51 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %53 = stablehlo.add %50, %41 : tensor<512xi32>
    %54 = stablehlo.select %52, %53, %40 : tensor<512xi1>, tensor<512xi32>
    %55 = stablehlo.concatenate %33, %25, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %56 = stablehlo.reshape %54 : (tensor<512xi32>) -> tensor<512x1xi32>
    %57 = "stablehlo.gather"(%55, %56) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %58 = stablehlo.reshape %57 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %59 = stablehlo.dynamic_update_slice %arg5, %58, %34, %35, %36, %36, %36 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %60 = stablehlo.slice %arg6 [0:1, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %61 = stablehlo.reshape %60 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %62 = stablehlo.constant dense<0> : tensor<i32>
    %63 = stablehlo.constant dense<0> : tensor<i32>
    %64 = stablehlo.constant dense<0> : tensor<i32>
    %65 = stablehlo.constant dense<-1> : tensor<i32>
    %66 = stablehlo.add %5, %65 : tensor<i32>
    %67 = stablehlo.broadcast_in_dim %66, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %68 = stablehlo.iota dim = 0 : tensor<512xi32>
    %69 = stablehlo.constant dense<512> : tensor<512xi32>
    %70 = stablehlo.subtract %67, %68 : tensor<512xi32>
    %71 = stablehlo.add %70, %69 : tensor<512xi32>
    %72 = stablehlo.constant dense<512> : tensor<512xi32>
    %73 = stablehlo.divide %71, %72 : tensor<512xi32>
    %74 = stablehlo.multiply %73, %72 : tensor<512xi32>
    %75 = stablehlo.subtract %71, %74 : tensor<512xi32>
    %76 = stablehlo.subtract %67, %75 : tensor<512xi32>
    %77 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %78 = stablehlo.subtract %76, %77 : tensor<512xi32>
    %79 = stablehlo.constant dense<0> : tensor<512xi32>
    %80 = stablehlo.compare GE, %78, %79 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %81 = stablehlo.add %78, %69 : tensor<512xi32>
    %82 = stablehlo.select %80, %81, %68 : tensor<512xi1>, tensor<512xi32>
    %83 = stablehlo.concatenate %61, %26, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %84 = stablehlo.reshape %82 : (tensor<512xi32>) -> tensor<512x1xi32>
    %85 = "stablehlo.gather"(%83, %84) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %86 = stablehlo.reshape %85 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %87 = stablehlo.dynamic_update_slice %arg6, %86, %62, %63, %64, %64, %64 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %88 = stablehlo.reshape %31 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %89 = stablehlo.convert %arg14 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %90 = stablehlo.dot_general %88, %89, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %91 = stablehlo.composite "mlxla.rms_norm" %90, %arg15 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %92 = stablehlo.add %10, %91 : tensor<8x1152xf32>
    %93 = stablehlo.composite "mlxla.rms_norm" %92, %arg16 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %94 = stablehlo.convert %arg18 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %95 = stablehlo.dot_general %93, %94, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %96 = stablehlo.multiply %95, %95 : tensor<8x6912xf32>
    %97 = stablehlo.multiply %96, %95 : tensor<8x6912xf32>
    %98 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %99 = stablehlo.multiply %97, %98 : tensor<8x6912xf32>
    %100 = stablehlo.add %95, %99 : tensor<8x6912xf32>
    %101 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %102 = stablehlo.multiply %100, %101 : tensor<8x6912xf32>
    %103 = stablehlo.tanh %102 : tensor<8x6912xf32>
    %104 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %105 = stablehlo.add %103, %104 : tensor<8x6912xf32>
    %106 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %107 = stablehlo.multiply %95, %106 : tensor<8x6912xf32>
    %108 = stablehlo.multiply %107, %105 : tensor<8x6912xf32>
    %109 = stablehlo.convert %arg19 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %110 = stablehlo.dot_general %93, %109, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %111 = stablehlo.multiply %108, %110 : tensor<8x6912xf32>
    %112 = stablehlo.convert %arg20 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %113 = stablehlo.dot_general %111, %112, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %114 = stablehlo.composite "mlxla.rms_norm" %113, %arg17 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %115 = stablehlo.add %92, %114 : tensor<8x1152xf32>
    %116 = stablehlo.composite "mlxla.rms_norm" %115, %arg21 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %117 = stablehlo.convert %arg22 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %118 = stablehlo.dot_general %116, %117, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %119 = stablehlo.reshape %118 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %120 = stablehlo.composite "mlxla.rms_norm" %119, %arg25 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %121 = stablehlo.composite "mlxla.rope" %120, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %122 = stablehlo.convert %arg23 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %123 = stablehlo.dot_general %116, %122, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %124 = stablehlo.reshape %123 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %125 = stablehlo.composite "mlxla.rms_norm" %124, %arg26 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %126 = stablehlo.composite "mlxla.rope" %125, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %127 = stablehlo.convert %arg24 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %128 = stablehlo.dot_general %116, %127, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %129 = stablehlo.reshape %128 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %130 = stablehlo.convert %126 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %131 = stablehlo.convert %129 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %132 = stablehlo.slice %59 [1:2, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %133 = stablehlo.reshape %132 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %134 = stablehlo.slice %87 [1:2, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %135 = stablehlo.reshape %134 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %136 = stablehlo.composite "mlxla.window_attention" %121, %133, %135, %130, %131, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %137 = stablehlo.slice %59 [1:2, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %138 = stablehlo.reshape %137 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %139 = stablehlo.constant dense<1> : tensor<i32>
    %140 = stablehlo.constant dense<0> : tensor<i32>
    %141 = stablehlo.constant dense<0> : tensor<i32>
    %142 = stablehlo.constant dense<-1> : tensor<i32>
    %143 = stablehlo.add %5, %142 : tensor<i32>
    %144 = stablehlo.broadcast_in_dim %143, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %145 = stablehlo.iota dim = 0 : tensor<512xi32>
    %146 = stablehlo.constant dense<512> : tensor<512xi32>
    %147 = stablehlo.subtract %144, %145 : tensor<512xi32>
    %148 = stablehlo.add %147, %146 : tensor<512xi32>
    %149 = stablehlo.constant dense<512> : tensor<512xi32>
    %150 = stablehlo.divide %148, %149 : tensor<512xi32>
    %151 = stablehlo.multiply %150, %149 : tensor<512xi32>
    %152 = stablehlo.subtract %148, %151 : tensor<512xi32>
    %153 = stablehlo.subtract %144, %152 : tensor<512xi32>
    %154 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %155 = stablehlo.subtract %153, %154 : tensor<512xi32>
    %156 = stablehlo.constant dense<0> : tensor<512xi32>
    %157 = stablehlo.compare GE, %155, %156 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %158 = stablehlo.add %155, %146 : tensor<512xi32>
    %159 = stablehlo.select %157, %158, %145 : tensor<512xi1>, tensor<512xi32>
    %160 = stablehlo.concatenate %138, %130, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %161 = stablehlo.reshape %159 : (tensor<512xi32>) -> tensor<512x1xi32>
    %162 = "stablehlo.gather"(%160, %161) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %163 = stablehlo.reshape %162 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %164 = stablehlo.dynamic_update_slice %59, %163, %139, %140, %141, %141, %141 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %165 = stablehlo.slice %87 [1:2, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %166 = stablehlo.reshape %165 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %167 = stablehlo.constant dense<1> : tensor<i32>
    %168 = stablehlo.constant dense<0> : tensor<i32>
    %169 = stablehlo.constant dense<0> : tensor<i32>
    %170 = stablehlo.constant dense<-1> : tensor<i32>
    %171 = stablehlo.add %5, %170 : tensor<i32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %173 = stablehlo.iota dim = 0 : tensor<512xi32>
    %174 = stablehlo.constant dense<512> : tensor<512xi32>
    %175 = stablehlo.subtract %172, %173 : tensor<512xi32>
    %176 = stablehlo.add %175, %174 : tensor<512xi32>
    %177 = stablehlo.constant dense<512> : tensor<512xi32>
    %178 = stablehlo.divide %176, %177 : tensor<512xi32>
    %179 = stablehlo.multiply %178, %177 : tensor<512xi32>
    %180 = stablehlo.subtract %176, %179 : tensor<512xi32>
    %181 = stablehlo.subtract %172, %180 : tensor<512xi32>
    %182 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %183 = stablehlo.subtract %181, %182 : tensor<512xi32>
    %184 = stablehlo.constant dense<0> : tensor<512xi32>
    %185 = stablehlo.compare GE, %183, %184 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %186 = stablehlo.add %183, %174 : tensor<512xi32>
    %187 = stablehlo.select %185, %186, %173 : tensor<512xi1>, tensor<512xi32>
    %188 = stablehlo.concatenate %166, %131, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %189 = stablehlo.reshape %187 : (tensor<512xi32>) -> tensor<512x1xi32>
    %190 = "stablehlo.gather"(%188, %189) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %191 = stablehlo.reshape %190 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %192 = stablehlo.dynamic_update_slice %87, %191, %167, %168, %169, %169, %169 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %193 = stablehlo.reshape %136 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %194 = stablehlo.convert %arg27 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %195 = stablehlo.dot_general %193, %194, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %196 = stablehlo.composite "mlxla.rms_norm" %195, %arg28 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %197 = stablehlo.add %115, %196 : tensor<8x1152xf32>
    %198 = stablehlo.composite "mlxla.rms_norm" %197, %arg29 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %199 = stablehlo.convert %arg31 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %200 = stablehlo.dot_general %198, %199, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %201 = stablehlo.multiply %200, %200 : tensor<8x6912xf32>
    %202 = stablehlo.multiply %201, %200 : tensor<8x6912xf32>
    %203 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %204 = stablehlo.multiply %202, %203 : tensor<8x6912xf32>
    %205 = stablehlo.add %200, %204 : tensor<8x6912xf32>
    %206 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %207 = stablehlo.multiply %205, %206 : tensor<8x6912xf32>
    %208 = stablehlo.tanh %207 : tensor<8x6912xf32>
    %209 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %210 = stablehlo.add %208, %209 : tensor<8x6912xf32>
    %211 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %212 = stablehlo.multiply %200, %211 : tensor<8x6912xf32>
    %213 = stablehlo.multiply %212, %210 : tensor<8x6912xf32>
    %214 = stablehlo.convert %arg32 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %215 = stablehlo.dot_general %198, %214, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %216 = stablehlo.multiply %213, %215 : tensor<8x6912xf32>
    %217 = stablehlo.convert %arg33 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %218 = stablehlo.dot_general %216, %217, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %219 = stablehlo.composite "mlxla.rms_norm" %218, %arg30 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %220 = stablehlo.add %197, %219 : tensor<8x1152xf32>
    %221 = stablehlo.composite "mlxla.rms_norm" %220, %arg34 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %222 = stablehlo.convert %arg35 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %223 = stablehlo.dot_general %221, %222, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %224 = stablehlo.reshape %223 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %225 = stablehlo.composite "mlxla.rms_norm" %224, %arg38 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %226 = stablehlo.composite "mlxla.rope" %225, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %227 = stablehlo.convert %arg36 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %228 = stablehlo.dot_general %221, %227, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %229 = stablehlo.reshape %228 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %230 = stablehlo.composite "mlxla.rms_norm" %229, %arg39 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %231 = stablehlo.composite "mlxla.rope" %230, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %232 = stablehlo.convert %arg37 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %233 = stablehlo.dot_general %221, %232, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %234 = stablehlo.reshape %233 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %235 = stablehlo.convert %231 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %236 = stablehlo.convert %234 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %237 = stablehlo.slice %164 [2:3, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %238 = stablehlo.reshape %237 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %239 = stablehlo.slice %192 [2:3, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %240 = stablehlo.reshape %239 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %241 = stablehlo.composite "mlxla.window_attention" %226, %238, %240, %235, %236, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %242 = stablehlo.slice %164 [2:3, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %243 = stablehlo.reshape %242 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %244 = stablehlo.constant dense<2> : tensor<i32>
    %245 = stablehlo.constant dense<0> : tensor<i32>
    %246 = stablehlo.constant dense<0> : tensor<i32>
    %247 = stablehlo.constant dense<-1> : tensor<i32>
    %248 = stablehlo.add %5, %247 : tensor<i32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %250 = stablehlo.iota dim = 0 : tensor<512xi32>
    %251 = stablehlo.constant dense<512> : tensor<512xi32>
    %252 = stablehlo.subtract %249, %250 : tensor<512xi32>
    %253 = stablehlo.add %252, %251 : tensor<512xi32>
    %254 = stablehlo.constant dense<512> : tensor<512xi32>
    %255 = stablehlo.divide %253, %254 : tensor<512xi32>
    %256 = stablehlo.multiply %255, %254 : tensor<512xi32>
    %257 = stablehlo.subtract %253, %256 : tensor<512xi32>
    %258 = stablehlo.subtract %249, %257 : tensor<512xi32>
    %259 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %260 = stablehlo.subtract %258, %259 : tensor<512xi32>
    %261 = stablehlo.constant dense<0> : tensor<512xi32>
    %262 = stablehlo.compare GE, %260, %261 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %263 = stablehlo.add %260, %251 : tensor<512xi32>
    %264 = stablehlo.select %262, %263, %250 : tensor<512xi1>, tensor<512xi32>
    %265 = stablehlo.concatenate %243, %235, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %266 = stablehlo.reshape %264 : (tensor<512xi32>) -> tensor<512x1xi32>
    %267 = "stablehlo.gather"(%265, %266) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %268 = stablehlo.reshape %267 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %269 = stablehlo.dynamic_update_slice %164, %268, %244, %245, %246, %246, %246 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %270 = stablehlo.slice %192 [2:3, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %271 = stablehlo.reshape %270 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %272 = stablehlo.constant dense<2> : tensor<i32>
    %273 = stablehlo.constant dense<0> : tensor<i32>
    %274 = stablehlo.constant dense<0> : tensor<i32>
    %275 = stablehlo.constant dense<-1> : tensor<i32>
    %276 = stablehlo.add %5, %275 : tensor<i32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %278 = stablehlo.iota dim = 0 : tensor<512xi32>
    %279 = stablehlo.constant dense<512> : tensor<512xi32>
    %280 = stablehlo.subtract %277, %278 : tensor<512xi32>
    %281 = stablehlo.add %280, %279 : tensor<512xi32>
    %282 = stablehlo.constant dense<512> : tensor<512xi32>
    %283 = stablehlo.divide %281, %282 : tensor<512xi32>
    %284 = stablehlo.multiply %283, %282 : tensor<512xi32>
    %285 = stablehlo.subtract %281, %284 : tensor<512xi32>
    %286 = stablehlo.subtract %277, %285 : tensor<512xi32>
    %287 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %288 = stablehlo.subtract %286, %287 : tensor<512xi32>
    %289 = stablehlo.constant dense<0> : tensor<512xi32>
    %290 = stablehlo.compare GE, %288, %289 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %291 = stablehlo.add %288, %279 : tensor<512xi32>
    %292 = stablehlo.select %290, %291, %278 : tensor<512xi1>, tensor<512xi32>
    %293 = stablehlo.concatenate %271, %236, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %294 = stablehlo.reshape %292 : (tensor<512xi32>) -> tensor<512x1xi32>
    %295 = "stablehlo.gather"(%293, %294) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %296 = stablehlo.reshape %295 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %297 = stablehlo.dynamic_update_slice %192, %296, %272, %273, %274, %274, %274 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %298 = stablehlo.reshape %241 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %299 = stablehlo.convert %arg40 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %300 = stablehlo.dot_general %298, %299, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %301 = stablehlo.composite "mlxla.rms_norm" %300, %arg41 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %302 = stablehlo.add %220, %301 : tensor<8x1152xf32>
    %303 = stablehlo.composite "mlxla.rms_norm" %302, %arg42 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %304 = stablehlo.convert %arg44 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %305 = stablehlo.dot_general %303, %304, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %306 = stablehlo.multiply %305, %305 : tensor<8x6912xf32>
    %307 = stablehlo.multiply %306, %305 : tensor<8x6912xf32>
    %308 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %309 = stablehlo.multiply %307, %308 : tensor<8x6912xf32>
    %310 = stablehlo.add %305, %309 : tensor<8x6912xf32>
    %311 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %312 = stablehlo.multiply %310, %311 : tensor<8x6912xf32>
    %313 = stablehlo.tanh %312 : tensor<8x6912xf32>
    %314 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %315 = stablehlo.add %313, %314 : tensor<8x6912xf32>
    %316 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %317 = stablehlo.multiply %305, %316 : tensor<8x6912xf32>
    %318 = stablehlo.multiply %317, %315 : tensor<8x6912xf32>
    %319 = stablehlo.convert %arg45 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %320 = stablehlo.dot_general %303, %319, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %321 = stablehlo.multiply %318, %320 : tensor<8x6912xf32>
    %322 = stablehlo.convert %arg46 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %323 = stablehlo.dot_general %321, %322, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %324 = stablehlo.composite "mlxla.rms_norm" %323, %arg43 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %325 = stablehlo.add %302, %324 : tensor<8x1152xf32>
    %326 = stablehlo.composite "mlxla.rms_norm" %325, %arg47 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %327 = stablehlo.convert %arg48 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %328 = stablehlo.dot_general %326, %327, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %329 = stablehlo.reshape %328 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %330 = stablehlo.composite "mlxla.rms_norm" %329, %arg51 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %331 = stablehlo.composite "mlxla.rope" %330, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %332 = stablehlo.convert %arg49 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %333 = stablehlo.dot_general %326, %332, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %334 = stablehlo.reshape %333 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %335 = stablehlo.composite "mlxla.rms_norm" %334, %arg52 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %336 = stablehlo.composite "mlxla.rope" %335, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %337 = stablehlo.convert %arg50 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %338 = stablehlo.dot_general %326, %337, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %339 = stablehlo.reshape %338 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %340 = stablehlo.convert %336 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %341 = stablehlo.convert %339 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %342 = stablehlo.slice %269 [3:4, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %343 = stablehlo.reshape %342 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %344 = stablehlo.slice %297 [3:4, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %345 = stablehlo.reshape %344 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %346 = stablehlo.composite "mlxla.window_attention" %331, %343, %345, %340, %341, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %347 = stablehlo.slice %269 [3:4, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %348 = stablehlo.reshape %347 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %349 = stablehlo.constant dense<3> : tensor<i32>
    %350 = stablehlo.constant dense<0> : tensor<i32>
    %351 = stablehlo.constant dense<0> : tensor<i32>
    %352 = stablehlo.constant dense<-1> : tensor<i32>
    %353 = stablehlo.add %5, %352 : tensor<i32>
    %354 = stablehlo.broadcast_in_dim %353, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %355 = stablehlo.iota dim = 0 : tensor<512xi32>
    %356 = stablehlo.constant dense<512> : tensor<512xi32>
    %357 = stablehlo.subtract %354, %355 : tensor<512xi32>
    %358 = stablehlo.add %357, %356 : tensor<512xi32>
    %359 = stablehlo.constant dense<512> : tensor<512xi32>
    %360 = stablehlo.divide %358, %359 : tensor<512xi32>
    %361 = stablehlo.multiply %360, %359 : tensor<512xi32>
    %362 = stablehlo.subtract %358, %361 : tensor<512xi32>
    %363 = stablehlo.subtract %354, %362 : tensor<512xi32>
    %364 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %365 = stablehlo.subtract %363, %364 : tensor<512xi32>
    %366 = stablehlo.constant dense<0> : tensor<512xi32>
    %367 = stablehlo.compare GE, %365, %366 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %368 = stablehlo.add %365, %356 : tensor<512xi32>
    %369 = stablehlo.select %367, %368, %355 : tensor<512xi1>, tensor<512xi32>
    %370 = stablehlo.concatenate %348, %340, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %371 = stablehlo.reshape %369 : (tensor<512xi32>) -> tensor<512x1xi32>
    %372 = "stablehlo.gather"(%370, %371) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %373 = stablehlo.reshape %372 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %374 = stablehlo.dynamic_update_slice %269, %373, %349, %350, %351, %351, %351 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %375 = stablehlo.slice %297 [3:4, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %376 = stablehlo.reshape %375 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %377 = stablehlo.constant dense<3> : tensor<i32>
    %378 = stablehlo.constant dense<0> : tensor<i32>
    %379 = stablehlo.constant dense<0> : tensor<i32>
    %380 = stablehlo.constant dense<-1> : tensor<i32>
    %381 = stablehlo.add %5, %380 : tensor<i32>
    %382 = stablehlo.broadcast_in_dim %381, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %383 = stablehlo.iota dim = 0 : tensor<512xi32>
    %384 = stablehlo.constant dense<512> : tensor<512xi32>
    %385 = stablehlo.subtract %382, %383 : tensor<512xi32>
    %386 = stablehlo.add %385, %384 : tensor<512xi32>
    %387 = stablehlo.constant dense<512> : tensor<512xi32>
    %388 = stablehlo.divide %386, %387 : tensor<512xi32>
    %389 = stablehlo.multiply %388, %387 : tensor<512xi32>
    %390 = stablehlo.subtract %386, %389 : tensor<512xi32>
    %391 = stablehlo.subtract %382, %390 : tensor<512xi32>
    %392 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %393 = stablehlo.subtract %391, %392 : tensor<512xi32>
    %394 = stablehlo.constant dense<0> : tensor<512xi32>
    %395 = stablehlo.compare GE, %393, %394 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %396 = stablehlo.add %393, %384 : tensor<512xi32>
    %397 = stablehlo.select %395, %396, %383 : tensor<512xi1>, tensor<512xi32>
    %398 = stablehlo.concatenate %376, %341, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %399 = stablehlo.reshape %397 : (tensor<512xi32>) -> tensor<512x1xi32>
    %400 = "stablehlo.gather"(%398, %399) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %401 = stablehlo.reshape %400 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %402 = stablehlo.dynamic_update_slice %297, %401, %377, %378, %379, %379, %379 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %403 = stablehlo.reshape %346 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %404 = stablehlo.convert %arg53 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %405 = stablehlo.dot_general %403, %404, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %406 = stablehlo.composite "mlxla.rms_norm" %405, %arg54 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %407 = stablehlo.add %325, %406 : tensor<8x1152xf32>
    %408 = stablehlo.composite "mlxla.rms_norm" %407, %arg55 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %409 = stablehlo.convert %arg57 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %410 = stablehlo.dot_general %408, %409, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %411 = stablehlo.multiply %410, %410 : tensor<8x6912xf32>
    %412 = stablehlo.multiply %411, %410 : tensor<8x6912xf32>
    %413 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %414 = stablehlo.multiply %412, %413 : tensor<8x6912xf32>
    %415 = stablehlo.add %410, %414 : tensor<8x6912xf32>
    %416 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %417 = stablehlo.multiply %415, %416 : tensor<8x6912xf32>
    %418 = stablehlo.tanh %417 : tensor<8x6912xf32>
    %419 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %420 = stablehlo.add %418, %419 : tensor<8x6912xf32>
    %421 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %422 = stablehlo.multiply %410, %421 : tensor<8x6912xf32>
    %423 = stablehlo.multiply %422, %420 : tensor<8x6912xf32>
    %424 = stablehlo.convert %arg58 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %425 = stablehlo.dot_general %408, %424, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %426 = stablehlo.multiply %423, %425 : tensor<8x6912xf32>
    %427 = stablehlo.convert %arg59 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %428 = stablehlo.dot_general %426, %427, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %429 = stablehlo.composite "mlxla.rms_norm" %428, %arg56 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %430 = stablehlo.add %407, %429 : tensor<8x1152xf32>
    %431 = stablehlo.composite "mlxla.rms_norm" %430, %arg60 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %432 = stablehlo.convert %arg61 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %433 = stablehlo.dot_general %431, %432, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %434 = stablehlo.reshape %433 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %435 = stablehlo.composite "mlxla.rms_norm" %434, %arg64 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %436 = stablehlo.composite "mlxla.rope" %435, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %437 = stablehlo.convert %arg62 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %438 = stablehlo.dot_general %431, %437, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %439 = stablehlo.reshape %438 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %440 = stablehlo.composite "mlxla.rms_norm" %439, %arg65 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %441 = stablehlo.composite "mlxla.rope" %440, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %442 = stablehlo.convert %arg63 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %443 = stablehlo.dot_general %431, %442, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %444 = stablehlo.reshape %443 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %445 = stablehlo.convert %441 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %446 = stablehlo.convert %444 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %447 = stablehlo.slice %374 [4:5, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %448 = stablehlo.reshape %447 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %449 = stablehlo.slice %402 [4:5, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %450 = stablehlo.reshape %449 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %451 = stablehlo.composite "mlxla.window_attention" %436, %448, %450, %445, %446, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %452 = stablehlo.slice %374 [4:5, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %453 = stablehlo.reshape %452 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %454 = stablehlo.constant dense<4> : tensor<i32>
    %455 = stablehlo.constant dense<0> : tensor<i32>
    %456 = stablehlo.constant dense<0> : tensor<i32>
    %457 = stablehlo.constant dense<-1> : tensor<i32>
    %458 = stablehlo.add %5, %457 : tensor<i32>
    %459 = stablehlo.broadcast_in_dim %458, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %460 = stablehlo.iota dim = 0 : tensor<512xi32>
    %461 = stablehlo.constant dense<512> : tensor<512xi32>
    %462 = stablehlo.subtract %459, %460 : tensor<512xi32>
    %463 = stablehlo.add %462, %461 : tensor<512xi32>
    %464 = stablehlo.constant dense<512> : tensor<512xi32>
    %465 = stablehlo.divide %463, %464 : tensor<512xi32>
    %466 = stablehlo.multiply %465, %464 : tensor<512xi32>
    %467 = stablehlo.subtract %463, %466 : tensor<512xi32>
    %468 = stablehlo.subtract %459, %467 : tensor<512xi32>
    %469 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %470 = stablehlo.subtract %468, %469 : tensor<512xi32>
    %471 = stablehlo.constant dense<0> : tensor<512xi32>
    %472 = stablehlo.compare GE, %470, %471 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %473 = stablehlo.add %470, %461 : tensor<512xi32>
    %474 = stablehlo.select %472, %473, %460 : tensor<512xi1>, tensor<512xi32>
    %475 = stablehlo.concatenate %453, %445, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %476 = stablehlo.reshape %474 : (tensor<512xi32>) -> tensor<512x1xi32>
    %477 = "stablehlo.gather"(%475, %476) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %478 = stablehlo.reshape %477 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %479 = stablehlo.dynamic_update_slice %374, %478, %454, %455, %456, %456, %456 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %480 = stablehlo.slice %402 [4:5, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %481 = stablehlo.reshape %480 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %482 = stablehlo.constant dense<4> : tensor<i32>
    %483 = stablehlo.constant dense<0> : tensor<i32>
    %484 = stablehlo.constant dense<0> : tensor<i32>
    %485 = stablehlo.constant dense<-1> : tensor<i32>
    %486 = stablehlo.add %5, %485 : tensor<i32>
    %487 = stablehlo.broadcast_in_dim %486, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %488 = stablehlo.iota dim = 0 : tensor<512xi32>
    %489 = stablehlo.constant dense<512> : tensor<512xi32>
    %490 = stablehlo.subtract %487, %488 : tensor<512xi32>
    %491 = stablehlo.add %490, %489 : tensor<512xi32>
    %492 = stablehlo.constant dense<512> : tensor<512xi32>
    %493 = stablehlo.divide %491, %492 : tensor<512xi32>
    %494 = stablehlo.multiply %493, %492 : tensor<512xi32>
    %495 = stablehlo.subtract %491, %494 : tensor<512xi32>
    %496 = stablehlo.subtract %487, %495 : tensor<512xi32>
    %497 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %498 = stablehlo.subtract %496, %497 : tensor<512xi32>
    %499 = stablehlo.constant dense<0> : tensor<512xi32>
    %500 = stablehlo.compare GE, %498, %499 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %501 = stablehlo.add %498, %489 : tensor<512xi32>
    %502 = stablehlo.select %500, %501, %488 : tensor<512xi1>, tensor<512xi32>
    %503 = stablehlo.concatenate %481, %446, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %504 = stablehlo.reshape %502 : (tensor<512xi32>) -> tensor<512x1xi32>
    %505 = "stablehlo.gather"(%503, %504) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %506 = stablehlo.reshape %505 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %507 = stablehlo.dynamic_update_slice %402, %506, %482, %483, %484, %484, %484 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %508 = stablehlo.reshape %451 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %509 = stablehlo.convert %arg66 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %510 = stablehlo.dot_general %508, %509, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %511 = stablehlo.composite "mlxla.rms_norm" %510, %arg67 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %512 = stablehlo.add %430, %511 : tensor<8x1152xf32>
    %513 = stablehlo.composite "mlxla.rms_norm" %512, %arg68 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %514 = stablehlo.convert %arg70 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %515 = stablehlo.dot_general %513, %514, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %516 = stablehlo.multiply %515, %515 : tensor<8x6912xf32>
    %517 = stablehlo.multiply %516, %515 : tensor<8x6912xf32>
    %518 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %519 = stablehlo.multiply %517, %518 : tensor<8x6912xf32>
    %520 = stablehlo.add %515, %519 : tensor<8x6912xf32>
    %521 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %522 = stablehlo.multiply %520, %521 : tensor<8x6912xf32>
    %523 = stablehlo.tanh %522 : tensor<8x6912xf32>
    %524 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %525 = stablehlo.add %523, %524 : tensor<8x6912xf32>
    %526 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %527 = stablehlo.multiply %515, %526 : tensor<8x6912xf32>
    %528 = stablehlo.multiply %527, %525 : tensor<8x6912xf32>
    %529 = stablehlo.convert %arg71 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %530 = stablehlo.dot_general %513, %529, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %531 = stablehlo.multiply %528, %530 : tensor<8x6912xf32>
    %532 = stablehlo.convert %arg72 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %533 = stablehlo.dot_general %531, %532, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %534 = stablehlo.composite "mlxla.rms_norm" %533, %arg69 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %535 = stablehlo.add %512, %534 : tensor<8x1152xf32>
    %536 = stablehlo.composite "mlxla.rms_norm" %535, %arg73 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %537 = stablehlo.convert %arg74 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %538 = stablehlo.dot_general %536, %537, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %539 = stablehlo.reshape %538 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %540 = stablehlo.composite "mlxla.rms_norm" %539, %arg77 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %541 = stablehlo.composite "mlxla.rope" %540, %2 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_faf82dd9b5a53760} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %542 = stablehlo.convert %arg75 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %543 = stablehlo.dot_general %536, %542, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %544 = stablehlo.reshape %543 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %545 = stablehlo.composite "mlxla.rms_norm" %544, %arg78 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %546 = stablehlo.composite "mlxla.rope" %545, %2 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_faf82dd9b5a53760} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %547 = stablehlo.convert %arg76 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %548 = stablehlo.dot_general %536, %547, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %549 = stablehlo.reshape %548 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %550 = stablehlo.convert %546 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %551 = stablehlo.convert %549 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %552 = stablehlo.constant dense<0> : tensor<i32>
    %553 = stablehlo.constant dense<0> : tensor<i32>
    %554 = stablehlo.constant dense<0> : tensor<i32>
    %555 = stablehlo.reshape %550 : (tensor<8x1x256xf16>) -> tensor<1x1x8x1x256xf16>
    %556 = stablehlo.dynamic_update_slice %arg3, %555, %552, %554, %arg1, %553, %553 : (tensor<4x1x640x1x256xf16>, tensor<1x1x8x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %557 = stablehlo.reshape %551 : (tensor<8x1x256xf16>) -> tensor<1x1x8x1x256xf16>
    %558 = stablehlo.dynamic_update_slice %arg4, %557, %552, %554, %arg1, %553, %553 : (tensor<4x1x640x1x256xf16>, tensor<1x1x8x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %559 = stablehlo.slice %556 [0:1, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %560 = stablehlo.reshape %559 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %561 = stablehlo.slice %558 [0:1, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %562 = stablehlo.reshape %561 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %563 = stablehlo.composite "mlxla.attention" %541, %560, %562, %2, %5 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_8x4x256xf32_640x1x256xf16_640x1x256xf16_8xi32_i32_5d4d8ac1bce6e3f1} : (tensor<8x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %564 = stablehlo.reshape %563 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %565 = stablehlo.convert %arg79 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %566 = stablehlo.dot_general %564, %565, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %567 = stablehlo.composite "mlxla.rms_norm" %566, %arg80 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %568 = stablehlo.add %535, %567 : tensor<8x1152xf32>
    %569 = stablehlo.composite "mlxla.rms_norm" %568, %arg81 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %570 = stablehlo.convert %arg83 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %571 = stablehlo.dot_general %569, %570, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %572 = stablehlo.multiply %571, %571 : tensor<8x6912xf32>
    %573 = stablehlo.multiply %572, %571 : tensor<8x6912xf32>
    %574 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %575 = stablehlo.multiply %573, %574 : tensor<8x6912xf32>
    %576 = stablehlo.add %571, %575 : tensor<8x6912xf32>
    %577 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %578 = stablehlo.multiply %576, %577 : tensor<8x6912xf32>
    %579 = stablehlo.tanh %578 : tensor<8x6912xf32>
    %580 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %581 = stablehlo.add %579, %580 : tensor<8x6912xf32>
    %582 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %583 = stablehlo.multiply %571, %582 : tensor<8x6912xf32>
    %584 = stablehlo.multiply %583, %581 : tensor<8x6912xf32>
    %585 = stablehlo.convert %arg84 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %586 = stablehlo.dot_general %569, %585, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %587 = stablehlo.multiply %584, %586 : tensor<8x6912xf32>
    %588 = stablehlo.convert %arg85 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %589 = stablehlo.dot_general %587, %588, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %590 = stablehlo.composite "mlxla.rms_norm" %589, %arg82 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %591 = stablehlo.add %568, %590 : tensor<8x1152xf32>
    %592 = stablehlo.composite "mlxla.rms_norm" %591, %arg86 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %593 = stablehlo.convert %arg87 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %594 = stablehlo.dot_general %592, %593, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %595 = stablehlo.reshape %594 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %596 = stablehlo.composite "mlxla.rms_norm" %595, %arg90 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %597 = stablehlo.composite "mlxla.rope" %596, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %598 = stablehlo.convert %arg88 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %599 = stablehlo.dot_general %592, %598, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %600 = stablehlo.reshape %599 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %601 = stablehlo.composite "mlxla.rms_norm" %600, %arg91 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %602 = stablehlo.composite "mlxla.rope" %601, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %603 = stablehlo.convert %arg89 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %604 = stablehlo.dot_general %592, %603, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %605 = stablehlo.reshape %604 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %606 = stablehlo.convert %602 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %607 = stablehlo.convert %605 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %608 = stablehlo.slice %479 [5:6, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %609 = stablehlo.reshape %608 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %610 = stablehlo.slice %507 [5:6, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %611 = stablehlo.reshape %610 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %612 = stablehlo.composite "mlxla.window_attention" %597, %609, %611, %606, %607, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %613 = stablehlo.slice %479 [5:6, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %614 = stablehlo.reshape %613 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %615 = stablehlo.constant dense<5> : tensor<i32>
    %616 = stablehlo.constant dense<0> : tensor<i32>
    %617 = stablehlo.constant dense<0> : tensor<i32>
    %618 = stablehlo.constant dense<-1> : tensor<i32>
    %619 = stablehlo.add %5, %618 : tensor<i32>
    %620 = stablehlo.broadcast_in_dim %619, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %621 = stablehlo.iota dim = 0 : tensor<512xi32>
    %622 = stablehlo.constant dense<512> : tensor<512xi32>
    %623 = stablehlo.subtract %620, %621 : tensor<512xi32>
    %624 = stablehlo.add %623, %622 : tensor<512xi32>
    %625 = stablehlo.constant dense<512> : tensor<512xi32>
    %626 = stablehlo.divide %624, %625 : tensor<512xi32>
    %627 = stablehlo.multiply %626, %625 : tensor<512xi32>
    %628 = stablehlo.subtract %624, %627 : tensor<512xi32>
    %629 = stablehlo.subtract %620, %628 : tensor<512xi32>
    %630 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %631 = stablehlo.subtract %629, %630 : tensor<512xi32>
    %632 = stablehlo.constant dense<0> : tensor<512xi32>
    %633 = stablehlo.compare GE, %631, %632 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %634 = stablehlo.add %631, %622 : tensor<512xi32>
    %635 = stablehlo.select %633, %634, %621 : tensor<512xi1>, tensor<512xi32>
    %636 = stablehlo.concatenate %614, %606, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %637 = stablehlo.reshape %635 : (tensor<512xi32>) -> tensor<512x1xi32>
    %638 = "stablehlo.gather"(%636, %637) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %639 = stablehlo.reshape %638 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %640 = stablehlo.dynamic_update_slice %479, %639, %615, %616, %617, %617, %617 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %641 = stablehlo.slice %507 [5:6, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %642 = stablehlo.reshape %641 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %643 = stablehlo.constant dense<5> : tensor<i32>
    %644 = stablehlo.constant dense<0> : tensor<i32>
    %645 = stablehlo.constant dense<0> : tensor<i32>
    %646 = stablehlo.constant dense<-1> : tensor<i32>
    %647 = stablehlo.add %5, %646 : tensor<i32>
    %648 = stablehlo.broadcast_in_dim %647, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %649 = stablehlo.iota dim = 0 : tensor<512xi32>
    %650 = stablehlo.constant dense<512> : tensor<512xi32>
    %651 = stablehlo.subtract %648, %649 : tensor<512xi32>
    %652 = stablehlo.add %651, %650 : tensor<512xi32>
    %653 = stablehlo.constant dense<512> : tensor<512xi32>
    %654 = stablehlo.divide %652, %653 : tensor<512xi32>
    %655 = stablehlo.multiply %654, %653 : tensor<512xi32>
    %656 = stablehlo.subtract %652, %655 : tensor<512xi32>
    %657 = stablehlo.subtract %648, %656 : tensor<512xi32>
    %658 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %659 = stablehlo.subtract %657, %658 : tensor<512xi32>
    %660 = stablehlo.constant dense<0> : tensor<512xi32>
    %661 = stablehlo.compare GE, %659, %660 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %662 = stablehlo.add %659, %650 : tensor<512xi32>
    %663 = stablehlo.select %661, %662, %649 : tensor<512xi1>, tensor<512xi32>
    %664 = stablehlo.concatenate %642, %607, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %665 = stablehlo.reshape %663 : (tensor<512xi32>) -> tensor<512x1xi32>
    %666 = "stablehlo.gather"(%664, %665) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %667 = stablehlo.reshape %666 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %668 = stablehlo.dynamic_update_slice %507, %667, %643, %644, %645, %645, %645 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %669 = stablehlo.reshape %612 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %670 = stablehlo.convert %arg92 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %671 = stablehlo.dot_general %669, %670, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %672 = stablehlo.composite "mlxla.rms_norm" %671, %arg93 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %673 = stablehlo.add %591, %672 : tensor<8x1152xf32>
    %674 = stablehlo.composite "mlxla.rms_norm" %673, %arg94 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %675 = stablehlo.convert %arg96 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %676 = stablehlo.dot_general %674, %675, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %677 = stablehlo.multiply %676, %676 : tensor<8x6912xf32>
    %678 = stablehlo.multiply %677, %676 : tensor<8x6912xf32>
    %679 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %680 = stablehlo.multiply %678, %679 : tensor<8x6912xf32>
    %681 = stablehlo.add %676, %680 : tensor<8x6912xf32>
    %682 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %683 = stablehlo.multiply %681, %682 : tensor<8x6912xf32>
    %684 = stablehlo.tanh %683 : tensor<8x6912xf32>
    %685 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %686 = stablehlo.add %684, %685 : tensor<8x6912xf32>
    %687 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %688 = stablehlo.multiply %676, %687 : tensor<8x6912xf32>
    %689 = stablehlo.multiply %688, %686 : tensor<8x6912xf32>
    %690 = stablehlo.convert %arg97 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %691 = stablehlo.dot_general %674, %690, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %692 = stablehlo.multiply %689, %691 : tensor<8x6912xf32>
    %693 = stablehlo.convert %arg98 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %694 = stablehlo.dot_general %692, %693, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %695 = stablehlo.composite "mlxla.rms_norm" %694, %arg95 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %696 = stablehlo.add %673, %695 : tensor<8x1152xf32>
    %697 = stablehlo.composite "mlxla.rms_norm" %696, %arg99 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %698 = stablehlo.convert %arg100 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %699 = stablehlo.dot_general %697, %698, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %700 = stablehlo.reshape %699 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %701 = stablehlo.composite "mlxla.rms_norm" %700, %arg103 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %702 = stablehlo.composite "mlxla.rope" %701, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %703 = stablehlo.convert %arg101 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %704 = stablehlo.dot_general %697, %703, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %705 = stablehlo.reshape %704 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %706 = stablehlo.composite "mlxla.rms_norm" %705, %arg104 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %707 = stablehlo.composite "mlxla.rope" %706, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %708 = stablehlo.convert %arg102 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %709 = stablehlo.dot_general %697, %708, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %710 = stablehlo.reshape %709 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %711 = stablehlo.convert %707 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %712 = stablehlo.convert %710 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %713 = stablehlo.slice %640 [6:7, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %714 = stablehlo.reshape %713 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %715 = stablehlo.slice %668 [6:7, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %716 = stablehlo.reshape %715 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %717 = stablehlo.composite "mlxla.window_attention" %702, %714, %716, %711, %712, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %718 = stablehlo.slice %640 [6:7, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %719 = stablehlo.reshape %718 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %720 = stablehlo.constant dense<6> : tensor<i32>
    %721 = stablehlo.constant dense<0> : tensor<i32>
    %722 = stablehlo.constant dense<0> : tensor<i32>
    %723 = stablehlo.constant dense<-1> : tensor<i32>
    %724 = stablehlo.add %5, %723 : tensor<i32>
    %725 = stablehlo.broadcast_in_dim %724, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %726 = stablehlo.iota dim = 0 : tensor<512xi32>
    %727 = stablehlo.constant dense<512> : tensor<512xi32>
    %728 = stablehlo.subtract %725, %726 : tensor<512xi32>
    %729 = stablehlo.add %728, %727 : tensor<512xi32>
    %730 = stablehlo.constant dense<512> : tensor<512xi32>
    %731 = stablehlo.divide %729, %730 : tensor<512xi32>
    %732 = stablehlo.multiply %731, %730 : tensor<512xi32>
    %733 = stablehlo.subtract %729, %732 : tensor<512xi32>
    %734 = stablehlo.subtract %725, %733 : tensor<512xi32>
    %735 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %736 = stablehlo.subtract %734, %735 : tensor<512xi32>
    %737 = stablehlo.constant dense<0> : tensor<512xi32>
    %738 = stablehlo.compare GE, %736, %737 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %739 = stablehlo.add %736, %727 : tensor<512xi32>
    %740 = stablehlo.select %738, %739, %726 : tensor<512xi1>, tensor<512xi32>
    %741 = stablehlo.concatenate %719, %711, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %742 = stablehlo.reshape %740 : (tensor<512xi32>) -> tensor<512x1xi32>
    %743 = "stablehlo.gather"(%741, %742) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %744 = stablehlo.reshape %743 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %745 = stablehlo.dynamic_update_slice %640, %744, %720, %721, %722, %722, %722 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %746 = stablehlo.slice %668 [6:7, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %747 = stablehlo.reshape %746 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %748 = stablehlo.constant dense<6> : tensor<i32>
    %749 = stablehlo.constant dense<0> : tensor<i32>
    %750 = stablehlo.constant dense<0> : tensor<i32>
    %751 = stablehlo.constant dense<-1> : tensor<i32>
    %752 = stablehlo.add %5, %751 : tensor<i32>
    %753 = stablehlo.broadcast_in_dim %752, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %754 = stablehlo.iota dim = 0 : tensor<512xi32>
    %755 = stablehlo.constant dense<512> : tensor<512xi32>
    %756 = stablehlo.subtract %753, %754 : tensor<512xi32>
    %757 = stablehlo.add %756, %755 : tensor<512xi32>
    %758 = stablehlo.constant dense<512> : tensor<512xi32>
    %759 = stablehlo.divide %757, %758 : tensor<512xi32>
    %760 = stablehlo.multiply %759, %758 : tensor<512xi32>
    %761 = stablehlo.subtract %757, %760 : tensor<512xi32>
    %762 = stablehlo.subtract %753, %761 : tensor<512xi32>
    %763 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %764 = stablehlo.subtract %762, %763 : tensor<512xi32>
    %765 = stablehlo.constant dense<0> : tensor<512xi32>
    %766 = stablehlo.compare GE, %764, %765 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %767 = stablehlo.add %764, %755 : tensor<512xi32>
    %768 = stablehlo.select %766, %767, %754 : tensor<512xi1>, tensor<512xi32>
    %769 = stablehlo.concatenate %747, %712, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %770 = stablehlo.reshape %768 : (tensor<512xi32>) -> tensor<512x1xi32>
    %771 = "stablehlo.gather"(%769, %770) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %772 = stablehlo.reshape %771 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %773 = stablehlo.dynamic_update_slice %668, %772, %748, %749, %750, %750, %750 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %774 = stablehlo.reshape %717 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %775 = stablehlo.convert %arg105 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %776 = stablehlo.dot_general %774, %775, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %777 = stablehlo.composite "mlxla.rms_norm" %776, %arg106 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %778 = stablehlo.add %696, %777 : tensor<8x1152xf32>
    %779 = stablehlo.composite "mlxla.rms_norm" %778, %arg107 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %780 = stablehlo.convert %arg109 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %781 = stablehlo.dot_general %779, %780, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %782 = stablehlo.multiply %781, %781 : tensor<8x6912xf32>
    %783 = stablehlo.multiply %782, %781 : tensor<8x6912xf32>
    %784 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %785 = stablehlo.multiply %783, %784 : tensor<8x6912xf32>
    %786 = stablehlo.add %781, %785 : tensor<8x6912xf32>
    %787 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %788 = stablehlo.multiply %786, %787 : tensor<8x6912xf32>
    %789 = stablehlo.tanh %788 : tensor<8x6912xf32>
    %790 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %791 = stablehlo.add %789, %790 : tensor<8x6912xf32>
    %792 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %793 = stablehlo.multiply %781, %792 : tensor<8x6912xf32>
    %794 = stablehlo.multiply %793, %791 : tensor<8x6912xf32>
    %795 = stablehlo.convert %arg110 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %796 = stablehlo.dot_general %779, %795, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %797 = stablehlo.multiply %794, %796 : tensor<8x6912xf32>
    %798 = stablehlo.convert %arg111 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %799 = stablehlo.dot_general %797, %798, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %800 = stablehlo.composite "mlxla.rms_norm" %799, %arg108 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %801 = stablehlo.add %778, %800 : tensor<8x1152xf32>
    %802 = stablehlo.composite "mlxla.rms_norm" %801, %arg112 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %803 = stablehlo.convert %arg113 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %804 = stablehlo.dot_general %802, %803, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %805 = stablehlo.reshape %804 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %806 = stablehlo.composite "mlxla.rms_norm" %805, %arg116 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %807 = stablehlo.composite "mlxla.rope" %806, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %808 = stablehlo.convert %arg114 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %809 = stablehlo.dot_general %802, %808, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %810 = stablehlo.reshape %809 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %811 = stablehlo.composite "mlxla.rms_norm" %810, %arg117 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %812 = stablehlo.composite "mlxla.rope" %811, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %813 = stablehlo.convert %arg115 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %814 = stablehlo.dot_general %802, %813, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %815 = stablehlo.reshape %814 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %816 = stablehlo.convert %812 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %817 = stablehlo.convert %815 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %818 = stablehlo.slice %745 [7:8, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %819 = stablehlo.reshape %818 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %820 = stablehlo.slice %773 [7:8, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %821 = stablehlo.reshape %820 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %822 = stablehlo.composite "mlxla.window_attention" %807, %819, %821, %816, %817, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %823 = stablehlo.slice %745 [7:8, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %824 = stablehlo.reshape %823 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %825 = stablehlo.constant dense<7> : tensor<i32>
    %826 = stablehlo.constant dense<0> : tensor<i32>
    %827 = stablehlo.constant dense<0> : tensor<i32>
    %828 = stablehlo.constant dense<-1> : tensor<i32>
    %829 = stablehlo.add %5, %828 : tensor<i32>
    %830 = stablehlo.broadcast_in_dim %829, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %831 = stablehlo.iota dim = 0 : tensor<512xi32>
    %832 = stablehlo.constant dense<512> : tensor<512xi32>
    %833 = stablehlo.subtract %830, %831 : tensor<512xi32>
    %834 = stablehlo.add %833, %832 : tensor<512xi32>
    %835 = stablehlo.constant dense<512> : tensor<512xi32>
    %836 = stablehlo.divide %834, %835 : tensor<512xi32>
    %837 = stablehlo.multiply %836, %835 : tensor<512xi32>
    %838 = stablehlo.subtract %834, %837 : tensor<512xi32>
    %839 = stablehlo.subtract %830, %838 : tensor<512xi32>
    %840 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %841 = stablehlo.subtract %839, %840 : tensor<512xi32>
    %842 = stablehlo.constant dense<0> : tensor<512xi32>
    %843 = stablehlo.compare GE, %841, %842 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %844 = stablehlo.add %841, %832 : tensor<512xi32>
    %845 = stablehlo.select %843, %844, %831 : tensor<512xi1>, tensor<512xi32>
    %846 = stablehlo.concatenate %824, %816, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %847 = stablehlo.reshape %845 : (tensor<512xi32>) -> tensor<512x1xi32>
    %848 = "stablehlo.gather"(%846, %847) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %849 = stablehlo.reshape %848 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %850 = stablehlo.dynamic_update_slice %745, %849, %825, %826, %827, %827, %827 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %851 = stablehlo.slice %773 [7:8, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %852 = stablehlo.reshape %851 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %853 = stablehlo.constant dense<7> : tensor<i32>
    %854 = stablehlo.constant dense<0> : tensor<i32>
    %855 = stablehlo.constant dense<0> : tensor<i32>
    %856 = stablehlo.constant dense<-1> : tensor<i32>
    %857 = stablehlo.add %5, %856 : tensor<i32>
    %858 = stablehlo.broadcast_in_dim %857, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %859 = stablehlo.iota dim = 0 : tensor<512xi32>
    %860 = stablehlo.constant dense<512> : tensor<512xi32>
    %861 = stablehlo.subtract %858, %859 : tensor<512xi32>
    %862 = stablehlo.add %861, %860 : tensor<512xi32>
    %863 = stablehlo.constant dense<512> : tensor<512xi32>
    %864 = stablehlo.divide %862, %863 : tensor<512xi32>
    %865 = stablehlo.multiply %864, %863 : tensor<512xi32>
    %866 = stablehlo.subtract %862, %865 : tensor<512xi32>
    %867 = stablehlo.subtract %858, %866 : tensor<512xi32>
    %868 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %869 = stablehlo.subtract %867, %868 : tensor<512xi32>
    %870 = stablehlo.constant dense<0> : tensor<512xi32>
    %871 = stablehlo.compare GE, %869, %870 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %872 = stablehlo.add %869, %860 : tensor<512xi32>
    %873 = stablehlo.select %871, %872, %859 : tensor<512xi1>, tensor<512xi32>
    %874 = stablehlo.concatenate %852, %817, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %875 = stablehlo.reshape %873 : (tensor<512xi32>) -> tensor<512x1xi32>
    %876 = "stablehlo.gather"(%874, %875) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %877 = stablehlo.reshape %876 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %878 = stablehlo.dynamic_update_slice %773, %877, %853, %854, %855, %855, %855 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %879 = stablehlo.reshape %822 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %880 = stablehlo.convert %arg118 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %881 = stablehlo.dot_general %879, %880, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %882 = stablehlo.composite "mlxla.rms_norm" %881, %arg119 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %883 = stablehlo.add %801, %882 : tensor<8x1152xf32>
    %884 = stablehlo.composite "mlxla.rms_norm" %883, %arg120 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %885 = stablehlo.convert %arg122 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %886 = stablehlo.dot_general %884, %885, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %887 = stablehlo.multiply %886, %886 : tensor<8x6912xf32>
    %888 = stablehlo.multiply %887, %886 : tensor<8x6912xf32>
    %889 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %890 = stablehlo.multiply %888, %889 : tensor<8x6912xf32>
    %891 = stablehlo.add %886, %890 : tensor<8x6912xf32>
    %892 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %893 = stablehlo.multiply %891, %892 : tensor<8x6912xf32>
    %894 = stablehlo.tanh %893 : tensor<8x6912xf32>
    %895 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %896 = stablehlo.add %894, %895 : tensor<8x6912xf32>
    %897 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %898 = stablehlo.multiply %886, %897 : tensor<8x6912xf32>
    %899 = stablehlo.multiply %898, %896 : tensor<8x6912xf32>
    %900 = stablehlo.convert %arg123 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %901 = stablehlo.dot_general %884, %900, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %902 = stablehlo.multiply %899, %901 : tensor<8x6912xf32>
    %903 = stablehlo.convert %arg124 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %904 = stablehlo.dot_general %902, %903, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %905 = stablehlo.composite "mlxla.rms_norm" %904, %arg121 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %906 = stablehlo.add %883, %905 : tensor<8x1152xf32>
    %907 = stablehlo.composite "mlxla.rms_norm" %906, %arg125 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %908 = stablehlo.convert %arg126 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %909 = stablehlo.dot_general %907, %908, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %910 = stablehlo.reshape %909 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %911 = stablehlo.composite "mlxla.rms_norm" %910, %arg129 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %912 = stablehlo.composite "mlxla.rope" %911, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %913 = stablehlo.convert %arg127 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %914 = stablehlo.dot_general %907, %913, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %915 = stablehlo.reshape %914 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %916 = stablehlo.composite "mlxla.rms_norm" %915, %arg130 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %917 = stablehlo.composite "mlxla.rope" %916, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %918 = stablehlo.convert %arg128 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %919 = stablehlo.dot_general %907, %918, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %920 = stablehlo.reshape %919 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %921 = stablehlo.convert %917 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %922 = stablehlo.convert %920 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %923 = stablehlo.slice %850 [8:9, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %924 = stablehlo.reshape %923 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %925 = stablehlo.slice %878 [8:9, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %926 = stablehlo.reshape %925 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %927 = stablehlo.composite "mlxla.window_attention" %912, %924, %926, %921, %922, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %928 = stablehlo.slice %850 [8:9, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %929 = stablehlo.reshape %928 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %930 = stablehlo.constant dense<8> : tensor<i32>
    %931 = stablehlo.constant dense<0> : tensor<i32>
    %932 = stablehlo.constant dense<0> : tensor<i32>
    %933 = stablehlo.constant dense<-1> : tensor<i32>
    %934 = stablehlo.add %5, %933 : tensor<i32>
    %935 = stablehlo.broadcast_in_dim %934, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %936 = stablehlo.iota dim = 0 : tensor<512xi32>
    %937 = stablehlo.constant dense<512> : tensor<512xi32>
    %938 = stablehlo.subtract %935, %936 : tensor<512xi32>
    %939 = stablehlo.add %938, %937 : tensor<512xi32>
    %940 = stablehlo.constant dense<512> : tensor<512xi32>
    %941 = stablehlo.divide %939, %940 : tensor<512xi32>
    %942 = stablehlo.multiply %941, %940 : tensor<512xi32>
    %943 = stablehlo.subtract %939, %942 : tensor<512xi32>
    %944 = stablehlo.subtract %935, %943 : tensor<512xi32>
    %945 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %946 = stablehlo.subtract %944, %945 : tensor<512xi32>
    %947 = stablehlo.constant dense<0> : tensor<512xi32>
    %948 = stablehlo.compare GE, %946, %947 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %949 = stablehlo.add %946, %937 : tensor<512xi32>
    %950 = stablehlo.select %948, %949, %936 : tensor<512xi1>, tensor<512xi32>
    %951 = stablehlo.concatenate %929, %921, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %952 = stablehlo.reshape %950 : (tensor<512xi32>) -> tensor<512x1xi32>
    %953 = "stablehlo.gather"(%951, %952) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %954 = stablehlo.reshape %953 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %955 = stablehlo.dynamic_update_slice %850, %954, %930, %931, %932, %932, %932 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %956 = stablehlo.slice %878 [8:9, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %957 = stablehlo.reshape %956 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %958 = stablehlo.constant dense<8> : tensor<i32>
    %959 = stablehlo.constant dense<0> : tensor<i32>
    %960 = stablehlo.constant dense<0> : tensor<i32>
    %961 = stablehlo.constant dense<-1> : tensor<i32>
    %962 = stablehlo.add %5, %961 : tensor<i32>
    %963 = stablehlo.broadcast_in_dim %962, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %964 = stablehlo.iota dim = 0 : tensor<512xi32>
    %965 = stablehlo.constant dense<512> : tensor<512xi32>
    %966 = stablehlo.subtract %963, %964 : tensor<512xi32>
    %967 = stablehlo.add %966, %965 : tensor<512xi32>
    %968 = stablehlo.constant dense<512> : tensor<512xi32>
    %969 = stablehlo.divide %967, %968 : tensor<512xi32>
    %970 = stablehlo.multiply %969, %968 : tensor<512xi32>
    %971 = stablehlo.subtract %967, %970 : tensor<512xi32>
    %972 = stablehlo.subtract %963, %971 : tensor<512xi32>
    %973 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %974 = stablehlo.subtract %972, %973 : tensor<512xi32>
    %975 = stablehlo.constant dense<0> : tensor<512xi32>
    %976 = stablehlo.compare GE, %974, %975 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %977 = stablehlo.add %974, %965 : tensor<512xi32>
    %978 = stablehlo.select %976, %977, %964 : tensor<512xi1>, tensor<512xi32>
    %979 = stablehlo.concatenate %957, %922, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %980 = stablehlo.reshape %978 : (tensor<512xi32>) -> tensor<512x1xi32>
    %981 = "stablehlo.gather"(%979, %980) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %982 = stablehlo.reshape %981 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %983 = stablehlo.dynamic_update_slice %878, %982, %958, %959, %960, %960, %960 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %984 = stablehlo.reshape %927 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %985 = stablehlo.convert %arg131 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %986 = stablehlo.dot_general %984, %985, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %987 = stablehlo.composite "mlxla.rms_norm" %986, %arg132 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %988 = stablehlo.add %906, %987 : tensor<8x1152xf32>
    %989 = stablehlo.composite "mlxla.rms_norm" %988, %arg133 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %990 = stablehlo.convert %arg135 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %991 = stablehlo.dot_general %989, %990, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %992 = stablehlo.multiply %991, %991 : tensor<8x6912xf32>
    %993 = stablehlo.multiply %992, %991 : tensor<8x6912xf32>
    %994 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %995 = stablehlo.multiply %993, %994 : tensor<8x6912xf32>
    %996 = stablehlo.add %991, %995 : tensor<8x6912xf32>
    %997 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %998 = stablehlo.multiply %996, %997 : tensor<8x6912xf32>
    %999 = stablehlo.tanh %998 : tensor<8x6912xf32>
    %1000 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %1001 = stablehlo.add %999, %1000 : tensor<8x6912xf32>
    %1002 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %1003 = stablehlo.multiply %991, %1002 : tensor<8x6912xf32>
    %1004 = stablehlo.multiply %1003, %1001 : tensor<8x6912xf32>
    %1005 = stablehlo.convert %arg136 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1006 = stablehlo.dot_general %989, %1005, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1007 = stablehlo.multiply %1004, %1006 : tensor<8x6912xf32>
    %1008 = stablehlo.convert %arg137 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1009 = stablehlo.dot_general %1007, %1008, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %1010 = stablehlo.composite "mlxla.rms_norm" %1009, %arg134 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1011 = stablehlo.add %988, %1010 : tensor<8x1152xf32>
    %1012 = stablehlo.composite "mlxla.rms_norm" %1011, %arg138 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1013 = stablehlo.convert %arg139 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1014 = stablehlo.dot_general %1012, %1013, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %1015 = stablehlo.reshape %1014 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %1016 = stablehlo.composite "mlxla.rms_norm" %1015, %arg142 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %1017 = stablehlo.composite "mlxla.rope" %1016, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %1018 = stablehlo.convert %arg140 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1019 = stablehlo.dot_general %1012, %1018, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1020 = stablehlo.reshape %1019 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1021 = stablehlo.composite "mlxla.rms_norm" %1020, %arg143 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %1022 = stablehlo.composite "mlxla.rope" %1021, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %1023 = stablehlo.convert %arg141 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1024 = stablehlo.dot_general %1012, %1023, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1025 = stablehlo.reshape %1024 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1026 = stablehlo.convert %1022 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1027 = stablehlo.convert %1025 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1028 = stablehlo.slice %955 [9:10, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1029 = stablehlo.reshape %1028 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1030 = stablehlo.slice %983 [9:10, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1031 = stablehlo.reshape %1030 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1032 = stablehlo.composite "mlxla.window_attention" %1017, %1029, %1031, %1026, %1027, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %1033 = stablehlo.slice %955 [9:10, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1034 = stablehlo.reshape %1033 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1035 = stablehlo.constant dense<9> : tensor<i32>
    %1036 = stablehlo.constant dense<0> : tensor<i32>
    %1037 = stablehlo.constant dense<0> : tensor<i32>
    %1038 = stablehlo.constant dense<-1> : tensor<i32>
    %1039 = stablehlo.add %5, %1038 : tensor<i32>
    %1040 = stablehlo.broadcast_in_dim %1039, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1041 = stablehlo.iota dim = 0 : tensor<512xi32>
    %1042 = stablehlo.constant dense<512> : tensor<512xi32>
    %1043 = stablehlo.subtract %1040, %1041 : tensor<512xi32>
    %1044 = stablehlo.add %1043, %1042 : tensor<512xi32>
    %1045 = stablehlo.constant dense<512> : tensor<512xi32>
    %1046 = stablehlo.divide %1044, %1045 : tensor<512xi32>
    %1047 = stablehlo.multiply %1046, %1045 : tensor<512xi32>
    %1048 = stablehlo.subtract %1044, %1047 : tensor<512xi32>
    %1049 = stablehlo.subtract %1040, %1048 : tensor<512xi32>
    %1050 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1051 = stablehlo.subtract %1049, %1050 : tensor<512xi32>
    %1052 = stablehlo.constant dense<0> : tensor<512xi32>
    %1053 = stablehlo.compare GE, %1051, %1052 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %1054 = stablehlo.add %1051, %1042 : tensor<512xi32>
    %1055 = stablehlo.select %1053, %1054, %1041 : tensor<512xi1>, tensor<512xi32>
    %1056 = stablehlo.concatenate %1034, %1026, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %1057 = stablehlo.reshape %1055 : (tensor<512xi32>) -> tensor<512x1xi32>
    %1058 = "stablehlo.gather"(%1056, %1057) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %1059 = stablehlo.reshape %1058 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1060 = stablehlo.dynamic_update_slice %955, %1059, %1035, %1036, %1037, %1037, %1037 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1061 = stablehlo.slice %983 [9:10, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1062 = stablehlo.reshape %1061 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1063 = stablehlo.constant dense<9> : tensor<i32>
    %1064 = stablehlo.constant dense<0> : tensor<i32>
    %1065 = stablehlo.constant dense<0> : tensor<i32>
    %1066 = stablehlo.constant dense<-1> : tensor<i32>
    %1067 = stablehlo.add %5, %1066 : tensor<i32>
    %1068 = stablehlo.broadcast_in_dim %1067, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1069 = stablehlo.iota dim = 0 : tensor<512xi32>
    %1070 = stablehlo.constant dense<512> : tensor<512xi32>
    %1071 = stablehlo.subtract %1068, %1069 : tensor<512xi32>
    %1072 = stablehlo.add %1071, %1070 : tensor<512xi32>
    %1073 = stablehlo.constant dense<512> : tensor<512xi32>
    %1074 = stablehlo.divide %1072, %1073 : tensor<512xi32>
    %1075 = stablehlo.multiply %1074, %1073 : tensor<512xi32>
    %1076 = stablehlo.subtract %1072, %1075 : tensor<512xi32>
    %1077 = stablehlo.subtract %1068, %1076 : tensor<512xi32>
    %1078 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1079 = stablehlo.subtract %1077, %1078 : tensor<512xi32>
    %1080 = stablehlo.constant dense<0> : tensor<512xi32>
    %1081 = stablehlo.compare GE, %1079, %1080 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %1082 = stablehlo.add %1079, %1070 : tensor<512xi32>
    %1083 = stablehlo.select %1081, %1082, %1069 : tensor<512xi1>, tensor<512xi32>
    %1084 = stablehlo.concatenate %1062, %1027, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %1085 = stablehlo.reshape %1083 : (tensor<512xi32>) -> tensor<512x1xi32>
    %1086 = "stablehlo.gather"(%1084, %1085) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %1087 = stablehlo.reshape %1086 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1088 = stablehlo.dynamic_update_slice %983, %1087, %1063, %1064, %1065, %1065, %1065 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1089 = stablehlo.reshape %1032 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %1090 = stablehlo.convert %arg144 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1091 = stablehlo.dot_general %1089, %1090, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %1092 = stablehlo.composite "mlxla.rms_norm" %1091, %arg145 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1093 = stablehlo.add %1011, %1092 : tensor<8x1152xf32>
    %1094 = stablehlo.composite "mlxla.rms_norm" %1093, %arg146 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1095 = stablehlo.convert %arg148 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1096 = stablehlo.dot_general %1094, %1095, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1097 = stablehlo.multiply %1096, %1096 : tensor<8x6912xf32>
    %1098 = stablehlo.multiply %1097, %1096 : tensor<8x6912xf32>
    %1099 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %1100 = stablehlo.multiply %1098, %1099 : tensor<8x6912xf32>
    %1101 = stablehlo.add %1096, %1100 : tensor<8x6912xf32>
    %1102 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %1103 = stablehlo.multiply %1101, %1102 : tensor<8x6912xf32>
    %1104 = stablehlo.tanh %1103 : tensor<8x6912xf32>
    %1105 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %1106 = stablehlo.add %1104, %1105 : tensor<8x6912xf32>
    %1107 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %1108 = stablehlo.multiply %1096, %1107 : tensor<8x6912xf32>
    %1109 = stablehlo.multiply %1108, %1106 : tensor<8x6912xf32>
    %1110 = stablehlo.convert %arg149 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1111 = stablehlo.dot_general %1094, %1110, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1112 = stablehlo.multiply %1109, %1111 : tensor<8x6912xf32>
    %1113 = stablehlo.convert %arg150 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1114 = stablehlo.dot_general %1112, %1113, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %1115 = stablehlo.composite "mlxla.rms_norm" %1114, %arg147 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1116 = stablehlo.add %1093, %1115 : tensor<8x1152xf32>
    %1117 = stablehlo.composite "mlxla.rms_norm" %1116, %arg151 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1118 = stablehlo.convert %arg152 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1119 = stablehlo.dot_general %1117, %1118, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %1120 = stablehlo.reshape %1119 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %1121 = stablehlo.composite "mlxla.rms_norm" %1120, %arg155 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %1122 = stablehlo.composite "mlxla.rope" %1121, %2 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_faf82dd9b5a53760} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %1123 = stablehlo.convert %arg153 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1124 = stablehlo.dot_general %1117, %1123, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1125 = stablehlo.reshape %1124 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1126 = stablehlo.composite "mlxla.rms_norm" %1125, %arg156 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %1127 = stablehlo.composite "mlxla.rope" %1126, %2 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_faf82dd9b5a53760} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %1128 = stablehlo.convert %arg154 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1129 = stablehlo.dot_general %1117, %1128, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1130 = stablehlo.reshape %1129 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1131 = stablehlo.convert %1127 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1132 = stablehlo.convert %1130 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1133 = stablehlo.constant dense<1> : tensor<i32>
    %1134 = stablehlo.constant dense<0> : tensor<i32>
    %1135 = stablehlo.constant dense<0> : tensor<i32>
    %1136 = stablehlo.reshape %1131 : (tensor<8x1x256xf16>) -> tensor<1x1x8x1x256xf16>
    %1137 = stablehlo.dynamic_update_slice %556, %1136, %1133, %1135, %arg1, %1134, %1134 : (tensor<4x1x640x1x256xf16>, tensor<1x1x8x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %1138 = stablehlo.reshape %1132 : (tensor<8x1x256xf16>) -> tensor<1x1x8x1x256xf16>
    %1139 = stablehlo.dynamic_update_slice %558, %1138, %1133, %1135, %arg1, %1134, %1134 : (tensor<4x1x640x1x256xf16>, tensor<1x1x8x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %1140 = stablehlo.slice %1137 [1:2, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1141 = stablehlo.reshape %1140 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1142 = stablehlo.slice %1139 [1:2, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1143 = stablehlo.reshape %1142 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1144 = stablehlo.composite "mlxla.attention" %1122, %1141, %1143, %2, %5 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_8x4x256xf32_640x1x256xf16_640x1x256xf16_8xi32_i32_5d4d8ac1bce6e3f1} : (tensor<8x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %1145 = stablehlo.reshape %1144 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %1146 = stablehlo.convert %arg157 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1147 = stablehlo.dot_general %1145, %1146, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %1148 = stablehlo.composite "mlxla.rms_norm" %1147, %arg158 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1149 = stablehlo.add %1116, %1148 : tensor<8x1152xf32>
    %1150 = stablehlo.composite "mlxla.rms_norm" %1149, %arg159 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1151 = stablehlo.convert %arg161 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1152 = stablehlo.dot_general %1150, %1151, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1153 = stablehlo.multiply %1152, %1152 : tensor<8x6912xf32>
    %1154 = stablehlo.multiply %1153, %1152 : tensor<8x6912xf32>
    %1155 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %1156 = stablehlo.multiply %1154, %1155 : tensor<8x6912xf32>
    %1157 = stablehlo.add %1152, %1156 : tensor<8x6912xf32>
    %1158 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %1159 = stablehlo.multiply %1157, %1158 : tensor<8x6912xf32>
    %1160 = stablehlo.tanh %1159 : tensor<8x6912xf32>
    %1161 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %1162 = stablehlo.add %1160, %1161 : tensor<8x6912xf32>
    %1163 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %1164 = stablehlo.multiply %1152, %1163 : tensor<8x6912xf32>
    %1165 = stablehlo.multiply %1164, %1162 : tensor<8x6912xf32>
    %1166 = stablehlo.convert %arg162 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1167 = stablehlo.dot_general %1150, %1166, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1168 = stablehlo.multiply %1165, %1167 : tensor<8x6912xf32>
    %1169 = stablehlo.convert %arg163 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1170 = stablehlo.dot_general %1168, %1169, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %1171 = stablehlo.composite "mlxla.rms_norm" %1170, %arg160 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1172 = stablehlo.add %1149, %1171 : tensor<8x1152xf32>
    %1173 = stablehlo.composite "mlxla.rms_norm" %1172, %arg164 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1174 = stablehlo.convert %arg165 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1175 = stablehlo.dot_general %1173, %1174, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %1176 = stablehlo.reshape %1175 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %1177 = stablehlo.composite "mlxla.rms_norm" %1176, %arg168 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %1178 = stablehlo.composite "mlxla.rope" %1177, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %1179 = stablehlo.convert %arg166 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1180 = stablehlo.dot_general %1173, %1179, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1181 = stablehlo.reshape %1180 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1182 = stablehlo.composite "mlxla.rms_norm" %1181, %arg169 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %1183 = stablehlo.composite "mlxla.rope" %1182, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %1184 = stablehlo.convert %arg167 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1185 = stablehlo.dot_general %1173, %1184, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1186 = stablehlo.reshape %1185 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1187 = stablehlo.convert %1183 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1188 = stablehlo.convert %1186 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1189 = stablehlo.slice %1060 [10:11, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1190 = stablehlo.reshape %1189 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1191 = stablehlo.slice %1088 [10:11, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1192 = stablehlo.reshape %1191 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1193 = stablehlo.composite "mlxla.window_attention" %1178, %1190, %1192, %1187, %1188, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %1194 = stablehlo.slice %1060 [10:11, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1195 = stablehlo.reshape %1194 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1196 = stablehlo.constant dense<10> : tensor<i32>
    %1197 = stablehlo.constant dense<0> : tensor<i32>
    %1198 = stablehlo.constant dense<0> : tensor<i32>
    %1199 = stablehlo.constant dense<-1> : tensor<i32>
    %1200 = stablehlo.add %5, %1199 : tensor<i32>
    %1201 = stablehlo.broadcast_in_dim %1200, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1202 = stablehlo.iota dim = 0 : tensor<512xi32>
    %1203 = stablehlo.constant dense<512> : tensor<512xi32>
    %1204 = stablehlo.subtract %1201, %1202 : tensor<512xi32>
    %1205 = stablehlo.add %1204, %1203 : tensor<512xi32>
    %1206 = stablehlo.constant dense<512> : tensor<512xi32>
    %1207 = stablehlo.divide %1205, %1206 : tensor<512xi32>
    %1208 = stablehlo.multiply %1207, %1206 : tensor<512xi32>
    %1209 = stablehlo.subtract %1205, %1208 : tensor<512xi32>
    %1210 = stablehlo.subtract %1201, %1209 : tensor<512xi32>
    %1211 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1212 = stablehlo.subtract %1210, %1211 : tensor<512xi32>
    %1213 = stablehlo.constant dense<0> : tensor<512xi32>
    %1214 = stablehlo.compare GE, %1212, %1213 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %1215 = stablehlo.add %1212, %1203 : tensor<512xi32>
    %1216 = stablehlo.select %1214, %1215, %1202 : tensor<512xi1>, tensor<512xi32>
    %1217 = stablehlo.concatenate %1195, %1187, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %1218 = stablehlo.reshape %1216 : (tensor<512xi32>) -> tensor<512x1xi32>
    %1219 = "stablehlo.gather"(%1217, %1218) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %1220 = stablehlo.reshape %1219 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1221 = stablehlo.dynamic_update_slice %1060, %1220, %1196, %1197, %1198, %1198, %1198 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1222 = stablehlo.slice %1088 [10:11, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1223 = stablehlo.reshape %1222 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1224 = stablehlo.constant dense<10> : tensor<i32>
    %1225 = stablehlo.constant dense<0> : tensor<i32>
    %1226 = stablehlo.constant dense<0> : tensor<i32>
    %1227 = stablehlo.constant dense<-1> : tensor<i32>
    %1228 = stablehlo.add %5, %1227 : tensor<i32>
    %1229 = stablehlo.broadcast_in_dim %1228, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1230 = stablehlo.iota dim = 0 : tensor<512xi32>
    %1231 = stablehlo.constant dense<512> : tensor<512xi32>
    %1232 = stablehlo.subtract %1229, %1230 : tensor<512xi32>
    %1233 = stablehlo.add %1232, %1231 : tensor<512xi32>
    %1234 = stablehlo.constant dense<512> : tensor<512xi32>
    %1235 = stablehlo.divide %1233, %1234 : tensor<512xi32>
    %1236 = stablehlo.multiply %1235, %1234 : tensor<512xi32>
    %1237 = stablehlo.subtract %1233, %1236 : tensor<512xi32>
    %1238 = stablehlo.subtract %1229, %1237 : tensor<512xi32>
    %1239 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1240 = stablehlo.subtract %1238, %1239 : tensor<512xi32>
    %1241 = stablehlo.constant dense<0> : tensor<512xi32>
    %1242 = stablehlo.compare GE, %1240, %1241 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %1243 = stablehlo.add %1240, %1231 : tensor<512xi32>
    %1244 = stablehlo.select %1242, %1243, %1230 : tensor<512xi1>, tensor<512xi32>
    %1245 = stablehlo.concatenate %1223, %1188, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %1246 = stablehlo.reshape %1244 : (tensor<512xi32>) -> tensor<512x1xi32>
    %1247 = "stablehlo.gather"(%1245, %1246) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %1248 = stablehlo.reshape %1247 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1249 = stablehlo.dynamic_update_slice %1088, %1248, %1224, %1225, %1226, %1226, %1226 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1250 = stablehlo.reshape %1193 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %1251 = stablehlo.convert %arg170 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1252 = stablehlo.dot_general %1250, %1251, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %1253 = stablehlo.composite "mlxla.rms_norm" %1252, %arg171 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1254 = stablehlo.add %1172, %1253 : tensor<8x1152xf32>
    %1255 = stablehlo.composite "mlxla.rms_norm" %1254, %arg172 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1256 = stablehlo.convert %arg174 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1257 = stablehlo.dot_general %1255, %1256, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1258 = stablehlo.multiply %1257, %1257 : tensor<8x6912xf32>
    %1259 = stablehlo.multiply %1258, %1257 : tensor<8x6912xf32>
    %1260 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %1261 = stablehlo.multiply %1259, %1260 : tensor<8x6912xf32>
    %1262 = stablehlo.add %1257, %1261 : tensor<8x6912xf32>
    %1263 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %1264 = stablehlo.multiply %1262, %1263 : tensor<8x6912xf32>
    %1265 = stablehlo.tanh %1264 : tensor<8x6912xf32>
    %1266 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %1267 = stablehlo.add %1265, %1266 : tensor<8x6912xf32>
    %1268 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %1269 = stablehlo.multiply %1257, %1268 : tensor<8x6912xf32>
    %1270 = stablehlo.multiply %1269, %1267 : tensor<8x6912xf32>
    %1271 = stablehlo.convert %arg175 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1272 = stablehlo.dot_general %1255, %1271, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1273 = stablehlo.multiply %1270, %1272 : tensor<8x6912xf32>
    %1274 = stablehlo.convert %arg176 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1275 = stablehlo.dot_general %1273, %1274, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %1276 = stablehlo.composite "mlxla.rms_norm" %1275, %arg173 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1277 = stablehlo.add %1254, %1276 : tensor<8x1152xf32>
    %1278 = stablehlo.composite "mlxla.rms_norm" %1277, %arg177 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1279 = stablehlo.convert %arg178 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1280 = stablehlo.dot_general %1278, %1279, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %1281 = stablehlo.reshape %1280 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %1282 = stablehlo.composite "mlxla.rms_norm" %1281, %arg181 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %1283 = stablehlo.composite "mlxla.rope" %1282, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %1284 = stablehlo.convert %arg179 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1285 = stablehlo.dot_general %1278, %1284, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1286 = stablehlo.reshape %1285 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1287 = stablehlo.composite "mlxla.rms_norm" %1286, %arg182 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %1288 = stablehlo.composite "mlxla.rope" %1287, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %1289 = stablehlo.convert %arg180 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1290 = stablehlo.dot_general %1278, %1289, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1291 = stablehlo.reshape %1290 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1292 = stablehlo.convert %1288 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1293 = stablehlo.convert %1291 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1294 = stablehlo.slice %1221 [11:12, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1295 = stablehlo.reshape %1294 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1296 = stablehlo.slice %1249 [11:12, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1297 = stablehlo.reshape %1296 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1298 = stablehlo.composite "mlxla.window_attention" %1283, %1295, %1297, %1292, %1293, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %1299 = stablehlo.slice %1221 [11:12, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1300 = stablehlo.reshape %1299 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1301 = stablehlo.constant dense<11> : tensor<i32>
    %1302 = stablehlo.constant dense<0> : tensor<i32>
    %1303 = stablehlo.constant dense<0> : tensor<i32>
    %1304 = stablehlo.constant dense<-1> : tensor<i32>
    %1305 = stablehlo.add %5, %1304 : tensor<i32>
    %1306 = stablehlo.broadcast_in_dim %1305, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1307 = stablehlo.iota dim = 0 : tensor<512xi32>
    %1308 = stablehlo.constant dense<512> : tensor<512xi32>
    %1309 = stablehlo.subtract %1306, %1307 : tensor<512xi32>
    %1310 = stablehlo.add %1309, %1308 : tensor<512xi32>
    %1311 = stablehlo.constant dense<512> : tensor<512xi32>
    %1312 = stablehlo.divide %1310, %1311 : tensor<512xi32>
    %1313 = stablehlo.multiply %1312, %1311 : tensor<512xi32>
    %1314 = stablehlo.subtract %1310, %1313 : tensor<512xi32>
    %1315 = stablehlo.subtract %1306, %1314 : tensor<512xi32>
    %1316 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1317 = stablehlo.subtract %1315, %1316 : tensor<512xi32>
    %1318 = stablehlo.constant dense<0> : tensor<512xi32>
    %1319 = stablehlo.compare GE, %1317, %1318 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %1320 = stablehlo.add %1317, %1308 : tensor<512xi32>
    %1321 = stablehlo.select %1319, %1320, %1307 : tensor<512xi1>, tensor<512xi32>
    %1322 = stablehlo.concatenate %1300, %1292, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %1323 = stablehlo.reshape %1321 : (tensor<512xi32>) -> tensor<512x1xi32>
    %1324 = "stablehlo.gather"(%1322, %1323) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %1325 = stablehlo.reshape %1324 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1326 = stablehlo.dynamic_update_slice %1221, %1325, %1301, %1302, %1303, %1303, %1303 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1327 = stablehlo.slice %1249 [11:12, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1328 = stablehlo.reshape %1327 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1329 = stablehlo.constant dense<11> : tensor<i32>
    %1330 = stablehlo.constant dense<0> : tensor<i32>
    %1331 = stablehlo.constant dense<0> : tensor<i32>
    %1332 = stablehlo.constant dense<-1> : tensor<i32>
    %1333 = stablehlo.add %5, %1332 : tensor<i32>
    %1334 = stablehlo.broadcast_in_dim %1333, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1335 = stablehlo.iota dim = 0 : tensor<512xi32>
    %1336 = stablehlo.constant dense<512> : tensor<512xi32>
    %1337 = stablehlo.subtract %1334, %1335 : tensor<512xi32>
    %1338 = stablehlo.add %1337, %1336 : tensor<512xi32>
    %1339 = stablehlo.constant dense<512> : tensor<512xi32>
    %1340 = stablehlo.divide %1338, %1339 : tensor<512xi32>
    %1341 = stablehlo.multiply %1340, %1339 : tensor<512xi32>
    %1342 = stablehlo.subtract %1338, %1341 : tensor<512xi32>
    %1343 = stablehlo.subtract %1334, %1342 : tensor<512xi32>
    %1344 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1345 = stablehlo.subtract %1343, %1344 : tensor<512xi32>
    %1346 = stablehlo.constant dense<0> : tensor<512xi32>
    %1347 = stablehlo.compare GE, %1345, %1346 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %1348 = stablehlo.add %1345, %1336 : tensor<512xi32>
    %1349 = stablehlo.select %1347, %1348, %1335 : tensor<512xi1>, tensor<512xi32>
    %1350 = stablehlo.concatenate %1328, %1293, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %1351 = stablehlo.reshape %1349 : (tensor<512xi32>) -> tensor<512x1xi32>
    %1352 = "stablehlo.gather"(%1350, %1351) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %1353 = stablehlo.reshape %1352 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1354 = stablehlo.dynamic_update_slice %1249, %1353, %1329, %1330, %1331, %1331, %1331 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1355 = stablehlo.reshape %1298 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %1356 = stablehlo.convert %arg183 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1357 = stablehlo.dot_general %1355, %1356, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %1358 = stablehlo.composite "mlxla.rms_norm" %1357, %arg184 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1359 = stablehlo.add %1277, %1358 : tensor<8x1152xf32>
    %1360 = stablehlo.composite "mlxla.rms_norm" %1359, %arg185 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1361 = stablehlo.convert %arg187 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1362 = stablehlo.dot_general %1360, %1361, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1363 = stablehlo.multiply %1362, %1362 : tensor<8x6912xf32>
    %1364 = stablehlo.multiply %1363, %1362 : tensor<8x6912xf32>
    %1365 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %1366 = stablehlo.multiply %1364, %1365 : tensor<8x6912xf32>
    %1367 = stablehlo.add %1362, %1366 : tensor<8x6912xf32>
    %1368 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %1369 = stablehlo.multiply %1367, %1368 : tensor<8x6912xf32>
    %1370 = stablehlo.tanh %1369 : tensor<8x6912xf32>
    %1371 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %1372 = stablehlo.add %1370, %1371 : tensor<8x6912xf32>
    %1373 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %1374 = stablehlo.multiply %1362, %1373 : tensor<8x6912xf32>
    %1375 = stablehlo.multiply %1374, %1372 : tensor<8x6912xf32>
    %1376 = stablehlo.convert %arg188 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1377 = stablehlo.dot_general %1360, %1376, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1378 = stablehlo.multiply %1375, %1377 : tensor<8x6912xf32>
    %1379 = stablehlo.convert %arg189 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1380 = stablehlo.dot_general %1378, %1379, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %1381 = stablehlo.composite "mlxla.rms_norm" %1380, %arg186 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1382 = stablehlo.add %1359, %1381 : tensor<8x1152xf32>
    %1383 = stablehlo.composite "mlxla.rms_norm" %1382, %arg190 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1384 = stablehlo.convert %arg191 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1385 = stablehlo.dot_general %1383, %1384, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %1386 = stablehlo.reshape %1385 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %1387 = stablehlo.composite "mlxla.rms_norm" %1386, %arg194 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %1388 = stablehlo.composite "mlxla.rope" %1387, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %1389 = stablehlo.convert %arg192 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1390 = stablehlo.dot_general %1383, %1389, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1391 = stablehlo.reshape %1390 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1392 = stablehlo.composite "mlxla.rms_norm" %1391, %arg195 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %1393 = stablehlo.composite "mlxla.rope" %1392, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %1394 = stablehlo.convert %arg193 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1395 = stablehlo.dot_general %1383, %1394, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1396 = stablehlo.reshape %1395 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1397 = stablehlo.convert %1393 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1398 = stablehlo.convert %1396 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1399 = stablehlo.slice %1326 [12:13, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1400 = stablehlo.reshape %1399 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1401 = stablehlo.slice %1354 [12:13, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1402 = stablehlo.reshape %1401 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1403 = stablehlo.composite "mlxla.window_attention" %1388, %1400, %1402, %1397, %1398, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %1404 = stablehlo.slice %1326 [12:13, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1405 = stablehlo.reshape %1404 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1406 = stablehlo.constant dense<12> : tensor<i32>
    %1407 = stablehlo.constant dense<0> : tensor<i32>
    %1408 = stablehlo.constant dense<0> : tensor<i32>
    %1409 = stablehlo.constant dense<-1> : tensor<i32>
    %1410 = stablehlo.add %5, %1409 : tensor<i32>
    %1411 = stablehlo.broadcast_in_dim %1410, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1412 = stablehlo.iota dim = 0 : tensor<512xi32>
    %1413 = stablehlo.constant dense<512> : tensor<512xi32>
    %1414 = stablehlo.subtract %1411, %1412 : tensor<512xi32>
    %1415 = stablehlo.add %1414, %1413 : tensor<512xi32>
    %1416 = stablehlo.constant dense<512> : tensor<512xi32>
    %1417 = stablehlo.divide %1415, %1416 : tensor<512xi32>
    %1418 = stablehlo.multiply %1417, %1416 : tensor<512xi32>
    %1419 = stablehlo.subtract %1415, %1418 : tensor<512xi32>
    %1420 = stablehlo.subtract %1411, %1419 : tensor<512xi32>
    %1421 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1422 = stablehlo.subtract %1420, %1421 : tensor<512xi32>
    %1423 = stablehlo.constant dense<0> : tensor<512xi32>
    %1424 = stablehlo.compare GE, %1422, %1423 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %1425 = stablehlo.add %1422, %1413 : tensor<512xi32>
    %1426 = stablehlo.select %1424, %1425, %1412 : tensor<512xi1>, tensor<512xi32>
    %1427 = stablehlo.concatenate %1405, %1397, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %1428 = stablehlo.reshape %1426 : (tensor<512xi32>) -> tensor<512x1xi32>
    %1429 = "stablehlo.gather"(%1427, %1428) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %1430 = stablehlo.reshape %1429 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1431 = stablehlo.dynamic_update_slice %1326, %1430, %1406, %1407, %1408, %1408, %1408 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1432 = stablehlo.slice %1354 [12:13, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1433 = stablehlo.reshape %1432 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1434 = stablehlo.constant dense<12> : tensor<i32>
    %1435 = stablehlo.constant dense<0> : tensor<i32>
    %1436 = stablehlo.constant dense<0> : tensor<i32>
    %1437 = stablehlo.constant dense<-1> : tensor<i32>
    %1438 = stablehlo.add %5, %1437 : tensor<i32>
    %1439 = stablehlo.broadcast_in_dim %1438, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1440 = stablehlo.iota dim = 0 : tensor<512xi32>
    %1441 = stablehlo.constant dense<512> : tensor<512xi32>
    %1442 = stablehlo.subtract %1439, %1440 : tensor<512xi32>
    %1443 = stablehlo.add %1442, %1441 : tensor<512xi32>
    %1444 = stablehlo.constant dense<512> : tensor<512xi32>
    %1445 = stablehlo.divide %1443, %1444 : tensor<512xi32>
    %1446 = stablehlo.multiply %1445, %1444 : tensor<512xi32>
    %1447 = stablehlo.subtract %1443, %1446 : tensor<512xi32>
    %1448 = stablehlo.subtract %1439, %1447 : tensor<512xi32>
    %1449 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1450 = stablehlo.subtract %1448, %1449 : tensor<512xi32>
    %1451 = stablehlo.constant dense<0> : tensor<512xi32>
    %1452 = stablehlo.compare GE, %1450, %1451 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %1453 = stablehlo.add %1450, %1441 : tensor<512xi32>
    %1454 = stablehlo.select %1452, %1453, %1440 : tensor<512xi1>, tensor<512xi32>
    %1455 = stablehlo.concatenate %1433, %1398, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %1456 = stablehlo.reshape %1454 : (tensor<512xi32>) -> tensor<512x1xi32>
    %1457 = "stablehlo.gather"(%1455, %1456) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %1458 = stablehlo.reshape %1457 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1459 = stablehlo.dynamic_update_slice %1354, %1458, %1434, %1435, %1436, %1436, %1436 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1460 = stablehlo.reshape %1403 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %1461 = stablehlo.convert %arg196 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1462 = stablehlo.dot_general %1460, %1461, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %1463 = stablehlo.composite "mlxla.rms_norm" %1462, %arg197 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1464 = stablehlo.add %1382, %1463 : tensor<8x1152xf32>
    %1465 = stablehlo.composite "mlxla.rms_norm" %1464, %arg198 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1466 = stablehlo.convert %arg200 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1467 = stablehlo.dot_general %1465, %1466, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1468 = stablehlo.multiply %1467, %1467 : tensor<8x6912xf32>
    %1469 = stablehlo.multiply %1468, %1467 : tensor<8x6912xf32>
    %1470 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %1471 = stablehlo.multiply %1469, %1470 : tensor<8x6912xf32>
    %1472 = stablehlo.add %1467, %1471 : tensor<8x6912xf32>
    %1473 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %1474 = stablehlo.multiply %1472, %1473 : tensor<8x6912xf32>
    %1475 = stablehlo.tanh %1474 : tensor<8x6912xf32>
    %1476 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %1477 = stablehlo.add %1475, %1476 : tensor<8x6912xf32>
    %1478 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %1479 = stablehlo.multiply %1467, %1478 : tensor<8x6912xf32>
    %1480 = stablehlo.multiply %1479, %1477 : tensor<8x6912xf32>
    %1481 = stablehlo.convert %arg201 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1482 = stablehlo.dot_general %1465, %1481, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1483 = stablehlo.multiply %1480, %1482 : tensor<8x6912xf32>
    %1484 = stablehlo.convert %arg202 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1485 = stablehlo.dot_general %1483, %1484, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %1486 = stablehlo.composite "mlxla.rms_norm" %1485, %arg199 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1487 = stablehlo.add %1464, %1486 : tensor<8x1152xf32>
    %1488 = stablehlo.composite "mlxla.rms_norm" %1487, %arg203 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1489 = stablehlo.convert %arg204 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1490 = stablehlo.dot_general %1488, %1489, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %1491 = stablehlo.reshape %1490 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %1492 = stablehlo.composite "mlxla.rms_norm" %1491, %arg207 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %1493 = stablehlo.composite "mlxla.rope" %1492, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %1494 = stablehlo.convert %arg205 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1495 = stablehlo.dot_general %1488, %1494, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1496 = stablehlo.reshape %1495 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1497 = stablehlo.composite "mlxla.rms_norm" %1496, %arg208 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %1498 = stablehlo.composite "mlxla.rope" %1497, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %1499 = stablehlo.convert %arg206 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1500 = stablehlo.dot_general %1488, %1499, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1501 = stablehlo.reshape %1500 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1502 = stablehlo.convert %1498 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1503 = stablehlo.convert %1501 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1504 = stablehlo.slice %1431 [13:14, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1505 = stablehlo.reshape %1504 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1506 = stablehlo.slice %1459 [13:14, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1507 = stablehlo.reshape %1506 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1508 = stablehlo.composite "mlxla.window_attention" %1493, %1505, %1507, %1502, %1503, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %1509 = stablehlo.slice %1431 [13:14, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1510 = stablehlo.reshape %1509 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1511 = stablehlo.constant dense<13> : tensor<i32>
    %1512 = stablehlo.constant dense<0> : tensor<i32>
    %1513 = stablehlo.constant dense<0> : tensor<i32>
    %1514 = stablehlo.constant dense<-1> : tensor<i32>
    %1515 = stablehlo.add %5, %1514 : tensor<i32>
    %1516 = stablehlo.broadcast_in_dim %1515, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1517 = stablehlo.iota dim = 0 : tensor<512xi32>
    %1518 = stablehlo.constant dense<512> : tensor<512xi32>
    %1519 = stablehlo.subtract %1516, %1517 : tensor<512xi32>
    %1520 = stablehlo.add %1519, %1518 : tensor<512xi32>
    %1521 = stablehlo.constant dense<512> : tensor<512xi32>
    %1522 = stablehlo.divide %1520, %1521 : tensor<512xi32>
    %1523 = stablehlo.multiply %1522, %1521 : tensor<512xi32>
    %1524 = stablehlo.subtract %1520, %1523 : tensor<512xi32>
    %1525 = stablehlo.subtract %1516, %1524 : tensor<512xi32>
    %1526 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1527 = stablehlo.subtract %1525, %1526 : tensor<512xi32>
    %1528 = stablehlo.constant dense<0> : tensor<512xi32>
    %1529 = stablehlo.compare GE, %1527, %1528 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %1530 = stablehlo.add %1527, %1518 : tensor<512xi32>
    %1531 = stablehlo.select %1529, %1530, %1517 : tensor<512xi1>, tensor<512xi32>
    %1532 = stablehlo.concatenate %1510, %1502, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %1533 = stablehlo.reshape %1531 : (tensor<512xi32>) -> tensor<512x1xi32>
    %1534 = "stablehlo.gather"(%1532, %1533) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %1535 = stablehlo.reshape %1534 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1536 = stablehlo.dynamic_update_slice %1431, %1535, %1511, %1512, %1513, %1513, %1513 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1537 = stablehlo.slice %1459 [13:14, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1538 = stablehlo.reshape %1537 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1539 = stablehlo.constant dense<13> : tensor<i32>
    %1540 = stablehlo.constant dense<0> : tensor<i32>
    %1541 = stablehlo.constant dense<0> : tensor<i32>
    %1542 = stablehlo.constant dense<-1> : tensor<i32>
    %1543 = stablehlo.add %5, %1542 : tensor<i32>
    %1544 = stablehlo.broadcast_in_dim %1543, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1545 = stablehlo.iota dim = 0 : tensor<512xi32>
    %1546 = stablehlo.constant dense<512> : tensor<512xi32>
    %1547 = stablehlo.subtract %1544, %1545 : tensor<512xi32>
    %1548 = stablehlo.add %1547, %1546 : tensor<512xi32>
    %1549 = stablehlo.constant dense<512> : tensor<512xi32>
    %1550 = stablehlo.divide %1548, %1549 : tensor<512xi32>
    %1551 = stablehlo.multiply %1550, %1549 : tensor<512xi32>
    %1552 = stablehlo.subtract %1548, %1551 : tensor<512xi32>
    %1553 = stablehlo.subtract %1544, %1552 : tensor<512xi32>
    %1554 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1555 = stablehlo.subtract %1553, %1554 : tensor<512xi32>
    %1556 = stablehlo.constant dense<0> : tensor<512xi32>
    %1557 = stablehlo.compare GE, %1555, %1556 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %1558 = stablehlo.add %1555, %1546 : tensor<512xi32>
    %1559 = stablehlo.select %1557, %1558, %1545 : tensor<512xi1>, tensor<512xi32>
    %1560 = stablehlo.concatenate %1538, %1503, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %1561 = stablehlo.reshape %1559 : (tensor<512xi32>) -> tensor<512x1xi32>
    %1562 = "stablehlo.gather"(%1560, %1561) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %1563 = stablehlo.reshape %1562 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1564 = stablehlo.dynamic_update_slice %1459, %1563, %1539, %1540, %1541, %1541, %1541 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1565 = stablehlo.reshape %1508 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %1566 = stablehlo.convert %arg209 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1567 = stablehlo.dot_general %1565, %1566, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %1568 = stablehlo.composite "mlxla.rms_norm" %1567, %arg210 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1569 = stablehlo.add %1487, %1568 : tensor<8x1152xf32>
    %1570 = stablehlo.composite "mlxla.rms_norm" %1569, %arg211 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1571 = stablehlo.convert %arg213 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1572 = stablehlo.dot_general %1570, %1571, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1573 = stablehlo.multiply %1572, %1572 : tensor<8x6912xf32>
    %1574 = stablehlo.multiply %1573, %1572 : tensor<8x6912xf32>
    %1575 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %1576 = stablehlo.multiply %1574, %1575 : tensor<8x6912xf32>
    %1577 = stablehlo.add %1572, %1576 : tensor<8x6912xf32>
    %1578 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %1579 = stablehlo.multiply %1577, %1578 : tensor<8x6912xf32>
    %1580 = stablehlo.tanh %1579 : tensor<8x6912xf32>
    %1581 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %1582 = stablehlo.add %1580, %1581 : tensor<8x6912xf32>
    %1583 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %1584 = stablehlo.multiply %1572, %1583 : tensor<8x6912xf32>
    %1585 = stablehlo.multiply %1584, %1582 : tensor<8x6912xf32>
    %1586 = stablehlo.convert %arg214 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1587 = stablehlo.dot_general %1570, %1586, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1588 = stablehlo.multiply %1585, %1587 : tensor<8x6912xf32>
    %1589 = stablehlo.convert %arg215 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1590 = stablehlo.dot_general %1588, %1589, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %1591 = stablehlo.composite "mlxla.rms_norm" %1590, %arg212 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1592 = stablehlo.add %1569, %1591 : tensor<8x1152xf32>
    %1593 = stablehlo.composite "mlxla.rms_norm" %1592, %arg216 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1594 = stablehlo.convert %arg217 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1595 = stablehlo.dot_general %1593, %1594, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %1596 = stablehlo.reshape %1595 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %1597 = stablehlo.composite "mlxla.rms_norm" %1596, %arg220 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %1598 = stablehlo.composite "mlxla.rope" %1597, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %1599 = stablehlo.convert %arg218 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1600 = stablehlo.dot_general %1593, %1599, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1601 = stablehlo.reshape %1600 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1602 = stablehlo.composite "mlxla.rms_norm" %1601, %arg221 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %1603 = stablehlo.composite "mlxla.rope" %1602, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %1604 = stablehlo.convert %arg219 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1605 = stablehlo.dot_general %1593, %1604, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1606 = stablehlo.reshape %1605 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1607 = stablehlo.convert %1603 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1608 = stablehlo.convert %1606 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1609 = stablehlo.slice %1536 [14:15, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1610 = stablehlo.reshape %1609 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1611 = stablehlo.slice %1564 [14:15, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1612 = stablehlo.reshape %1611 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1613 = stablehlo.composite "mlxla.window_attention" %1598, %1610, %1612, %1607, %1608, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %1614 = stablehlo.slice %1536 [14:15, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1615 = stablehlo.reshape %1614 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1616 = stablehlo.constant dense<14> : tensor<i32>
    %1617 = stablehlo.constant dense<0> : tensor<i32>
    %1618 = stablehlo.constant dense<0> : tensor<i32>
    %1619 = stablehlo.constant dense<-1> : tensor<i32>
    %1620 = stablehlo.add %5, %1619 : tensor<i32>
    %1621 = stablehlo.broadcast_in_dim %1620, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1622 = stablehlo.iota dim = 0 : tensor<512xi32>
    %1623 = stablehlo.constant dense<512> : tensor<512xi32>
    %1624 = stablehlo.subtract %1621, %1622 : tensor<512xi32>
    %1625 = stablehlo.add %1624, %1623 : tensor<512xi32>
    %1626 = stablehlo.constant dense<512> : tensor<512xi32>
    %1627 = stablehlo.divide %1625, %1626 : tensor<512xi32>
    %1628 = stablehlo.multiply %1627, %1626 : tensor<512xi32>
    %1629 = stablehlo.subtract %1625, %1628 : tensor<512xi32>
    %1630 = stablehlo.subtract %1621, %1629 : tensor<512xi32>
    %1631 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1632 = stablehlo.subtract %1630, %1631 : tensor<512xi32>
    %1633 = stablehlo.constant dense<0> : tensor<512xi32>
    %1634 = stablehlo.compare GE, %1632, %1633 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %1635 = stablehlo.add %1632, %1623 : tensor<512xi32>
    %1636 = stablehlo.select %1634, %1635, %1622 : tensor<512xi1>, tensor<512xi32>
    %1637 = stablehlo.concatenate %1615, %1607, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %1638 = stablehlo.reshape %1636 : (tensor<512xi32>) -> tensor<512x1xi32>
    %1639 = "stablehlo.gather"(%1637, %1638) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %1640 = stablehlo.reshape %1639 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1641 = stablehlo.dynamic_update_slice %1536, %1640, %1616, %1617, %1618, %1618, %1618 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1642 = stablehlo.slice %1564 [14:15, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1643 = stablehlo.reshape %1642 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1644 = stablehlo.constant dense<14> : tensor<i32>
    %1645 = stablehlo.constant dense<0> : tensor<i32>
    %1646 = stablehlo.constant dense<0> : tensor<i32>
    %1647 = stablehlo.constant dense<-1> : tensor<i32>
    %1648 = stablehlo.add %5, %1647 : tensor<i32>
    %1649 = stablehlo.broadcast_in_dim %1648, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1650 = stablehlo.iota dim = 0 : tensor<512xi32>
    %1651 = stablehlo.constant dense<512> : tensor<512xi32>
    %1652 = stablehlo.subtract %1649, %1650 : tensor<512xi32>
    %1653 = stablehlo.add %1652, %1651 : tensor<512xi32>
    %1654 = stablehlo.constant dense<512> : tensor<512xi32>
    %1655 = stablehlo.divide %1653, %1654 : tensor<512xi32>
    %1656 = stablehlo.multiply %1655, %1654 : tensor<512xi32>
    %1657 = stablehlo.subtract %1653, %1656 : tensor<512xi32>
    %1658 = stablehlo.subtract %1649, %1657 : tensor<512xi32>
    %1659 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1660 = stablehlo.subtract %1658, %1659 : tensor<512xi32>
    %1661 = stablehlo.constant dense<0> : tensor<512xi32>
    %1662 = stablehlo.compare GE, %1660, %1661 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %1663 = stablehlo.add %1660, %1651 : tensor<512xi32>
    %1664 = stablehlo.select %1662, %1663, %1650 : tensor<512xi1>, tensor<512xi32>
    %1665 = stablehlo.concatenate %1643, %1608, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %1666 = stablehlo.reshape %1664 : (tensor<512xi32>) -> tensor<512x1xi32>
    %1667 = "stablehlo.gather"(%1665, %1666) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %1668 = stablehlo.reshape %1667 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1669 = stablehlo.dynamic_update_slice %1564, %1668, %1644, %1645, %1646, %1646, %1646 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1670 = stablehlo.reshape %1613 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %1671 = stablehlo.convert %arg222 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1672 = stablehlo.dot_general %1670, %1671, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %1673 = stablehlo.composite "mlxla.rms_norm" %1672, %arg223 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1674 = stablehlo.add %1592, %1673 : tensor<8x1152xf32>
    %1675 = stablehlo.composite "mlxla.rms_norm" %1674, %arg224 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1676 = stablehlo.convert %arg226 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1677 = stablehlo.dot_general %1675, %1676, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1678 = stablehlo.multiply %1677, %1677 : tensor<8x6912xf32>
    %1679 = stablehlo.multiply %1678, %1677 : tensor<8x6912xf32>
    %1680 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %1681 = stablehlo.multiply %1679, %1680 : tensor<8x6912xf32>
    %1682 = stablehlo.add %1677, %1681 : tensor<8x6912xf32>
    %1683 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %1684 = stablehlo.multiply %1682, %1683 : tensor<8x6912xf32>
    %1685 = stablehlo.tanh %1684 : tensor<8x6912xf32>
    %1686 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %1687 = stablehlo.add %1685, %1686 : tensor<8x6912xf32>
    %1688 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %1689 = stablehlo.multiply %1677, %1688 : tensor<8x6912xf32>
    %1690 = stablehlo.multiply %1689, %1687 : tensor<8x6912xf32>
    %1691 = stablehlo.convert %arg227 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1692 = stablehlo.dot_general %1675, %1691, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1693 = stablehlo.multiply %1690, %1692 : tensor<8x6912xf32>
    %1694 = stablehlo.convert %arg228 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1695 = stablehlo.dot_general %1693, %1694, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %1696 = stablehlo.composite "mlxla.rms_norm" %1695, %arg225 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1697 = stablehlo.add %1674, %1696 : tensor<8x1152xf32>
    %1698 = stablehlo.composite "mlxla.rms_norm" %1697, %arg229 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1699 = stablehlo.convert %arg230 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1700 = stablehlo.dot_general %1698, %1699, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %1701 = stablehlo.reshape %1700 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %1702 = stablehlo.composite "mlxla.rms_norm" %1701, %arg233 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %1703 = stablehlo.composite "mlxla.rope" %1702, %2 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_faf82dd9b5a53760} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %1704 = stablehlo.convert %arg231 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1705 = stablehlo.dot_general %1698, %1704, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1706 = stablehlo.reshape %1705 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1707 = stablehlo.composite "mlxla.rms_norm" %1706, %arg234 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %1708 = stablehlo.composite "mlxla.rope" %1707, %2 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_faf82dd9b5a53760} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %1709 = stablehlo.convert %arg232 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1710 = stablehlo.dot_general %1698, %1709, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1711 = stablehlo.reshape %1710 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1712 = stablehlo.convert %1708 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1713 = stablehlo.convert %1711 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1714 = stablehlo.constant dense<2> : tensor<i32>
    %1715 = stablehlo.constant dense<0> : tensor<i32>
    %1716 = stablehlo.constant dense<0> : tensor<i32>
    %1717 = stablehlo.reshape %1712 : (tensor<8x1x256xf16>) -> tensor<1x1x8x1x256xf16>
    %1718 = stablehlo.dynamic_update_slice %1137, %1717, %1714, %1716, %arg1, %1715, %1715 : (tensor<4x1x640x1x256xf16>, tensor<1x1x8x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %1719 = stablehlo.reshape %1713 : (tensor<8x1x256xf16>) -> tensor<1x1x8x1x256xf16>
    %1720 = stablehlo.dynamic_update_slice %1139, %1719, %1714, %1716, %arg1, %1715, %1715 : (tensor<4x1x640x1x256xf16>, tensor<1x1x8x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %1721 = stablehlo.slice %1718 [2:3, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1722 = stablehlo.reshape %1721 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1723 = stablehlo.slice %1720 [2:3, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1724 = stablehlo.reshape %1723 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1725 = stablehlo.composite "mlxla.attention" %1703, %1722, %1724, %2, %5 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_8x4x256xf32_640x1x256xf16_640x1x256xf16_8xi32_i32_5d4d8ac1bce6e3f1} : (tensor<8x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %1726 = stablehlo.reshape %1725 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %1727 = stablehlo.convert %arg235 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1728 = stablehlo.dot_general %1726, %1727, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %1729 = stablehlo.composite "mlxla.rms_norm" %1728, %arg236 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1730 = stablehlo.add %1697, %1729 : tensor<8x1152xf32>
    %1731 = stablehlo.composite "mlxla.rms_norm" %1730, %arg237 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1732 = stablehlo.convert %arg239 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1733 = stablehlo.dot_general %1731, %1732, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1734 = stablehlo.multiply %1733, %1733 : tensor<8x6912xf32>
    %1735 = stablehlo.multiply %1734, %1733 : tensor<8x6912xf32>
    %1736 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %1737 = stablehlo.multiply %1735, %1736 : tensor<8x6912xf32>
    %1738 = stablehlo.add %1733, %1737 : tensor<8x6912xf32>
    %1739 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %1740 = stablehlo.multiply %1738, %1739 : tensor<8x6912xf32>
    %1741 = stablehlo.tanh %1740 : tensor<8x6912xf32>
    %1742 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %1743 = stablehlo.add %1741, %1742 : tensor<8x6912xf32>
    %1744 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %1745 = stablehlo.multiply %1733, %1744 : tensor<8x6912xf32>
    %1746 = stablehlo.multiply %1745, %1743 : tensor<8x6912xf32>
    %1747 = stablehlo.convert %arg240 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1748 = stablehlo.dot_general %1731, %1747, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1749 = stablehlo.multiply %1746, %1748 : tensor<8x6912xf32>
    %1750 = stablehlo.convert %arg241 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1751 = stablehlo.dot_general %1749, %1750, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %1752 = stablehlo.composite "mlxla.rms_norm" %1751, %arg238 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1753 = stablehlo.add %1730, %1752 : tensor<8x1152xf32>
    %1754 = stablehlo.composite "mlxla.rms_norm" %1753, %arg242 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1755 = stablehlo.convert %arg243 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1756 = stablehlo.dot_general %1754, %1755, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %1757 = stablehlo.reshape %1756 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %1758 = stablehlo.composite "mlxla.rms_norm" %1757, %arg246 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %1759 = stablehlo.composite "mlxla.rope" %1758, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %1760 = stablehlo.convert %arg244 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1761 = stablehlo.dot_general %1754, %1760, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1762 = stablehlo.reshape %1761 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1763 = stablehlo.composite "mlxla.rms_norm" %1762, %arg247 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %1764 = stablehlo.composite "mlxla.rope" %1763, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %1765 = stablehlo.convert %arg245 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1766 = stablehlo.dot_general %1754, %1765, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1767 = stablehlo.reshape %1766 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1768 = stablehlo.convert %1764 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1769 = stablehlo.convert %1767 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1770 = stablehlo.slice %1641 [15:16, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1771 = stablehlo.reshape %1770 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1772 = stablehlo.slice %1669 [15:16, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1773 = stablehlo.reshape %1772 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1774 = stablehlo.composite "mlxla.window_attention" %1759, %1771, %1773, %1768, %1769, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %1775 = stablehlo.slice %1641 [15:16, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1776 = stablehlo.reshape %1775 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1777 = stablehlo.constant dense<15> : tensor<i32>
    %1778 = stablehlo.constant dense<0> : tensor<i32>
    %1779 = stablehlo.constant dense<0> : tensor<i32>
    %1780 = stablehlo.constant dense<-1> : tensor<i32>
    %1781 = stablehlo.add %5, %1780 : tensor<i32>
    %1782 = stablehlo.broadcast_in_dim %1781, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1783 = stablehlo.iota dim = 0 : tensor<512xi32>
    %1784 = stablehlo.constant dense<512> : tensor<512xi32>
    %1785 = stablehlo.subtract %1782, %1783 : tensor<512xi32>
    %1786 = stablehlo.add %1785, %1784 : tensor<512xi32>
    %1787 = stablehlo.constant dense<512> : tensor<512xi32>
    %1788 = stablehlo.divide %1786, %1787 : tensor<512xi32>
    %1789 = stablehlo.multiply %1788, %1787 : tensor<512xi32>
    %1790 = stablehlo.subtract %1786, %1789 : tensor<512xi32>
    %1791 = stablehlo.subtract %1782, %1790 : tensor<512xi32>
    %1792 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1793 = stablehlo.subtract %1791, %1792 : tensor<512xi32>
    %1794 = stablehlo.constant dense<0> : tensor<512xi32>
    %1795 = stablehlo.compare GE, %1793, %1794 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %1796 = stablehlo.add %1793, %1784 : tensor<512xi32>
    %1797 = stablehlo.select %1795, %1796, %1783 : tensor<512xi1>, tensor<512xi32>
    %1798 = stablehlo.concatenate %1776, %1768, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %1799 = stablehlo.reshape %1797 : (tensor<512xi32>) -> tensor<512x1xi32>
    %1800 = "stablehlo.gather"(%1798, %1799) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %1801 = stablehlo.reshape %1800 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1802 = stablehlo.dynamic_update_slice %1641, %1801, %1777, %1778, %1779, %1779, %1779 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1803 = stablehlo.slice %1669 [15:16, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1804 = stablehlo.reshape %1803 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1805 = stablehlo.constant dense<15> : tensor<i32>
    %1806 = stablehlo.constant dense<0> : tensor<i32>
    %1807 = stablehlo.constant dense<0> : tensor<i32>
    %1808 = stablehlo.constant dense<-1> : tensor<i32>
    %1809 = stablehlo.add %5, %1808 : tensor<i32>
    %1810 = stablehlo.broadcast_in_dim %1809, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1811 = stablehlo.iota dim = 0 : tensor<512xi32>
    %1812 = stablehlo.constant dense<512> : tensor<512xi32>
    %1813 = stablehlo.subtract %1810, %1811 : tensor<512xi32>
    %1814 = stablehlo.add %1813, %1812 : tensor<512xi32>
    %1815 = stablehlo.constant dense<512> : tensor<512xi32>
    %1816 = stablehlo.divide %1814, %1815 : tensor<512xi32>
    %1817 = stablehlo.multiply %1816, %1815 : tensor<512xi32>
    %1818 = stablehlo.subtract %1814, %1817 : tensor<512xi32>
    %1819 = stablehlo.subtract %1810, %1818 : tensor<512xi32>
    %1820 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1821 = stablehlo.subtract %1819, %1820 : tensor<512xi32>
    %1822 = stablehlo.constant dense<0> : tensor<512xi32>
    %1823 = stablehlo.compare GE, %1821, %1822 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %1824 = stablehlo.add %1821, %1812 : tensor<512xi32>
    %1825 = stablehlo.select %1823, %1824, %1811 : tensor<512xi1>, tensor<512xi32>
    %1826 = stablehlo.concatenate %1804, %1769, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %1827 = stablehlo.reshape %1825 : (tensor<512xi32>) -> tensor<512x1xi32>
    %1828 = "stablehlo.gather"(%1826, %1827) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %1829 = stablehlo.reshape %1828 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1830 = stablehlo.dynamic_update_slice %1669, %1829, %1805, %1806, %1807, %1807, %1807 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1831 = stablehlo.reshape %1774 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %1832 = stablehlo.convert %arg248 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1833 = stablehlo.dot_general %1831, %1832, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %1834 = stablehlo.composite "mlxla.rms_norm" %1833, %arg249 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1835 = stablehlo.add %1753, %1834 : tensor<8x1152xf32>
    %1836 = stablehlo.composite "mlxla.rms_norm" %1835, %arg250 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1837 = stablehlo.convert %arg252 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1838 = stablehlo.dot_general %1836, %1837, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1839 = stablehlo.multiply %1838, %1838 : tensor<8x6912xf32>
    %1840 = stablehlo.multiply %1839, %1838 : tensor<8x6912xf32>
    %1841 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %1842 = stablehlo.multiply %1840, %1841 : tensor<8x6912xf32>
    %1843 = stablehlo.add %1838, %1842 : tensor<8x6912xf32>
    %1844 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %1845 = stablehlo.multiply %1843, %1844 : tensor<8x6912xf32>
    %1846 = stablehlo.tanh %1845 : tensor<8x6912xf32>
    %1847 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %1848 = stablehlo.add %1846, %1847 : tensor<8x6912xf32>
    %1849 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %1850 = stablehlo.multiply %1838, %1849 : tensor<8x6912xf32>
    %1851 = stablehlo.multiply %1850, %1848 : tensor<8x6912xf32>
    %1852 = stablehlo.convert %arg253 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1853 = stablehlo.dot_general %1836, %1852, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1854 = stablehlo.multiply %1851, %1853 : tensor<8x6912xf32>
    %1855 = stablehlo.convert %arg254 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1856 = stablehlo.dot_general %1854, %1855, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %1857 = stablehlo.composite "mlxla.rms_norm" %1856, %arg251 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1858 = stablehlo.add %1835, %1857 : tensor<8x1152xf32>
    %1859 = stablehlo.composite "mlxla.rms_norm" %1858, %arg255 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1860 = stablehlo.convert %arg256 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1861 = stablehlo.dot_general %1859, %1860, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %1862 = stablehlo.reshape %1861 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %1863 = stablehlo.composite "mlxla.rms_norm" %1862, %arg259 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %1864 = stablehlo.composite "mlxla.rope" %1863, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %1865 = stablehlo.convert %arg257 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1866 = stablehlo.dot_general %1859, %1865, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1867 = stablehlo.reshape %1866 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1868 = stablehlo.composite "mlxla.rms_norm" %1867, %arg260 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %1869 = stablehlo.composite "mlxla.rope" %1868, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %1870 = stablehlo.convert %arg258 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1871 = stablehlo.dot_general %1859, %1870, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1872 = stablehlo.reshape %1871 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1873 = stablehlo.convert %1869 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1874 = stablehlo.convert %1872 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1875 = stablehlo.slice %1802 [16:17, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1876 = stablehlo.reshape %1875 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1877 = stablehlo.slice %1830 [16:17, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1878 = stablehlo.reshape %1877 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1879 = stablehlo.composite "mlxla.window_attention" %1864, %1876, %1878, %1873, %1874, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %1880 = stablehlo.slice %1802 [16:17, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1881 = stablehlo.reshape %1880 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1882 = stablehlo.constant dense<16> : tensor<i32>
    %1883 = stablehlo.constant dense<0> : tensor<i32>
    %1884 = stablehlo.constant dense<0> : tensor<i32>
    %1885 = stablehlo.constant dense<-1> : tensor<i32>
    %1886 = stablehlo.add %5, %1885 : tensor<i32>
    %1887 = stablehlo.broadcast_in_dim %1886, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1888 = stablehlo.iota dim = 0 : tensor<512xi32>
    %1889 = stablehlo.constant dense<512> : tensor<512xi32>
    %1890 = stablehlo.subtract %1887, %1888 : tensor<512xi32>
    %1891 = stablehlo.add %1890, %1889 : tensor<512xi32>
    %1892 = stablehlo.constant dense<512> : tensor<512xi32>
    %1893 = stablehlo.divide %1891, %1892 : tensor<512xi32>
    %1894 = stablehlo.multiply %1893, %1892 : tensor<512xi32>
    %1895 = stablehlo.subtract %1891, %1894 : tensor<512xi32>
    %1896 = stablehlo.subtract %1887, %1895 : tensor<512xi32>
    %1897 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1898 = stablehlo.subtract %1896, %1897 : tensor<512xi32>
    %1899 = stablehlo.constant dense<0> : tensor<512xi32>
    %1900 = stablehlo.compare GE, %1898, %1899 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %1901 = stablehlo.add %1898, %1889 : tensor<512xi32>
    %1902 = stablehlo.select %1900, %1901, %1888 : tensor<512xi1>, tensor<512xi32>
    %1903 = stablehlo.concatenate %1881, %1873, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %1904 = stablehlo.reshape %1902 : (tensor<512xi32>) -> tensor<512x1xi32>
    %1905 = "stablehlo.gather"(%1903, %1904) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %1906 = stablehlo.reshape %1905 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1907 = stablehlo.dynamic_update_slice %1802, %1906, %1882, %1883, %1884, %1884, %1884 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1908 = stablehlo.slice %1830 [16:17, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1909 = stablehlo.reshape %1908 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1910 = stablehlo.constant dense<16> : tensor<i32>
    %1911 = stablehlo.constant dense<0> : tensor<i32>
    %1912 = stablehlo.constant dense<0> : tensor<i32>
    %1913 = stablehlo.constant dense<-1> : tensor<i32>
    %1914 = stablehlo.add %5, %1913 : tensor<i32>
    %1915 = stablehlo.broadcast_in_dim %1914, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1916 = stablehlo.iota dim = 0 : tensor<512xi32>
    %1917 = stablehlo.constant dense<512> : tensor<512xi32>
    %1918 = stablehlo.subtract %1915, %1916 : tensor<512xi32>
    %1919 = stablehlo.add %1918, %1917 : tensor<512xi32>
    %1920 = stablehlo.constant dense<512> : tensor<512xi32>
    %1921 = stablehlo.divide %1919, %1920 : tensor<512xi32>
    %1922 = stablehlo.multiply %1921, %1920 : tensor<512xi32>
    %1923 = stablehlo.subtract %1919, %1922 : tensor<512xi32>
    %1924 = stablehlo.subtract %1915, %1923 : tensor<512xi32>
    %1925 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1926 = stablehlo.subtract %1924, %1925 : tensor<512xi32>
    %1927 = stablehlo.constant dense<0> : tensor<512xi32>
    %1928 = stablehlo.compare GE, %1926, %1927 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %1929 = stablehlo.add %1926, %1917 : tensor<512xi32>
    %1930 = stablehlo.select %1928, %1929, %1916 : tensor<512xi1>, tensor<512xi32>
    %1931 = stablehlo.concatenate %1909, %1874, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %1932 = stablehlo.reshape %1930 : (tensor<512xi32>) -> tensor<512x1xi32>
    %1933 = "stablehlo.gather"(%1931, %1932) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %1934 = stablehlo.reshape %1933 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1935 = stablehlo.dynamic_update_slice %1830, %1934, %1910, %1911, %1912, %1912, %1912 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1936 = stablehlo.reshape %1879 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %1937 = stablehlo.convert %arg261 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1938 = stablehlo.dot_general %1936, %1937, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %1939 = stablehlo.composite "mlxla.rms_norm" %1938, %arg262 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1940 = stablehlo.add %1858, %1939 : tensor<8x1152xf32>
    %1941 = stablehlo.composite "mlxla.rms_norm" %1940, %arg263 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1942 = stablehlo.convert %arg265 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1943 = stablehlo.dot_general %1941, %1942, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1944 = stablehlo.multiply %1943, %1943 : tensor<8x6912xf32>
    %1945 = stablehlo.multiply %1944, %1943 : tensor<8x6912xf32>
    %1946 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %1947 = stablehlo.multiply %1945, %1946 : tensor<8x6912xf32>
    %1948 = stablehlo.add %1943, %1947 : tensor<8x6912xf32>
    %1949 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %1950 = stablehlo.multiply %1948, %1949 : tensor<8x6912xf32>
    %1951 = stablehlo.tanh %1950 : tensor<8x6912xf32>
    %1952 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %1953 = stablehlo.add %1951, %1952 : tensor<8x6912xf32>
    %1954 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %1955 = stablehlo.multiply %1943, %1954 : tensor<8x6912xf32>
    %1956 = stablehlo.multiply %1955, %1953 : tensor<8x6912xf32>
    %1957 = stablehlo.convert %arg266 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1958 = stablehlo.dot_general %1941, %1957, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %1959 = stablehlo.multiply %1956, %1958 : tensor<8x6912xf32>
    %1960 = stablehlo.convert %arg267 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1961 = stablehlo.dot_general %1959, %1960, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %1962 = stablehlo.composite "mlxla.rms_norm" %1961, %arg264 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1963 = stablehlo.add %1940, %1962 : tensor<8x1152xf32>
    %1964 = stablehlo.composite "mlxla.rms_norm" %1963, %arg268 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %1965 = stablehlo.convert %arg269 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1966 = stablehlo.dot_general %1964, %1965, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %1967 = stablehlo.reshape %1966 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %1968 = stablehlo.composite "mlxla.rms_norm" %1967, %arg272 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %1969 = stablehlo.composite "mlxla.rope" %1968, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %1970 = stablehlo.convert %arg270 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1971 = stablehlo.dot_general %1964, %1970, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1972 = stablehlo.reshape %1971 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1973 = stablehlo.composite "mlxla.rms_norm" %1972, %arg273 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %1974 = stablehlo.composite "mlxla.rope" %1973, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %1975 = stablehlo.convert %arg271 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1976 = stablehlo.dot_general %1964, %1975, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %1977 = stablehlo.reshape %1976 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %1978 = stablehlo.convert %1974 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1979 = stablehlo.convert %1977 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %1980 = stablehlo.slice %1907 [17:18, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1981 = stablehlo.reshape %1980 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1982 = stablehlo.slice %1935 [17:18, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1983 = stablehlo.reshape %1982 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1984 = stablehlo.composite "mlxla.window_attention" %1969, %1981, %1983, %1978, %1979, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %1985 = stablehlo.slice %1907 [17:18, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1986 = stablehlo.reshape %1985 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1987 = stablehlo.constant dense<17> : tensor<i32>
    %1988 = stablehlo.constant dense<0> : tensor<i32>
    %1989 = stablehlo.constant dense<0> : tensor<i32>
    %1990 = stablehlo.constant dense<-1> : tensor<i32>
    %1991 = stablehlo.add %5, %1990 : tensor<i32>
    %1992 = stablehlo.broadcast_in_dim %1991, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %1993 = stablehlo.iota dim = 0 : tensor<512xi32>
    %1994 = stablehlo.constant dense<512> : tensor<512xi32>
    %1995 = stablehlo.subtract %1992, %1993 : tensor<512xi32>
    %1996 = stablehlo.add %1995, %1994 : tensor<512xi32>
    %1997 = stablehlo.constant dense<512> : tensor<512xi32>
    %1998 = stablehlo.divide %1996, %1997 : tensor<512xi32>
    %1999 = stablehlo.multiply %1998, %1997 : tensor<512xi32>
    %2000 = stablehlo.subtract %1996, %1999 : tensor<512xi32>
    %2001 = stablehlo.subtract %1992, %2000 : tensor<512xi32>
    %2002 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2003 = stablehlo.subtract %2001, %2002 : tensor<512xi32>
    %2004 = stablehlo.constant dense<0> : tensor<512xi32>
    %2005 = stablehlo.compare GE, %2003, %2004 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %2006 = stablehlo.add %2003, %1994 : tensor<512xi32>
    %2007 = stablehlo.select %2005, %2006, %1993 : tensor<512xi1>, tensor<512xi32>
    %2008 = stablehlo.concatenate %1986, %1978, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %2009 = stablehlo.reshape %2007 : (tensor<512xi32>) -> tensor<512x1xi32>
    %2010 = "stablehlo.gather"(%2008, %2009) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %2011 = stablehlo.reshape %2010 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2012 = stablehlo.dynamic_update_slice %1907, %2011, %1987, %1988, %1989, %1989, %1989 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %2013 = stablehlo.slice %1935 [17:18, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2014 = stablehlo.reshape %2013 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2015 = stablehlo.constant dense<17> : tensor<i32>
    %2016 = stablehlo.constant dense<0> : tensor<i32>
    %2017 = stablehlo.constant dense<0> : tensor<i32>
    %2018 = stablehlo.constant dense<-1> : tensor<i32>
    %2019 = stablehlo.add %5, %2018 : tensor<i32>
    %2020 = stablehlo.broadcast_in_dim %2019, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2021 = stablehlo.iota dim = 0 : tensor<512xi32>
    %2022 = stablehlo.constant dense<512> : tensor<512xi32>
    %2023 = stablehlo.subtract %2020, %2021 : tensor<512xi32>
    %2024 = stablehlo.add %2023, %2022 : tensor<512xi32>
    %2025 = stablehlo.constant dense<512> : tensor<512xi32>
    %2026 = stablehlo.divide %2024, %2025 : tensor<512xi32>
    %2027 = stablehlo.multiply %2026, %2025 : tensor<512xi32>
    %2028 = stablehlo.subtract %2024, %2027 : tensor<512xi32>
    %2029 = stablehlo.subtract %2020, %2028 : tensor<512xi32>
    %2030 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2031 = stablehlo.subtract %2029, %2030 : tensor<512xi32>
    %2032 = stablehlo.constant dense<0> : tensor<512xi32>
    %2033 = stablehlo.compare GE, %2031, %2032 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %2034 = stablehlo.add %2031, %2022 : tensor<512xi32>
    %2035 = stablehlo.select %2033, %2034, %2021 : tensor<512xi1>, tensor<512xi32>
    %2036 = stablehlo.concatenate %2014, %1979, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %2037 = stablehlo.reshape %2035 : (tensor<512xi32>) -> tensor<512x1xi32>
    %2038 = "stablehlo.gather"(%2036, %2037) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %2039 = stablehlo.reshape %2038 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2040 = stablehlo.dynamic_update_slice %1935, %2039, %2015, %2016, %2017, %2017, %2017 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %2041 = stablehlo.reshape %1984 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %2042 = stablehlo.convert %arg274 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2043 = stablehlo.dot_general %2041, %2042, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %2044 = stablehlo.composite "mlxla.rms_norm" %2043, %arg275 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2045 = stablehlo.add %1963, %2044 : tensor<8x1152xf32>
    %2046 = stablehlo.composite "mlxla.rms_norm" %2045, %arg276 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2047 = stablehlo.convert %arg278 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2048 = stablehlo.dot_general %2046, %2047, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %2049 = stablehlo.multiply %2048, %2048 : tensor<8x6912xf32>
    %2050 = stablehlo.multiply %2049, %2048 : tensor<8x6912xf32>
    %2051 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %2052 = stablehlo.multiply %2050, %2051 : tensor<8x6912xf32>
    %2053 = stablehlo.add %2048, %2052 : tensor<8x6912xf32>
    %2054 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %2055 = stablehlo.multiply %2053, %2054 : tensor<8x6912xf32>
    %2056 = stablehlo.tanh %2055 : tensor<8x6912xf32>
    %2057 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %2058 = stablehlo.add %2056, %2057 : tensor<8x6912xf32>
    %2059 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %2060 = stablehlo.multiply %2048, %2059 : tensor<8x6912xf32>
    %2061 = stablehlo.multiply %2060, %2058 : tensor<8x6912xf32>
    %2062 = stablehlo.convert %arg279 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2063 = stablehlo.dot_general %2046, %2062, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %2064 = stablehlo.multiply %2061, %2063 : tensor<8x6912xf32>
    %2065 = stablehlo.convert %arg280 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2066 = stablehlo.dot_general %2064, %2065, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %2067 = stablehlo.composite "mlxla.rms_norm" %2066, %arg277 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2068 = stablehlo.add %2045, %2067 : tensor<8x1152xf32>
    %2069 = stablehlo.composite "mlxla.rms_norm" %2068, %arg281 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2070 = stablehlo.convert %arg282 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2071 = stablehlo.dot_general %2069, %2070, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %2072 = stablehlo.reshape %2071 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %2073 = stablehlo.composite "mlxla.rms_norm" %2072, %arg285 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %2074 = stablehlo.composite "mlxla.rope" %2073, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %2075 = stablehlo.convert %arg283 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2076 = stablehlo.dot_general %2069, %2075, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %2077 = stablehlo.reshape %2076 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %2078 = stablehlo.composite "mlxla.rms_norm" %2077, %arg286 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %2079 = stablehlo.composite "mlxla.rope" %2078, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %2080 = stablehlo.convert %arg284 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2081 = stablehlo.dot_general %2069, %2080, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %2082 = stablehlo.reshape %2081 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %2083 = stablehlo.convert %2079 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %2084 = stablehlo.convert %2082 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %2085 = stablehlo.slice %2012 [18:19, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2086 = stablehlo.reshape %2085 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2087 = stablehlo.slice %2040 [18:19, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2088 = stablehlo.reshape %2087 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2089 = stablehlo.composite "mlxla.window_attention" %2074, %2086, %2088, %2083, %2084, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %2090 = stablehlo.slice %2012 [18:19, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2091 = stablehlo.reshape %2090 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2092 = stablehlo.constant dense<18> : tensor<i32>
    %2093 = stablehlo.constant dense<0> : tensor<i32>
    %2094 = stablehlo.constant dense<0> : tensor<i32>
    %2095 = stablehlo.constant dense<-1> : tensor<i32>
    %2096 = stablehlo.add %5, %2095 : tensor<i32>
    %2097 = stablehlo.broadcast_in_dim %2096, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2098 = stablehlo.iota dim = 0 : tensor<512xi32>
    %2099 = stablehlo.constant dense<512> : tensor<512xi32>
    %2100 = stablehlo.subtract %2097, %2098 : tensor<512xi32>
    %2101 = stablehlo.add %2100, %2099 : tensor<512xi32>
    %2102 = stablehlo.constant dense<512> : tensor<512xi32>
    %2103 = stablehlo.divide %2101, %2102 : tensor<512xi32>
    %2104 = stablehlo.multiply %2103, %2102 : tensor<512xi32>
    %2105 = stablehlo.subtract %2101, %2104 : tensor<512xi32>
    %2106 = stablehlo.subtract %2097, %2105 : tensor<512xi32>
    %2107 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2108 = stablehlo.subtract %2106, %2107 : tensor<512xi32>
    %2109 = stablehlo.constant dense<0> : tensor<512xi32>
    %2110 = stablehlo.compare GE, %2108, %2109 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %2111 = stablehlo.add %2108, %2099 : tensor<512xi32>
    %2112 = stablehlo.select %2110, %2111, %2098 : tensor<512xi1>, tensor<512xi32>
    %2113 = stablehlo.concatenate %2091, %2083, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %2114 = stablehlo.reshape %2112 : (tensor<512xi32>) -> tensor<512x1xi32>
    %2115 = "stablehlo.gather"(%2113, %2114) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %2116 = stablehlo.reshape %2115 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2117 = stablehlo.dynamic_update_slice %2012, %2116, %2092, %2093, %2094, %2094, %2094 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %2118 = stablehlo.slice %2040 [18:19, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2119 = stablehlo.reshape %2118 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2120 = stablehlo.constant dense<18> : tensor<i32>
    %2121 = stablehlo.constant dense<0> : tensor<i32>
    %2122 = stablehlo.constant dense<0> : tensor<i32>
    %2123 = stablehlo.constant dense<-1> : tensor<i32>
    %2124 = stablehlo.add %5, %2123 : tensor<i32>
    %2125 = stablehlo.broadcast_in_dim %2124, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2126 = stablehlo.iota dim = 0 : tensor<512xi32>
    %2127 = stablehlo.constant dense<512> : tensor<512xi32>
    %2128 = stablehlo.subtract %2125, %2126 : tensor<512xi32>
    %2129 = stablehlo.add %2128, %2127 : tensor<512xi32>
    %2130 = stablehlo.constant dense<512> : tensor<512xi32>
    %2131 = stablehlo.divide %2129, %2130 : tensor<512xi32>
    %2132 = stablehlo.multiply %2131, %2130 : tensor<512xi32>
    %2133 = stablehlo.subtract %2129, %2132 : tensor<512xi32>
    %2134 = stablehlo.subtract %2125, %2133 : tensor<512xi32>
    %2135 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2136 = stablehlo.subtract %2134, %2135 : tensor<512xi32>
    %2137 = stablehlo.constant dense<0> : tensor<512xi32>
    %2138 = stablehlo.compare GE, %2136, %2137 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %2139 = stablehlo.add %2136, %2127 : tensor<512xi32>
    %2140 = stablehlo.select %2138, %2139, %2126 : tensor<512xi1>, tensor<512xi32>
    %2141 = stablehlo.concatenate %2119, %2084, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %2142 = stablehlo.reshape %2140 : (tensor<512xi32>) -> tensor<512x1xi32>
    %2143 = "stablehlo.gather"(%2141, %2142) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %2144 = stablehlo.reshape %2143 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2145 = stablehlo.dynamic_update_slice %2040, %2144, %2120, %2121, %2122, %2122, %2122 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %2146 = stablehlo.reshape %2089 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %2147 = stablehlo.convert %arg287 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2148 = stablehlo.dot_general %2146, %2147, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %2149 = stablehlo.composite "mlxla.rms_norm" %2148, %arg288 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2150 = stablehlo.add %2068, %2149 : tensor<8x1152xf32>
    %2151 = stablehlo.composite "mlxla.rms_norm" %2150, %arg289 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2152 = stablehlo.convert %arg291 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2153 = stablehlo.dot_general %2151, %2152, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %2154 = stablehlo.multiply %2153, %2153 : tensor<8x6912xf32>
    %2155 = stablehlo.multiply %2154, %2153 : tensor<8x6912xf32>
    %2156 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %2157 = stablehlo.multiply %2155, %2156 : tensor<8x6912xf32>
    %2158 = stablehlo.add %2153, %2157 : tensor<8x6912xf32>
    %2159 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %2160 = stablehlo.multiply %2158, %2159 : tensor<8x6912xf32>
    %2161 = stablehlo.tanh %2160 : tensor<8x6912xf32>
    %2162 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %2163 = stablehlo.add %2161, %2162 : tensor<8x6912xf32>
    %2164 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %2165 = stablehlo.multiply %2153, %2164 : tensor<8x6912xf32>
    %2166 = stablehlo.multiply %2165, %2163 : tensor<8x6912xf32>
    %2167 = stablehlo.convert %arg292 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2168 = stablehlo.dot_general %2151, %2167, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %2169 = stablehlo.multiply %2166, %2168 : tensor<8x6912xf32>
    %2170 = stablehlo.convert %arg293 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2171 = stablehlo.dot_general %2169, %2170, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %2172 = stablehlo.composite "mlxla.rms_norm" %2171, %arg290 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2173 = stablehlo.add %2150, %2172 : tensor<8x1152xf32>
    %2174 = stablehlo.composite "mlxla.rms_norm" %2173, %arg294 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2175 = stablehlo.convert %arg295 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2176 = stablehlo.dot_general %2174, %2175, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %2177 = stablehlo.reshape %2176 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %2178 = stablehlo.composite "mlxla.rms_norm" %2177, %arg298 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %2179 = stablehlo.composite "mlxla.rope" %2178, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %2180 = stablehlo.convert %arg296 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2181 = stablehlo.dot_general %2174, %2180, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %2182 = stablehlo.reshape %2181 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %2183 = stablehlo.composite "mlxla.rms_norm" %2182, %arg299 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %2184 = stablehlo.composite "mlxla.rope" %2183, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %2185 = stablehlo.convert %arg297 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2186 = stablehlo.dot_general %2174, %2185, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %2187 = stablehlo.reshape %2186 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %2188 = stablehlo.convert %2184 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %2189 = stablehlo.convert %2187 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %2190 = stablehlo.slice %2117 [19:20, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2191 = stablehlo.reshape %2190 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2192 = stablehlo.slice %2145 [19:20, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2193 = stablehlo.reshape %2192 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2194 = stablehlo.composite "mlxla.window_attention" %2179, %2191, %2193, %2188, %2189, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %2195 = stablehlo.slice %2117 [19:20, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2196 = stablehlo.reshape %2195 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2197 = stablehlo.constant dense<19> : tensor<i32>
    %2198 = stablehlo.constant dense<0> : tensor<i32>
    %2199 = stablehlo.constant dense<0> : tensor<i32>
    %2200 = stablehlo.constant dense<-1> : tensor<i32>
    %2201 = stablehlo.add %5, %2200 : tensor<i32>
    %2202 = stablehlo.broadcast_in_dim %2201, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2203 = stablehlo.iota dim = 0 : tensor<512xi32>
    %2204 = stablehlo.constant dense<512> : tensor<512xi32>
    %2205 = stablehlo.subtract %2202, %2203 : tensor<512xi32>
    %2206 = stablehlo.add %2205, %2204 : tensor<512xi32>
    %2207 = stablehlo.constant dense<512> : tensor<512xi32>
    %2208 = stablehlo.divide %2206, %2207 : tensor<512xi32>
    %2209 = stablehlo.multiply %2208, %2207 : tensor<512xi32>
    %2210 = stablehlo.subtract %2206, %2209 : tensor<512xi32>
    %2211 = stablehlo.subtract %2202, %2210 : tensor<512xi32>
    %2212 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2213 = stablehlo.subtract %2211, %2212 : tensor<512xi32>
    %2214 = stablehlo.constant dense<0> : tensor<512xi32>
    %2215 = stablehlo.compare GE, %2213, %2214 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %2216 = stablehlo.add %2213, %2204 : tensor<512xi32>
    %2217 = stablehlo.select %2215, %2216, %2203 : tensor<512xi1>, tensor<512xi32>
    %2218 = stablehlo.concatenate %2196, %2188, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %2219 = stablehlo.reshape %2217 : (tensor<512xi32>) -> tensor<512x1xi32>
    %2220 = "stablehlo.gather"(%2218, %2219) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %2221 = stablehlo.reshape %2220 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2222 = stablehlo.dynamic_update_slice %2117, %2221, %2197, %2198, %2199, %2199, %2199 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %2223 = stablehlo.slice %2145 [19:20, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2224 = stablehlo.reshape %2223 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2225 = stablehlo.constant dense<19> : tensor<i32>
    %2226 = stablehlo.constant dense<0> : tensor<i32>
    %2227 = stablehlo.constant dense<0> : tensor<i32>
    %2228 = stablehlo.constant dense<-1> : tensor<i32>
    %2229 = stablehlo.add %5, %2228 : tensor<i32>
    %2230 = stablehlo.broadcast_in_dim %2229, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2231 = stablehlo.iota dim = 0 : tensor<512xi32>
    %2232 = stablehlo.constant dense<512> : tensor<512xi32>
    %2233 = stablehlo.subtract %2230, %2231 : tensor<512xi32>
    %2234 = stablehlo.add %2233, %2232 : tensor<512xi32>
    %2235 = stablehlo.constant dense<512> : tensor<512xi32>
    %2236 = stablehlo.divide %2234, %2235 : tensor<512xi32>
    %2237 = stablehlo.multiply %2236, %2235 : tensor<512xi32>
    %2238 = stablehlo.subtract %2234, %2237 : tensor<512xi32>
    %2239 = stablehlo.subtract %2230, %2238 : tensor<512xi32>
    %2240 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2241 = stablehlo.subtract %2239, %2240 : tensor<512xi32>
    %2242 = stablehlo.constant dense<0> : tensor<512xi32>
    %2243 = stablehlo.compare GE, %2241, %2242 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %2244 = stablehlo.add %2241, %2232 : tensor<512xi32>
    %2245 = stablehlo.select %2243, %2244, %2231 : tensor<512xi1>, tensor<512xi32>
    %2246 = stablehlo.concatenate %2224, %2189, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %2247 = stablehlo.reshape %2245 : (tensor<512xi32>) -> tensor<512x1xi32>
    %2248 = "stablehlo.gather"(%2246, %2247) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %2249 = stablehlo.reshape %2248 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2250 = stablehlo.dynamic_update_slice %2145, %2249, %2225, %2226, %2227, %2227, %2227 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %2251 = stablehlo.reshape %2194 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %2252 = stablehlo.convert %arg300 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2253 = stablehlo.dot_general %2251, %2252, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %2254 = stablehlo.composite "mlxla.rms_norm" %2253, %arg301 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2255 = stablehlo.add %2173, %2254 : tensor<8x1152xf32>
    %2256 = stablehlo.composite "mlxla.rms_norm" %2255, %arg302 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2257 = stablehlo.convert %arg304 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2258 = stablehlo.dot_general %2256, %2257, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %2259 = stablehlo.multiply %2258, %2258 : tensor<8x6912xf32>
    %2260 = stablehlo.multiply %2259, %2258 : tensor<8x6912xf32>
    %2261 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %2262 = stablehlo.multiply %2260, %2261 : tensor<8x6912xf32>
    %2263 = stablehlo.add %2258, %2262 : tensor<8x6912xf32>
    %2264 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %2265 = stablehlo.multiply %2263, %2264 : tensor<8x6912xf32>
    %2266 = stablehlo.tanh %2265 : tensor<8x6912xf32>
    %2267 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %2268 = stablehlo.add %2266, %2267 : tensor<8x6912xf32>
    %2269 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %2270 = stablehlo.multiply %2258, %2269 : tensor<8x6912xf32>
    %2271 = stablehlo.multiply %2270, %2268 : tensor<8x6912xf32>
    %2272 = stablehlo.convert %arg305 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2273 = stablehlo.dot_general %2256, %2272, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %2274 = stablehlo.multiply %2271, %2273 : tensor<8x6912xf32>
    %2275 = stablehlo.convert %arg306 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2276 = stablehlo.dot_general %2274, %2275, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %2277 = stablehlo.composite "mlxla.rms_norm" %2276, %arg303 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2278 = stablehlo.add %2255, %2277 : tensor<8x1152xf32>
    %2279 = stablehlo.composite "mlxla.rms_norm" %2278, %arg307 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2280 = stablehlo.convert %arg308 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2281 = stablehlo.dot_general %2279, %2280, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %2282 = stablehlo.reshape %2281 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %2283 = stablehlo.composite "mlxla.rms_norm" %2282, %arg311 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %2284 = stablehlo.composite "mlxla.rope" %2283, %2 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_faf82dd9b5a53760} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %2285 = stablehlo.convert %arg309 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2286 = stablehlo.dot_general %2279, %2285, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %2287 = stablehlo.reshape %2286 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %2288 = stablehlo.composite "mlxla.rms_norm" %2287, %arg312 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %2289 = stablehlo.composite "mlxla.rope" %2288, %2 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_faf82dd9b5a53760} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %2290 = stablehlo.convert %arg310 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2291 = stablehlo.dot_general %2279, %2290, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %2292 = stablehlo.reshape %2291 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %2293 = stablehlo.convert %2289 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %2294 = stablehlo.convert %2292 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %2295 = stablehlo.constant dense<3> : tensor<i32>
    %2296 = stablehlo.constant dense<0> : tensor<i32>
    %2297 = stablehlo.constant dense<0> : tensor<i32>
    %2298 = stablehlo.reshape %2293 : (tensor<8x1x256xf16>) -> tensor<1x1x8x1x256xf16>
    %2299 = stablehlo.dynamic_update_slice %1718, %2298, %2295, %2297, %arg1, %2296, %2296 : (tensor<4x1x640x1x256xf16>, tensor<1x1x8x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %2300 = stablehlo.reshape %2294 : (tensor<8x1x256xf16>) -> tensor<1x1x8x1x256xf16>
    %2301 = stablehlo.dynamic_update_slice %1720, %2300, %2295, %2297, %arg1, %2296, %2296 : (tensor<4x1x640x1x256xf16>, tensor<1x1x8x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %2302 = stablehlo.slice %2299 [3:4, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2303 = stablehlo.reshape %2302 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2304 = stablehlo.slice %2301 [3:4, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2305 = stablehlo.reshape %2304 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2306 = stablehlo.composite "mlxla.attention" %2284, %2303, %2305, %2, %5 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_8x4x256xf32_640x1x256xf16_640x1x256xf16_8xi32_i32_5d4d8ac1bce6e3f1} : (tensor<8x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %2307 = stablehlo.reshape %2306 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %2308 = stablehlo.convert %arg313 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2309 = stablehlo.dot_general %2307, %2308, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %2310 = stablehlo.composite "mlxla.rms_norm" %2309, %arg314 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2311 = stablehlo.add %2278, %2310 : tensor<8x1152xf32>
    %2312 = stablehlo.composite "mlxla.rms_norm" %2311, %arg315 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2313 = stablehlo.convert %arg317 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2314 = stablehlo.dot_general %2312, %2313, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %2315 = stablehlo.multiply %2314, %2314 : tensor<8x6912xf32>
    %2316 = stablehlo.multiply %2315, %2314 : tensor<8x6912xf32>
    %2317 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %2318 = stablehlo.multiply %2316, %2317 : tensor<8x6912xf32>
    %2319 = stablehlo.add %2314, %2318 : tensor<8x6912xf32>
    %2320 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %2321 = stablehlo.multiply %2319, %2320 : tensor<8x6912xf32>
    %2322 = stablehlo.tanh %2321 : tensor<8x6912xf32>
    %2323 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %2324 = stablehlo.add %2322, %2323 : tensor<8x6912xf32>
    %2325 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %2326 = stablehlo.multiply %2314, %2325 : tensor<8x6912xf32>
    %2327 = stablehlo.multiply %2326, %2324 : tensor<8x6912xf32>
    %2328 = stablehlo.convert %arg318 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2329 = stablehlo.dot_general %2312, %2328, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %2330 = stablehlo.multiply %2327, %2329 : tensor<8x6912xf32>
    %2331 = stablehlo.convert %arg319 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2332 = stablehlo.dot_general %2330, %2331, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %2333 = stablehlo.composite "mlxla.rms_norm" %2332, %arg316 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2334 = stablehlo.add %2311, %2333 : tensor<8x1152xf32>
    %2335 = stablehlo.composite "mlxla.rms_norm" %2334, %arg320 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2336 = stablehlo.convert %arg321 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2337 = stablehlo.dot_general %2335, %2336, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %2338 = stablehlo.reshape %2337 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %2339 = stablehlo.composite "mlxla.rms_norm" %2338, %arg324 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %2340 = stablehlo.composite "mlxla.rope" %2339, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %2341 = stablehlo.convert %arg322 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2342 = stablehlo.dot_general %2335, %2341, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %2343 = stablehlo.reshape %2342 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %2344 = stablehlo.composite "mlxla.rms_norm" %2343, %arg325 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %2345 = stablehlo.composite "mlxla.rope" %2344, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %2346 = stablehlo.convert %arg323 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2347 = stablehlo.dot_general %2335, %2346, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %2348 = stablehlo.reshape %2347 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %2349 = stablehlo.convert %2345 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %2350 = stablehlo.convert %2348 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %2351 = stablehlo.slice %2222 [20:21, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2352 = stablehlo.reshape %2351 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2353 = stablehlo.slice %2250 [20:21, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2354 = stablehlo.reshape %2353 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2355 = stablehlo.composite "mlxla.window_attention" %2340, %2352, %2354, %2349, %2350, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %2356 = stablehlo.slice %2222 [20:21, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2357 = stablehlo.reshape %2356 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2358 = stablehlo.constant dense<20> : tensor<i32>
    %2359 = stablehlo.constant dense<0> : tensor<i32>
    %2360 = stablehlo.constant dense<0> : tensor<i32>
    %2361 = stablehlo.constant dense<-1> : tensor<i32>
    %2362 = stablehlo.add %5, %2361 : tensor<i32>
    %2363 = stablehlo.broadcast_in_dim %2362, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2364 = stablehlo.iota dim = 0 : tensor<512xi32>
    %2365 = stablehlo.constant dense<512> : tensor<512xi32>
    %2366 = stablehlo.subtract %2363, %2364 : tensor<512xi32>
    %2367 = stablehlo.add %2366, %2365 : tensor<512xi32>
    %2368 = stablehlo.constant dense<512> : tensor<512xi32>
    %2369 = stablehlo.divide %2367, %2368 : tensor<512xi32>
    %2370 = stablehlo.multiply %2369, %2368 : tensor<512xi32>
    %2371 = stablehlo.subtract %2367, %2370 : tensor<512xi32>
    %2372 = stablehlo.subtract %2363, %2371 : tensor<512xi32>
    %2373 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2374 = stablehlo.subtract %2372, %2373 : tensor<512xi32>
    %2375 = stablehlo.constant dense<0> : tensor<512xi32>
    %2376 = stablehlo.compare GE, %2374, %2375 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %2377 = stablehlo.add %2374, %2365 : tensor<512xi32>
    %2378 = stablehlo.select %2376, %2377, %2364 : tensor<512xi1>, tensor<512xi32>
    %2379 = stablehlo.concatenate %2357, %2349, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %2380 = stablehlo.reshape %2378 : (tensor<512xi32>) -> tensor<512x1xi32>
    %2381 = "stablehlo.gather"(%2379, %2380) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %2382 = stablehlo.reshape %2381 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2383 = stablehlo.dynamic_update_slice %2222, %2382, %2358, %2359, %2360, %2360, %2360 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %2384 = stablehlo.slice %2250 [20:21, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2385 = stablehlo.reshape %2384 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2386 = stablehlo.constant dense<20> : tensor<i32>
    %2387 = stablehlo.constant dense<0> : tensor<i32>
    %2388 = stablehlo.constant dense<0> : tensor<i32>
    %2389 = stablehlo.constant dense<-1> : tensor<i32>
    %2390 = stablehlo.add %5, %2389 : tensor<i32>
    %2391 = stablehlo.broadcast_in_dim %2390, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2392 = stablehlo.iota dim = 0 : tensor<512xi32>
    %2393 = stablehlo.constant dense<512> : tensor<512xi32>
    %2394 = stablehlo.subtract %2391, %2392 : tensor<512xi32>
    %2395 = stablehlo.add %2394, %2393 : tensor<512xi32>
    %2396 = stablehlo.constant dense<512> : tensor<512xi32>
    %2397 = stablehlo.divide %2395, %2396 : tensor<512xi32>
    %2398 = stablehlo.multiply %2397, %2396 : tensor<512xi32>
    %2399 = stablehlo.subtract %2395, %2398 : tensor<512xi32>
    %2400 = stablehlo.subtract %2391, %2399 : tensor<512xi32>
    %2401 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2402 = stablehlo.subtract %2400, %2401 : tensor<512xi32>
    %2403 = stablehlo.constant dense<0> : tensor<512xi32>
    %2404 = stablehlo.compare GE, %2402, %2403 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %2405 = stablehlo.add %2402, %2393 : tensor<512xi32>
    %2406 = stablehlo.select %2404, %2405, %2392 : tensor<512xi1>, tensor<512xi32>
    %2407 = stablehlo.concatenate %2385, %2350, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %2408 = stablehlo.reshape %2406 : (tensor<512xi32>) -> tensor<512x1xi32>
    %2409 = "stablehlo.gather"(%2407, %2408) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %2410 = stablehlo.reshape %2409 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2411 = stablehlo.dynamic_update_slice %2250, %2410, %2386, %2387, %2388, %2388, %2388 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %2412 = stablehlo.reshape %2355 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %2413 = stablehlo.convert %arg326 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2414 = stablehlo.dot_general %2412, %2413, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %2415 = stablehlo.composite "mlxla.rms_norm" %2414, %arg327 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2416 = stablehlo.add %2334, %2415 : tensor<8x1152xf32>
    %2417 = stablehlo.composite "mlxla.rms_norm" %2416, %arg328 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2418 = stablehlo.convert %arg330 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2419 = stablehlo.dot_general %2417, %2418, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %2420 = stablehlo.multiply %2419, %2419 : tensor<8x6912xf32>
    %2421 = stablehlo.multiply %2420, %2419 : tensor<8x6912xf32>
    %2422 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %2423 = stablehlo.multiply %2421, %2422 : tensor<8x6912xf32>
    %2424 = stablehlo.add %2419, %2423 : tensor<8x6912xf32>
    %2425 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %2426 = stablehlo.multiply %2424, %2425 : tensor<8x6912xf32>
    %2427 = stablehlo.tanh %2426 : tensor<8x6912xf32>
    %2428 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %2429 = stablehlo.add %2427, %2428 : tensor<8x6912xf32>
    %2430 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %2431 = stablehlo.multiply %2419, %2430 : tensor<8x6912xf32>
    %2432 = stablehlo.multiply %2431, %2429 : tensor<8x6912xf32>
    %2433 = stablehlo.convert %arg331 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2434 = stablehlo.dot_general %2417, %2433, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %2435 = stablehlo.multiply %2432, %2434 : tensor<8x6912xf32>
    %2436 = stablehlo.convert %arg332 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2437 = stablehlo.dot_general %2435, %2436, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %2438 = stablehlo.composite "mlxla.rms_norm" %2437, %arg329 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2439 = stablehlo.add %2416, %2438 : tensor<8x1152xf32>
    %2440 = stablehlo.composite "mlxla.rms_norm" %2439, %arg333 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2441 = stablehlo.convert %arg334 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2442 = stablehlo.dot_general %2440, %2441, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<1024x1152xf32>) -> tensor<8x1024xf32>
    %2443 = stablehlo.reshape %2442 : (tensor<8x1024xf32>) -> tensor<8x4x256xf32>
    %2444 = stablehlo.composite "mlxla.rms_norm" %2443, %arg337 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x4x256xf32>, tensor<256xf32>) -> tensor<8x4x256xf32>
    %2445 = stablehlo.composite "mlxla.rope" %2444, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x256xf32>, tensor<8xi32>) -> tensor<8x4x256xf32>
    %2446 = stablehlo.convert %arg335 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2447 = stablehlo.dot_general %2440, %2446, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %2448 = stablehlo.reshape %2447 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %2449 = stablehlo.composite "mlxla.rms_norm" %2448, %arg338 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<8x1x256xf32>, tensor<256xf32>) -> tensor<8x1x256xf32>
    %2450 = stablehlo.composite "mlxla.rope" %2449, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74} : (tensor<8x1x256xf32>, tensor<8xi32>) -> tensor<8x1x256xf32>
    %2451 = stablehlo.convert %arg336 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2452 = stablehlo.dot_general %2440, %2451, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<256x1152xf32>) -> tensor<8x256xf32>
    %2453 = stablehlo.reshape %2452 : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %2454 = stablehlo.convert %2450 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %2455 = stablehlo.convert %2453 : (tensor<8x1x256xf32>) -> tensor<8x1x256xf16>
    %2456 = stablehlo.slice %2383 [21:22, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2457 = stablehlo.reshape %2456 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2458 = stablehlo.slice %2411 [21:22, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2459 = stablehlo.reshape %2458 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2460 = stablehlo.composite "mlxla.window_attention" %2445, %2457, %2459, %2454, %2455, %2, %5 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa} : (tensor<8x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<8x1x256xf16>, tensor<8x1x256xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x4x256xf32>
    %2461 = stablehlo.slice %2383 [21:22, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2462 = stablehlo.reshape %2461 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2463 = stablehlo.constant dense<21> : tensor<i32>
    %2464 = stablehlo.constant dense<0> : tensor<i32>
    %2465 = stablehlo.constant dense<0> : tensor<i32>
    %2466 = stablehlo.constant dense<-1> : tensor<i32>
    %2467 = stablehlo.add %5, %2466 : tensor<i32>
    %2468 = stablehlo.broadcast_in_dim %2467, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2469 = stablehlo.iota dim = 0 : tensor<512xi32>
    %2470 = stablehlo.constant dense<512> : tensor<512xi32>
    %2471 = stablehlo.subtract %2468, %2469 : tensor<512xi32>
    %2472 = stablehlo.add %2471, %2470 : tensor<512xi32>
    %2473 = stablehlo.constant dense<512> : tensor<512xi32>
    %2474 = stablehlo.divide %2472, %2473 : tensor<512xi32>
    %2475 = stablehlo.multiply %2474, %2473 : tensor<512xi32>
    %2476 = stablehlo.subtract %2472, %2475 : tensor<512xi32>
    %2477 = stablehlo.subtract %2468, %2476 : tensor<512xi32>
    %2478 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2479 = stablehlo.subtract %2477, %2478 : tensor<512xi32>
    %2480 = stablehlo.constant dense<0> : tensor<512xi32>
    %2481 = stablehlo.compare GE, %2479, %2480 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %2482 = stablehlo.add %2479, %2470 : tensor<512xi32>
    %2483 = stablehlo.select %2481, %2482, %2469 : tensor<512xi1>, tensor<512xi32>
    %2484 = stablehlo.concatenate %2462, %2454, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %2485 = stablehlo.reshape %2483 : (tensor<512xi32>) -> tensor<512x1xi32>
    %2486 = "stablehlo.gather"(%2484, %2485) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %2487 = stablehlo.reshape %2486 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2488 = stablehlo.dynamic_update_slice %2383, %2487, %2463, %2464, %2465, %2465, %2465 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %2489 = stablehlo.slice %2411 [21:22, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2490 = stablehlo.reshape %2489 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2491 = stablehlo.constant dense<21> : tensor<i32>
    %2492 = stablehlo.constant dense<0> : tensor<i32>
    %2493 = stablehlo.constant dense<0> : tensor<i32>
    %2494 = stablehlo.constant dense<-1> : tensor<i32>
    %2495 = stablehlo.add %5, %2494 : tensor<i32>
    %2496 = stablehlo.broadcast_in_dim %2495, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2497 = stablehlo.iota dim = 0 : tensor<512xi32>
    %2498 = stablehlo.constant dense<512> : tensor<512xi32>
    %2499 = stablehlo.subtract %2496, %2497 : tensor<512xi32>
    %2500 = stablehlo.add %2499, %2498 : tensor<512xi32>
    %2501 = stablehlo.constant dense<512> : tensor<512xi32>
    %2502 = stablehlo.divide %2500, %2501 : tensor<512xi32>
    %2503 = stablehlo.multiply %2502, %2501 : tensor<512xi32>
    %2504 = stablehlo.subtract %2500, %2503 : tensor<512xi32>
    %2505 = stablehlo.subtract %2496, %2504 : tensor<512xi32>
    %2506 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %2507 = stablehlo.subtract %2505, %2506 : tensor<512xi32>
    %2508 = stablehlo.constant dense<0> : tensor<512xi32>
    %2509 = stablehlo.compare GE, %2507, %2508 : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %2510 = stablehlo.add %2507, %2498 : tensor<512xi32>
    %2511 = stablehlo.select %2509, %2510, %2497 : tensor<512xi1>, tensor<512xi32>
    %2512 = stablehlo.concatenate %2490, %2455, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %2513 = stablehlo.reshape %2511 : (tensor<512xi32>) -> tensor<512x1xi32>
    %2514 = "stablehlo.gather"(%2512, %2513) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<520x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %2515 = stablehlo.reshape %2514 : (tensor<512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2516 = stablehlo.dynamic_update_slice %2411, %2515, %2491, %2492, %2493, %2493, %2493 : (tensor<22x1x512x1x256xf16>, tensor<1x1x512x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %2517 = stablehlo.reshape %2460 : (tensor<8x4x256xf32>) -> tensor<8x1024xf32>
    %2518 = stablehlo.convert %arg339 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2519 = stablehlo.dot_general %2517, %2518, contracting_dims = [1] x [1] : (tensor<8x1024xf32>, tensor<1152x1024xf32>) -> tensor<8x1152xf32>
    %2520 = stablehlo.composite "mlxla.rms_norm" %2519, %arg340 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2521 = stablehlo.add %2439, %2520 : tensor<8x1152xf32>
    %2522 = stablehlo.composite "mlxla.rms_norm" %2521, %arg341 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2523 = stablehlo.convert %arg343 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2524 = stablehlo.dot_general %2522, %2523, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %2525 = stablehlo.multiply %2524, %2524 : tensor<8x6912xf32>
    %2526 = stablehlo.multiply %2525, %2524 : tensor<8x6912xf32>
    %2527 = stablehlo.constant dense<0.044715> : tensor<8x6912xf32>
    %2528 = stablehlo.multiply %2526, %2527 : tensor<8x6912xf32>
    %2529 = stablehlo.add %2524, %2528 : tensor<8x6912xf32>
    %2530 = stablehlo.constant dense<0.7978846> : tensor<8x6912xf32>
    %2531 = stablehlo.multiply %2529, %2530 : tensor<8x6912xf32>
    %2532 = stablehlo.tanh %2531 : tensor<8x6912xf32>
    %2533 = stablehlo.constant dense<1.0> : tensor<8x6912xf32>
    %2534 = stablehlo.add %2532, %2533 : tensor<8x6912xf32>
    %2535 = stablehlo.constant dense<0.5> : tensor<8x6912xf32>
    %2536 = stablehlo.multiply %2524, %2535 : tensor<8x6912xf32>
    %2537 = stablehlo.multiply %2536, %2534 : tensor<8x6912xf32>
    %2538 = stablehlo.convert %arg344 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2539 = stablehlo.dot_general %2522, %2538, contracting_dims = [1] x [1] : (tensor<8x1152xf32>, tensor<6912x1152xf32>) -> tensor<8x6912xf32>
    %2540 = stablehlo.multiply %2537, %2539 : tensor<8x6912xf32>
    %2541 = stablehlo.convert %arg345 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2542 = stablehlo.dot_general %2540, %2541, contracting_dims = [1] x [1] : (tensor<8x6912xf32>, tensor<1152x6912xf32>) -> tensor<8x1152xf32>
    %2543 = stablehlo.composite "mlxla.rms_norm" %2542, %arg342 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<8x1152xf32>, tensor<1152xf32>) -> tensor<8x1152xf32>
    %2544 = stablehlo.add %2521, %2543 : tensor<8x1152xf32>
    %2545 = stablehlo.constant dense<0> : tensor<i32>
    %2546 = stablehlo.dynamic_slice %2544, %4, %2545, sizes = [1, 1152] : (tensor<8x1152xf32>, tensor<i32>, tensor<i32>) -> tensor<1x1152xf32>
    %2547 = stablehlo.composite "mlxla.rms_norm" %2546, %arg346 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %2548 = stablehlo.convert %arg7 : (tensor<262144x1152xbf16>) -> tensor<262144x1152xf32>
    %2549 = stablehlo.dot_general %2547, %2548, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<262144x1152xf32>) -> tensor<1x262144xf32>
    %2550 = stablehlo.composite "mlxla.argmax" %2549 {decomposition = @mlxla_argmax_1x262144xf32_cbf29ce484222325} : (tensor<1x262144xf32>) -> tensor<1xi32>
    return %2550, %2299, %2301, %2488, %2516 : tensor<1xi32>, tensor<4x1x640x1x256xf16>, tensor<4x1x640x1x256xf16>, tensor<22x1x512x1x256xf16>, tensor<22x1x512x1x256xf16>
  }
  func.func private @mlxla_rms_norm_8x1152xf32_1152xf32_dfd08a87bd568064(%arg0: tensor<8x1152xf32> {mlxla.name = "arg0"}, %arg1: tensor<1152xf32> {mlxla.name = "arg1"}) -> (tensor<8x1152xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<8x1152xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [1] : (tensor<8x1152xf32>, tensor<f32>) -> tensor<8xf32>
    %3 = stablehlo.constant dense<1152.0> : tensor<8xf32>
    %4 = stablehlo.divide %2, %3 : tensor<8xf32>
    %5 = stablehlo.constant dense<1.0e-06> : tensor<8xf32>
    %6 = stablehlo.add %4, %5 : tensor<8xf32>
    %7 = stablehlo.rsqrt %6 : tensor<8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0] : (tensor<8xf32>) -> tensor<8x1152xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<8x1152xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<1152xf32>) -> tensor<8x1152xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<8x1152xf32>
    return %11 : tensor<8x1152xf32>
  }
  func.func private @mlxla_rms_norm_8x4x256xf32_256xf32_dfd08a87bd568064(%arg0: tensor<8x4x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<256xf32> {mlxla.name = "arg1"}) -> (tensor<8x4x256xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<8x4x256xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [2] : (tensor<8x4x256xf32>, tensor<f32>) -> tensor<8x4xf32>
    %3 = stablehlo.constant dense<256.0> : tensor<8x4xf32>
    %4 = stablehlo.divide %2, %3 : tensor<8x4xf32>
    %5 = stablehlo.constant dense<1.0e-06> : tensor<8x4xf32>
    %6 = stablehlo.add %4, %5 : tensor<8x4xf32>
    %7 = stablehlo.rsqrt %6 : tensor<8x4xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<8x4xf32>) -> tensor<8x4x256xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<8x4x256xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [2] : (tensor<256xf32>) -> tensor<8x4x256xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<8x4x256xf32>
    return %11 : tensor<8x4x256xf32>
  }
  func.func private @mlxla_rope_8x4x256xf32_8xi32_e799d9b71a401c74(%arg0: tensor<8x4x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<8xi32> {mlxla.name = "arg1"}) -> (tensor<8x4x256xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<8xf32>) -> tensor<8x128xf32>
    %2 = stablehlo.constant dense<[1.0, 0.93057203, 0.86596435, 0.80584216, 0.7498942, 0.69783056, 0.64938164, 0.6042964, 0.56234133, 0.5232991, 0.48696753, 0.45315838, 0.4216965, 0.39241898, 0.3651741, 0.33982083, 0.31622776, 0.29427272, 0.27384198, 0.25482967, 0.23713738, 0.22067341, 0.2053525, 0.1910953, 0.17782794, 0.16548172, 0.15399265, 0.14330126, 0.13335215, 0.12409378, 0.115478195, 0.10746078, 0.1, 0.09305721, 0.08659643, 0.08058422, 0.07498942, 0.06978306, 0.064938165, 0.06042964, 0.056234132, 0.052329913, 0.048696753, 0.045315836, 0.04216965, 0.0392419, 0.03651741, 0.033982083, 0.031622775, 0.029427271, 0.027384195, 0.025482967, 0.023713738, 0.02206734, 0.020535251, 0.01910953, 0.017782794, 0.016548172, 0.015399265, 0.014330125, 0.013335214, 0.012409378, 0.01154782, 0.010746079, 0.01, 0.00930572, 0.008659643, 0.008058422, 0.0074989423, 0.006978306, 0.006493816, 0.006042964, 0.0056234132, 0.005232991, 0.0048696753, 0.0045315837, 0.004216965, 0.0039241896, 0.0036517412, 0.0033982084, 0.0031622776, 0.0029427272, 0.0027384197, 0.0025482967, 0.0023713738, 0.0022067341, 0.002053525, 0.001910953, 0.0017782794, 0.0016548171, 0.0015399265, 0.0014330125, 0.0013335214, 0.0012409377, 0.001154782, 0.0010746078, 0.001, 0.00093057205, 0.00086596434, 0.00080584217, 0.0007498942, 0.0006978306, 0.0006493816, 0.0006042964, 0.0005623413, 0.0005232991, 0.00048696753, 0.00045315837, 0.00042169652, 0.00039241897, 0.0003651741, 0.00033982084, 0.00031622776, 0.00029427273, 0.00027384196, 0.00025482968, 0.00023713737, 0.0002206734, 0.00020535251, 0.0001910953, 0.00017782794, 0.00016548172, 0.00015399266, 0.00014330125, 0.00013335215, 0.00012409377, 0.0001154782, 0.000107460786]> : tensor<128xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<128xf32>) -> tensor<8x128xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<8x128xf32>
    %5 = stablehlo.cosine %4 : tensor<8x128xf32>
    %6 = stablehlo.sine %4 : tensor<8x128xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x256xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x256xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x256xf32>) -> tensor<8x4x256xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<8x256xf32>) -> tensor<8x4x256xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:4, 0:128] : (tensor<8x4x256xf32>) -> tensor<8x4x128xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:4, 128:256] : (tensor<8x4x256xf32>) -> tensor<8x4x128xf32>
    %13 = stablehlo.negate %12 : tensor<8x4x128xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x4x128xf32>, tensor<8x4x128xf32>) -> tensor<8x4x256xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<8x4x256xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<8x4x256xf32>
    %17 = stablehlo.add %15, %16 : tensor<8x4x256xf32>
    return %17 : tensor<8x4x256xf32>
  }
  func.func private @mlxla_rms_norm_8x1x256xf32_256xf32_dfd08a87bd568064(%arg0: tensor<8x1x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<256xf32> {mlxla.name = "arg1"}) -> (tensor<8x1x256xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<8x1x256xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [2] : (tensor<8x1x256xf32>, tensor<f32>) -> tensor<8x1xf32>
    %3 = stablehlo.constant dense<256.0> : tensor<8x1xf32>
    %4 = stablehlo.divide %2, %3 : tensor<8x1xf32>
    %5 = stablehlo.constant dense<1.0e-06> : tensor<8x1xf32>
    %6 = stablehlo.add %4, %5 : tensor<8x1xf32>
    %7 = stablehlo.rsqrt %6 : tensor<8x1xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x256xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<8x1x256xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [2] : (tensor<256xf32>) -> tensor<8x1x256xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<8x1x256xf32>
    return %11 : tensor<8x1x256xf32>
  }
  func.func private @mlxla_rope_8x1x256xf32_8xi32_e799d9b71a401c74(%arg0: tensor<8x1x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<8xi32> {mlxla.name = "arg1"}) -> (tensor<8x1x256xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<8xf32>) -> tensor<8x128xf32>
    %2 = stablehlo.constant dense<[1.0, 0.93057203, 0.86596435, 0.80584216, 0.7498942, 0.69783056, 0.64938164, 0.6042964, 0.56234133, 0.5232991, 0.48696753, 0.45315838, 0.4216965, 0.39241898, 0.3651741, 0.33982083, 0.31622776, 0.29427272, 0.27384198, 0.25482967, 0.23713738, 0.22067341, 0.2053525, 0.1910953, 0.17782794, 0.16548172, 0.15399265, 0.14330126, 0.13335215, 0.12409378, 0.115478195, 0.10746078, 0.1, 0.09305721, 0.08659643, 0.08058422, 0.07498942, 0.06978306, 0.064938165, 0.06042964, 0.056234132, 0.052329913, 0.048696753, 0.045315836, 0.04216965, 0.0392419, 0.03651741, 0.033982083, 0.031622775, 0.029427271, 0.027384195, 0.025482967, 0.023713738, 0.02206734, 0.020535251, 0.01910953, 0.017782794, 0.016548172, 0.015399265, 0.014330125, 0.013335214, 0.012409378, 0.01154782, 0.010746079, 0.01, 0.00930572, 0.008659643, 0.008058422, 0.0074989423, 0.006978306, 0.006493816, 0.006042964, 0.0056234132, 0.005232991, 0.0048696753, 0.0045315837, 0.004216965, 0.0039241896, 0.0036517412, 0.0033982084, 0.0031622776, 0.0029427272, 0.0027384197, 0.0025482967, 0.0023713738, 0.0022067341, 0.002053525, 0.001910953, 0.0017782794, 0.0016548171, 0.0015399265, 0.0014330125, 0.0013335214, 0.0012409377, 0.001154782, 0.0010746078, 0.001, 0.00093057205, 0.00086596434, 0.00080584217, 0.0007498942, 0.0006978306, 0.0006493816, 0.0006042964, 0.0005623413, 0.0005232991, 0.00048696753, 0.00045315837, 0.00042169652, 0.00039241897, 0.0003651741, 0.00033982084, 0.00031622776, 0.00029427273, 0.00027384196, 0.00025482968, 0.00023713737, 0.0002206734, 0.00020535251, 0.0001910953, 0.00017782794, 0.00016548172, 0.00015399266, 0.00014330125, 0.00013335215, 0.00012409377, 0.0001154782, 0.000107460786]> : tensor<128xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<128xf32>) -> tensor<8x128xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<8x128xf32>
    %5 = stablehlo.cosine %4 : tensor<8x128xf32>
    %6 = stablehlo.sine %4 : tensor<8x128xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x256xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x256xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:1, 0:128] : (tensor<8x1x256xf32>) -> tensor<8x1x128xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:1, 128:256] : (tensor<8x1x256xf32>) -> tensor<8x1x128xf32>
    %13 = stablehlo.negate %12 : tensor<8x1x128xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x1x128xf32>, tensor<8x1x128xf32>) -> tensor<8x1x256xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<8x1x256xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<8x1x256xf32>
    %17 = stablehlo.add %15, %16 : tensor<8x1x256xf32>
    return %17 : tensor<8x1x256xf32>
  }
  func.func private @mlxla_window_attention_8x4x256xf32_512x1x256xf16_512x1x256xf16_8x1x256xf16_8x1x256xf16_8xi32_i32_dd446234a71a3dfa(%arg0: tensor<8x4x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<512x1x256xf16> {mlxla.name = "arg1"}, %arg2: tensor<512x1x256xf16> {mlxla.name = "arg2"}, %arg3: tensor<8x1x256xf16> {mlxla.name = "arg3"}, %arg4: tensor<8x1x256xf16> {mlxla.name = "arg4"}, %arg5: tensor<8xi32> {mlxla.name = "arg5"}, %arg6: tensor<i32> {mlxla.name = "arg6"}) -> (tensor<8x4x256xf32>) {
    %0 = stablehlo.slice %arg5 [0:1] : (tensor<8xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %3 = stablehlo.iota dim = 0 : tensor<512xi32>
    %4 = stablehlo.add %2, %3 : tensor<512xi32>
    %5 = stablehlo.constant dense<512> : tensor<512xi32>
    %6 = stablehlo.divide %4, %5 : tensor<512xi32>
    %7 = stablehlo.multiply %6, %5 : tensor<512xi32>
    %8 = stablehlo.subtract %4, %7 : tensor<512xi32>
    %9 = stablehlo.reshape %8 : (tensor<512xi32>) -> tensor<512x1xi32>
    %10 = "stablehlo.gather"(%arg1, %9) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<512x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %11 = "stablehlo.gather"(%arg2, %9) {dimension_numbers = #stablehlo.gather<offset_dims = [1, 2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 256>} : (tensor<512x1x256xf16>, tensor<512x1xi32>) -> tensor<512x1x256xf16>
    %12 = stablehlo.concatenate %10, %arg3, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %13 = stablehlo.concatenate %11, %arg4, dim = 0 : (tensor<512x1x256xf16>, tensor<8x1x256xf16>) -> tensor<520x1x256xf16>
    %14 = stablehlo.reshape %arg0 : (tensor<8x4x256xf32>) -> tensor<8x1x4x256xf32>
    %15 = stablehlo.convert %12 : (tensor<520x1x256xf16>) -> tensor<520x1x256xf32>
    %16 = stablehlo.convert %13 : (tensor<520x1x256xf16>) -> tensor<520x1x256xf32>
    %17 = stablehlo.dot_general %14, %15, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x1x4x256xf32>, tensor<520x1x256xf32>) -> tensor<1x8x4x520xf32>
    %18 = stablehlo.constant dense<0.0625> : tensor<1x8x4x520xf32>
    %19 = stablehlo.multiply %17, %18 : tensor<1x8x4x520xf32>
    %20 = stablehlo.constant dense<512> : tensor<i32>
    %21 = stablehlo.subtract %1, %20 : tensor<i32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<i32>) -> tensor<1x8x4x520xi32>
    %23 = stablehlo.iota dim = 3 : tensor<1x8x4x520xi32>
    %24 = stablehlo.add %22, %23 : tensor<1x8x4x520xi32>
    %25 = stablehlo.constant dense<1> : tensor<8xi32>
    %26 = stablehlo.add %arg5, %25 : tensor<8xi32>
    %27 = stablehlo.broadcast_in_dim %arg6, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %28 = stablehlo.minimum %26, %27 : tensor<8xi32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [1] : (tensor<8xi32>) -> tensor<1x8x4x520xi32>
    %30 = stablehlo.compare LT, %24, %29 : (tensor<1x8x4x520xi32>, tensor<1x8x4x520xi32>) -> tensor<1x8x4x520xi1>
    %31 = stablehlo.constant dense<512> : tensor<8xi32>
    %32 = stablehlo.subtract %26, %31 : tensor<8xi32>
    %33 = stablehlo.constant dense<0> : tensor<8xi32>
    %34 = stablehlo.maximum %32, %33 : tensor<8xi32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [1] : (tensor<8xi32>) -> tensor<1x8x4x520xi32>
    %36 = stablehlo.compare GE, %24, %35 : (tensor<1x8x4x520xi32>, tensor<1x8x4x520xi32>) -> tensor<1x8x4x520xi1>
    %37 = stablehlo.constant dense<-3.4028235e+38> : tensor<1x8x4x520xf32>
    %38 = stablehlo.select %36, %19, %37 : tensor<1x8x4x520xi1>, tensor<1x8x4x520xf32>
    %39 = stablehlo.constant dense<-3.4028235e+38> : tensor<1x8x4x520xf32>
    %40 = stablehlo.select %30, %38, %39 : tensor<1x8x4x520xi1>, tensor<1x8x4x520xf32>
    %41 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %42 = stablehlo.reduce(%40 init: %41) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x520xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %43 = stablehlo.broadcast_in_dim %42, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x520xf32>
    %44 = stablehlo.subtract %40, %43 : tensor<1x8x4x520xf32>
    %45 = stablehlo.exponential %44 : tensor<1x8x4x520xf32>
    %46 = stablehlo.constant dense<0.0> : tensor<f32>
    %47 = stablehlo.reduce(%45 init: %46) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x520xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x520xf32>
    %49 = stablehlo.divide %45, %48 : tensor<1x8x4x520xf32>
    %50 = stablehlo.dot_general %49, %16, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x8x4x520xf32>, tensor<520x1x256xf32>) -> tensor<1x8x4x256xf32>
    %51 = stablehlo.transpose %50, dims = [1, 0, 2, 3] : (tensor<1x8x4x256xf32>) -> tensor<8x1x4x256xf32>
    %52 = stablehlo.reshape %51 : (tensor<8x1x4x256xf32>) -> tensor<8x4x256xf32>
    return %52 : tensor<8x4x256xf32>
  }
  func.func private @mlxla_rope_8x4x256xf32_8xi32_faf82dd9b5a53760(%arg0: tensor<8x4x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<8xi32> {mlxla.name = "arg1"}) -> (tensor<8x4x256xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<8xf32>) -> tensor<8x128xf32>
    %2 = stablehlo.constant dense<[1.0, 0.89768714, 0.80584216, 0.72339416, 0.64938164, 0.58294153, 0.5232991, 0.46975887, 0.4216965, 0.3785515, 0.33982083, 0.3050528, 0.27384198, 0.24582441, 0.22067341, 0.19809568, 0.17782794, 0.15963386, 0.14330126, 0.1286397, 0.115478195, 0.103663296, 0.09305721, 0.08353625, 0.07498942, 0.06731704, 0.06042964, 0.05424691, 0.048696753, 0.04371445, 0.0392419, 0.035226945, 0.031622775, 0.02838736, 0.025482967, 0.022875732, 0.020535251, 0.01843423, 0.016548172, 0.01485508, 0.013335214, 0.011970851, 0.010746079, 0.009646616, 0.008659643, 0.0077736503, 0.006978306, 0.0062643355, 0.0056234132, 0.005048066, 0.0045315837, 0.0040679444, 0.0036517412, 0.0032781211, 0.0029427272, 0.0026416483, 0.0023713738, 0.0021287517, 0.001910953, 0.0017154379, 0.0015399265, 0.0013823722, 0.0012409377, 0.0011139739, 0.001, 0.00089768716, 0.00080584217, 0.00072339416, 0.0006493816, 0.0005829415, 0.0005232991, 0.00046975887, 0.00042169652, 0.00037855151, 0.00033982084, 0.0003050528, 0.00027384196, 0.0002458244, 0.0002206734, 0.00019809567, 0.00017782794, 0.00015963386, 0.00014330125, 0.00012863969, 0.0001154782, 0.00010366329, 9.3057206e-05, 8.353625e-05, 7.4989424e-05, 6.7317036e-05, 6.042964e-05, 5.424691e-05, 4.869675e-05, 4.3714448e-05, 3.92419e-05, 3.5226945e-05, 3.1622778e-05, 2.838736e-05, 2.5482968e-05, 2.2875733e-05, 2.053525e-05, 1.843423e-05, 1.654817e-05, 1.485508e-05, 1.3335214e-05, 1.197085e-05, 1.0746078e-05, 9.6466165e-06, 8.659643e-06, 7.77365e-06, 6.978306e-06, 6.2643353e-06, 5.6234135e-06, 5.0480658e-06, 4.5315837e-06, 4.0679442e-06, 3.6517413e-06, 3.278121e-06, 2.9427272e-06, 2.6416483e-06, 2.3713737e-06, 2.1287517e-06, 1.910953e-06, 1.7154379e-06, 1.5399265e-06, 1.3823723e-06, 1.2409378e-06, 1.1139739e-06]> : tensor<128xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<128xf32>) -> tensor<8x128xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<8x128xf32>
    %5 = stablehlo.cosine %4 : tensor<8x128xf32>
    %6 = stablehlo.sine %4 : tensor<8x128xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x256xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x256xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x256xf32>) -> tensor<8x4x256xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<8x256xf32>) -> tensor<8x4x256xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:4, 0:128] : (tensor<8x4x256xf32>) -> tensor<8x4x128xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:4, 128:256] : (tensor<8x4x256xf32>) -> tensor<8x4x128xf32>
    %13 = stablehlo.negate %12 : tensor<8x4x128xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x4x128xf32>, tensor<8x4x128xf32>) -> tensor<8x4x256xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<8x4x256xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<8x4x256xf32>
    %17 = stablehlo.add %15, %16 : tensor<8x4x256xf32>
    return %17 : tensor<8x4x256xf32>
  }
  func.func private @mlxla_rope_8x1x256xf32_8xi32_faf82dd9b5a53760(%arg0: tensor<8x1x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<8xi32> {mlxla.name = "arg1"}) -> (tensor<8x1x256xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<8xf32>) -> tensor<8x128xf32>
    %2 = stablehlo.constant dense<[1.0, 0.89768714, 0.80584216, 0.72339416, 0.64938164, 0.58294153, 0.5232991, 0.46975887, 0.4216965, 0.3785515, 0.33982083, 0.3050528, 0.27384198, 0.24582441, 0.22067341, 0.19809568, 0.17782794, 0.15963386, 0.14330126, 0.1286397, 0.115478195, 0.103663296, 0.09305721, 0.08353625, 0.07498942, 0.06731704, 0.06042964, 0.05424691, 0.048696753, 0.04371445, 0.0392419, 0.035226945, 0.031622775, 0.02838736, 0.025482967, 0.022875732, 0.020535251, 0.01843423, 0.016548172, 0.01485508, 0.013335214, 0.011970851, 0.010746079, 0.009646616, 0.008659643, 0.0077736503, 0.006978306, 0.0062643355, 0.0056234132, 0.005048066, 0.0045315837, 0.0040679444, 0.0036517412, 0.0032781211, 0.0029427272, 0.0026416483, 0.0023713738, 0.0021287517, 0.001910953, 0.0017154379, 0.0015399265, 0.0013823722, 0.0012409377, 0.0011139739, 0.001, 0.00089768716, 0.00080584217, 0.00072339416, 0.0006493816, 0.0005829415, 0.0005232991, 0.00046975887, 0.00042169652, 0.00037855151, 0.00033982084, 0.0003050528, 0.00027384196, 0.0002458244, 0.0002206734, 0.00019809567, 0.00017782794, 0.00015963386, 0.00014330125, 0.00012863969, 0.0001154782, 0.00010366329, 9.3057206e-05, 8.353625e-05, 7.4989424e-05, 6.7317036e-05, 6.042964e-05, 5.424691e-05, 4.869675e-05, 4.3714448e-05, 3.92419e-05, 3.5226945e-05, 3.1622778e-05, 2.838736e-05, 2.5482968e-05, 2.2875733e-05, 2.053525e-05, 1.843423e-05, 1.654817e-05, 1.485508e-05, 1.3335214e-05, 1.197085e-05, 1.0746078e-05, 9.6466165e-06, 8.659643e-06, 7.77365e-06, 6.978306e-06, 6.2643353e-06, 5.6234135e-06, 5.0480658e-06, 4.5315837e-06, 4.0679442e-06, 3.6517413e-06, 3.278121e-06, 2.9427272e-06, 2.6416483e-06, 2.3713737e-06, 2.1287517e-06, 1.910953e-06, 1.7154379e-06, 1.5399265e-06, 1.3823723e-06, 1.2409378e-06, 1.1139739e-06]> : tensor<128xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<128xf32>) -> tensor<8x128xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<8x128xf32>
    %5 = stablehlo.cosine %4 : tensor<8x128xf32>
    %6 = stablehlo.sine %4 : tensor<8x128xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x256xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x256xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<8x256xf32>) -> tensor<8x1x256xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:1, 0:128] : (tensor<8x1x256xf32>) -> tensor<8x1x128xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:1, 128:256] : (tensor<8x1x256xf32>) -> tensor<8x1x128xf32>
    %13 = stablehlo.negate %12 : tensor<8x1x128xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x1x128xf32>, tensor<8x1x128xf32>) -> tensor<8x1x256xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<8x1x256xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<8x1x256xf32>
    %17 = stablehlo.add %15, %16 : tensor<8x1x256xf32>
    return %17 : tensor<8x1x256xf32>
  }
  func.func private @mlxla_attention_8x4x256xf32_640x1x256xf16_640x1x256xf16_8xi32_i32_5d4d8ac1bce6e3f1(%arg0: tensor<8x4x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<640x1x256xf16> {mlxla.name = "arg1"}, %arg2: tensor<640x1x256xf16> {mlxla.name = "arg2"}, %arg3: tensor<8xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<8x4x256xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<8x4x256xf32>) -> tensor<8x1x4x256xf32>
    %1 = stablehlo.convert %arg1 : (tensor<640x1x256xf16>) -> tensor<640x1x256xf32>
    %2 = stablehlo.convert %arg2 : (tensor<640x1x256xf16>) -> tensor<640x1x256xf32>
    %3 = stablehlo.dot_general %0, %1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x1x4x256xf32>, tensor<640x1x256xf32>) -> tensor<1x8x4x640xf32>
    %4 = stablehlo.constant dense<0.0625> : tensor<1x8x4x640xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<1x8x4x640xf32>
    %6 = stablehlo.constant dense<1> : tensor<8xi32>
    %7 = stablehlo.add %arg3, %6 : tensor<8xi32>
    %8 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %9 = stablehlo.minimum %7, %8 : tensor<8xi32>
    %10 = stablehlo.iota dim = 3 : tensor<1x8x4x640xi32>
    %11 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<8xi32>) -> tensor<1x8x4x640xi32>
    %12 = stablehlo.compare LT, %10, %11 : (tensor<1x8x4x640xi32>, tensor<1x8x4x640xi32>) -> tensor<1x8x4x640xi1>
    %13 = stablehlo.constant dense<-3.4028235e+38> : tensor<1x8x4x640xf32>
    %14 = stablehlo.select %12, %5, %13 : tensor<1x8x4x640xi1>, tensor<1x8x4x640xf32>
    %15 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %16 = stablehlo.reduce(%14 init: %15) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x640xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x640xf32>
    %18 = stablehlo.subtract %14, %17 : tensor<1x8x4x640xf32>
    %19 = stablehlo.exponential %18 : tensor<1x8x4x640xf32>
    %20 = stablehlo.constant dense<0.0> : tensor<f32>
    %21 = stablehlo.reduce(%19 init: %20) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x640xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x640xf32>
    %23 = stablehlo.divide %19, %22 : tensor<1x8x4x640xf32>
    %24 = stablehlo.dot_general %23, %2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x8x4x640xf32>, tensor<640x1x256xf32>) -> tensor<1x8x4x256xf32>
    %25 = stablehlo.transpose %24, dims = [1, 0, 2, 3] : (tensor<1x8x4x256xf32>) -> tensor<8x1x4x256xf32>
    %26 = stablehlo.reshape %25 : (tensor<8x1x4x256xf32>) -> tensor<8x4x256xf32>
    return %26 : tensor<8x4x256xf32>
  }
  func.func private @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064(%arg0: tensor<1x1152xf32> {mlxla.name = "arg0"}, %arg1: tensor<1152xf32> {mlxla.name = "arg1"}) -> (tensor<1x1152xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<1x1152xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [1] : (tensor<1x1152xf32>, tensor<f32>) -> tensor<1xf32>
    %3 = stablehlo.constant dense<1152.0> : tensor<1xf32>
    %4 = stablehlo.divide %2, %3 : tensor<1xf32>
    %5 = stablehlo.constant dense<1.0e-06> : tensor<1xf32>
    %6 = stablehlo.add %4, %5 : tensor<1xf32>
    %7 = stablehlo.rsqrt %6 : tensor<1xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0] : (tensor<1xf32>) -> tensor<1x1152xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<1x1152xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<1152xf32>) -> tensor<1x1152xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<1x1152xf32>
    return %11 : tensor<1x1152xf32>
  }
  func.func private @mlxla_argmax_1x262144xf32_cbf29ce484222325(%arg0: tensor<1x262144xf32> {mlxla.name = "arg0"}) -> (tensor<1xi32>) {
    %0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1 = stablehlo.reduce(%arg0 init: %0) applies stablehlo.maximum across dimensions = [1] : (tensor<1x262144xf32>, tensor<f32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x262144xf32>
    %3 = stablehlo.compare EQ, %arg0, %2 : (tensor<1x262144xf32>, tensor<1x262144xf32>) -> tensor<1x262144xi1>
    %4 = stablehlo.iota dim = 1 : tensor<1x262144xi32>
    %5 = stablehlo.constant dense<262144> : tensor<1x262144xi32>
    %6 = stablehlo.select %3, %4, %5 : tensor<1x262144xi1>, tensor<1x262144xi32>
    %7 = stablehlo.constant dense<262144> : tensor<i32>
    %8 = stablehlo.reduce(%6 init: %7) applies stablehlo.minimum across dimensions = [1] : (tensor<1x262144xi32>, tensor<i32>) -> tensor<1xi32>
    return %8 : tensor<1xi32>
  }
}
