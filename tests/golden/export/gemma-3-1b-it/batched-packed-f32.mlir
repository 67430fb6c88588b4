module @mlxla {
  func.func @main(%arg0: tensor<2xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<4x2x640x1x256xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<4x2x640x1x256xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<22x2x512x1x256xf16> {mlxla.name = "k_window_cache", tf.aliasing_output = 3 : i32}, %arg5: tensor<22x2x512x1x256xf16> {mlxla.name = "v_window_cache", tf.aliasing_output = 4 : i32}, %arg6: tensor<262144x1152xbf16> {mlxla.name = "model.embed_tokens.weight"}, %arg7: tensor<1152xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg8: tensor<1024x1152xbf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg9: tensor<256x1152xbf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg10: tensor<256x1152xbf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg11: tensor<256xf32> {mlxla.name = "model.layers.0.self_attn.q_norm.weight"}, %arg12: tensor<256xf32> {mlxla.name = "model.layers.0.self_attn.k_norm.weight"}, %arg13: tensor<1152x1024xbf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg14: tensor<1152xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg15: tensor<1152xf32> {mlxla.name = "model.layers.0.pre_feedforward_layernorm.weight"}, %arg16: tensor<1152xf32> {mlxla.name = "model.layers.0.post_feedforward_layernorm.weight"}, %arg17: tensor<6912x1152xbf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg18: tensor<6912x1152xbf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg19: tensor<1152x6912xbf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg20: tensor<1152xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg21: tensor<1024x1152xbf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg22: tensor<256x1152xbf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg23: tensor<256x1152xbf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg24: tensor<256xf32> {mlxla.name = "model.layers.1.self_attn.q_norm.weight"}, %arg25: tensor<256xf32> {mlxla.name = "model.layers.1.self_attn.k_norm.weight"}, %arg26: tensor<1152x1024xbf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg27: tensor<1152xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg28: tensor<1152xf32> {mlxla.name = "model.layers.1.pre_feedforward_layernorm.weight"}, %arg29: tensor<1152xf32> {mlxla.name = "model.layers.1.post_feedforward_layernorm.weight"}, %arg30: tensor<6912x1152xbf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg31: tensor<6912x1152xbf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg32: tensor<1152x6912xbf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg33: tensor<1152xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg34: tensor<1024x1152xbf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg35: tensor<256x1152xbf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg36: tensor<256x1152xbf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg37: tensor<256xf32> {mlxla.name = "model.layers.2.self_attn.q_norm.weight"}, %arg38: tensor<256xf32> {mlxla.name = "model.layers.2.self_attn.k_norm.weight"}, %arg39: tensor<1152x1024xbf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg40: tensor<1152xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg41: tensor<1152xf32> {mlxla.name = "model.layers.2.pre_feedforward_layernorm.weight"}, %arg42: tensor<1152xf32> {mlxla.name = "model.layers.2.post_feedforward_layernorm.weight"}, %arg43: tensor<6912x1152xbf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg44: tensor<6912x1152xbf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg45: tensor<1152x6912xbf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg46: tensor<1152xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg47: tensor<1024x1152xbf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg48: tensor<256x1152xbf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg49: tensor<256x1152xbf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg50: tensor<256xf32> {mlxla.name = "model.layers.3.self_attn.q_norm.weight"}, %arg51: tensor<256xf32> {mlxla.name = "model.layers.3.self_attn.k_norm.weight"}, %arg52: tensor<1152x1024xbf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg53: tensor<1152xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg54: tensor<1152xf32> {mlxla.name = "model.layers.3.pre_feedforward_layernorm.weight"}, %arg55: tensor<1152xf32> {mlxla.name = "model.layers.3.post_feedforward_layernorm.weight"}, %arg56: tensor<6912x1152xbf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg57: tensor<6912x1152xbf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg58: tensor<1152x6912xbf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg59: tensor<1152xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg60: tensor<1024x1152xbf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg61: tensor<256x1152xbf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg62: tensor<256x1152xbf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg63: tensor<256xf32> {mlxla.name = "model.layers.4.self_attn.q_norm.weight"}, %arg64: tensor<256xf32> {mlxla.name = "model.layers.4.self_attn.k_norm.weight"}, %arg65: tensor<1152x1024xbf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg66: tensor<1152xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg67: tensor<1152xf32> {mlxla.name = "model.layers.4.pre_feedforward_layernorm.weight"}, %arg68: tensor<1152xf32> {mlxla.name = "model.layers.4.post_feedforward_layernorm.weight"}, %arg69: tensor<6912x1152xbf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg70: tensor<6912x1152xbf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg71: tensor<1152x6912xbf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg72: tensor<1152xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg73: tensor<1024x1152xbf16> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg74: tensor<256x1152xbf16> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg75: tensor<256x1152xbf16> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg76: tensor<256xf32> {mlxla.name = "model.layers.5.self_attn.q_norm.weight"}, %arg77: tensor<256xf32> {mlxla.name = "model.layers.5.self_attn.k_norm.weight"}, %arg78: tensor<1152x1024xbf16> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg79: tensor<1152xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg80: tensor<1152xf32> {mlxla.name = "model.layers.5.pre_feedforward_layernorm.weight"}, %arg81: tensor<1152xf32> {mlxla.name = "model.layers.5.post_feedforward_layernorm.weight"}, %arg82: tensor<6912x1152xbf16> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg83: tensor<6912x1152xbf16> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg84: tensor<1152x6912xbf16> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg85: tensor<1152xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg86: tensor<1024x1152xbf16> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg87: tensor<256x1152xbf16> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg88: tensor<256x1152xbf16> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg89: tensor<256xf32> {mlxla.name = "model.layers.6.self_attn.q_norm.weight"}, %arg90: tensor<256xf32> {mlxla.name = "model.layers.6.self_attn.k_norm.weight"}, %arg91: tensor<1152x1024xbf16> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg92: tensor<1152xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg93: tensor<1152xf32> {mlxla.name = "model.layers.6.pre_feedforward_layernorm.weight"}, %arg94: tensor<1152xf32> {mlxla.name = "model.layers.6.post_feedforward_layernorm.weight"}, %arg95: tensor<6912x1152xbf16> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg96: tensor<6912x1152xbf16> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg97: tensor<1152x6912xbf16> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg98: tensor<1152xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg99: tensor<1024x1152xbf16> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg100: tensor<256x1152xbf16> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg101: tensor<256x1152xbf16> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg102: tensor<256xf32> {mlxla.name = "model.layers.7.self_attn.q_norm.weight"}, %arg103: tensor<256xf32> {mlxla.name = "model.layers.7.self_attn.k_norm.weight"}, %arg104: tensor<1152x1024xbf16> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg105: tensor<1152xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg106: tensor<1152xf32> {mlxla.name = "model.layers.7.pre_feedforward_layernorm.weight"}, %arg107: tensor<1152xf32> {mlxla.name = "model.layers.7.post_feedforward_layernorm.weight"}, %arg108: tensor<6912x1152xbf16> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg109: tensor<6912x1152xbf16> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg110: tensor<1152x6912xbf16> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg111: tensor<1152xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg112: tensor<1024x1152xbf16> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg113: tensor<256x1152xbf16> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg114: tensor<256x1152xbf16> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg115: tensor<256xf32> {mlxla.name = "model.layers.8.self_attn.q_norm.weight"}, %arg116: tensor<256xf32> {mlxla.name = "model.layers.8.self_attn.k_norm.weight"}, %arg117: tensor<1152x1024xbf16> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg118: tensor<1152xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg119: tensor<1152xf32> {mlxla.name = "model.layers.8.pre_feedforward_layernorm.weight"}, %arg120: tensor<1152xf32> {mlxla.name = "model.layers.8.post_feedforward_layernorm.weight"}, %arg121: tensor<6912x1152xbf16> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg122: tensor<6912x1152xbf16> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg123: tensor<1152x6912xbf16> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg124: tensor<1152xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg125: tensor<1024x1152xbf16> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg126: tensor<256x1152xbf16> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg127: tensor<256x1152xbf16> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg128: tensor<256xf32> {mlxla.name = "model.layers.9.self_attn.q_norm.weight"}, %arg129: tensor<256xf32> {mlxla.name = "model.layers.9.self_attn.k_norm.weight"}, %arg130: tensor<1152x1024xbf16> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg131: tensor<1152xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg132: tensor<1152xf32> {mlxla.name = "model.layers.9.pre_feedforward_layernorm.weight"}, %arg133: tensor<1152xf32> {mlxla.name = "model.layers.9.post_feedforward_layernorm.weight"}, %arg134: tensor<6912x1152xbf16> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg135: tensor<6912x1152xbf16> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg136: tensor<1152x6912xbf16> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg137: tensor<1152xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg138: tensor<1024x1152xbf16> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg139: tensor<256x1152xbf16> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg140: tensor<256x1152xbf16> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg141: tensor<256xf32> {mlxla.name = "model.layers.10.self_attn.q_norm.weight"}, %arg142: tensor<256xf32> {mlxla.name = "model.layers.10.self_attn.k_norm.weight"}, %arg143: tensor<1152x1024xbf16> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg144: tensor<1152xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg145: tensor<1152xf32> {mlxla.name = "model.layers.10.pre_feedforward_layernorm.weight"}, %arg146: tensor<1152xf32> {mlxla.name = "model.layers.10.post_feedforward_layernorm.weight"}, %arg147: tensor<6912x1152xbf16> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg148: tensor<6912x1152xbf16> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg149: tensor<1152x6912xbf16> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg150: tensor<1152xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg151: tensor<1024x1152xbf16> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg152: tensor<256x1152xbf16> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg153: tensor<256x1152xbf16> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg154: tensor<256xf32> {mlxla.name = "model.layers.11.self_attn.q_norm.weight"}, %arg155: tensor<256xf32> {mlxla.name = "model.layers.11.self_attn.k_norm.weight"}, %arg156: tensor<1152x1024xbf16> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg157: tensor<1152xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg158: tensor<1152xf32> {mlxla.name = "model.layers.11.pre_feedforward_layernorm.weight"}, %arg159: tensor<1152xf32> {mlxla.name = "model.layers.11.post_feedforward_layernorm.weight"}, %arg160: tensor<6912x1152xbf16> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg161: tensor<6912x1152xbf16> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg162: tensor<1152x6912xbf16> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg163: tensor<1152xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg164: tensor<1024x1152xbf16> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg165: tensor<256x1152xbf16> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg166: tensor<256x1152xbf16> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg167: tensor<256xf32> {mlxla.name = "model.layers.12.self_attn.q_norm.weight"}, %arg168: tensor<256xf32> {mlxla.name = "model.layers.12.self_attn.k_norm.weight"}, %arg169: tensor<1152x1024xbf16> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg170: tensor<1152xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg171: tensor<1152xf32> {mlxla.name = "model.layers.12.pre_feedforward_layernorm.weight"}, %arg172: tensor<1152xf32> {mlxla.name = "model.layers.12.post_feedforward_layernorm.weight"}, %arg173: tensor<6912x1152xbf16> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg174: tensor<6912x1152xbf16> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg175: tensor<1152x6912xbf16> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg176: tensor<1152xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg177: tensor<1024x1152xbf16> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg178: tensor<256x1152xbf16> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg179: tensor<256x1152xbf16> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg180: tensor<256xf32> {mlxla.name = "model.layers.13.self_attn.q_norm.weight"}, %arg181: tensor<256xf32> {mlxla.name = "model.layers.13.self_attn.k_norm.weight"}, %arg182: tensor<1152x1024xbf16> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg183: tensor<1152xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg184: tensor<1152xf32> {mlxla.name = "model.layers.13.pre_feedforward_layernorm.weight"}, %arg185: tensor<1152xf32> {mlxla.name = "model.layers.13.post_feedforward_layernorm.weight"}, %arg186: tensor<6912x1152xbf16> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg187: tensor<6912x1152xbf16> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg188: tensor<1152x6912xbf16> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg189: tensor<1152xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg190: tensor<1024x1152xbf16> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg191: tensor<256x1152xbf16> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg192: tensor<256x1152xbf16> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg193: tensor<256xf32> {mlxla.name = "model.layers.14.self_attn.q_norm.weight"}, %arg194: tensor<256xf32> {mlxla.name = "model.layers.14.self_attn.k_norm.weight"}, %arg195: tensor<1152x1024xbf16> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg196: tensor<1152xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg197: tensor<1152xf32> {mlxla.name = "model.layers.14.pre_feedforward_layernorm.weight"}, %arg198: tensor<1152xf32> {mlxla.name = "model.layers.14.post_feedforward_layernorm.weight"}, %arg199: tensor<6912x1152xbf16> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg200: tensor<6912x1152xbf16> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg201: tensor<1152x6912xbf16> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg202: tensor<1152xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg203: tensor<1024x1152xbf16> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg204: tensor<256x1152xbf16> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg205: tensor<256x1152xbf16> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg206: tensor<256xf32> {mlxla.name = "model.layers.15.self_attn.q_norm.weight"}, %arg207: tensor<256xf32> {mlxla.name = "model.layers.15.self_attn.k_norm.weight"}, %arg208: tensor<1152x1024xbf16> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg209: tensor<1152xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg210: tensor<1152xf32> {mlxla.name = "model.layers.15.pre_feedforward_layernorm.weight"}, %arg211: tensor<1152xf32> {mlxla.name = "model.layers.15.post_feedforward_layernorm.weight"}, %arg212: tensor<6912x1152xbf16> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg213: tensor<6912x1152xbf16> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg214: tensor<1152x6912xbf16> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg215: tensor<1152xf32> {mlxla.name = "model.layers.16.input_layernorm.weight"}, %arg216: tensor<1024x1152xbf16> {mlxla.name = "model.layers.16.self_attn.q_proj.weight"}, %arg217: tensor<256x1152xbf16> {mlxla.name = "model.layers.16.self_attn.k_proj.weight"}, %arg218: tensor<256x1152xbf16> {mlxla.name = "model.layers.16.self_attn.v_proj.weight"}, %arg219: tensor<256xf32> {mlxla.name = "model.layers.16.self_attn.q_norm.weight"}, %arg220: tensor<256xf32> {mlxla.name = "model.layers.16.self_attn.k_norm.weight"}, %arg221: tensor<1152x1024xbf16> {mlxla.name = "model.layers.16.self_attn.o_proj.weight"}, %arg222: tensor<1152xf32> {mlxla.name = "model.layers.16.post_attention_layernorm.weight"}, %arg223: tensor<1152xf32> {mlxla.name = "model.layers.16.pre_feedforward_layernorm.weight"}, %arg224: tensor<1152xf32> {mlxla.name = "model.layers.16.post_feedforward_layernorm.weight"}, %arg225: tensor<6912x1152xbf16> {mlxla.name = "model.layers.16.mlp.gate_proj.weight"}, %arg226: tensor<6912x1152xbf16> {mlxla.name = "model.layers.16.mlp.up_proj.weight"}, %arg227: tensor<1152x6912xbf16> {mlxla.name = "model.layers.16.mlp.down_proj.weight"}, %arg228: tensor<1152xf32> {mlxla.name = "model.layers.17.input_layernorm.weight"}, %arg229: tensor<1024x1152xbf16> {mlxla.name = "model.layers.17.self_attn.q_proj.weight"}, %arg230: tensor<256x1152xbf16> {mlxla.name = "model.layers.17.self_attn.k_proj.weight"}, %arg231: tensor<256x1152xbf16> {mlxla.name = "model.layers.17.self_attn.v_proj.weight"}, %arg232: tensor<256xf32> {mlxla.name = "model.layers.17.self_attn.q_norm.weight"}, %arg233: tensor<256xf32> {mlxla.name = "model.layers.17.self_attn.k_norm.weight"}, %arg234: tensor<1152x1024xbf16> {mlxla.name = "model.layers.17.self_attn.o_proj.weight"}, %arg235: tensor<1152xf32> {mlxla.name = "model.layers.17.post_attention_layernorm.weight"}, %arg236: tensor<1152xf32> {mlxla.name = "model.layers.17.pre_feedforward_layernorm.weight"}, %arg237: tensor<1152xf32> {mlxla.name = "model.layers.17.post_feedforward_layernorm.weight"}, %arg238: tensor<6912x1152xbf16> {mlxla.name = "model.layers.17.mlp.gate_proj.weight"}, %arg239: tensor<6912x1152xbf16> {mlxla.name = "model.layers.17.mlp.up_proj.weight"}, %arg240: tensor<1152x6912xbf16> {mlxla.name = "model.layers.17.mlp.down_proj.weight"}, %arg241: tensor<1152xf32> {mlxla.name = "model.layers.18.input_layernorm.weight"}, %arg242: tensor<1024x1152xbf16> {mlxla.name = "model.layers.18.self_attn.q_proj.weight"}, %arg243: tensor<256x1152xbf16> {mlxla.name = "model.layers.18.self_attn.k_proj.weight"}, %arg244: tensor<256x1152xbf16> {mlxla.name = "model.layers.18.self_attn.v_proj.weight"}, %arg245: tensor<256xf32> {mlxla.name = "model.layers.18.self_attn.q_norm.weight"}, %arg246: tensor<256xf32> {mlxla.name = "model.layers.18.self_attn.k_norm.weight"}, %arg247: tensor<1152x1024xbf16> {mlxla.name = "model.layers.18.self_attn.o_proj.weight"}, %arg248: tensor<1152xf32> {mlxla.name = "model.layers.18.post_attention_layernorm.weight"}, %arg249: tensor<1152xf32> {mlxla.name = "model.layers.18.pre_feedforward_layernorm.weight"}, %arg250: tensor<1152xf32> {mlxla.name = "model.layers.18.post_feedforward_layernorm.weight"}, %arg251: tensor<6912x1152xbf16> {mlxla.name = "model.layers.18.mlp.gate_proj.weight"}, %arg252: tensor<6912x1152xbf16> {mlxla.name = "model.layers.18.mlp.up_proj.weight"}, %arg253: tensor<1152x6912xbf16> {mlxla.name = "model.layers.18.mlp.down_proj.weight"}, %arg254: tensor<1152xf32> {mlxla.name = "model.layers.19.input_layernorm.weight"}, %arg255: tensor<1024x1152xbf16> {mlxla.name = "model.layers.19.self_attn.q_proj.weight"}, %arg256: tensor<256x1152xbf16> {mlxla.name = "model.layers.19.self_attn.k_proj.weight"}, %arg257: tensor<256x1152xbf16> {mlxla.name = "model.layers.19.self_attn.v_proj.weight"}, %arg258: tensor<256xf32> {mlxla.name = "model.layers.19.self_attn.q_norm.weight"}, %arg259: tensor<256xf32> {mlxla.name = "model.layers.19.self_attn.k_norm.weight"}, %arg260: tensor<1152x1024xbf16> {mlxla.name = "model.layers.19.self_attn.o_proj.weight"}, %arg261: tensor<1152xf32> {mlxla.name = "model.layers.19.post_attention_layernorm.weight"}, %arg262: tensor<1152xf32> {mlxla.name = "model.layers.19.pre_feedforward_layernorm.weight"}, %arg263: tensor<1152xf32> {mlxla.name = "model.layers.19.post_feedforward_layernorm.weight"}, %arg264: tensor<6912x1152xbf16> {mlxla.name = "model.layers.19.mlp.gate_proj.weight"}, %arg265: tensor<6912x1152xbf16> {mlxla.name = "model.layers.19.mlp.up_proj.weight"}, %arg266: tensor<1152x6912xbf16> {mlxla.name = "model.layers.19.mlp.down_proj.weight"}, %arg267: tensor<1152xf32> {mlxla.name = "model.layers.20.input_layernorm.weight"}, %arg268: tensor<1024x1152xbf16> {mlxla.name = "model.layers.20.self_attn.q_proj.weight"}, %arg269: tensor<256x1152xbf16> {mlxla.name = "model.layers.20.self_attn.k_proj.weight"}, %arg270: tensor<256x1152xbf16> {mlxla.name = "model.layers.20.self_attn.v_proj.weight"}, %arg271: tensor<256xf32> {mlxla.name = "model.layers.20.self_attn.q_norm.weight"}, %arg272: tensor<256xf32> {mlxla.name = "model.layers.20.self_attn.k_norm.weight"}, %arg273: tensor<1152x1024xbf16> {mlxla.name = "model.layers.20.self_attn.o_proj.weight"}, %arg274: tensor<1152xf32> {mlxla.name = "model.layers.20.post_attention_layernorm.weight"}, %arg275: tensor<1152xf32> {mlxla.name = "model.layers.20.pre_feedforward_layernorm.weight"}, %arg276: tensor<1152xf32> {mlxla.name = "model.layers.20.post_feedforward_layernorm.weight"}, %arg277: tensor<6912x1152xbf16> {mlxla.name = "model.layers.20.mlp.gate_proj.weight"}, %arg278: tensor<6912x1152xbf16> {mlxla.name = "model.layers.20.mlp.up_proj.weight"}, %arg279: tensor<1152x6912xbf16> {mlxla.name = "model.layers.20.mlp.down_proj.weight"}, %arg280: tensor<1152xf32> {mlxla.name = "model.layers.21.input_layernorm.weight"}, %arg281: tensor<1024x1152xbf16> {mlxla.name = "model.layers.21.self_attn.q_proj.weight"}, %arg282: tensor<256x1152xbf16> {mlxla.name = "model.layers.21.self_attn.k_proj.weight"}, %arg283: tensor<256x1152xbf16> {mlxla.name = "model.layers.21.self_attn.v_proj.weight"}, %arg284: tensor<256xf32> {mlxla.name = "model.layers.21.self_attn.q_norm.weight"}, %arg285: tensor<256xf32> {mlxla.name = "model.layers.21.self_attn.k_norm.weight"}, %arg286: tensor<1152x1024xbf16> {mlxla.name = "model.layers.21.self_attn.o_proj.weight"}, %arg287: tensor<1152xf32> {mlxla.name = "model.layers.21.post_attention_layernorm.weight"}, %arg288: tensor<1152xf32> {mlxla.name = "model.layers.21.pre_feedforward_layernorm.weight"}, %arg289: tensor<1152xf32> {mlxla.name = "model.layers.21.post_feedforward_layernorm.weight"}, %arg290: tensor<6912x1152xbf16> {mlxla.name = "model.layers.21.mlp.gate_proj.weight"}, %arg291: tensor<6912x1152xbf16> {mlxla.name = "model.layers.21.mlp.up_proj.weight"}, %arg292: tensor<1152x6912xbf16> {mlxla.name = "model.layers.21.mlp.down_proj.weight"}, %arg293: tensor<1152xf32> {mlxla.name = "model.layers.22.input_layernorm.weight"}, %arg294: tensor<1024x1152xbf16> {mlxla.name = "model.layers.22.self_attn.q_proj.weight"}, %arg295: tensor<256x1152xbf16> {mlxla.name = "model.layers.22.self_attn.k_proj.weight"}, %arg296: tensor<256x1152xbf16> {mlxla.name = "model.layers.22.self_attn.v_proj.weight"}, %arg297: tensor<256xf32> {mlxla.name = "model.layers.22.self_attn.q_norm.weight"}, %arg298: tensor<256xf32> {mlxla.name = "model.layers.22.self_attn.k_norm.weight"}, %arg299: tensor<1152x1024xbf16> {mlxla.name = "model.layers.22.self_attn.o_proj.weight"}, %arg300: tensor<1152xf32> {mlxla.name = "model.layers.22.post_attention_layernorm.weight"}, %arg301: tensor<1152xf32> {mlxla.name = "model.layers.22.pre_feedforward_layernorm.weight"}, %arg302: tensor<1152xf32> {mlxla.name = "model.layers.22.post_feedforward_layernorm.weight"}, %arg303: tensor<6912x1152xbf16> {mlxla.name = "model.layers.22.mlp.gate_proj.weight"}, %arg304: tensor<6912x1152xbf16> {mlxla.name = "model.layers.22.mlp.up_proj.weight"}, %arg305: tensor<1152x6912xbf16> {mlxla.name = "model.layers.22.mlp.down_proj.weight"}, %arg306: tensor<1152xf32> {mlxla.name = "model.layers.23.input_layernorm.weight"}, %arg307: tensor<1024x1152xbf16> {mlxla.name = "model.layers.23.self_attn.q_proj.weight"}, %arg308: tensor<256x1152xbf16> {mlxla.name = "model.layers.23.self_attn.k_proj.weight"}, %arg309: tensor<256x1152xbf16> {mlxla.name = "model.layers.23.self_attn.v_proj.weight"}, %arg310: tensor<256xf32> {mlxla.name = "model.layers.23.self_attn.q_norm.weight"}, %arg311: tensor<256xf32> {mlxla.name = "model.layers.23.self_attn.k_norm.weight"}, %arg312: tensor<1152x1024xbf16> {mlxla.name = "model.layers.23.self_attn.o_proj.weight"}, %arg313: tensor<1152xf32> {mlxla.name = "model.layers.23.post_attention_layernorm.weight"}, %arg314: tensor<1152xf32> {mlxla.name = "model.layers.23.pre_feedforward_layernorm.weight"}, %arg315: tensor<1152xf32> {mlxla.name = "model.layers.23.post_feedforward_layernorm.weight"}, %arg316: tensor<6912x1152xbf16> {mlxla.name = "model.layers.23.mlp.gate_proj.weight"}, %arg317: tensor<6912x1152xbf16> {mlxla.name = "model.layers.23.mlp.up_proj.weight"}, %arg318: tensor<1152x6912xbf16> {mlxla.name = "model.layers.23.mlp.down_proj.weight"}, %arg319: tensor<1152xf32> {mlxla.name = "model.layers.24.input_layernorm.weight"}, %arg320: tensor<1024x1152xbf16> {mlxla.name = "model.layers.24.self_attn.q_proj.weight"}, %arg321: tensor<256x1152xbf16> {mlxla.name = "model.layers.24.self_attn.k_proj.weight"}, %arg322: tensor<256x1152xbf16> {mlxla.name = "model.layers.24.self_attn.v_proj.weight"}, %arg323: tensor<256xf32> {mlxla.name = "model.layers.24.self_attn.q_norm.weight"}, %arg324: tensor<256xf32> {mlxla.name = "model.layers.24.self_attn.k_norm.weight"}, %arg325: tensor<1152x1024xbf16> {mlxla.name = "model.layers.24.self_attn.o_proj.weight"}, %arg326: tensor<1152xf32> {mlxla.name = "model.layers.24.post_attention_layernorm.weight"}, %arg327: tensor<1152xf32> {mlxla.name = "model.layers.24.pre_feedforward_layernorm.weight"}, %arg328: tensor<1152xf32> {mlxla.name = "model.layers.24.post_feedforward_layernorm.weight"}, %arg329: tensor<6912x1152xbf16> {mlxla.name = "model.layers.24.mlp.gate_proj.weight"}, %arg330: tensor<6912x1152xbf16> {mlxla.name = "model.layers.24.mlp.up_proj.weight"}, %arg331: tensor<1152x6912xbf16> {mlxla.name = "model.layers.24.mlp.down_proj.weight"}, %arg332: tensor<1152xf32> {mlxla.name = "model.layers.25.input_layernorm.weight"}, %arg333: tensor<1024x1152xbf16> {mlxla.name = "model.layers.25.self_attn.q_proj.weight"}, %arg334: tensor<256x1152xbf16> {mlxla.name = "model.layers.25.self_attn.k_proj.weight"}, %arg335: tensor<256x1152xbf16> {mlxla.name = "model.layers.25.self_attn.v_proj.weight"}, %arg336: tensor<256xf32> {mlxla.name = "model.layers.25.self_attn.q_norm.weight"}, %arg337: tensor<256xf32> {mlxla.name = "model.layers.25.self_attn.k_norm.weight"}, %arg338: tensor<1152x1024xbf16> {mlxla.name = "model.layers.25.self_attn.o_proj.weight"}, %arg339: tensor<1152xf32> {mlxla.name = "model.layers.25.post_attention_layernorm.weight"}, %arg340: tensor<1152xf32> {mlxla.name = "model.layers.25.pre_feedforward_layernorm.weight"}, %arg341: tensor<1152xf32> {mlxla.name = "model.layers.25.post_feedforward_layernorm.weight"}, %arg342: tensor<6912x1152xbf16> {mlxla.name = "model.layers.25.mlp.gate_proj.weight"}, %arg343: tensor<6912x1152xbf16> {mlxla.name = "model.layers.25.mlp.up_proj.weight"}, %arg344: tensor<1152x6912xbf16> {mlxla.name = "model.layers.25.mlp.down_proj.weight"}, %arg345: tensor<1152xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<2xi32> {mlxla.name = "next_tokens"}, tensor<4x2x640x1x256xf16> {mlxla.name = "k_cache"}, tensor<4x2x640x1x256xf16> {mlxla.name = "v_cache"}, tensor<22x2x512x1x256xf16> {mlxla.name = "k_window_cache"}, tensor<22x2x512x1x256xf16> {mlxla.name = "v_window_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<2xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.constant dense<1> : tensor<i32>
    %4 = stablehlo.add %arg1, %3 : tensor<i32>
    %5 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %6 = "stablehlo.gather"(%arg6, %5) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1152>} : (tensor<262144x1152xbf16>, tensor<2x1xi32>) -> tensor<2x1152xbf16>
    %7 = stablehlo.convert %6 : (tensor<2x1152xbf16>) -> tensor<2x1152xf32>
    %8 = stablehlo.constant dense<34.0> : tensor<2x1152xf32>
    %9 = stablehlo.multiply %7, %8 : tensor<2x1152xf32>
    %10 = stablehlo.composite "mlxla.rms_norm" %9, %arg7 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %11 = stablehlo.convert %arg8 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %12 = stablehlo.dot_general %10, %11, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %13 = stablehlo.reshape %12 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %14 = stablehlo.composite "mlxla.rms_norm" %13, %arg11 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %15 = stablehlo.composite "mlxla.rope" %14, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %16 = stablehlo.convert %arg9 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %17 = stablehlo.dot_general %10, %16, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %18 = stablehlo.reshape %17 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %19 = stablehlo.composite "mlxla.rms_norm" %18, %arg12 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %20 = stablehlo.composite "mlxla.rope" %19, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %21 = stablehlo.convert %arg10 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %22 = stablehlo.dot_general %10, %21, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %23 = stablehlo.reshape %22 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %24 = stablehlo.convert %20 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %25 = stablehlo.convert %23 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %26 = stablehlo.slice %15 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %27 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %28 = stablehlo.slice %arg4 [0:1, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %29 = stablehlo.reshape %28 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %30 = stablehlo.slice %arg5 [0:1, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %31 = stablehlo.reshape %30 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %32 = stablehlo.slice %24 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %33 = stablehlo.slice %25 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %34 = stablehlo.composite "mlxla.window_attention" %26, %29, %31, %32, %33, %27, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %35 = stablehlo.slice %15 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %36 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %37 = stablehlo.slice %arg4 [0:1, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %38 = stablehlo.reshape %37 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %39 = stablehlo.slice %arg5 [0:1, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %40 = stablehlo.reshape %39 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %41 = stablehlo.slice %24 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %42 = stablehlo.slice %25 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %43 = stablehlo.composite "mlxla.window_attention" %35, %38, %40, %41, %42, %36, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %44 = stablehlo.slice %24 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %45 = stablehlo.constant dense<0> : tensor<i32>
    %46 = stablehlo.constant dense<0> : tensor<i32>
    %47 = stablehlo.constant dense<0> : tensor<i32>
    %48 = stablehlo.constant dense<512> : tensor<i32>
    %49 = stablehlo.divide %arg1, %48 : tensor<i32>
    %50 = stablehlo.multiply %49, %48 : tensor<i32>
    %51 = stablehlo.subtract %arg1, %50 : tensor<i32>
    %52 = stablehlo.reshape %44 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %53 = stablehlo.dynamic_update_slice %arg4, %52, %45, %46, %51, %47, %47 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %54 = stablehlo.slice %25 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %55 = stablehlo.constant dense<0> : tensor<i32>
    %56 = stablehlo.constant dense<0> : tensor<i32>
    %57 = stablehlo.constant dense<0> : tensor<i32>
    %58 = stablehlo.constant dense<512> : tensor<i32>
    %59 = stablehlo.divide %arg1, %58 : tensor<i32>
    %60 = stablehlo.multiply %59, %58 : tensor<i32>
    %61 = stablehlo.subtract %arg1, %60 : tensor<i32>
    %62 = stablehlo.reshape %54 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %63 = stablehlo.dynamic_update_slice %arg5, %62, %55, %56, %61, %57, %57 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %64 = stablehlo.slice %24 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %65 = stablehlo.constant dense<0> : tensor<i32>
    %66 = stablehlo.constant dense<1> : tensor<i32>
    %67 = stablehlo.constant dense<0> : tensor<i32>
    %68 = stablehlo.constant dense<512> : tensor<i32>
    %69 = stablehlo.divide %arg1, %68 : tensor<i32>
    %70 = stablehlo.multiply %69, %68 : tensor<i32>
    %71 = stablehlo.subtract %arg1, %70 : tensor<i32>
    %72 = stablehlo.reshape %64 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %73 = stablehlo.dynamic_update_slice %53, %72, %65, %66, %71, %67, %67 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %74 = stablehlo.slice %25 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %75 = stablehlo.constant dense<0> : tensor<i32>
    %76 = stablehlo.constant dense<1> : tensor<i32>
    %77 = stablehlo.constant dense<0> : tensor<i32>
    %78 = stablehlo.constant dense<512> : tensor<i32>
    %79 = stablehlo.divide %arg1, %78 : tensor<i32>
    %80 = stablehlo.multiply %79, %78 : tensor<i32>
    %81 = stablehlo.subtract %arg1, %80 : tensor<i32>
    %82 = stablehlo.reshape %74 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %83 = stablehlo.dynamic_update_slice %63, %82, %75, %76, %81, %77, %77 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %84 = stablehlo.concatenate %34, %43, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %85 = stablehlo.reshape %84 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %86 = stablehlo.convert %arg13 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %87 = stablehlo.dot_general %85, %86, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %88 = stablehlo.composite "mlxla.rms_norm" %87, %arg14 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %89 = stablehlo.add %9, %88 : tensor<2x1152xf32>
    %90 = stablehlo.composite "mlxla.rms_norm" %89, %arg15 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %91 = stablehlo.convert %arg17 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %92 = stablehlo.dot_general %90, %91, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %93 = stablehlo.multiply %92, %92 : tensor<2x6912xf32>
    %94 = stablehlo.multiply %93, %92 : tensor<2x6912xf32>
    %95 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %96 = stablehlo.multiply %94, %95 : tensor<2x6912xf32>
    %97 = stablehlo.add %92, %96 : tensor<2x6912xf32>
    %98 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %99 = stablehlo.multiply %97, %98 : tensor<2x6912xf32>
    %100 = stablehlo.tanh %99 : tensor<2x6912xf32>
    %101 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %102 = stablehlo.add %100, %101 : tensor<2x6912xf32>
    %103 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %104 = stablehlo.multiply %92, %103 : tensor<2x6912xf32>
    %105 = stablehlo.multiply %104, %102 : tensor<2x6912xf32>
    %106 = stablehlo.convert %arg18 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %107 = stablehlo.dot_general %90, %106, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %108 = stablehlo.multiply %105, %107 : tensor<2x6912xf32>
    %109 = stablehlo.convert %arg19 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %110 = stablehlo.dot_general %108, %109, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %111 = stablehlo.composite "mlxla.rms_norm" %110, %arg16 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %112 = stablehlo.add %89, %111 : tensor<2x1152xf32>
    %113 = stablehlo.composite "mlxla.rms_norm" %112, %arg20 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %114 = stablehlo.convert %arg21 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %115 = stablehlo.dot_general %113, %114, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %116 = stablehlo.reshape %115 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %117 = stablehlo.composite "mlxla.rms_norm" %116, %arg24 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %118 = stablehlo.composite "mlxla.rope" %117, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %119 = stablehlo.convert %arg22 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %120 = stablehlo.dot_general %113, %119, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %121 = stablehlo.reshape %120 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %122 = stablehlo.composite "mlxla.rms_norm" %121, %arg25 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %123 = stablehlo.composite "mlxla.rope" %122, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %124 = stablehlo.convert %arg23 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %125 = stablehlo.dot_general %113, %124, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %126 = stablehlo.reshape %125 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %127 = stablehlo.convert %123 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %128 = stablehlo.convert %126 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %129 = stablehlo.slice %118 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %130 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %131 = stablehlo.slice %73 [1:2, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %132 = stablehlo.reshape %131 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %133 = stablehlo.slice %83 [1:2, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %134 = stablehlo.reshape %133 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %135 = stablehlo.slice %127 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %136 = stablehlo.slice %128 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %137 = stablehlo.composite "mlxla.window_attention" %129, %132, %134, %135, %136, %130, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %138 = stablehlo.slice %118 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %139 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %140 = stablehlo.slice %73 [1:2, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %141 = stablehlo.reshape %140 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %142 = stablehlo.slice %83 [1:2, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %143 = stablehlo.reshape %142 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %144 = stablehlo.slice %127 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %145 = stablehlo.slice %128 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %146 = stablehlo.composite "mlxla.window_attention" %138, %141, %143, %144, %145, %139, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %147 = stablehlo.slice %127 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %148 = stablehlo.constant dense<1> : tensor<i32>
    %149 = stablehlo.constant dense<0> : tensor<i32>
    %150 = stablehlo.constant dense<0> : tensor<i32>
    %151 = stablehlo.constant dense<512> : tensor<i32>
    %152 = stablehlo.divide %arg1, %151 : tensor<i32>
    %153 = stablehlo.multiply %152, %151 : tensor<i32>
    %154 = stablehlo.subtract %arg1, %153 : tensor<i32>
    %155 = stablehlo.reshape %147 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %156 = stablehlo.dynamic_update_slice %73, %155, %148, %149, %154, %150, %150 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %157 = stablehlo.slice %128 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %158 = stablehlo.constant dense<1> : tensor<i32>
    %159 = stablehlo.constant dense<0> : tensor<i32>
    %160 = stablehlo.constant dense<0> : tensor<i32>
    %161 = stablehlo.constant dense<512> : tensor<i32>
    %162 = stablehlo.divide %arg1, %161 : tensor<i32>
    %163 = stablehlo.multiply %162, %161 : tensor<i32>
    %164 = stablehlo.subtract %arg1, %163 : tensor<i32>
    %165 = stablehlo.reshape %157 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %166 = stablehlo.dynamic_update_slice %83, %165, %158, %159, %164, %160, %160 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %167 = stablehlo.slice %127 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %168 = stablehlo.constant dense<1> : tensor<i32>
    %169 = stablehlo.constant dense<1> : tensor<i32>
    %170 = stablehlo.constant dense<0> : tensor<i32>
    %171 = stablehlo.constant dense<512> : tensor<i32>
    %172 = stablehlo.divide %arg1, %171 : tensor<i32>
    %173 = stablehlo.multiply %172, %171 : tensor<i32>
    %174 = stablehlo.subtract %arg1, %173 : tensor<i32>
    %175 = stablehlo.reshape %167 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %176 = stablehlo.dynamic_update_slice %156, %175, %168, %169, %174, %170, %170 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %177 = stablehlo.slice %128 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %178 = stablehlo.constant dense<1> : tensor<i32>
    %179 = stablehlo.constant dense<1> : tensor<i32>
    %180 = stablehlo.constant dense<0> : tensor<i32>
    %181 = stablehlo.constant dense<512> : tensor<i32>
    %182 = stablehlo.divide %arg1, %181 : tensor<i32>
    %183 = stablehlo.multiply %182, %181 : tensor<i32>
    %184 = stablehlo.subtract %arg1, %183 : tensor<i32>
    %185 = stablehlo.reshape %177 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %186 = stablehlo.dynamic_update_slice %166, %185, %178, %179, %184, %180, %180 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %187 = stablehlo.concatenate %137, %146, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %188 = stablehlo.reshape %187 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %189 = stablehlo.convert %arg26 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %190 = stablehlo.dot_general %188, %189, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %191 = stablehlo.composite "mlxla.rms_norm" %190, %arg27 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %192 = stablehlo.add %112, %191 : tensor<2x1152xf32>
    %193 = stablehlo.composite "mlxla.rms_norm" %192, %arg28 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %194 = stablehlo.convert %arg30 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %195 = stablehlo.dot_general %193, %194, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %196 = stablehlo.multiply %195, %195 : tensor<2x6912xf32>
    %197 = stablehlo.multiply %196, %195 : tensor<2x6912xf32>
    %198 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %199 = stablehlo.multiply %197, %198 : tensor<2x6912xf32>
    %200 = stablehlo.add %195, %199 : tensor<2x6912xf32>
    %201 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %202 = stablehlo.multiply %200, %201 : tensor<2x6912xf32>
    %203 = stablehlo.tanh %202 : tensor<2x6912xf32>
    %204 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %205 = stablehlo.add %203, %204 : tensor<2x6912xf32>
    %206 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %207 = stablehlo.multiply %195, %206 : tensor<2x6912xf32>
    %208 = stablehlo.multiply %207, %205 : tensor<2x6912xf32>
    %209 = stablehlo.convert %arg31 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %210 = stablehlo.dot_general %193, %209, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %211 = stablehlo.multiply %208, %210 : tensor<2x6912xf32>
    %212 = stablehlo.convert %arg32 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %213 = stablehlo.dot_general %211, %212, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %214 = stablehlo.composite "mlxla.rms_norm" %213, %arg29 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %215 = stablehlo.add %192, %214 : tensor<2x1152xf32>
    %216 = stablehlo.composite "mlxla.rms_norm" %215, %arg33 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %217 = stablehlo.convert %arg34 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %218 = stablehlo.dot_general %216, %217, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %219 = stablehlo.reshape %218 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %220 = stablehlo.composite "mlxla.rms_norm" %219, %arg37 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %221 = stablehlo.composite "mlxla.rope" %220, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %222 = stablehlo.convert %arg35 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %223 = stablehlo.dot_general %216, %222, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %224 = stablehlo.reshape %223 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %225 = stablehlo.composite "mlxla.rms_norm" %224, %arg38 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %226 = stablehlo.composite "mlxla.rope" %225, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %227 = stablehlo.convert %arg36 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %228 = stablehlo.dot_general %216, %227, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %229 = stablehlo.reshape %228 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %230 = stablehlo.convert %226 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %231 = stablehlo.convert %229 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %232 = stablehlo.slice %221 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %233 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %234 = stablehlo.slice %176 [2:3, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %235 = stablehlo.reshape %234 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %236 = stablehlo.slice %186 [2:3, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %237 = stablehlo.reshape %236 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %238 = stablehlo.slice %230 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %239 = stablehlo.slice %231 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %240 = stablehlo.composite "mlxla.window_attention" %232, %235, %237, %238, %239, %233, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %241 = stablehlo.slice %221 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %242 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %243 = stablehlo.slice %176 [2:3, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %244 = stablehlo.reshape %243 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %245 = stablehlo.slice %186 [2:3, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %246 = stablehlo.reshape %245 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %247 = stablehlo.slice %230 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %248 = stablehlo.slice %231 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %249 = stablehlo.composite "mlxla.window_attention" %241, %244, %246, %247, %248, %242, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %250 = stablehlo.slice %230 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %251 = stablehlo.constant dense<2> : tensor<i32>
    %252 = stablehlo.constant dense<0> : tensor<i32>
    %253 = stablehlo.constant dense<0> : tensor<i32>
    %254 = stablehlo.constant dense<512> : tensor<i32>
    %255 = stablehlo.divide %arg1, %254 : tensor<i32>
    %256 = stablehlo.multiply %255, %254 : tensor<i32>
    %257 = stablehlo.subtract %arg1, %256 : tensor<i32>
    %258 = stablehlo.reshape %250 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %259 = stablehlo.dynamic_update_slice %176, %258, %251, %252, %257, %253, %253 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %260 = stablehlo.slice %231 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %261 = stablehlo.constant dense<2> : tensor<i32>
    %262 = stablehlo.constant dense<0> : tensor<i32>
    %263 = stablehlo.constant dense<0> : tensor<i32>
    %264 = stablehlo.constant dense<512> : tensor<i32>
    %265 = stablehlo.divide %arg1, %264 : tensor<i32>
    %266 = stablehlo.multiply %265, %264 : tensor<i32>
    %267 = stablehlo.subtract %arg1, %266 : tensor<i32>
    %268 = stablehlo.reshape %260 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %269 = stablehlo.dynamic_update_slice %186, %268, %261, %262, %267, %263, %263 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %270 = stablehlo.slice %230 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %271 = stablehlo.constant dense<2> : tensor<i32>
    %272 = stablehlo.constant dense<1> : tensor<i32>
    %273 = stablehlo.constant dense<0> : tensor<i32>
    %274 = stablehlo.constant dense<512> : tensor<i32>
    %275 = stablehlo.divide %arg1, %274 : tensor<i32>
    %276 = stablehlo.multiply %275, %274 : tensor<i32>
    %277 = stablehlo.subtract %arg1, %276 : tensor<i32>
    %278 = stablehlo.reshape %270 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %279 = stablehlo.dynamic_update_slice %259, %278, %271, %272, %277, %273, %273 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %280 = stablehlo.slice %231 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %281 = stablehlo.constant dense<2> : tensor<i32>
    %282 = stablehlo.constant dense<1> : tensor<i32>
    %283 = stablehlo.constant dense<0> : tensor<i32>
    %284 = stablehlo.constant dense<512> : tensor<i32>
    %285 = stablehlo.divide %arg1, %284 : tensor<i32>
    %286 = stablehlo.multiply %285, %284 : tensor<i32>
    %287 = stablehlo.subtract %arg1, %286 : tensor<i32>
    %288 = stablehlo.reshape %280 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %289 = stablehlo.dynamic_update_slice %269, %288, %281, %282, %287, %283, %283 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %290 = stablehlo.concatenate %240, %249, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %291 = stablehlo.reshape %290 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %292 = stablehlo.convert %arg39 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %293 = stablehlo.dot_general %291, %292, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %294 = stablehlo.composite "mlxla.rms_norm" %293, %arg40 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %295 = stablehlo.add %215, %294 : tensor<2x1152xf32>
    %296 = stablehlo.composite "mlxla.rms_norm" %295, %arg41 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %297 = stablehlo.convert %arg43 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %298 = stablehlo.dot_general %296, %297, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %299 = stablehlo.multiply %298, %298 : tensor<2x6912xf32>
    %300 = stablehlo.multiply %299, %298 : tensor<2x6912xf32>
    %301 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %302 = stablehlo.multiply %300, %301 : tensor<2x6912xf32>
    %303 = stablehlo.add %298, %302 : tensor<2x6912xf32>
    %304 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %305 = stablehlo.multiply %303, %304 : tensor<2x6912xf32>
    %306 = stablehlo.tanh %305 : tensor<2x6912xf32>
    %307 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %308 = stablehlo.add %306, %307 : tensor<2x6912xf32>
    %309 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %310 = stablehlo.multiply %298, %309 : tensor<2x6912xf32>
    %311 = stablehlo.multiply %310, %308 : tensor<2x6912xf32>
    %312 = stablehlo.convert %arg44 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %313 = stablehlo.dot_general %296, %312, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %314 = stablehlo.multiply %311, %313 : tensor<2x6912xf32>
    %315 = stablehlo.convert %arg45 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %316 = stablehlo.dot_general %314, %315, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %317 = stablehlo.composite "mlxla.rms_norm" %316, %arg42 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %318 = stablehlo.add %295, %317 : tensor<2x1152xf32>
    %319 = stablehlo.composite "mlxla.rms_norm" %318, %arg46 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %320 = stablehlo.convert %arg47 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %321 = stablehlo.dot_general %319, %320, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %322 = stablehlo.reshape %321 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %323 = stablehlo.composite "mlxla.rms_norm" %322, %arg50 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %324 = stablehlo.composite "mlxla.rope" %323, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %325 = stablehlo.convert %arg48 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %326 = stablehlo.dot_general %319, %325, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %327 = stablehlo.reshape %326 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %328 = stablehlo.composite "mlxla.rms_norm" %327, %arg51 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %329 = stablehlo.composite "mlxla.rope" %328, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %330 = stablehlo.convert %arg49 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %331 = stablehlo.dot_general %319, %330, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %332 = stablehlo.reshape %331 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %333 = stablehlo.convert %329 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %334 = stablehlo.convert %332 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %335 = stablehlo.slice %324 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %336 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %337 = stablehlo.slice %279 [3:4, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %338 = stablehlo.reshape %337 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %339 = stablehlo.slice %289 [3:4, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %340 = stablehlo.reshape %339 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %341 = stablehlo.slice %333 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %342 = stablehlo.slice %334 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %343 = stablehlo.composite "mlxla.window_attention" %335, %338, %340, %341, %342, %336, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %344 = stablehlo.slice %324 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %345 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %346 = stablehlo.slice %279 [3:4, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %347 = stablehlo.reshape %346 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %348 = stablehlo.slice %289 [3:4, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %349 = stablehlo.reshape %348 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %350 = stablehlo.slice %333 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %351 = stablehlo.slice %334 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %352 = stablehlo.composite "mlxla.window_attention" %344, %347, %349, %350, %351, %345, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %353 = stablehlo.slice %333 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %354 = stablehlo.constant dense<3> : tensor<i32>
    %355 = stablehlo.constant dense<0> : tensor<i32>
    %356 = stablehlo.constant dense<0> : tensor<i32>
    %357 = stablehlo.constant dense<512> : tensor<i32>
    %358 = stablehlo.divide %arg1, %357 : tensor<i32>
    %359 = stablehlo.multiply %358, %357 : tensor<i32>
    %360 = stablehlo.subtract %arg1, %359 : tensor<i32>
    %361 = stablehlo.reshape %353 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %362 = stablehlo.dynamic_update_slice %279, %361, %354, %355, %360, %356, %356 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %363 = stablehlo.slice %334 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %364 = stablehlo.constant dense<3> : tensor<i32>
    %365 = stablehlo.constant dense<0> : tensor<i32>
    %366 = stablehlo.constant dense<0> : tensor<i32>
    %367 = stablehlo.constant dense<512> : tensor<i32>
    %368 = stablehlo.divide %arg1, %367 : tensor<i32>
    %369 = stablehlo.multiply %368, %367 : tensor<i32>
    %370 = stablehlo.subtract %arg1, %369 : tensor<i32>
    %371 = stablehlo.reshape %363 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %372 = stablehlo.dynamic_update_slice %289, %371, %364, %365, %370, %366, %366 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %373 = stablehlo.slice %333 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %374 = stablehlo.constant dense<3> : tensor<i32>
    %375 = stablehlo.constant dense<1> : tensor<i32>
    %376 = stablehlo.constant dense<0> : tensor<i32>
    %377 = stablehlo.constant dense<512> : tensor<i32>
    %378 = stablehlo.divide %arg1, %377 : tensor<i32>
    %379 = stablehlo.multiply %378, %377 : tensor<i32>
    %380 = stablehlo.subtract %arg1, %379 : tensor<i32>
    %381 = stablehlo.reshape %373 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %382 = stablehlo.dynamic_update_slice %362, %381, %374, %375, %380, %376, %376 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %383 = stablehlo.slice %334 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %384 = stablehlo.constant dense<3> : tensor<i32>
    %385 = stablehlo.constant dense<1> : tensor<i32>
    %386 = stablehlo.constant dense<0> : tensor<i32>
    %387 = stablehlo.constant dense<512> : tensor<i32>
    %388 = stablehlo.divide %arg1, %387 : tensor<i32>
    %389 = stablehlo.multiply %388, %387 : tensor<i32>
    %390 = stablehlo.subtract %arg1, %389 : tensor<i32>
    %391 = stablehlo.reshape %383 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %392 = stablehlo.dynamic_update_slice %372, %391, %384, %385, %390, %386, %386 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %393 = stablehlo.concatenate %343, %352, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %394 = stablehlo.reshape %393 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %395 = stablehlo.convert %arg52 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %396 = stablehlo.dot_general %394, %395, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %397 = stablehlo.composite "mlxla.rms_norm" %396, %arg53 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %398 = stablehlo.add %318, %397 : tensor<2x1152xf32>
    %399 = stablehlo.composite "mlxla.rms_norm" %398, %arg54 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %400 = stablehlo.convert %arg56 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %401 = stablehlo.dot_general %399, %400, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %402 = stablehlo.multiply %401, %401 : tensor<2x6912xf32>
    %403 = stablehlo.multiply %402, %401 : tensor<2x6912xf32>
    %404 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %405 = stablehlo.multiply %403, %404 : tensor<2x6912xf32>
    %406 = stablehlo.add %401, %405 : tensor<2x6912xf32>
    %407 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %408 = stablehlo.multiply %406, %407 : tensor<2x6912xf32>
    %409 = stablehlo.tanh %408 : tensor<2x6912xf32>
    %410 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %411 = stablehlo.add %409, %410 : tensor<2x6912xf32>
    %412 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %413 = stablehlo.multiply %401, %412 : tensor<2x6912xf32>
    %414 = stablehlo.multiply %413, %411 : tensor<2x6912xf32>
    %415 = stablehlo.convert %arg57 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %416 = stablehlo.dot_general %399, %415, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %417 = stablehlo.multiply %414, %416 : tensor<2x6912xf32>
    %418 = stablehlo.convert %arg58 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %419 = stablehlo.dot_general %417, %418, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %420 = stablehlo.composite "mlxla.rms_norm" %419, %arg55 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %421 = stablehlo.add %398, %420 : tensor<2x1152xf32>
    %422 = stablehlo.composite "mlxla.rms_norm" %421, %arg59 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %423 = stablehlo.convert %arg60 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %424 = stablehlo.dot_general %422, %423, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %425 = stablehlo.reshape %424 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %426 = stablehlo.composite "mlxla.rms_norm" %425, %arg63 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %427 = stablehlo.composite "mlxla.rope" %426, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %428 = stablehlo.convert %arg61 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %429 = stablehlo.dot_general %422, %428, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %430 = stablehlo.reshape %429 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %431 = stablehlo.composite "mlxla.rms_norm" %430, %arg64 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %432 = stablehlo.composite "mlxla.rope" %431, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %433 = stablehlo.convert %arg62 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %434 = stablehlo.dot_general %422, %433, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %435 = stablehlo.reshape %434 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %436 = stablehlo.convert %432 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %437 = stablehlo.convert %435 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %438 = stablehlo.slice %427 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %439 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %440 = stablehlo.slice %382 [4:5, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %441 = stablehlo.reshape %440 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %442 = stablehlo.slice %392 [4:5, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %443 = stablehlo.reshape %442 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %444 = stablehlo.slice %436 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %445 = stablehlo.slice %437 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %446 = stablehlo.composite "mlxla.window_attention" %438, %441, %443, %444, %445, %439, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %447 = stablehlo.slice %427 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %448 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %449 = stablehlo.slice %382 [4:5, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %450 = stablehlo.reshape %449 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %451 = stablehlo.slice %392 [4:5, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %452 = stablehlo.reshape %451 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %453 = stablehlo.slice %436 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %454 = stablehlo.slice %437 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %455 = stablehlo.composite "mlxla.window_attention" %447, %450, %452, %453, %454, %448, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %456 = stablehlo.slice %436 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %457 = stablehlo.constant dense<4> : tensor<i32>
    %458 = stablehlo.constant dense<0> : tensor<i32>
    %459 = stablehlo.constant dense<0> : tensor<i32>
    %460 = stablehlo.constant dense<512> : tensor<i32>
    %461 = stablehlo.divide %arg1, %460 : tensor<i32>
    %462 = stablehlo.multiply %461, %460 : tensor<i32>
    %463 = stablehlo.subtract %arg1, %462 : tensor<i32>
    %464 = stablehlo.reshape %456 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %465 = stablehlo.dynamic_update_slice %382, %464, %457, %458, %463, %459, %459 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %466 = stablehlo.slice %437 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %467 = stablehlo.constant dense<4> : tensor<i32>
    %468 = stablehlo.constant dense<0> : tensor<i32>
    %469 = stablehlo.constant dense<0> : tensor<i32>
    %470 = stablehlo.constant dense<512> : tensor<i32>
    %471 = stablehlo.divide %arg1, %470 : tensor<i32>
    %472 = stablehlo.multiply %471, %470 : tensor<i32>
    %473 = stablehlo.subtract %arg1, %472 : tensor<i32>
    %474 = stablehlo.reshape %466 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %475 = stablehlo.dynamic_update_slice %392, %474, %467, %468, %473, %469, %469 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %476 = stablehlo.slice %436 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %477 = stablehlo.constant dense<4> : tensor<i32>
    %478 = stablehlo.constant dense<1> : tensor<i32>
    %479 = stablehlo.constant dense<0> : tensor<i32>
    %480 = stablehlo.constant dense<512> : tensor<i32>
    %481 = stablehlo.divide %arg1, %480 : tensor<i32>
    %482 = stablehlo.multiply %481, %480 : tensor<i32>
    %483 = stablehlo.subtract %arg1, %482 : tensor<i32>
    %484 = stablehlo.reshape %476 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %485 = stablehlo.dynamic_update_slice %465, %484, %477, %478, %483, %479, %479 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %486 = stablehlo.slice %437 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %487 = stablehlo.constant dense<4> : tensor<i32>
    %488 = stablehlo.constant dense<1> : tensor<i32>
    %489 = stablehlo.constant dense<0> : tensor<i32>
    %490 = stablehlo.constant dense<512> : tensor<i32>
    %491 = stablehlo.divide %arg1, %490 : tensor<i32>
    %492 = stablehlo.multiply %491, %490 : tensor<i32>
    %493 = stablehlo.subtract %arg1, %492 : tensor<i32>
    %494 = stablehlo.reshape %486 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %495 = stablehlo.dynamic_update_slice %475, %494, %487, %488, %493, %489, %489 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %496 = stablehlo.concatenate %446, %455, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %497 = stablehlo.reshape %496 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %498 = stablehlo.convert %arg65 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %499 = stablehlo.dot_general %497, %498, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %500 = stablehlo.composite "mlxla.rms_norm" %499, %arg66 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %501 = stablehlo.add %421, %500 : tensor<2x1152xf32>
    %502 = stablehlo.composite "mlxla.rms_norm" %501, %arg67 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %503 = stablehlo.convert %arg69 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %504 = stablehlo.dot_general %502, %503, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %505 = stablehlo.multiply %504, %504 : tensor<2x6912xf32>
    %506 = stablehlo.multiply %505, %504 : tensor<2x6912xf32>
    %507 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %508 = stablehlo.multiply %506, %507 : tensor<2x6912xf32>
    %509 = stablehlo.add %504, %508 : tensor<2x6912xf32>
    %510 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %511 = stablehlo.multiply %509, %510 : tensor<2x6912xf32>
    %512 = stablehlo.tanh %511 : tensor<2x6912xf32>
    %513 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %514 = stablehlo.add %512, %513 : tensor<2x6912xf32>
    %515 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %516 = stablehlo.multiply %504, %515 : tensor<2x6912xf32>
    %517 = stablehlo.multiply %516, %514 : tensor<2x6912xf32>
    %518 = stablehlo.convert %arg70 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %519 = stablehlo.dot_general %502, %518, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %520 = stablehlo.multiply %517, %519 : tensor<2x6912xf32>
    %521 = stablehlo.convert %arg71 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %522 = stablehlo.dot_general %520, %521, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %523 = stablehlo.composite "mlxla.rms_norm" %522, %arg68 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %524 = stablehlo.add %501, %523 : tensor<2x1152xf32>
    %525 = stablehlo.composite "mlxla.rms_norm" %524, %arg72 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %526 = stablehlo.convert %arg73 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %527 = stablehlo.dot_general %525, %526, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %528 = stablehlo.reshape %527 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %529 = stablehlo.composite "mlxla.rms_norm" %528, %arg76 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %530 = stablehlo.composite "mlxla.rope" %529, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %531 = stablehlo.convert %arg74 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %532 = stablehlo.dot_general %525, %531, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %533 = stablehlo.reshape %532 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %534 = stablehlo.composite "mlxla.rms_norm" %533, %arg77 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %535 = stablehlo.composite "mlxla.rope" %534, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %536 = stablehlo.convert %arg75 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %537 = stablehlo.dot_general %525, %536, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %538 = stablehlo.reshape %537 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %539 = stablehlo.convert %535 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %540 = stablehlo.convert %538 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %541 = stablehlo.constant dense<0> : tensor<i32>
    %542 = stablehlo.constant dense<0> : tensor<i32>
    %543 = stablehlo.constant dense<0> : tensor<i32>
    %544 = stablehlo.slice %539 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %545 = stablehlo.reshape %544 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %546 = stablehlo.dynamic_update_slice %arg2, %545, %541, %543, %arg1, %542, %542 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %547 = stablehlo.slice %540 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %548 = stablehlo.reshape %547 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %549 = stablehlo.dynamic_update_slice %arg3, %548, %541, %543, %arg1, %542, %542 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %550 = stablehlo.constant dense<1> : tensor<i32>
    %551 = stablehlo.slice %539 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %552 = stablehlo.reshape %551 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %553 = stablehlo.dynamic_update_slice %546, %552, %541, %550, %arg1, %542, %542 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %554 = stablehlo.slice %540 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %555 = stablehlo.reshape %554 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %556 = stablehlo.dynamic_update_slice %549, %555, %541, %550, %arg1, %542, %542 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %557 = stablehlo.slice %530 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %558 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %559 = stablehlo.slice %553 [0:1, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %560 = stablehlo.reshape %559 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %561 = stablehlo.slice %556 [0:1, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %562 = stablehlo.reshape %561 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %563 = stablehlo.composite "mlxla.attention" %557, %560, %562, %558, %2 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %564 = stablehlo.slice %530 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %565 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %566 = stablehlo.slice %553 [0:1, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %567 = stablehlo.reshape %566 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %568 = stablehlo.slice %556 [0:1, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %569 = stablehlo.reshape %568 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %570 = stablehlo.composite "mlxla.attention" %564, %567, %569, %565, %4 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %571 = stablehlo.concatenate %563, %570, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %572 = stablehlo.reshape %571 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %573 = stablehlo.convert %arg78 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %574 = stablehlo.dot_general %572, %573, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %575 = stablehlo.composite "mlxla.rms_norm" %574, %arg79 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %576 = stablehlo.add %524, %575 : tensor<2x1152xf32>
    %577 = stablehlo.composite "mlxla.rms_norm" %576, %arg80 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %578 = stablehlo.convert %arg82 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %579 = stablehlo.dot_general %577, %578, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %580 = stablehlo.multiply %579, %579 : tensor<2x6912xf32>
    %581 = stablehlo.multiply %580, %579 : tensor<2x6912xf32>
    %582 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %583 = stablehlo.multiply %581, %582 : tensor<2x6912xf32>
    %584 = stablehlo.add %579, %583 : tensor<2x6912xf32>
    %585 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %586 = stablehlo.multiply %584, %585 : tensor<2x6912xf32>
    %587 = stablehlo.tanh %586 : tensor<2x6912xf32>
    %588 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %589 = stablehlo.add %587, %588 : tensor<2x6912xf32>
    %590 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %591 = stablehlo.multiply %579, %590 : tensor<2x6912xf32>
    %592 = stablehlo.multiply %591, %589 : tensor<2x6912xf32>
    %593 = stablehlo.convert %arg83 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %594 = stablehlo.dot_general %577, %593, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %595 = stablehlo.multiply %592, %594 : tensor<2x6912xf32>
    %596 = stablehlo.convert %arg84 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %597 = stablehlo.dot_general %595, %596, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %598 = stablehlo.composite "mlxla.rms_norm" %597, %arg81 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %599 = stablehlo.add %576, %598 : tensor<2x1152xf32>
    %600 = stablehlo.composite "mlxla.rms_norm" %599, %arg85 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %601 = stablehlo.convert %arg86 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %602 = stablehlo.dot_general %600, %601, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %603 = stablehlo.reshape %602 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %604 = stablehlo.composite "mlxla.rms_norm" %603, %arg89 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %605 = stablehlo.composite "mlxla.rope" %604, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %606 = stablehlo.convert %arg87 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %607 = stablehlo.dot_general %600, %606, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %608 = stablehlo.reshape %607 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %609 = stablehlo.composite "mlxla.rms_norm" %608, %arg90 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %610 = stablehlo.composite "mlxla.rope" %609, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %611 = stablehlo.convert %arg88 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %612 = stablehlo.dot_general %600, %611, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %613 = stablehlo.reshape %612 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %614 = stablehlo.convert %610 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %615 = stablehlo.convert %613 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %616 = stablehlo.slice %605 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %617 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %618 = stablehlo.slice %485 [5:6, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %619 = stablehlo.reshape %618 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %620 = stablehlo.slice %495 [5:6, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %621 = stablehlo.reshape %620 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %622 = stablehlo.slice %614 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %623 = stablehlo.slice %615 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %624 = stablehlo.composite "mlxla.window_attention" %616, %619, %621, %622, %623, %617, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %625 = stablehlo.slice %605 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %626 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %627 = stablehlo.slice %485 [5:6, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %628 = stablehlo.reshape %627 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %629 = stablehlo.slice %495 [5:6, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %630 = stablehlo.reshape %629 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %631 = stablehlo.slice %614 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %632 = stablehlo.slice %615 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %633 = stablehlo.composite "mlxla.window_attention" %625, %628, %630, %631, %632, %626, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %634 = stablehlo.slice %614 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %635 = stablehlo.constant dense<5> : tensor<i32>
    %636 = stablehlo.constant dense<0> : tensor<i32>
    %637 = stablehlo.constant dense<0> : tensor<i32>
    %638 = stablehlo.constant dense<512> : tensor<i32>
    %639 = stablehlo.divide %arg1, %638 : tensor<i32>
    %640 = stablehlo.multiply %639, %638 : tensor<i32>
    %641 = stablehlo.subtract %arg1, %640 : tensor<i32>
    %642 = stablehlo.reshape %634 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %643 = stablehlo.dynamic_update_slice %485, %642, %635, %636, %641, %637, %637 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %644 = stablehlo.slice %615 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %645 = stablehlo.constant dense<5> : tensor<i32>
    %646 = stablehlo.constant dense<0> : tensor<i32>
    %647 = stablehlo.constant dense<0> : tensor<i32>
    %648 = stablehlo.constant dense<512> : tensor<i32>
    %649 = stablehlo.divide %arg1, %648 : tensor<i32>
    %650 = stablehlo.multiply %649, %648 : tensor<i32>
    %651 = stablehlo.subtract %arg1, %650 : tensor<i32>
    %652 = stablehlo.reshape %644 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %653 = stablehlo.dynamic_update_slice %495, %652, %645, %646, %651, %647, %647 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %654 = stablehlo.slice %614 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %655 = stablehlo.constant dense<5> : tensor<i32>
    %656 = stablehlo.constant dense<1> : tensor<i32>
    %657 = stablehlo.constant dense<0> : tensor<i32>
    %658 = stablehlo.constant dense<512> : tensor<i32>
    %659 = stablehlo.divide %arg1, %658 : tensor<i32>
    %660 = stablehlo.multiply %659, %658 : tensor<i32>
    %661 = stablehlo.subtract %arg1, %660 : tensor<i32>
    %662 = stablehlo.reshape %654 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %663 = stablehlo.dynamic_update_slice %643, %662, %655, %656, %661, %657, %657 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %664 = stablehlo.slice %615 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %665 = stablehlo.constant dense<5> : tensor<i32>
    %666 = stablehlo.constant dense<1> : tensor<i32>
    %667 = stablehlo.constant dense<0> : tensor<i32>
    %668 = stablehlo.constant dense<512> : tensor<i32>
    %669 = stablehlo.divide %arg1, %668 : tensor<i32>
    %670 = stablehlo.multiply %669, %668 : tensor<i32>
    %671 = stablehlo.subtract %arg1, %670 : tensor<i32>
    %672 = stablehlo.reshape %664 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %673 = stablehlo.dynamic_update_slice %653, %672, %665, %666, %671, %667, %667 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %674 = stablehlo.concatenate %624, %633, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %675 = stablehlo.reshape %674 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %676 = stablehlo.convert %arg91 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %677 = stablehlo.dot_general %675, %676, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %678 = stablehlo.composite "mlxla.rms_norm" %677, %arg92 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %679 = stablehlo.add %599, %678 : tensor<2x1152xf32>
    %680 = stablehlo.composite "mlxla.rms_norm" %679, %arg93 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %681 = stablehlo.convert %arg95 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %682 = stablehlo.dot_general %680, %681, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %683 = stablehlo.multiply %682, %682 : tensor<2x6912xf32>
    %684 = stablehlo.multiply %683, %682 : tensor<2x6912xf32>
    %685 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %686 = stablehlo.multiply %684, %685 : tensor<2x6912xf32>
    %687 = stablehlo.add %682, %686 : tensor<2x6912xf32>
    %688 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %689 = stablehlo.multiply %687, %688 : tensor<2x6912xf32>
    %690 = stablehlo.tanh %689 : tensor<2x6912xf32>
    %691 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %692 = stablehlo.add %690, %691 : tensor<2x6912xf32>
    %693 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %694 = stablehlo.multiply %682, %693 : tensor<2x6912xf32>
    %695 = stablehlo.multiply %694, %692 : tensor<2x6912xf32>
    %696 = stablehlo.convert %arg96 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %697 = stablehlo.dot_general %680, %696, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %698 = stablehlo.multiply %695, %697 : tensor<2x6912xf32>
    %699 = stablehlo.convert %arg97 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %700 = stablehlo.dot_general %698, %699, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %701 = stablehlo.composite "mlxla.rms_norm" %700, %arg94 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %702 = stablehlo.add %679, %701 : tensor<2x1152xf32>
    %703 = stablehlo.composite "mlxla.rms_norm" %702, %arg98 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %704 = stablehlo.convert %arg99 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %705 = stablehlo.dot_general %703, %704, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %706 = stablehlo.reshape %705 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %707 = stablehlo.composite "mlxla.rms_norm" %706, %arg102 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %708 = stablehlo.composite "mlxla.rope" %707, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %709 = stablehlo.convert %arg100 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %710 = stablehlo.dot_general %703, %709, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %711 = stablehlo.reshape %710 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %712 = stablehlo.composite "mlxla.rms_norm" %711, %arg103 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %713 = stablehlo.composite "mlxla.rope" %712, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %714 = stablehlo.convert %arg101 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %715 = stablehlo.dot_general %703, %714, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %716 = stablehlo.reshape %715 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %717 = stablehlo.convert %713 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %718 = stablehlo.convert %716 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %719 = stablehlo.slice %708 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %720 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %721 = stablehlo.slice %663 [6:7, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %722 = stablehlo.reshape %721 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %723 = stablehlo.slice %673 [6:7, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %724 = stablehlo.reshape %723 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %725 = stablehlo.slice %717 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %726 = stablehlo.slice %718 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %727 = stablehlo.composite "mlxla.window_attention" %719, %722, %724, %725, %726, %720, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %728 = stablehlo.slice %708 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %729 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %730 = stablehlo.slice %663 [6:7, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %731 = stablehlo.reshape %730 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %732 = stablehlo.slice %673 [6:7, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %733 = stablehlo.reshape %732 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %734 = stablehlo.slice %717 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %735 = stablehlo.slice %718 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %736 = stablehlo.composite "mlxla.window_attention" %728, %731, %733, %734, %735, %729, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %737 = stablehlo.slice %717 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %738 = stablehlo.constant dense<6> : tensor<i32>
    %739 = stablehlo.constant dense<0> : tensor<i32>
    %740 = stablehlo.constant dense<0> : tensor<i32>
    %741 = stablehlo.constant dense<512> : tensor<i32>
    %742 = stablehlo.divide %arg1, %741 : tensor<i32>
    %743 = stablehlo.multiply %742, %741 : tensor<i32>
    %744 = stablehlo.subtract %arg1, %743 : tensor<i32>
    %745 = stablehlo.reshape %737 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %746 = stablehlo.dynamic_update_slice %663, %745, %738, %739, %744, %740, %740 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %747 = stablehlo.slice %718 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %748 = stablehlo.constant dense<6> : tensor<i32>
    %749 = stablehlo.constant dense<0> : tensor<i32>
    %750 = stablehlo.constant dense<0> : tensor<i32>
    %751 = stablehlo.constant dense<512> : tensor<i32>
    %752 = stablehlo.divide %arg1, %751 : tensor<i32>
    %753 = stablehlo.multiply %752, %751 : tensor<i32>
    %754 = stablehlo.subtract %arg1, %753 : tensor<i32>
    %755 = stablehlo.reshape %747 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %756 = stablehlo.dynamic_update_slice %673, %755, %748, %749, %754, %750, %750 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %757 = stablehlo.slice %717 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %758 = stablehlo.constant dense<6> : tensor<i32>
    %759 = stablehlo.constant dense<1> : tensor<i32>
    %760 = stablehlo.constant dense<0> : tensor<i32>
    %761 = stablehlo.constant dense<512> : tensor<i32>
    %762 = stablehlo.divide %arg1, %761 : tensor<i32>
    %763 = stablehlo.multiply %762, %761 : tensor<i32>
    %764 = stablehlo.subtract %arg1, %763 : tensor<i32>
    %765 = stablehlo.reshape %757 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %766 = stablehlo.dynamic_update_slice %746, %765, %758, %759, %764, %760, %760 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %767 = stablehlo.slice %718 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %768 = stablehlo.constant dense<6> : tensor<i32>
    %769 = stablehlo.constant dense<1> : tensor<i32>
    %770 = stablehlo.constant dense<0> : tensor<i32>
    %771 = stablehlo.constant dense<512> : tensor<i32>
    %772 = stablehlo.divide %arg1, %771 : tensor<i32>
    %773 = stablehlo.multiply %772, %771 : tensor<i32>
    %774 = stablehlo.subtract %arg1, %773 : tensor<i32>
    %775 = stablehlo.reshape %767 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %776 = stablehlo.dynamic_update_slice %756, %775, %768, %769, %774, %770, %770 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %777 = stablehlo.concatenate %727, %736, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %778 = stablehlo.reshape %777 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %779 = stablehlo.convert %arg104 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %780 = stablehlo.dot_general %778, %779, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %781 = stablehlo.composite "mlxla.rms_norm" %780, %arg105 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %782 = stablehlo.add %702, %781 : tensor<2x1152xf32>
    %783 = stablehlo.composite "mlxla.rms_norm" %782, %arg106 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %784 = stablehlo.convert %arg108 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %785 = stablehlo.dot_general %783, %784, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %786 = stablehlo.multiply %785, %785 : tensor<2x6912xf32>
    %787 = stablehlo.multiply %786, %785 : tensor<2x6912xf32>
    %788 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %789 = stablehlo.multiply %787, %788 : tensor<2x6912xf32>
    %790 = stablehlo.add %785, %789 : tensor<2x6912xf32>
    %791 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %792 = stablehlo.multiply %790, %791 : tensor<2x6912xf32>
    %793 = stablehlo.tanh %792 : tensor<2x6912xf32>
    %794 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %795 = stablehlo.add %793, %794 : tensor<2x6912xf32>
    %796 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %797 = stablehlo.multiply %785, %796 : tensor<2x6912xf32>
    %798 = stablehlo.multiply %797, %795 : tensor<2x6912xf32>
    %799 = stablehlo.convert %arg109 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %800 = stablehlo.dot_general %783, %799, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %801 = stablehlo.multiply %798, %800 : tensor<2x6912xf32>
    %802 = stablehlo.convert %arg110 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %803 = stablehlo.dot_general %801, %802, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %804 = stablehlo.composite "mlxla.rms_norm" %803, %arg107 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %805 = stablehlo.add %782, %804 : tensor<2x1152xf32>
    %806 = stablehlo.composite "mlxla.rms_norm" %805, %arg111 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %807 = stablehlo.convert %arg112 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %808 = stablehlo.dot_general %806, %807, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %809 = stablehlo.reshape %808 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %810 = stablehlo.composite "mlxla.rms_norm" %809, %arg115 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %811 = stablehlo.composite "mlxla.rope" %810, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %812 = stablehlo.convert %arg113 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %813 = stablehlo.dot_general %806, %812, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %814 = stablehlo.reshape %813 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %815 = stablehlo.composite "mlxla.rms_norm" %814, %arg116 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %816 = stablehlo.composite "mlxla.rope" %815, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %817 = stablehlo.convert %arg114 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %818 = stablehlo.dot_general %806, %817, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %819 = stablehlo.reshape %818 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %820 = stablehlo.convert %816 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %821 = stablehlo.convert %819 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %822 = stablehlo.slice %811 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %823 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %824 = stablehlo.slice %766 [7:8, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %825 = stablehlo.reshape %824 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %826 = stablehlo.slice %776 [7:8, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %827 = stablehlo.reshape %826 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %828 = stablehlo.slice %820 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %829 = stablehlo.slice %821 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %830 = stablehlo.composite "mlxla.window_attention" %822, %825, %827, %828, %829, %823, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %831 = stablehlo.slice %811 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %832 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %833 = stablehlo.slice %766 [7:8, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %834 = stablehlo.reshape %833 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %835 = stablehlo.slice %776 [7:8, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %836 = stablehlo.reshape %835 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %837 = stablehlo.slice %820 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %838 = stablehlo.slice %821 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %839 = stablehlo.composite "mlxla.window_attention" %831, %834, %836, %837, %838, %832, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %840 = stablehlo.slice %820 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %841 = stablehlo.constant dense<7> : tensor<i32>
    %842 = stablehlo.constant dense<0> : tensor<i32>
    %843 = stablehlo.constant dense<0> : tensor<i32>
    %844 = stablehlo.constant dense<512> : tensor<i32>
    %845 = stablehlo.divide %arg1, %844 : tensor<i32>
    %846 = stablehlo.multiply %845, %844 : tensor<i32>
    %847 = stablehlo.subtract %arg1, %846 : tensor<i32>
    %848 = stablehlo.reshape %840 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %849 = stablehlo.dynamic_update_slice %766, %848, %841, %842, %847, %843, %843 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %850 = stablehlo.slice %821 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %851 = stablehlo.constant dense<7> : tensor<i32>
    %852 = stablehlo.constant dense<0> : tensor<i32>
    %853 = stablehlo.constant dense<0> : tensor<i32>
    %854 = stablehlo.constant dense<512> : tensor<i32>
    %855 = stablehlo.divide %arg1, %854 : tensor<i32>
    %856 = stablehlo.multiply %855, %854 : tensor<i32>
    %857 = stablehlo.subtract %arg1, %856 : tensor<i32>
    %858 = stablehlo.reshape %850 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %859 = stablehlo.dynamic_update_slice %776, %858, %851, %852, %857, %853, %853 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %860 = stablehlo.slice %820 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %861 = stablehlo.constant dense<7> : tensor<i32>
    %862 = stablehlo.constant dense<1> : tensor<i32>
    %863 = stablehlo.constant dense<0> : tensor<i32>
    %864 = stablehlo.constant dense<512> : tensor<i32>
    %865 = stablehlo.divide %arg1, %864 : tensor<i32>
    %866 = stablehlo.multiply %865, %864 : tensor<i32>
    %867 = stablehlo.subtract %arg1, %866 : tensor<i32>
    %868 = stablehlo.reshape %860 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %869 = stablehlo.dynamic_update_slice %849, %868, %861, %862, %867, %863, %863 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %870 = stablehlo.slice %821 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %871 = stablehlo.constant dense<7> : tensor<i32>
    %872 = stablehlo.constant dense<1> : tensor<i32>
    %873 = stablehlo.constant dense<0> : tensor<i32>
    %874 = stablehlo.constant dense<512> : tensor<i32>
    %875 = stablehlo.divide %arg1, %874 : tensor<i32>
    %876 = stablehlo.multiply %875, %874 : tensor<i32>
    %877 = stablehlo.subtract %arg1, %876 : tensor<i32>
    %878 = stablehlo.reshape %870 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %879 = stablehlo.dynamic_update_slice %859, %878, %871, %872, %877, %873, %873 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %880 = stablehlo.concatenate %830, %839, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %881 = stablehlo.reshape %880 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %882 = stablehlo.convert %arg117 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %883 = stablehlo.dot_general %881, %882, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %884 = stablehlo.composite "mlxla.rms_norm" %883, %arg118 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %885 = stablehlo.add %805, %884 : tensor<2x1152xf32>
    %886 = stablehlo.composite "mlxla.rms_norm" %885, %arg119 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %887 = stablehlo.convert %arg121 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %888 = stablehlo.dot_general %886, %887, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %889 = stablehlo.multiply %888, %888 : tensor<2x6912xf32>
    %890 = stablehlo.multiply %889, %888 : tensor<2x6912xf32>
    %891 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %892 = stablehlo.multiply %890, %891 : tensor<2x6912xf32>
    %893 = stablehlo.add %888, %892 : tensor<2x6912xf32>
    %894 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %895 = stablehlo.multiply %893, %894 : tensor<2x6912xf32>
    %896 = stablehlo.tanh %895 : tensor<2x6912xf32>
    %897 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %898 = stablehlo.add %896, %897 : tensor<2x6912xf32>
    %899 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %900 = stablehlo.multiply %888, %899 : tensor<2x6912xf32>
    %901 = stablehlo.multiply %900, %898 : tensor<2x6912xf32>
    %902 = stablehlo.convert %arg122 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %903 = stablehlo.dot_general %886, %902, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %904 = stablehlo.multiply %901, %903 : tensor<2x6912xf32>
    %905 = stablehlo.convert %arg123 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %906 = stablehlo.dot_general %904, %905, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %907 = stablehlo.composite "mlxla.rms_norm" %906, %arg120 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %908 = stablehlo.add %885, %907 : tensor<2x1152xf32>
    %909 = stablehlo.composite "mlxla.rms_norm" %908, %arg124 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %910 = stablehlo.convert %arg125 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %911 = stablehlo.dot_general %909, %910, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %912 = stablehlo.reshape %911 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %913 = stablehlo.composite "mlxla.rms_norm" %912, %arg128 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %914 = stablehlo.composite "mlxla.rope" %913, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %915 = stablehlo.convert %arg126 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %916 = stablehlo.dot_general %909, %915, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %917 = stablehlo.reshape %916 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %918 = stablehlo.composite "mlxla.rms_norm" %917, %arg129 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %919 = stablehlo.composite "mlxla.rope" %918, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %920 = stablehlo.convert %arg127 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %921 = stablehlo.dot_general %909, %920, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %922 = stablehlo.reshape %921 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %923 = stablehlo.convert %919 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %924 = stablehlo.convert %922 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %925 = stablehlo.slice %914 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %926 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %927 = stablehlo.slice %869 [8:9, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %928 = stablehlo.reshape %927 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %929 = stablehlo.slice %879 [8:9, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %930 = stablehlo.reshape %929 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %931 = stablehlo.slice %923 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %932 = stablehlo.slice %924 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %933 = stablehlo.composite "mlxla.window_attention" %925, %928, %930, %931, %932, %926, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %934 = stablehlo.slice %914 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %935 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %936 = stablehlo.slice %869 [8:9, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %937 = stablehlo.reshape %936 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %938 = stablehlo.slice %879 [8:9, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %939 = stablehlo.reshape %938 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %940 = stablehlo.slice %923 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %941 = stablehlo.slice %924 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %942 = stablehlo.composite "mlxla.window_attention" %934, %937, %939, %940, %941, %935, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %943 = stablehlo.slice %923 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %944 = stablehlo.constant dense<8> : tensor<i32>
    %945 = stablehlo.constant dense<0> : tensor<i32>
    %946 = stablehlo.constant dense<0> : tensor<i32>
    %947 = stablehlo.constant dense<512> : tensor<i32>
    %948 = stablehlo.divide %arg1, %947 : tensor<i32>
    %949 = stablehlo.multiply %948, %947 : tensor<i32>
    %950 = stablehlo.subtract %arg1, %949 : tensor<i32>
    %951 = stablehlo.reshape %943 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %952 = stablehlo.dynamic_update_slice %869, %951, %944, %945, %950, %946, %946 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %953 = stablehlo.slice %924 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %954 = stablehlo.constant dense<8> : tensor<i32>
    %955 = stablehlo.constant dense<0> : tensor<i32>
    %956 = stablehlo.constant dense<0> : tensor<i32>
    %957 = stablehlo.constant dense<512> : tensor<i32>
    %958 = stablehlo.divide %arg1, %957 : tensor<i32>
    %959 = stablehlo.multiply %958, %957 : tensor<i32>
    %960 = stablehlo.subtract %arg1, %959 : tensor<i32>
    %961 = stablehlo.reshape %953 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %962 = stablehlo.dynamic_update_slice %879, %961, %954, %955, %960, %956, %956 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %963 = stablehlo.slice %923 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %964 = stablehlo.constant dense<8> : tensor<i32>
    %965 = stablehlo.constant dense<1> : tensor<i32>
    %966 = stablehlo.constant dense<0> : tensor<i32>
    %967 = stablehlo.constant dense<512> : tensor<i32>
    %968 = stablehlo.divide %arg1, %967 : tensor<i32>
    %969 = stablehlo.multiply %968, %967 : tensor<i32>
    %970 = stablehlo.subtract %arg1, %969 : tensor<i32>
    %971 = stablehlo.reshape %963 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %972 = stablehlo.dynamic_update_slice %952, %971, %964, %965, %970, %966, %966 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %973 = stablehlo.slice %924 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %974 = stablehlo.constant dense<8> : tensor<i32>
    %975 = stablehlo.constant dense<1> : tensor<i32>
    %976 = stablehlo.constant dense<0> : tensor<i32>
    %977 = stablehlo.constant dense<512> : tensor<i32>
    %978 = stablehlo.divide %arg1, %977 : tensor<i32>
    %979 = stablehlo.multiply %978, %977 : tensor<i32>
    %980 = stablehlo.subtract %arg1, %979 : tensor<i32>
    %981 = stablehlo.reshape %973 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %982 = stablehlo.dynamic_update_slice %962, %981, %974, %975, %980, %976, %976 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %983 = stablehlo.concatenate %933, %942, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %984 = stablehlo.reshape %983 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %985 = stablehlo.convert %arg130 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %986 = stablehlo.dot_general %984, %985, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %987 = stablehlo.composite "mlxla.rms_norm" %986, %arg131 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %988 = stablehlo.add %908, %987 : tensor<2x1152xf32>
    %989 = stablehlo.composite "mlxla.rms_norm" %988, %arg132 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %990 = stablehlo.convert %arg134 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %991 = stablehlo.dot_general %989, %990, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %992 = stablehlo.multiply %991, %991 : tensor<2x6912xf32>
    %993 = stablehlo.multiply %992, %991 : tensor<2x6912xf32>
    %994 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %995 = stablehlo.multiply %993, %994 : tensor<2x6912xf32>
    %996 = stablehlo.add %991, %995 : tensor<2x6912xf32>
    %997 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %998 = stablehlo.multiply %996, %997 : tensor<2x6912xf32>
    %999 = stablehlo.tanh %998 : tensor<2x6912xf32>
    %1000 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1001 = stablehlo.add %999, %1000 : tensor<2x6912xf32>
    %1002 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1003 = stablehlo.multiply %991, %1002 : tensor<2x6912xf32>
    %1004 = stablehlo.multiply %1003, %1001 : tensor<2x6912xf32>
    %1005 = stablehlo.convert %arg135 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1006 = stablehlo.dot_general %989, %1005, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1007 = stablehlo.multiply %1004, %1006 : tensor<2x6912xf32>
    %1008 = stablehlo.convert %arg136 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1009 = stablehlo.dot_general %1007, %1008, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1010 = stablehlo.composite "mlxla.rms_norm" %1009, %arg133 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1011 = stablehlo.add %988, %1010 : tensor<2x1152xf32>
    %1012 = stablehlo.composite "mlxla.rms_norm" %1011, %arg137 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1013 = stablehlo.convert %arg138 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1014 = stablehlo.dot_general %1012, %1013, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1015 = stablehlo.reshape %1014 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1016 = stablehlo.composite "mlxla.rms_norm" %1015, %arg141 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1017 = stablehlo.composite "mlxla.rope" %1016, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1018 = stablehlo.convert %arg139 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1019 = stablehlo.dot_general %1012, %1018, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1020 = stablehlo.reshape %1019 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1021 = stablehlo.composite "mlxla.rms_norm" %1020, %arg142 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1022 = stablehlo.composite "mlxla.rope" %1021, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1023 = stablehlo.convert %arg140 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1024 = stablehlo.dot_general %1012, %1023, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1025 = stablehlo.reshape %1024 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1026 = stablehlo.convert %1022 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1027 = stablehlo.convert %1025 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1028 = stablehlo.slice %1017 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1029 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1030 = stablehlo.slice %972 [9:10, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1031 = stablehlo.reshape %1030 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1032 = stablehlo.slice %982 [9:10, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1033 = stablehlo.reshape %1032 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1034 = stablehlo.slice %1026 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1035 = stablehlo.slice %1027 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1036 = stablehlo.composite "mlxla.window_attention" %1028, %1031, %1033, %1034, %1035, %1029, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1037 = stablehlo.slice %1017 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1038 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1039 = stablehlo.slice %972 [9:10, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1040 = stablehlo.reshape %1039 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1041 = stablehlo.slice %982 [9:10, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1042 = stablehlo.reshape %1041 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1043 = stablehlo.slice %1026 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1044 = stablehlo.slice %1027 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1045 = stablehlo.composite "mlxla.window_attention" %1037, %1040, %1042, %1043, %1044, %1038, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1046 = stablehlo.slice %1026 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1047 = stablehlo.constant dense<9> : tensor<i32>
    %1048 = stablehlo.constant dense<0> : tensor<i32>
    %1049 = stablehlo.constant dense<0> : tensor<i32>
    %1050 = stablehlo.constant dense<512> : tensor<i32>
    %1051 = stablehlo.divide %arg1, %1050 : tensor<i32>
    %1052 = stablehlo.multiply %1051, %1050 : tensor<i32>
    %1053 = stablehlo.subtract %arg1, %1052 : tensor<i32>
    %1054 = stablehlo.reshape %1046 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1055 = stablehlo.dynamic_update_slice %972, %1054, %1047, %1048, %1053, %1049, %1049 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1056 = stablehlo.slice %1027 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1057 = stablehlo.constant dense<9> : tensor<i32>
    %1058 = stablehlo.constant dense<0> : tensor<i32>
    %1059 = stablehlo.constant dense<0> : tensor<i32>
    %1060 = stablehlo.constant dense<512> : tensor<i32>
    %1061 = stablehlo.divide %arg1, %1060 : tensor<i32>
    %1062 = stablehlo.multiply %1061, %1060 : tensor<i32>
    %1063 = stablehlo.subtract %arg1, %1062 : tensor<i32>
    %1064 = stablehlo.reshape %1056 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1065 = stablehlo.dynamic_update_slice %982, %1064, %1057, %1058, %1063, %1059, %1059 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1066 = stablehlo.slice %1026 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1067 = stablehlo.constant dense<9> : tensor<i32>
    %1068 = stablehlo.constant dense<1> : tensor<i32>
    %1069 = stablehlo.constant dense<0> : tensor<i32>
    %1070 = stablehlo.constant dense<512> : tensor<i32>
    %1071 = stablehlo.divide %arg1, %1070 : tensor<i32>
    %1072 = stablehlo.multiply %1071, %1070 : tensor<i32>
    %1073 = stablehlo.subtract %arg1, %1072 : tensor<i32>
    %1074 = stablehlo.reshape %1066 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1075 = stablehlo.dynamic_update_slice %1055, %1074, %1067, %1068, %1073, %1069, %1069 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1076 = stablehlo.slice %1027 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1077 = stablehlo.constant dense<9> : tensor<i32>
    %1078 = stablehlo.constant dense<1> : tensor<i32>
    %1079 = stablehlo.constant dense<0> : tensor<i32>
    %1080 = stablehlo.constant dense<512> : tensor<i32>
    %1081 = stablehlo.divide %arg1, %1080 : tensor<i32>
    %1082 = stablehlo.multiply %1081, %1080 : tensor<i32>
    %1083 = stablehlo.subtract %arg1, %1082 : tensor<i32>
    %1084 = stablehlo.reshape %1076 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1085 = stablehlo.dynamic_update_slice %1065, %1084, %1077, %1078, %1083, %1079, %1079 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1086 = stablehlo.concatenate %1036, %1045, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1087 = stablehlo.reshape %1086 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1088 = stablehlo.convert %arg143 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1089 = stablehlo.dot_general %1087, %1088, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1090 = stablehlo.composite "mlxla.rms_norm" %1089, %arg144 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1091 = stablehlo.add %1011, %1090 : tensor<2x1152xf32>
    %1092 = stablehlo.composite "mlxla.rms_norm" %1091, %arg145 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1093 = stablehlo.convert %arg147 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1094 = stablehlo.dot_general %1092, %1093, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1095 = stablehlo.multiply %1094, %1094 : tensor<2x6912xf32>
    %1096 = stablehlo.multiply %1095, %1094 : tensor<2x6912xf32>
    %1097 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1098 = stablehlo.multiply %1096, %1097 : tensor<2x6912xf32>
    %1099 = stablehlo.add %1094, %1098 : tensor<2x6912xf32>
    %1100 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1101 = stablehlo.multiply %1099, %1100 : tensor<2x6912xf32>
    %1102 = stablehlo.tanh %1101 : tensor<2x6912xf32>
    %1103 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1104 = stablehlo.add %1102, %1103 : tensor<2x6912xf32>
    %1105 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1106 = stablehlo.multiply %1094, %1105 : tensor<2x6912xf32>
    %1107 = stablehlo.multiply %1106, %1104 : tensor<2x6912xf32>
    %1108 = stablehlo.convert %arg148 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1109 = stablehlo.dot_general %1092, %1108, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1110 = stablehlo.multiply %1107, %1109 : tensor<2x6912xf32>
    %1111 = stablehlo.convert %arg149 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1112 = stablehlo.dot_general %1110, %1111, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1113 = stablehlo.composite "mlxla.rms_norm" %1112, %arg146 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1114 = stablehlo.add %1091, %1113 : tensor<2x1152xf32>
    %1115 = stablehlo.composite "mlxla.rms_norm" %1114, %arg150 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1116 = stablehlo.convert %arg151 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1117 = stablehlo.dot_general %1115, %1116, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1118 = stablehlo.reshape %1117 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1119 = stablehlo.composite "mlxla.rms_norm" %1118, %arg154 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1120 = stablehlo.composite "mlxla.rope" %1119, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1121 = stablehlo.convert %arg152 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1122 = stablehlo.dot_general %1115, %1121, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1123 = stablehlo.reshape %1122 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1124 = stablehlo.composite "mlxla.rms_norm" %1123, %arg155 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1125 = stablehlo.composite "mlxla.rope" %1124, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1126 = stablehlo.convert %arg153 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1127 = stablehlo.dot_general %1115, %1126, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1128 = stablehlo.reshape %1127 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1129 = stablehlo.convert %1125 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1130 = stablehlo.convert %1128 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1131 = stablehlo.constant dense<1> : tensor<i32>
    %1132 = stablehlo.constant dense<0> : tensor<i32>
    %1133 = stablehlo.constant dense<0> : tensor<i32>
    %1134 = stablehlo.slice %1129 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1135 = stablehlo.reshape %1134 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1136 = stablehlo.dynamic_update_slice %553, %1135, %1131, %1133, %arg1, %1132, %1132 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1137 = stablehlo.slice %1130 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1138 = stablehlo.reshape %1137 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1139 = stablehlo.dynamic_update_slice %556, %1138, %1131, %1133, %arg1, %1132, %1132 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1140 = stablehlo.constant dense<1> : tensor<i32>
    %1141 = stablehlo.slice %1129 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1142 = stablehlo.reshape %1141 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1143 = stablehlo.dynamic_update_slice %1136, %1142, %1131, %1140, %arg1, %1132, %1132 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1144 = stablehlo.slice %1130 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1145 = stablehlo.reshape %1144 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1146 = stablehlo.dynamic_update_slice %1139, %1145, %1131, %1140, %arg1, %1132, %1132 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1147 = stablehlo.slice %1120 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1148 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1149 = stablehlo.slice %1143 [1:2, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1150 = stablehlo.reshape %1149 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1151 = stablehlo.slice %1146 [1:2, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1152 = stablehlo.reshape %1151 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1153 = stablehlo.composite "mlxla.attention" %1147, %1150, %1152, %1148, %2 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1154 = stablehlo.slice %1120 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1155 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1156 = stablehlo.slice %1143 [1:2, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1157 = stablehlo.reshape %1156 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1158 = stablehlo.slice %1146 [1:2, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1159 = stablehlo.reshape %1158 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1160 = stablehlo.composite "mlxla.attention" %1154, %1157, %1159, %1155, %4 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1161 = stablehlo.concatenate %1153, %1160, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1162 = stablehlo.reshape %1161 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1163 = stablehlo.convert %arg156 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1164 = stablehlo.dot_general %1162, %1163, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1165 = stablehlo.composite "mlxla.rms_norm" %1164, %arg157 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1166 = stablehlo.add %1114, %1165 : tensor<2x1152xf32>
    %1167 = stablehlo.composite "mlxla.rms_norm" %1166, %arg158 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1168 = stablehlo.convert %arg160 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1169 = stablehlo.dot_general %1167, %1168, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1170 = stablehlo.multiply %1169, %1169 : tensor<2x6912xf32>
    %1171 = stablehlo.multiply %1170, %1169 : tensor<2x6912xf32>
    %1172 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1173 = stablehlo.multiply %1171, %1172 : tensor<2x6912xf32>
    %1174 = stablehlo.add %1169, %1173 : tensor<2x6912xf32>
    %1175 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1176 = stablehlo.multiply %1174, %1175 : tensor<2x6912xf32>
    %1177 = stablehlo.tanh %1176 : tensor<2x6912xf32>
    %1178 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1179 = stablehlo.add %1177, %1178 : tensor<2x6912xf32>
    %1180 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1181 = stablehlo.multiply %1169, %1180 : tensor<2x6912xf32>
    %1182 = stablehlo.multiply %1181, %1179 : tensor<2x6912xf32>
    %1183 = stablehlo.convert %arg161 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1184 = stablehlo.dot_general %1167, %1183, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1185 = stablehlo.multiply %1182, %1184 : tensor<2x6912xf32>
    %1186 = stablehlo.convert %arg162 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1187 = stablehlo.dot_general %1185, %1186, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1188 = stablehlo.composite "mlxla.rms_norm" %1187, %arg159 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1189 = stablehlo.add %1166, %1188 : tensor<2x1152xf32>
    %1190 = stablehlo.composite "mlxla.rms_norm" %1189, %arg163 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1191 = stablehlo.convert %arg164 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1192 = stablehlo.dot_general %1190, %1191, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1193 = stablehlo.reshape %1192 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1194 = stablehlo.composite "mlxla.rms_norm" %1193, %arg167 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1195 = stablehlo.composite "mlxla.rope" %1194, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1196 = stablehlo.convert %arg165 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1197 = stablehlo.dot_general %1190, %1196, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1198 = stablehlo.reshape %1197 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1199 = stablehlo.composite "mlxla.rms_norm" %1198, %arg168 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1200 = stablehlo.composite "mlxla.rope" %1199, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1201 = stablehlo.convert %arg166 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1202 = stablehlo.dot_general %1190, %1201, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1203 = stablehlo.reshape %1202 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1204 = stablehlo.convert %1200 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1205 = stablehlo.convert %1203 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1206 = stablehlo.slice %1195 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1207 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1208 = stablehlo.slice %1075 [10:11, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1209 = stablehlo.reshape %1208 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1210 = stablehlo.slice %1085 [10:11, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1211 = stablehlo.reshape %1210 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1212 = stablehlo.slice %1204 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1213 = stablehlo.slice %1205 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1214 = stablehlo.composite "mlxla.window_attention" %1206, %1209, %1211, %1212, %1213, %1207, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1215 = stablehlo.slice %1195 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1216 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1217 = stablehlo.slice %1075 [10:11, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1218 = stablehlo.reshape %1217 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1219 = stablehlo.slice %1085 [10:11, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1220 = stablehlo.reshape %1219 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1221 = stablehlo.slice %1204 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1222 = stablehlo.slice %1205 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1223 = stablehlo.composite "mlxla.window_attention" %1215, %1218, %1220, %1221, %1222, %1216, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1224 = stablehlo.slice %1204 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1225 = stablehlo.constant dense<10> : tensor<i32>
    %1226 = stablehlo.constant dense<0> : tensor<i32>
    %1227 = stablehlo.constant dense<0> : tensor<i32>
    %1228 = stablehlo.constant dense<512> : tensor<i32>
    %1229 = stablehlo.divide %arg1, %1228 : tensor<i32>
    %1230 = stablehlo.multiply %1229, %1228 : tensor<i32>
    %1231 = stablehlo.subtract %arg1, %1230 : tensor<i32>
    %1232 = stablehlo.reshape %1224 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1233 = stablehlo.dynamic_update_slice %1075, %1232, %1225, %1226, %1231, %1227, %1227 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1234 = stablehlo.slice %1205 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1235 = stablehlo.constant dense<10> : tensor<i32>
    %1236 = stablehlo.constant dense<0> : tensor<i32>
    %1237 = stablehlo.constant dense<0> : tensor<i32>
    %1238 = stablehlo.constant dense<512> : tensor<i32>
    %1239 = stablehlo.divide %arg1, %1238 : tensor<i32>
    %1240 = stablehlo.multiply %1239, %1238 : tensor<i32>
    %1241 = stablehlo.subtract %arg1, %1240 : tensor<i32>
    %1242 = stablehlo.reshape %1234 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1243 = stablehlo.dynamic_update_slice %1085, %1242, %1235, %1236, %1241, %1237, %1237 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1244 = stablehlo.slice %1204 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1245 = stablehlo.constant dense<10> : tensor<i32>
    %1246 = stablehlo.constant dense<1> : tensor<i32>
    %1247 = stablehlo.constant dense<0> : tensor<i32>
    %1248 = stablehlo.constant dense<512> : tensor<i32>
    %1249 = stablehlo.divide %arg1, %1248 : tensor<i32>
    %1250 = stablehlo.multiply %1249, %1248 : tensor<i32>
    %1251 = stablehlo.subtract %arg1, %1250 : tensor<i32>
    %1252 = stablehlo.reshape %1244 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1253 = stablehlo.dynamic_update_slice %1233, %1252, %1245, %1246, %1251, %1247, %1247 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1254 = stablehlo.slice %1205 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1255 = stablehlo.constant dense<10> : tensor<i32>
    %1256 = stablehlo.constant dense<1> : tensor<i32>
    %1257 = stablehlo.constant dense<0> : tensor<i32>
    %1258 = stablehlo.constant dense<512> : tensor<i32>
    %1259 = stablehlo.divide %arg1, %1258 : tensor<i32>
    %1260 = stablehlo.multiply %1259, %1258 : tensor<i32>
    %1261 = stablehlo.subtract %arg1, %1260 : tensor<i32>
    %1262 = stablehlo.reshape %1254 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1263 = stablehlo.dynamic_update_slice %1243, %1262, %1255, %1256, %1261, %1257, %1257 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1264 = stablehlo.concatenate %1214, %1223, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1265 = stablehlo.reshape %1264 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1266 = stablehlo.convert %arg169 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1267 = stablehlo.dot_general %1265, %1266, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1268 = stablehlo.composite "mlxla.rms_norm" %1267, %arg170 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1269 = stablehlo.add %1189, %1268 : tensor<2x1152xf32>
    %1270 = stablehlo.composite "mlxla.rms_norm" %1269, %arg171 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1271 = stablehlo.convert %arg173 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1272 = stablehlo.dot_general %1270, %1271, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1273 = stablehlo.multiply %1272, %1272 : tensor<2x6912xf32>
    %1274 = stablehlo.multiply %1273, %1272 : tensor<2x6912xf32>
    %1275 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1276 = stablehlo.multiply %1274, %1275 : tensor<2x6912xf32>
    %1277 = stablehlo.add %1272, %1276 : tensor<2x6912xf32>
    %1278 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1279 = stablehlo.multiply %1277, %1278 : tensor<2x6912xf32>
    %1280 = stablehlo.tanh %1279 : tensor<2x6912xf32>
    %1281 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1282 = stablehlo.add %1280, %1281 : tensor<2x6912xf32>
    %1283 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1284 = stablehlo.multiply %1272, %1283 : tensor<2x6912xf32>
    %1285 = stablehlo.multiply %1284, %1282 : tensor<2x6912xf32>
    %1286 = stablehlo.convert %arg174 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1287 = stablehlo.dot_general %1270, %1286, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1288 = stablehlo.multiply %1285, %1287 : tensor<2x6912xf32>
    %1289 = stablehlo.convert %arg175 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1290 = stablehlo.dot_general %1288, %1289, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1291 = stablehlo.composite "mlxla.rms_norm" %1290, %arg172 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1292 = stablehlo.add %1269, %1291 : tensor<2x1152xf32>
    %1293 = stablehlo.composite "mlxla.rms_norm" %1292, %arg176 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1294 = stablehlo.convert %arg177 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1295 = stablehlo.dot_general %1293, %1294, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1296 = stablehlo.reshape %1295 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1297 = stablehlo.composite "mlxla.rms_norm" %1296, %arg180 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1298 = stablehlo.composite "mlxla.rope" %1297, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1299 = stablehlo.convert %arg178 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1300 = stablehlo.dot_general %1293, %1299, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1301 = stablehlo.reshape %1300 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1302 = stablehlo.composite "mlxla.rms_norm" %1301, %arg181 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1303 = stablehlo.composite "mlxla.rope" %1302, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1304 = stablehlo.convert %arg179 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1305 = stablehlo.dot_general %1293, %1304, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1306 = stablehlo.reshape %1305 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1307 = stablehlo.convert %1303 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1308 = stablehlo.convert %1306 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1309 = stablehlo.slice %1298 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1310 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1311 = stablehlo.slice %1253 [11:12, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1312 = stablehlo.reshape %1311 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1313 = stablehlo.slice %1263 [11:12, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1314 = stablehlo.reshape %1313 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1315 = stablehlo.slice %1307 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1316 = stablehlo.slice %1308 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1317 = stablehlo.composite "mlxla.window_attention" %1309, %1312, %1314, %1315, %1316, %1310, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1318 = stablehlo.slice %1298 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1319 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1320 = stablehlo.slice %1253 [11:12, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1321 = stablehlo.reshape %1320 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1322 = stablehlo.slice %1263 [11:12, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1323 = stablehlo.reshape %1322 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1324 = stablehlo.slice %1307 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1325 = stablehlo.slice %1308 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1326 = stablehlo.composite "mlxla.window_attention" %1318, %1321, %1323, %1324, %1325, %1319, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1327 = stablehlo.slice %1307 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1328 = stablehlo.constant dense<11> : tensor<i32>
    %1329 = stablehlo.constant dense<0> : tensor<i32>
    %1330 = stablehlo.constant dense<0> : tensor<i32>
    %1331 = stablehlo.constant dense<512> : tensor<i32>
    %1332 = stablehlo.divide %arg1, %1331 : tensor<i32>
    %1333 = stablehlo.multiply %1332, %1331 : tensor<i32>
    %1334 = stablehlo.subtract %arg1, %1333 : tensor<i32>
    %1335 = stablehlo.reshape %1327 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1336 = stablehlo.dynamic_update_slice %1253, %1335, %1328, %1329, %1334, %1330, %1330 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1337 = stablehlo.slice %1308 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1338 = stablehlo.constant dense<11> : tensor<i32>
    %1339 = stablehlo.constant dense<0> : tensor<i32>
    %1340 = stablehlo.constant dense<0> : tensor<i32>
    %1341 = stablehlo.constant dense<512> : tensor<i32>
    %1342 = stablehlo.divide %arg1, %1341 : tensor<i32>
    %1343 = stablehlo.multiply %1342, %1341 : tensor<i32>
    %1344 = stablehlo.subtract %arg1, %1343 : tensor<i32>
    %1345 = stablehlo.reshape %1337 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1346 = stablehlo.dynamic_update_slice %1263, %1345, %1338, %1339, %1344, %1340, %1340 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1347 = stablehlo.slice %1307 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1348 = stablehlo.constant dense<11> : tensor<i32>
    %1349 = stablehlo.constant dense<1> : tensor<i32>
    %1350 = stablehlo.constant dense<0> : tensor<i32>
    %1351 = stablehlo.constant dense<512> : tensor<i32>
    %1352 = stablehlo.divide %arg1, %1351 : tensor<i32>
    %1353 = stablehlo.multiply %1352, %1351 : tensor<i32>
    %1354 = stablehlo.subtract %arg1, %1353 : tensor<i32>
    %1355 = stablehlo.reshape %1347 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1356 = stablehlo.dynamic_update_slice %1336, %1355, %1348, %1349, %1354, %1350, %1350 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1357 = stablehlo.slice %1308 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1358 = stablehlo.constant dense<11> : tensor<i32>
    %1359 = stablehlo.constant dense<1> : tensor<i32>
    %1360 = stablehlo.constant dense<0> : tensor<i32>
    %1361 = stablehlo.constant dense<512> : tensor<i32>
    %1362 = stablehlo.divide %arg1, %1361 : tensor<i32>
    %1363 = stablehlo.multiply %1362, %1361 : tensor<i32>
    %1364 = stablehlo.subtract %arg1, %1363 : tensor<i32>
    %1365 = stablehlo.reshape %1357 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1366 = stablehlo.dynamic_update_slice %1346, %1365, %1358, %1359, %1364, %1360, %1360 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1367 = stablehlo.concatenate %1317, %1326, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1368 = stablehlo.reshape %1367 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1369 = stablehlo.convert %arg182 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1370 = stablehlo.dot_general %1368, %1369, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1371 = stablehlo.composite "mlxla.rms_norm" %1370, %arg183 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1372 = stablehlo.add %1292, %1371 : tensor<2x1152xf32>
    %1373 = stablehlo.composite "mlxla.rms_norm" %1372, %arg184 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1374 = stablehlo.convert %arg186 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1375 = stablehlo.dot_general %1373, %1374, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1376 = stablehlo.multiply %1375, %1375 : tensor<2x6912xf32>
    %1377 = stablehlo.multiply %1376, %1375 : tensor<2x6912xf32>
    %1378 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1379 = stablehlo.multiply %1377, %1378 : tensor<2x6912xf32>
    %1380 = stablehlo.add %1375, %1379 : tensor<2x6912xf32>
    %1381 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1382 = stablehlo.multiply %1380, %1381 : tensor<2x6912xf32>
    %1383 = stablehlo.tanh %1382 : tensor<2x6912xf32>
    %1384 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1385 = stablehlo.add %1383, %1384 : tensor<2x6912xf32>
    %1386 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1387 = stablehlo.multiply %1375, %1386 : tensor<2x6912xf32>
    %1388 = stablehlo.multiply %1387, %1385 : tensor<2x6912xf32>
    %1389 = stablehlo.convert %arg187 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1390 = stablehlo.dot_general %1373, %1389, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1391 = stablehlo.multiply %1388, %1390 : tensor<2x6912xf32>
    %1392 = stablehlo.convert %arg188 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1393 = stablehlo.dot_general %1391, %1392, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1394 = stablehlo.composite "mlxla.rms_norm" %1393, %arg185 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1395 = stablehlo.add %1372, %1394 : tensor<2x1152xf32>
    %1396 = stablehlo.composite "mlxla.rms_norm" %1395, %arg189 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1397 = stablehlo.convert %arg190 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1398 = stablehlo.dot_general %1396, %1397, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1399 = stablehlo.reshape %1398 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1400 = stablehlo.composite "mlxla.rms_norm" %1399, %arg193 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1401 = stablehlo.composite "mlxla.rope" %1400, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1402 = stablehlo.convert %arg191 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1403 = stablehlo.dot_general %1396, %1402, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1404 = stablehlo.reshape %1403 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1405 = stablehlo.composite "mlxla.rms_norm" %1404, %arg194 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1406 = stablehlo.composite "mlxla.rope" %1405, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1407 = stablehlo.convert %arg192 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1408 = stablehlo.dot_general %1396, %1407, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1409 = stablehlo.reshape %1408 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1410 = stablehlo.convert %1406 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1411 = stablehlo.convert %1409 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1412 = stablehlo.slice %1401 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1413 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1414 = stablehlo.slice %1356 [12:13, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1415 = stablehlo.reshape %1414 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1416 = stablehlo.slice %1366 [12:13, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1417 = stablehlo.reshape %1416 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1418 = stablehlo.slice %1410 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1419 = stablehlo.slice %1411 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1420 = stablehlo.composite "mlxla.window_attention" %1412, %1415, %1417, %1418, %1419, %1413, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1421 = stablehlo.slice %1401 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1422 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1423 = stablehlo.slice %1356 [12:13, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1424 = stablehlo.reshape %1423 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1425 = stablehlo.slice %1366 [12:13, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1426 = stablehlo.reshape %1425 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1427 = stablehlo.slice %1410 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1428 = stablehlo.slice %1411 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1429 = stablehlo.composite "mlxla.window_attention" %1421, %1424, %1426, %1427, %1428, %1422, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1430 = stablehlo.slice %1410 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1431 = stablehlo.constant dense<12> : tensor<i32>
    %1432 = stablehlo.constant dense<0> : tensor<i32>
    %1433 = stablehlo.constant dense<0> : tensor<i32>
    %1434 = stablehlo.constant dense<512> : tensor<i32>
    %1435 = stablehlo.divide %arg1, %1434 : tensor<i32>
    %1436 = stablehlo.multiply %1435, %1434 : tensor<i32>
    %1437 = stablehlo.subtract %arg1, %1436 : tensor<i32>
    %1438 = stablehlo.reshape %1430 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1439 = stablehlo.dynamic_update_slice %1356, %1438, %1431, %1432, %1437, %1433, %1433 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1440 = stablehlo.slice %1411 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1441 = stablehlo.constant dense<12> : tensor<i32>
    %1442 = stablehlo.constant dense<0> : tensor<i32>
    %1443 = stablehlo.constant dense<0> : tensor<i32>
    %1444 = stablehlo.constant dense<512> : tensor<i32>
    %1445 = stablehlo.divide %arg1, %1444 : tensor<i32>
    %1446 = stablehlo.multiply %1445, %1444 : tensor<i32>
    %1447 = stablehlo.subtract %arg1, %1446 : tensor<i32>
    %1448 = stablehlo.reshape %1440 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1449 = stablehlo.dynamic_update_slice %1366, %1448, %1441, %1442, %1447, %1443, %1443 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1450 = stablehlo.slice %1410 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1451 = stablehlo.constant dense<12> : tensor<i32>
    %1452 = stablehlo.constant dense<1> : tensor<i32>
    %1453 = stablehlo.constant dense<0> : tensor<i32>
    %1454 = stablehlo.constant dense<512> : tensor<i32>
    %1455 = stablehlo.divide %arg1, %1454 : tensor<i32>
    %1456 = stablehlo.multiply %1455, %1454 : tensor<i32>
    %1457 = stablehlo.subtract %arg1, %1456 : tensor<i32>
    %1458 = stablehlo.reshape %1450 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1459 = stablehlo.dynamic_update_slice %1439, %1458, %1451, %1452, %1457, %1453, %1453 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1460 = stablehlo.slice %1411 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1461 = stablehlo.constant dense<12> : tensor<i32>
    %1462 = stablehlo.constant dense<1> : tensor<i32>
    %1463 = stablehlo.constant dense<0> : tensor<i32>
    %1464 = stablehlo.constant dense<512> : tensor<i32>
    %1465 = stablehlo.divide %arg1, %1464 : tensor<i32>
    %1466 = stablehlo.multiply %1465, %1464 : tensor<i32>
    %1467 = stablehlo.subtract %arg1, %1466 : tensor<i32>
    %1468 = stablehlo.reshape %1460 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1469 = stablehlo.dynamic_update_slice %1449, %1468, %1461, %1462, %1467, %1463, %1463 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1470 = stablehlo.concatenate %1420, %1429, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1471 = stablehlo.reshape %1470 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1472 = stablehlo.convert %arg195 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1473 = stablehlo.dot_general %1471, %1472, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1474 = stablehlo.composite "mlxla.rms_norm" %1473, %arg196 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1475 = stablehlo.add %1395, %1474 : tensor<2x1152xf32>
    %1476 = stablehlo.composite "mlxla.rms_norm" %1475, %arg197 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1477 = stablehlo.convert %arg199 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1478 = stablehlo.dot_general %1476, %1477, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1479 = stablehlo.multiply %1478, %1478 : tensor<2x6912xf32>
    %1480 = stablehlo.multiply %1479, %1478 : tensor<2x6912xf32>
    %1481 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1482 = stablehlo.multiply %1480, %1481 : tensor<2x6912xf32>
    %1483 = stablehlo.add %1478, %1482 : tensor<2x6912xf32>
    %1484 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1485 = stablehlo.multiply %1483, %1484 : tensor<2x6912xf32>
    %1486 = stablehlo.tanh %1485 : tensor<2x6912xf32>
    %1487 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1488 = stablehlo.add %1486, %1487 : tensor<2x6912xf32>
    %1489 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1490 = stablehlo.multiply %1478, %1489 : tensor<2x6912xf32>
    %1491 = stablehlo.multiply %1490, %1488 : tensor<2x6912xf32>
    %1492 = stablehlo.convert %arg200 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1493 = stablehlo.dot_general %1476, %1492, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1494 = stablehlo.multiply %1491, %1493 : tensor<2x6912xf32>
    %1495 = stablehlo.convert %arg201 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1496 = stablehlo.dot_general %1494, %1495, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1497 = stablehlo.composite "mlxla.rms_norm" %1496, %arg198 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1498 = stablehlo.add %1475, %1497 : tensor<2x1152xf32>
    %1499 = stablehlo.composite "mlxla.rms_norm" %1498, %arg202 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1500 = stablehlo.convert %arg203 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1501 = stablehlo.dot_general %1499, %1500, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1502 = stablehlo.reshape %1501 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1503 = stablehlo.composite "mlxla.rms_norm" %1502, %arg206 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1504 = stablehlo.composite "mlxla.rope" %1503, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1505 = stablehlo.convert %arg204 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1506 = stablehlo.dot_general %1499, %1505, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1507 = stablehlo.reshape %1506 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1508 = stablehlo.composite "mlxla.rms_norm" %1507, %arg207 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1509 = stablehlo.composite "mlxla.rope" %1508, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1510 = stablehlo.convert %arg205 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1511 = stablehlo.dot_general %1499, %1510, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1512 = stablehlo.reshape %1511 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1513 = stablehlo.convert %1509 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1514 = stablehlo.convert %1512 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1515 = stablehlo.slice %1504 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1516 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1517 = stablehlo.slice %1459 [13:14, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1518 = stablehlo.reshape %1517 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1519 = stablehlo.slice %1469 [13:14, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1520 = stablehlo.reshape %1519 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1521 = stablehlo.slice %1513 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1522 = stablehlo.slice %1514 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1523 = stablehlo.composite "mlxla.window_attention" %1515, %1518, %1520, %1521, %1522, %1516, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1524 = stablehlo.slice %1504 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1525 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1526 = stablehlo.slice %1459 [13:14, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1527 = stablehlo.reshape %1526 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1528 = stablehlo.slice %1469 [13:14, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1529 = stablehlo.reshape %1528 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1530 = stablehlo.slice %1513 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1531 = stablehlo.slice %1514 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1532 = stablehlo.composite "mlxla.window_attention" %1524, %1527, %1529, %1530, %1531, %1525, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1533 = stablehlo.slice %1513 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1534 = stablehlo.constant dense<13> : tensor<i32>
    %1535 = stablehlo.constant dense<0> : tensor<i32>
    %1536 = stablehlo.constant dense<0> : tensor<i32>
    %1537 = stablehlo.constant dense<512> : tensor<i32>
    %1538 = stablehlo.divide %arg1, %1537 : tensor<i32>
    %1539 = stablehlo.multiply %1538, %1537 : tensor<i32>
    %1540 = stablehlo.subtract %arg1, %1539 : tensor<i32>
    %1541 = stablehlo.reshape %1533 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1542 = stablehlo.dynamic_update_slice %1459, %1541, %1534, %1535, %1540, %1536, %1536 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1543 = stablehlo.slice %1514 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1544 = stablehlo.constant dense<13> : tensor<i32>
    %1545 = stablehlo.constant dense<0> : tensor<i32>
    %1546 = stablehlo.constant dense<0> : tensor<i32>
    %1547 = stablehlo.constant dense<512> : tensor<i32>
    %1548 = stablehlo.divide %arg1, %1547 : tensor<i32>
    %1549 = stablehlo.multiply %1548, %1547 : tensor<i32>
    %1550 = stablehlo.subtract %arg1, %1549 : tensor<i32>
    %1551 = stablehlo.reshape %1543 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1552 = stablehlo.dynamic_update_slice %1469, %1551, %1544, %1545, %1550, %1546, %1546 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1553 = stablehlo.slice %1513 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1554 = stablehlo.constant dense<13> : tensor<i32>
    %1555 = stablehlo.constant dense<1> : tensor<i32>
    %1556 = stablehlo.constant dense<0> : tensor<i32>
    %1557 = stablehlo.constant dense<512> : tensor<i32>
    %1558 = stablehlo.divide %arg1, %1557 : tensor<i32>
    %1559 = stablehlo.multiply %1558, %1557 : tensor<i32>
    %1560 = stablehlo.subtract %arg1, %1559 : tensor<i32>
    %1561 = stablehlo.reshape %1553 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1562 = stablehlo.dynamic_update_slice %1542, %1561, %1554, %1555, %1560, %1556, %1556 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1563 = stablehlo.slice %1514 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1564 = stablehlo.constant dense<13> : tensor<i32>
    %1565 = stablehlo.constant dense<1> : tensor<i32>
    %1566 = stablehlo.constant dense<0> : tensor<i32>
    %1567 = stablehlo.constant dense<512> : tensor<i32>
    %1568 = stablehlo.divide %arg1, %1567 : tensor<i32>
    %1569 = stablehlo.multiply %1568, %1567 : tensor<i32>
    %1570 = stablehlo.subtract %arg1, %1569 : tensor<i32>
    %1571 = stablehlo.reshape %1563 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1572 = stablehlo.dynamic_update_slice %1552, %1571, %1564, %1565, %1570, %1566, %1566 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1573 = stablehlo.concatenate %1523, %1532, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1574 = stablehlo.reshape %1573 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1575 = stablehlo.convert %arg208 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1576 = stablehlo.dot_general %1574, %1575, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1577 = stablehlo.composite "mlxla.rms_norm" %1576, %arg209 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1578 = stablehlo.add %1498, %1577 : tensor<2x1152xf32>
    %1579 = stablehlo.composite "mlxla.rms_norm" %1578, %arg210 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1580 = stablehlo.convert %arg212 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1581 = stablehlo.dot_general %1579, %1580, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1582 = stablehlo.multiply %1581, %1581 : tensor<2x6912xf32>
    %1583 = stablehlo.multiply %1582, %1581 : tensor<2x6912xf32>
    %1584 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1585 = stablehlo.multiply %1583, %1584 : tensor<2x6912xf32>
    %1586 = stablehlo.add %1581, %1585 : tensor<2x6912xf32>
    %1587 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1588 = stablehlo.multiply %1586, %1587 : tensor<2x6912xf32>
    %1589 = stablehlo.tanh %1588 : tensor<2x6912xf32>
    %1590 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1591 = stablehlo.add %1589, %1590 : tensor<2x6912xf32>
    %1592 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1593 = stablehlo.multiply %1581, %1592 : tensor<2x6912xf32>
    %1594 = stablehlo.multiply %1593, %1591 : tensor<2x6912xf32>
    %1595 = stablehlo.convert %arg213 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1596 = stablehlo.dot_general %1579, %1595, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1597 = stablehlo.multiply %1594, %1596 : tensor<2x6912xf32>
    %1598 = stablehlo.convert %arg214 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1599 = stablehlo.dot_general %1597, %1598, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1600 = stablehlo.composite "mlxla.rms_norm" %1599, %arg211 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1601 = stablehlo.add %1578, %1600 : tensor<2x1152xf32>
    %1602 = stablehlo.composite "mlxla.rms_norm" %1601, %arg215 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1603 = stablehlo.convert %arg216 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1604 = stablehlo.dot_general %1602, %1603, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1605 = stablehlo.reshape %1604 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1606 = stablehlo.composite "mlxla.rms_norm" %1605, %arg219 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1607 = stablehlo.composite "mlxla.rope" %1606, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1608 = stablehlo.convert %arg217 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1609 = stablehlo.dot_general %1602, %1608, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1610 = stablehlo.reshape %1609 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1611 = stablehlo.composite "mlxla.rms_norm" %1610, %arg220 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1612 = stablehlo.composite "mlxla.rope" %1611, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1613 = stablehlo.convert %arg218 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1614 = stablehlo.dot_general %1602, %1613, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1615 = stablehlo.reshape %1614 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1616 = stablehlo.convert %1612 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1617 = stablehlo.convert %1615 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1618 = stablehlo.slice %1607 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1619 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1620 = stablehlo.slice %1562 [14:15, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1621 = stablehlo.reshape %1620 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1622 = stablehlo.slice %1572 [14:15, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1623 = stablehlo.reshape %1622 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1624 = stablehlo.slice %1616 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1625 = stablehlo.slice %1617 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1626 = stablehlo.composite "mlxla.window_attention" %1618, %1621, %1623, %1624, %1625, %1619, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1627 = stablehlo.slice %1607 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1628 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1629 = stablehlo.slice %1562 [14:15, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1630 = stablehlo.reshape %1629 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1631 = stablehlo.slice %1572 [14:15, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1632 = stablehlo.reshape %1631 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1633 = stablehlo.slice %1616 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1634 = stablehlo.slice %1617 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1635 = stablehlo.composite "mlxla.window_attention" %1627, %1630, %1632, %1633, %1634, %1628, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1636 = stablehlo.slice %1616 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1637 = stablehlo.constant dense<14> : tensor<i32>
    %1638 = stablehlo.constant dense<0> : tensor<i32>
    %1639 = stablehlo.constant dense<0> : tensor<i32>
    %1640 = stablehlo.constant dense<512> : tensor<i32>
    %1641 = stablehlo.divide %arg1, %1640 : tensor<i32>
    %1642 = stablehlo.multiply %1641, %1640 : tensor<i32>
    %1643 = stablehlo.subtract %arg1, %1642 : tensor<i32>
    %1644 = stablehlo.reshape %1636 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1645 = stablehlo.dynamic_update_slice %1562, %1644, %1637, %1638, %1643, %1639, %1639 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1646 = stablehlo.slice %1617 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1647 = stablehlo.constant dense<14> : tensor<i32>
    %1648 = stablehlo.constant dense<0> : tensor<i32>
    %1649 = stablehlo.constant dense<0> : tensor<i32>
    %1650 = stablehlo.constant dense<512> : tensor<i32>
    %1651 = stablehlo.divide %arg1, %1650 : tensor<i32>
    %1652 = stablehlo.multiply %1651, %1650 : tensor<i32>
    %1653 = stablehlo.subtract %arg1, %1652 : tensor<i32>
    %1654 = stablehlo.reshape %1646 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1655 = stablehlo.dynamic_update_slice %1572, %1654, %1647, %1648, %1653, %1649, %1649 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1656 = stablehlo.slice %1616 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1657 = stablehlo.constant dense<14> : tensor<i32>
    %1658 = stablehlo.constant dense<1> : tensor<i32>
    %1659 = stablehlo.constant dense<0> : tensor<i32>
    %1660 = stablehlo.constant dense<512> : tensor<i32>
    %1661 = stablehlo.divide %arg1, %1660 : tensor<i32>
    %1662 = stablehlo.multiply %1661, %1660 : tensor<i32>
    %1663 = stablehlo.subtract %arg1, %1662 : tensor<i32>
    %1664 = stablehlo.reshape %1656 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1665 = stablehlo.dynamic_update_slice %1645, %1664, %1657, %1658, %1663, %1659, %1659 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1666 = stablehlo.slice %1617 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1667 = stablehlo.constant dense<14> : tensor<i32>
    %1668 = stablehlo.constant dense<1> : tensor<i32>
    %1669 = stablehlo.constant dense<0> : tensor<i32>
    %1670 = stablehlo.constant dense<512> : tensor<i32>
    %1671 = stablehlo.divide %arg1, %1670 : tensor<i32>
    %1672 = stablehlo.multiply %1671, %1670 : tensor<i32>
    %1673 = stablehlo.subtract %arg1, %1672 : tensor<i32>
    %1674 = stablehlo.reshape %1666 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1675 = stablehlo.dynamic_update_slice %1655, %1674, %1667, %1668, %1673, %1669, %1669 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1676 = stablehlo.concatenate %1626, %1635, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1677 = stablehlo.reshape %1676 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1678 = stablehlo.convert %arg221 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1679 = stablehlo.dot_general %1677, %1678, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1680 = stablehlo.composite "mlxla.rms_norm" %1679, %arg222 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1681 = stablehlo.add %1601, %1680 : tensor<2x1152xf32>
    %1682 = stablehlo.composite "mlxla.rms_norm" %1681, %arg223 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1683 = stablehlo.convert %arg225 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1684 = stablehlo.dot_general %1682, %1683, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1685 = stablehlo.multiply %1684, %1684 : tensor<2x6912xf32>
    %1686 = stablehlo.multiply %1685, %1684 : tensor<2x6912xf32>
    %1687 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1688 = stablehlo.multiply %1686, %1687 : tensor<2x6912xf32>
    %1689 = stablehlo.add %1684, %1688 : tensor<2x6912xf32>
    %1690 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1691 = stablehlo.multiply %1689, %1690 : tensor<2x6912xf32>
    %1692 = stablehlo.tanh %1691 : tensor<2x6912xf32>
    %1693 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1694 = stablehlo.add %1692, %1693 : tensor<2x6912xf32>
    %1695 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1696 = stablehlo.multiply %1684, %1695 : tensor<2x6912xf32>
    %1697 = stablehlo.multiply %1696, %1694 : tensor<2x6912xf32>
    %1698 = stablehlo.convert %arg226 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1699 = stablehlo.dot_general %1682, %1698, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1700 = stablehlo.multiply %1697, %1699 : tensor<2x6912xf32>
    %1701 = stablehlo.convert %arg227 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1702 = stablehlo.dot_general %1700, %1701, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1703 = stablehlo.composite "mlxla.rms_norm" %1702, %arg224 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1704 = stablehlo.add %1681, %1703 : tensor<2x1152xf32>
    %1705 = stablehlo.composite "mlxla.rms_norm" %1704, %arg228 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1706 = stablehlo.convert %arg229 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1707 = stablehlo.dot_general %1705, %1706, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1708 = stablehlo.reshape %1707 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1709 = stablehlo.composite "mlxla.rms_norm" %1708, %arg232 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1710 = stablehlo.composite "mlxla.rope" %1709, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1711 = stablehlo.convert %arg230 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1712 = stablehlo.dot_general %1705, %1711, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1713 = stablehlo.reshape %1712 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1714 = stablehlo.composite "mlxla.rms_norm" %1713, %arg233 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1715 = stablehlo.composite "mlxla.rope" %1714, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1716 = stablehlo.convert %arg231 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1717 = stablehlo.dot_general %1705, %1716, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1718 = stablehlo.reshape %1717 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1719 = stablehlo.convert %1715 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1720 = stablehlo.convert %1718 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1721 = stablehlo.constant dense<2> : tensor<i32>
    %1722 = stablehlo.constant dense<0> : tensor<i32>
    %1723 = stablehlo.constant dense<0> : tensor<i32>
    %1724 = stablehlo.slice %1719 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1725 = stablehlo.reshape %1724 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1726 = stablehlo.dynamic_update_slice %1143, %1725, %1721, %1723, %arg1, %1722, %1722 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1727 = stablehlo.slice %1720 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1728 = stablehlo.reshape %1727 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1729 = stablehlo.dynamic_update_slice %1146, %1728, %1721, %1723, %arg1, %1722, %1722 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1730 = stablehlo.constant dense<1> : tensor<i32>
    %1731 = stablehlo.slice %1719 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1732 = stablehlo.reshape %1731 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1733 = stablehlo.dynamic_update_slice %1726, %1732, %1721, %1730, %arg1, %1722, %1722 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1734 = stablehlo.slice %1720 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1735 = stablehlo.reshape %1734 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1736 = stablehlo.dynamic_update_slice %1729, %1735, %1721, %1730, %arg1, %1722, %1722 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1737 = stablehlo.slice %1710 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1738 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1739 = stablehlo.slice %1733 [2:3, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1740 = stablehlo.reshape %1739 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1741 = stablehlo.slice %1736 [2:3, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1742 = stablehlo.reshape %1741 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1743 = stablehlo.composite "mlxla.attention" %1737, %1740, %1742, %1738, %2 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1744 = stablehlo.slice %1710 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1745 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1746 = stablehlo.slice %1733 [2:3, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1747 = stablehlo.reshape %1746 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1748 = stablehlo.slice %1736 [2:3, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1749 = stablehlo.reshape %1748 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1750 = stablehlo.composite "mlxla.attention" %1744, %1747, %1749, %1745, %4 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1751 = stablehlo.concatenate %1743, %1750, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1752 = stablehlo.reshape %1751 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1753 = stablehlo.convert %arg234 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1754 = stablehlo.dot_general %1752, %1753, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1755 = stablehlo.composite "mlxla.rms_norm" %1754, %arg235 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1756 = stablehlo.add %1704, %1755 : tensor<2x1152xf32>
    %1757 = stablehlo.composite "mlxla.rms_norm" %1756, %arg236 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1758 = stablehlo.convert %arg238 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1759 = stablehlo.dot_general %1757, %1758, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1760 = stablehlo.multiply %1759, %1759 : tensor<2x6912xf32>
    %1761 = stablehlo.multiply %1760, %1759 : tensor<2x6912xf32>
    %1762 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1763 = stablehlo.multiply %1761, %1762 : tensor<2x6912xf32>
    %1764 = stablehlo.add %1759, %1763 : tensor<2x6912xf32>
    %1765 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1766 = stablehlo.multiply %1764, %1765 : tensor<2x6912xf32>
    %1767 = stablehlo.tanh %1766 : tensor<2x6912xf32>
    %1768 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1769 = stablehlo.add %1767, %1768 : tensor<2x6912xf32>
    %1770 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1771 = stablehlo.multiply %1759, %1770 : tensor<2x6912xf32>
    %1772 = stablehlo.multiply %1771, %1769 : tensor<2x6912xf32>
    %1773 = stablehlo.convert %arg239 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1774 = stablehlo.dot_general %1757, %1773, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1775 = stablehlo.multiply %1772, %1774 : tensor<2x6912xf32>
    %1776 = stablehlo.convert %arg240 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1777 = stablehlo.dot_general %1775, %1776, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1778 = stablehlo.composite "mlxla.rms_norm" %1777, %arg237 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1779 = stablehlo.add %1756, %1778 : tensor<2x1152xf32>
    %1780 = stablehlo.composite "mlxla.rms_norm" %1779, %arg241 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1781 = stablehlo.convert %arg242 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1782 = stablehlo.dot_general %1780, %1781, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1783 = stablehlo.reshape %1782 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1784 = stablehlo.composite "mlxla.rms_norm" %1783, %arg245 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1785 = stablehlo.composite "mlxla.rope" %1784, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1786 = stablehlo.convert %arg243 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1787 = stablehlo.dot_general %1780, %1786, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1788 = stablehlo.reshape %1787 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1789 = stablehlo.composite "mlxla.rms_norm" %1788, %arg246 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1790 = stablehlo.composite "mlxla.rope" %1789, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1791 = stablehlo.convert %arg244 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1792 = stablehlo.dot_general %1780, %1791, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1793 = stablehlo.reshape %1792 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1794 = stablehlo.convert %1790 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1795 = stablehlo.convert %1793 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1796 = stablehlo.slice %1785 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1797 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1798 = stablehlo.slice %1665 [15:16, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1799 = stablehlo.reshape %1798 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1800 = stablehlo.slice %1675 [15:16, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1801 = stablehlo.reshape %1800 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1802 = stablehlo.slice %1794 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1803 = stablehlo.slice %1795 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1804 = stablehlo.composite "mlxla.window_attention" %1796, %1799, %1801, %1802, %1803, %1797, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1805 = stablehlo.slice %1785 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1806 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1807 = stablehlo.slice %1665 [15:16, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1808 = stablehlo.reshape %1807 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1809 = stablehlo.slice %1675 [15:16, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1810 = stablehlo.reshape %1809 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1811 = stablehlo.slice %1794 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1812 = stablehlo.slice %1795 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1813 = stablehlo.composite "mlxla.window_attention" %1805, %1808, %1810, %1811, %1812, %1806, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1814 = stablehlo.slice %1794 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1815 = stablehlo.constant dense<15> : tensor<i32>
    %1816 = stablehlo.constant dense<0> : tensor<i32>
    %1817 = stablehlo.constant dense<0> : tensor<i32>
    %1818 = stablehlo.constant dense<512> : tensor<i32>
    %1819 = stablehlo.divide %arg1, %1818 : tensor<i32>
    %1820 = stablehlo.multiply %1819, %1818 : tensor<i32>
    %1821 = stablehlo.subtract %arg1, %1820 : tensor<i32>
    %1822 = stablehlo.reshape %1814 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1823 = stablehlo.dynamic_update_slice %1665, %1822, %1815, %1816, %1821, %1817, %1817 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1824 = stablehlo.slice %1795 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1825 = stablehlo.constant dense<15> : tensor<i32>
    %1826 = stablehlo.constant dense<0> : tensor<i32>
    %1827 = stablehlo.constant dense<0> : tensor<i32>
    %1828 = stablehlo.constant dense<512> : tensor<i32>
    %1829 = stablehlo.divide %arg1, %1828 : tensor<i32>
    %1830 = stablehlo.multiply %1829, %1828 : tensor<i32>
    %1831 = stablehlo.subtract %arg1, %1830 : tensor<i32>
    %1832 = stablehlo.reshape %1824 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1833 = stablehlo.dynamic_update_slice %1675, %1832, %1825, %1826, %1831, %1827, %1827 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1834 = stablehlo.slice %1794 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1835 = stablehlo.constant dense<15> : tensor<i32>
    %1836 = stablehlo.constant dense<1> : tensor<i32>
    %1837 = stablehlo.constant dense<0> : tensor<i32>
    %1838 = stablehlo.constant dense<512> : tensor<i32>
    %1839 = stablehlo.divide %arg1, %1838 : tensor<i32>
    %1840 = stablehlo.multiply %1839, %1838 : tensor<i32>
    %1841 = stablehlo.subtract %arg1, %1840 : tensor<i32>
    %1842 = stablehlo.reshape %1834 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1843 = stablehlo.dynamic_update_slice %1823, %1842, %1835, %1836, %1841, %1837, %1837 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1844 = stablehlo.slice %1795 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1845 = stablehlo.constant dense<15> : tensor<i32>
    %1846 = stablehlo.constant dense<1> : tensor<i32>
    %1847 = stablehlo.constant dense<0> : tensor<i32>
    %1848 = stablehlo.constant dense<512> : tensor<i32>
    %1849 = stablehlo.divide %arg1, %1848 : tensor<i32>
    %1850 = stablehlo.multiply %1849, %1848 : tensor<i32>
    %1851 = stablehlo.subtract %arg1, %1850 : tensor<i32>
    %1852 = stablehlo.reshape %1844 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1853 = stablehlo.dynamic_update_slice %1833, %1852, %1845, %1846, %1851, %1847, %1847 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1854 = stablehlo.concatenate %1804, %1813, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1855 = stablehlo.reshape %1854 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1856 = stablehlo.convert %arg247 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1857 = stablehlo.dot_general %1855, %1856, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1858 = stablehlo.composite "mlxla.rms_norm" %1857, %arg248 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1859 = stablehlo.add %1779, %1858 : tensor<2x1152xf32>
    %1860 = stablehlo.composite "mlxla.rms_norm" %1859, %arg249 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1861 = stablehlo.convert %arg251 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1862 = stablehlo.dot_general %1860, %1861, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1863 = stablehlo.multiply %1862, %1862 : tensor<2x6912xf32>
    %1864 = stablehlo.multiply %1863, %1862 : tensor<2x6912xf32>
    %1865 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1866 = stablehlo.multiply %1864, %1865 : tensor<2x6912xf32>
    %1867 = stablehlo.add %1862, %1866 : tensor<2x6912xf32>
    %1868 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1869 = stablehlo.multiply %1867, %1868 : tensor<2x6912xf32>
    %1870 = stablehlo.tanh %1869 : tensor<2x6912xf32>
    %1871 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1872 = stablehlo.add %1870, %1871 : tensor<2x6912xf32>
    %1873 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1874 = stablehlo.multiply %1862, %1873 : tensor<2x6912xf32>
    %1875 = stablehlo.multiply %1874, %1872 : tensor<2x6912xf32>
    %1876 = stablehlo.convert %arg252 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1877 = stablehlo.dot_general %1860, %1876, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1878 = stablehlo.multiply %1875, %1877 : tensor<2x6912xf32>
    %1879 = stablehlo.convert %arg253 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1880 = stablehlo.dot_general %1878, %1879, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1881 = stablehlo.composite "mlxla.rms_norm" %1880, %arg250 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1882 = stablehlo.add %1859, %1881 : tensor<2x1152xf32>
    %1883 = stablehlo.composite "mlxla.rms_norm" %1882, %arg254 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1884 = stablehlo.convert %arg255 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1885 = stablehlo.dot_general %1883, %1884, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1886 = stablehlo.reshape %1885 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1887 = stablehlo.composite "mlxla.rms_norm" %1886, %arg258 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1888 = stablehlo.composite "mlxla.rope" %1887, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1889 = stablehlo.convert %arg256 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1890 = stablehlo.dot_general %1883, %1889, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1891 = stablehlo.reshape %1890 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1892 = stablehlo.composite "mlxla.rms_norm" %1891, %arg259 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1893 = stablehlo.composite "mlxla.rope" %1892, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1894 = stablehlo.convert %arg257 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1895 = stablehlo.dot_general %1883, %1894, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1896 = stablehlo.reshape %1895 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1897 = stablehlo.convert %1893 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1898 = stablehlo.convert %1896 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1899 = stablehlo.slice %1888 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1900 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1901 = stablehlo.slice %1843 [16:17, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1902 = stablehlo.reshape %1901 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1903 = stablehlo.slice %1853 [16:17, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1904 = stablehlo.reshape %1903 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1905 = stablehlo.slice %1897 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1906 = stablehlo.slice %1898 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1907 = stablehlo.composite "mlxla.window_attention" %1899, %1902, %1904, %1905, %1906, %1900, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1908 = stablehlo.slice %1888 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1909 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1910 = stablehlo.slice %1843 [16:17, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1911 = stablehlo.reshape %1910 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1912 = stablehlo.slice %1853 [16:17, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1913 = stablehlo.reshape %1912 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1914 = stablehlo.slice %1897 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1915 = stablehlo.slice %1898 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1916 = stablehlo.composite "mlxla.window_attention" %1908, %1911, %1913, %1914, %1915, %1909, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1917 = stablehlo.slice %1897 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1918 = stablehlo.constant dense<16> : tensor<i32>
    %1919 = stablehlo.constant dense<0> : tensor<i32>
    %1920 = stablehlo.constant dense<0> : tensor<i32>
    %1921 = stablehlo.constant dense<512> : tensor<i32>
    %1922 = stablehlo.divide %arg1, %1921 : tensor<i32>
    %1923 = stablehlo.multiply %1922, %1921 : tensor<i32>
    %1924 = stablehlo.subtract %arg1, %1923 : tensor<i32>
    %1925 = stablehlo.reshape %1917 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1926 = stablehlo.dynamic_update_slice %1843, %1925, %1918, %1919, %1924, %1920, %1920 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1927 = stablehlo.slice %1898 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1928 = stablehlo.constant dense<16> : tensor<i32>
    %1929 = stablehlo.constant dense<0> : tensor<i32>
    %1930 = stablehlo.constant dense<0> : tensor<i32>
    %1931 = stablehlo.constant dense<512> : tensor<i32>
    %1932 = stablehlo.divide %arg1, %1931 : tensor<i32>
    %1933 = stablehlo.multiply %1932, %1931 : tensor<i32>
    %1934 = stablehlo.subtract %arg1, %1933 : tensor<i32>
    %1935 = stablehlo.reshape %1927 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1936 = stablehlo.dynamic_update_slice %1853, %1935, %1928, %1929, %1934, %1930, %1930 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1937 = stablehlo.slice %1897 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1938 = stablehlo.constant dense<16> : tensor<i32>
    %1939 = stablehlo.constant dense<1> : tensor<i32>
    %1940 = stablehlo.constant dense<0> : tensor<i32>
    %1941 = stablehlo.constant dense<512> : tensor<i32>
    %1942 = stablehlo.divide %arg1, %1941 : tensor<i32>
    %1943 = stablehlo.multiply %1942, %1941 : tensor<i32>
    %1944 = stablehlo.subtract %arg1, %1943 : tensor<i32>
    %1945 = stablehlo.reshape %1937 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1946 = stablehlo.dynamic_update_slice %1926, %1945, %1938, %1939, %1944, %1940, %1940 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1947 = stablehlo.slice %1898 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1948 = stablehlo.constant dense<16> : tensor<i32>
    %1949 = stablehlo.constant dense<1> : tensor<i32>
    %1950 = stablehlo.constant dense<0> : tensor<i32>
    %1951 = stablehlo.constant dense<512> : tensor<i32>
    %1952 = stablehlo.divide %arg1, %1951 : tensor<i32>
    %1953 = stablehlo.multiply %1952, %1951 : tensor<i32>
    %1954 = stablehlo.subtract %arg1, %1953 : tensor<i32>
    %1955 = stablehlo.reshape %1947 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1956 = stablehlo.dynamic_update_slice %1936, %1955, %1948, %1949, %1954, %1950, %1950 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1957 = stablehlo.concatenate %1907, %1916, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1958 = stablehlo.reshape %1957 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1959 = stablehlo.convert %arg260 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1960 = stablehlo.dot_general %1958, %1959, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1961 = stablehlo.composite "mlxla.rms_norm" %1960, %arg261 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1962 = stablehlo.add %1882, %1961 : tensor<2x1152xf32>
    %1963 = stablehlo.composite "mlxla.rms_norm" %1962, %arg262 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1964 = stablehlo.convert %arg264 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1965 = stablehlo.dot_general %1963, %1964, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1966 = stablehlo.multiply %1965, %1965 : tensor<2x6912xf32>
    %1967 = stablehlo.multiply %1966, %1965 : tensor<2x6912xf32>
    %1968 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1969 = stablehlo.multiply %1967, %1968 : tensor<2x6912xf32>
    %1970 = stablehlo.add %1965, %1969 : tensor<2x6912xf32>
    %1971 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1972 = stablehlo.multiply %1970, %1971 : tensor<2x6912xf32>
    %1973 = stablehlo.tanh %1972 : tensor<2x6912xf32>
    %1974 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1975 = stablehlo.add %1973, %1974 : tensor<2x6912xf32>
    %1976 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1977 = stablehlo.multiply %1965, %1976 : tensor<2x6912xf32>
    %1978 = stablehlo.multiply %1977, %1975 : tensor<2x6912xf32>
    %1979 = stablehlo.convert %arg265 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1980 = stablehlo.dot_general %1963, %1979, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1981 = stablehlo.multiply %1978, %1980 : tensor<2x6912xf32>
    %1982 = stablehlo.convert %arg266 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1983 = stablehlo.dot_general %1981, %1982, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1984 = stablehlo.composite "mlxla.rms_norm" %1983, %arg263 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1985 = stablehlo.add %1962, %1984 : tensor<2x1152xf32>
    %1986 = stablehlo.composite "mlxla.rms_norm" %1985, %arg267 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1987 = stablehlo.convert %arg268 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1988 = stablehlo.dot_general %1986, %1987, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1989 = stablehlo.reshape %1988 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1990 = stablehlo.composite "mlxla.rms_norm" %1989, %arg271 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1991 = stablehlo.composite "mlxla.rope" %1990, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1992 = stablehlo.convert %arg269 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1993 = stablehlo.dot_general %1986, %1992, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1994 = stablehlo.reshape %1993 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1995 = stablehlo.composite "mlxla.rms_norm" %1994, %arg272 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1996 = stablehlo.composite "mlxla.rope" %1995, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1997 = stablehlo.convert %arg270 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1998 = stablehlo.dot_general %1986, %1997, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1999 = stablehlo.reshape %1998 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2000 = stablehlo.convert %1996 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2001 = stablehlo.convert %1999 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2002 = stablehlo.slice %1991 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2003 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2004 = stablehlo.slice %1946 [17:18, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2005 = stablehlo.reshape %2004 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2006 = stablehlo.slice %1956 [17:18, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2007 = stablehlo.reshape %2006 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2008 = stablehlo.slice %2000 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2009 = stablehlo.slice %2001 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2010 = stablehlo.composite "mlxla.window_attention" %2002, %2005, %2007, %2008, %2009, %2003, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2011 = stablehlo.slice %1991 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2012 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2013 = stablehlo.slice %1946 [17:18, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2014 = stablehlo.reshape %2013 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2015 = stablehlo.slice %1956 [17:18, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2016 = stablehlo.reshape %2015 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2017 = stablehlo.slice %2000 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2018 = stablehlo.slice %2001 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2019 = stablehlo.composite "mlxla.window_attention" %2011, %2014, %2016, %2017, %2018, %2012, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2020 = stablehlo.slice %2000 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2021 = stablehlo.constant dense<17> : tensor<i32>
    %2022 = stablehlo.constant dense<0> : tensor<i32>
    %2023 = stablehlo.constant dense<0> : tensor<i32>
    %2024 = stablehlo.constant dense<512> : tensor<i32>
    %2025 = stablehlo.divide %arg1, %2024 : tensor<i32>
    %2026 = stablehlo.multiply %2025, %2024 : tensor<i32>
    %2027 = stablehlo.subtract %arg1, %2026 : tensor<i32>
    %2028 = stablehlo.reshape %2020 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2029 = stablehlo.dynamic_update_slice %1946, %2028, %2021, %2022, %2027, %2023, %2023 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2030 = stablehlo.slice %2001 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2031 = stablehlo.constant dense<17> : tensor<i32>
    %2032 = stablehlo.constant dense<0> : tensor<i32>
    %2033 = stablehlo.constant dense<0> : tensor<i32>
    %2034 = stablehlo.constant dense<512> : tensor<i32>
    %2035 = stablehlo.divide %arg1, %2034 : tensor<i32>
    %2036 = stablehlo.multiply %2035, %2034 : tensor<i32>
    %2037 = stablehlo.subtract %arg1, %2036 : tensor<i32>
    %2038 = stablehlo.reshape %2030 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2039 = stablehlo.dynamic_update_slice %1956, %2038, %2031, %2032, %2037, %2033, %2033 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2040 = stablehlo.slice %2000 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2041 = stablehlo.constant dense<17> : tensor<i32>
    %2042 = stablehlo.constant dense<1> : tensor<i32>
    %2043 = stablehlo.constant dense<0> : tensor<i32>
    %2044 = stablehlo.constant dense<512> : tensor<i32>
    %2045 = stablehlo.divide %arg1, %2044 : tensor<i32>
    %2046 = stablehlo.multiply %2045, %2044 : tensor<i32>
    %2047 = stablehlo.subtract %arg1, %2046 : tensor<i32>
    %2048 = stablehlo.reshape %2040 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2049 = stablehlo.dynamic_update_slice %2029, %2048, %2041, %2042, %2047, %2043, %2043 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2050 = stablehlo.slice %2001 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2051 = stablehlo.constant dense<17> : tensor<i32>
    %2052 = stablehlo.constant dense<1> : tensor<i32>
    %2053 = stablehlo.constant dense<0> : tensor<i32>
    %2054 = stablehlo.constant dense<512> : tensor<i32>
    %2055 = stablehlo.divide %arg1, %2054 : tensor<i32>
    %2056 = stablehlo.multiply %2055, %2054 : tensor<i32>
    %2057 = stablehlo.subtract %arg1, %2056 : tensor<i32>
    %2058 = stablehlo.reshape %2050 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2059 = stablehlo.dynamic_update_slice %2039, %2058, %2051, %2052, %2057, %2053, %2053 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2060 = stablehlo.concatenate %2010, %2019, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2061 = stablehlo.reshape %2060 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2062 = stablehlo.convert %arg273 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2063 = stablehlo.dot_general %2061, %2062, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2064 = stablehlo.composite "mlxla.rms_norm" %2063, %arg274 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2065 = stablehlo.add %1985, %2064 : tensor<2x1152xf32>
    %2066 = stablehlo.composite "mlxla.rms_norm" %2065, %arg275 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2067 = stablehlo.convert %arg277 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2068 = stablehlo.dot_general %2066, %2067, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2069 = stablehlo.multiply %2068, %2068 : tensor<2x6912xf32>
    %2070 = stablehlo.multiply %2069, %2068 : tensor<2x6912xf32>
    %2071 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2072 = stablehlo.multiply %2070, %2071 : tensor<2x6912xf32>
    %2073 = stablehlo.add %2068, %2072 : tensor<2x6912xf32>
    %2074 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2075 = stablehlo.multiply %2073, %2074 : tensor<2x6912xf32>
    %2076 = stablehlo.tanh %2075 : tensor<2x6912xf32>
    %2077 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2078 = stablehlo.add %2076, %2077 : tensor<2x6912xf32>
    %2079 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2080 = stablehlo.multiply %2068, %2079 : tensor<2x6912xf32>
    %2081 = stablehlo.multiply %2080, %2078 : tensor<2x6912xf32>
    %2082 = stablehlo.convert %arg278 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2083 = stablehlo.dot_general %2066, %2082, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2084 = stablehlo.multiply %2081, %2083 : tensor<2x6912xf32>
    %2085 = stablehlo.convert %arg279 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2086 = stablehlo.dot_general %2084, %2085, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2087 = stablehlo.composite "mlxla.rms_norm" %2086, %arg276 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2088 = stablehlo.add %2065, %2087 : tensor<2x1152xf32>
    %2089 = stablehlo.composite "mlxla.rms_norm" %2088, %arg280 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2090 = stablehlo.convert %arg281 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2091 = stablehlo.dot_general %2089, %2090, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2092 = stablehlo.reshape %2091 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2093 = stablehlo.composite "mlxla.rms_norm" %2092, %arg284 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2094 = stablehlo.composite "mlxla.rope" %2093, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2095 = stablehlo.convert %arg282 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2096 = stablehlo.dot_general %2089, %2095, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2097 = stablehlo.reshape %2096 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2098 = stablehlo.composite "mlxla.rms_norm" %2097, %arg285 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2099 = stablehlo.composite "mlxla.rope" %2098, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2100 = stablehlo.convert %arg283 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2101 = stablehlo.dot_general %2089, %2100, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2102 = stablehlo.reshape %2101 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2103 = stablehlo.convert %2099 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2104 = stablehlo.convert %2102 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2105 = stablehlo.slice %2094 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2106 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2107 = stablehlo.slice %2049 [18:19, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2108 = stablehlo.reshape %2107 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2109 = stablehlo.slice %2059 [18:19, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2110 = stablehlo.reshape %2109 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2111 = stablehlo.slice %2103 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2112 = stablehlo.slice %2104 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2113 = stablehlo.composite "mlxla.window_attention" %2105, %2108, %2110, %2111, %2112, %2106, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2114 = stablehlo.slice %2094 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2115 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2116 = stablehlo.slice %2049 [18:19, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2117 = stablehlo.reshape %2116 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2118 = stablehlo.slice %2059 [18:19, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2119 = stablehlo.reshape %2118 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2120 = stablehlo.slice %2103 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2121 = stablehlo.slice %2104 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2122 = stablehlo.composite "mlxla.window_attention" %2114, %2117, %2119, %2120, %2121, %2115, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2123 = stablehlo.slice %2103 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2124 = stablehlo.constant dense<18> : tensor<i32>
    %2125 = stablehlo.constant dense<0> : tensor<i32>
    %2126 = stablehlo.constant dense<0> : tensor<i32>
    %2127 = stablehlo.constant dense<512> : tensor<i32>
    %2128 = stablehlo.divide %arg1, %2127 : tensor<i32>
    %2129 = stablehlo.multiply %2128, %2127 : tensor<i32>
    %2130 = stablehlo.subtract %arg1, %2129 : tensor<i32>
    %2131 = stablehlo.reshape %2123 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2132 = stablehlo.dynamic_update_slice %2049, %2131, %2124, %2125, %2130, %2126, %2126 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2133 = stablehlo.slice %2104 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2134 = stablehlo.constant dense<18> : tensor<i32>
    %2135 = stablehlo.constant dense<0> : tensor<i32>
    %2136 = stablehlo.constant dense<0> : tensor<i32>
    %2137 = stablehlo.constant dense<512> : tensor<i32>
    %2138 = stablehlo.divide %arg1, %2137 : tensor<i32>
    %2139 = stablehlo.multiply %2138, %2137 : tensor<i32>
    %2140 = stablehlo.subtract %arg1, %2139 : tensor<i32>
    %2141 = stablehlo.reshape %2133 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2142 = stablehlo.dynamic_update_slice %2059, %2141, %2134, %2135, %2140, %2136, %2136 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2143 = stablehlo.slice %2103 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2144 = stablehlo.constant dense<18> : tensor<i32>
    %2145 = stablehlo.constant dense<1> : tensor<i32>
    %2146 = stablehlo.constant dense<0> : tensor<i32>
    %2147 = stablehlo.constant dense<512> : tensor<i32>
    %2148 = stablehlo.divide %arg1, %2147 : tensor<i32>
    %2149 = stablehlo.multiply %2148, %2147 : tensor<i32>
    %2150 = stablehlo.subtract %arg1, %2149 : tensor<i32>
    %2151 = stablehlo.reshape %2143 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2152 = stablehlo.dynamic_update_slice %2132, %2151, %2144, %2145, %2150, %2146, %2146 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2153 = stablehlo.slice %2104 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2154 = stablehlo.constant dense<18> : tensor<i32>
    %2155 = stablehlo.constant dense<1> : tensor<i32>
    %2156 = stablehlo.constant dense<0> : tensor<i32>
    %2157 = stablehlo.constant dense<512> : tensor<i32>
    %2158 = stablehlo.divide %arg1, %2157 : tensor<i32>
    %2159 = stablehlo.multiply %2158, %2157 : tensor<i32>
    %2160 = stablehlo.subtract %arg1, %2159 : tensor<i32>
    %2161 = stablehlo.reshape %2153 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2162 = stablehlo.dynamic_update_slice %2142, %2161, %2154, %2155, %2160, %2156, %2156 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2163 = stablehlo.concatenate %2113, %2122, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2164 = stablehlo.reshape %2163 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2165 = stablehlo.convert %arg286 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2166 = stablehlo.dot_general %2164, %2165, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2167 = stablehlo.composite "mlxla.rms_norm" %2166, %arg287 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2168 = stablehlo.add %2088, %2167 : tensor<2x1152xf32>
    %2169 = stablehlo.composite "mlxla.rms_norm" %2168, %arg288 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2170 = stablehlo.convert %arg290 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2171 = stablehlo.dot_general %2169, %2170, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2172 = stablehlo.multiply %2171, %2171 : tensor<2x6912xf32>
    %2173 = stablehlo.multiply %2172, %2171 : tensor<2x6912xf32>
    %2174 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2175 = stablehlo.multiply %2173, %2174 : tensor<2x6912xf32>
    %2176 = stablehlo.add %2171, %2175 : tensor<2x6912xf32>
    %2177 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2178 = stablehlo.multiply %2176, %2177 : tensor<2x6912xf32>
    %2179 = stablehlo.tanh %2178 : tensor<2x6912xf32>
    %2180 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2181 = stablehlo.add %2179, %2180 : tensor<2x6912xf32>
    %2182 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2183 = stablehlo.multiply %2171, %2182 : tensor<2x6912xf32>
    %2184 = stablehlo.multiply %2183, %2181 : tensor<2x6912xf32>
    %2185 = stablehlo.convert %arg291 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2186 = stablehlo.dot_general %2169, %2185, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2187 = stablehlo.multiply %2184, %2186 : tensor<2x6912xf32>
    %2188 = stablehlo.convert %arg292 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2189 = stablehlo.dot_general %2187, %2188, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2190 = stablehlo.composite "mlxla.rms_norm" %2189, %arg289 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2191 = stablehlo.add %2168, %2190 : tensor<2x1152xf32>
    %2192 = stablehlo.composite "mlxla.rms_norm" %2191, %arg293 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2193 = stablehlo.convert %arg294 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2194 = stablehlo.dot_general %2192, %2193, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2195 = stablehlo.reshape %2194 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2196 = stablehlo.composite "mlxla.rms_norm" %2195, %arg297 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2197 = stablehlo.composite "mlxla.rope" %2196, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2198 = stablehlo.convert %arg295 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2199 = stablehlo.dot_general %2192, %2198, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2200 = stablehlo.reshape %2199 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2201 = stablehlo.composite "mlxla.rms_norm" %2200, %arg298 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2202 = stablehlo.composite "mlxla.rope" %2201, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2203 = stablehlo.convert %arg296 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2204 = stablehlo.dot_general %2192, %2203, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2205 = stablehlo.reshape %2204 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2206 = stablehlo.convert %2202 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2207 = stablehlo.convert %2205 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2208 = stablehlo.slice %2197 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2209 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2210 = stablehlo.slice %2152 [19:20, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2211 = stablehlo.reshape %2210 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2212 = stablehlo.slice %2162 [19:20, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2213 = stablehlo.reshape %2212 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2214 = stablehlo.slice %2206 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2215 = stablehlo.slice %2207 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2216 = stablehlo.composite "mlxla.window_attention" %2208, %2211, %2213, %2214, %2215, %2209, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2217 = stablehlo.slice %2197 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2218 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2219 = stablehlo.slice %2152 [19:20, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2220 = stablehlo.reshape %2219 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2221 = stablehlo.slice %2162 [19:20, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2222 = stablehlo.reshape %2221 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2223 = stablehlo.slice %2206 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2224 = stablehlo.slice %2207 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2225 = stablehlo.composite "mlxla.window_attention" %2217, %2220, %2222, %2223, %2224, %2218, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2226 = stablehlo.slice %2206 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2227 = stablehlo.constant dense<19> : tensor<i32>
    %2228 = stablehlo.constant dense<0> : tensor<i32>
    %2229 = stablehlo.constant dense<0> : tensor<i32>
    %2230 = stablehlo.constant dense<512> : tensor<i32>
    %2231 = stablehlo.divide %arg1, %2230 : tensor<i32>
    %2232 = stablehlo.multiply %2231, %2230 : tensor<i32>
    %2233 = stablehlo.subtract %arg1, %2232 : tensor<i32>
    %2234 = stablehlo.reshape %2226 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2235 = stablehlo.dynamic_update_slice %2152, %2234, %2227, %2228, %2233, %2229, %2229 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2236 = stablehlo.slice %2207 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2237 = stablehlo.constant dense<19> : tensor<i32>
    %2238 = stablehlo.constant dense<0> : tensor<i32>
    %2239 = stablehlo.constant dense<0> : tensor<i32>
    %2240 = stablehlo.constant dense<512> : tensor<i32>
    %2241 = stablehlo.divide %arg1, %2240 : tensor<i32>
    %2242 = stablehlo.multiply %2241, %2240 : tensor<i32>
    %2243 = stablehlo.subtract %arg1, %2242 : tensor<i32>
    %2244 = stablehlo.reshape %2236 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2245 = stablehlo.dynamic_update_slice %2162, %2244, %2237, %2238, %2243, %2239, %2239 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2246 = stablehlo.slice %2206 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2247 = stablehlo.constant dense<19> : tensor<i32>
    %2248 = stablehlo.constant dense<1> : tensor<i32>
    %2249 = stablehlo.constant dense<0> : tensor<i32>
    %2250 = stablehlo.constant dense<512> : tensor<i32>
    %2251 = stablehlo.divide %arg1, %2250 : tensor<i32>
    %2252 = stablehlo.multiply %2251, %2250 : tensor<i32>
    %2253 = stablehlo.subtract %arg1, %2252 : tensor<i32>
    %2254 = stablehlo.reshape %2246 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2255 = stablehlo.dynamic_update_slice %2235, %2254, %2247, %2248, %2253, %2249, %2249 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2256 = stablehlo.slice %2207 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2257 = stablehlo.constant dense<19> : tensor<i32>
    %2258 = stablehlo.constant dense<1> : tensor<i32>
    %2259 = stablehlo.constant dense<0> : tensor<i32>
    %2260 = stablehlo.constant dense<512> : tensor<i32>
    %2261 = stablehlo.divide %arg1, %2260 : tensor<i32>
    %2262 = stablehlo.multiply %2261, %2260 : tensor<i32>
    %2263 = stablehlo.subtract %arg1, %2262 : tensor<i32>
    %2264 = stablehlo.reshape %2256 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2265 = stablehlo.dynamic_update_slice %2245, %2264, %2257, %2258, %2263, %2259, %2259 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2266 = stablehlo.concatenate %2216, %2225, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2267 = stablehlo.reshape %2266 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2268 = stablehlo.convert %arg299 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2269 = stablehlo.dot_general %2267, %2268, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2270 = stablehlo.composite "mlxla.rms_norm" %2269, %arg300 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2271 = stablehlo.add %2191, %2270 : tensor<2x1152xf32>
    %2272 = stablehlo.composite "mlxla.rms_norm" %2271, %arg301 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2273 = stablehlo.convert %arg303 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2274 = stablehlo.dot_general %2272, %2273, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2275 = stablehlo.multiply %2274, %2274 : tensor<2x6912xf32>
    %2276 = stablehlo.multiply %2275, %2274 : tensor<2x6912xf32>
    %2277 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2278 = stablehlo.multiply %2276, %2277 : tensor<2x6912xf32>
    %2279 = stablehlo.add %2274, %2278 : tensor<2x6912xf32>
    %2280 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2281 = stablehlo.multiply %2279, %2280 : tensor<2x6912xf32>
    %2282 = stablehlo.tanh %2281 : tensor<2x6912xf32>
    %2283 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2284 = stablehlo.add %2282, %2283 : tensor<2x6912xf32>
    %2285 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2286 = stablehlo.multiply %2274, %2285 : tensor<2x6912xf32>
    %2287 = stablehlo.multiply %2286, %2284 : tensor<2x6912xf32>
    %2288 = stablehlo.convert %arg304 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2289 = stablehlo.dot_general %2272, %2288, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2290 = stablehlo.multiply %2287, %2289 : tensor<2x6912xf32>
    %2291 = stablehlo.convert %arg305 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2292 = stablehlo.dot_general %2290, %2291, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2293 = stablehlo.composite "mlxla.rms_norm" %2292, %arg302 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2294 = stablehlo.add %2271, %2293 : tensor<2x1152xf32>
    %2295 = stablehlo.composite "mlxla.rms_norm" %2294, %arg306 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2296 = stablehlo.convert %arg307 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2297 = stablehlo.dot_general %2295, %2296, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2298 = stablehlo.reshape %2297 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2299 = stablehlo.composite "mlxla.rms_norm" %2298, %arg310 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2300 = stablehlo.composite "mlxla.rope" %2299, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2301 = stablehlo.convert %arg308 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2302 = stablehlo.dot_general %2295, %2301, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2303 = stablehlo.reshape %2302 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2304 = stablehlo.composite "mlxla.rms_norm" %2303, %arg311 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2305 = stablehlo.composite "mlxla.rope" %2304, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2306 = stablehlo.convert %arg309 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2307 = stablehlo.dot_general %2295, %2306, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2308 = stablehlo.reshape %2307 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2309 = stablehlo.convert %2305 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2310 = stablehlo.convert %2308 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2311 = stablehlo.constant dense<3> : tensor<i32>
    %2312 = stablehlo.constant dense<0> : tensor<i32>
    %2313 = stablehlo.constant dense<0> : tensor<i32>
    %2314 = stablehlo.slice %2309 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2315 = stablehlo.reshape %2314 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2316 = stablehlo.dynamic_update_slice %1733, %2315, %2311, %2313, %arg1, %2312, %2312 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %2317 = stablehlo.slice %2310 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2318 = stablehlo.reshape %2317 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2319 = stablehlo.dynamic_update_slice %1736, %2318, %2311, %2313, %arg1, %2312, %2312 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %2320 = stablehlo.constant dense<1> : tensor<i32>
    %2321 = stablehlo.slice %2309 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2322 = stablehlo.reshape %2321 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2323 = stablehlo.dynamic_update_slice %2316, %2322, %2311, %2320, %arg1, %2312, %2312 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %2324 = stablehlo.slice %2310 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2325 = stablehlo.reshape %2324 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2326 = stablehlo.dynamic_update_slice %2319, %2325, %2311, %2320, %arg1, %2312, %2312 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %2327 = stablehlo.slice %2300 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2328 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2329 = stablehlo.slice %2323 [3:4, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2330 = stablehlo.reshape %2329 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2331 = stablehlo.slice %2326 [3:4, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2332 = stablehlo.reshape %2331 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2333 = stablehlo.composite "mlxla.attention" %2327, %2330, %2332, %2328, %2 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2334 = stablehlo.slice %2300 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2335 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2336 = stablehlo.slice %2323 [3:4, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2337 = stablehlo.reshape %2336 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2338 = stablehlo.slice %2326 [3:4, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2339 = stablehlo.reshape %2338 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2340 = stablehlo.composite "mlxla.attention" %2334, %2337, %2339, %2335, %4 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2341 = stablehlo.concatenate %2333, %2340, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2342 = stablehlo.reshape %2341 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2343 = stablehlo.convert %arg312 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2344 = stablehlo.dot_general %2342, %2343, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2345 = stablehlo.composite "mlxla.rms_norm" %2344, %arg313 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2346 = stablehlo.add %2294, %2345 : tensor<2x1152xf32>
    %2347 = stablehlo.composite "mlxla.rms_norm" %2346, %arg314 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2348 = stablehlo.convert %arg316 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2349 = stablehlo.dot_general %2347, %2348, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2350 = stablehlo.multiply %2349, %2349 : tensor<2x6912xf32>
    %2351 = stablehlo.multiply %2350, %2349 : tensor<2x6912xf32>
    %2352 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2353 = stablehlo.multiply %2351, %2352 : tensor<2x6912xf32>
    %2354 = stablehlo.add %2349, %2353 : tensor<2x6912xf32>
    %2355 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2356 = stablehlo.multiply %2354, %2355 : tensor<2x6912xf32>
    %2357 = stablehlo.tanh %2356 : tensor<2x6912xf32>
    %2358 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2359 = stablehlo.add %2357, %2358 : tensor<2x6912xf32>
    %2360 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2361 = stablehlo.multiply %2349, %2360 : tensor<2x6912xf32>
    %2362 = stablehlo.multiply %2361, %2359 : tensor<2x6912xf32>
    %2363 = stablehlo.convert %arg317 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2364 = stablehlo.dot_general %2347, %2363, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2365 = stablehlo.multiply %2362, %2364 : tensor<2x6912xf32>
    %2366 = stablehlo.convert %arg318 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2367 = stablehlo.dot_general %2365, %2366, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2368 = stablehlo.composite "mlxla.rms_norm" %2367, %arg315 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2369 = stablehlo.add %2346, %2368 : tensor<2x1152xf32>
    %2370 = stablehlo.composite "mlxla.rms_norm" %2369, %arg319 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2371 = stablehlo.convert %arg320 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2372 = stablehlo.dot_general %2370, %2371, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2373 = stablehlo.reshape %2372 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2374 = stablehlo.composite "mlxla.rms_norm" %2373, %arg323 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2375 = stablehlo.composite "mlxla.rope" %2374, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2376 = stablehlo.convert %arg321 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2377 = stablehlo.dot_general %2370, %2376, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2378 = stablehlo.reshape %2377 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2379 = stablehlo.composite "mlxla.rms_norm" %2378, %arg324 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2380 = stablehlo.composite "mlxla.rope" %2379, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2381 = stablehlo.convert %arg322 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2382 = stablehlo.dot_general %2370, %2381, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2383 = stablehlo.reshape %2382 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2384 = stablehlo.convert %2380 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2385 = stablehlo.convert %2383 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2386 = stablehlo.slice %2375 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2387 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2388 = stablehlo.slice %2255 [20:21, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2389 = stablehlo.reshape %2388 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2390 = stablehlo.slice %2265 [20:21, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2391 = stablehlo.reshape %2390 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2392 = stablehlo.slice %2384 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2393 = stablehlo.slice %2385 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2394 = stablehlo.composite "mlxla.window_attention" %2386, %2389, %2391, %2392, %2393, %2387, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2395 = stablehlo.slice %2375 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2396 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2397 = stablehlo.slice %2255 [20:21, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2398 = stablehlo.reshape %2397 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2399 = stablehlo.slice %2265 [20:21, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2400 = stablehlo.reshape %2399 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2401 = stablehlo.slice %2384 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2402 = stablehlo.slice %2385 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2403 = stablehlo.composite "mlxla.window_attention" %2395, %2398, %2400, %2401, %2402, %2396, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2404 = stablehlo.slice %2384 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2405 = stablehlo.constant dense<20> : tensor<i32>
    %2406 = stablehlo.constant dense<0> : tensor<i32>
    %2407 = stablehlo.constant dense<0> : tensor<i32>
    %2408 = stablehlo.constant dense<512> : tensor<i32>
    %2409 = stablehlo.divide %arg1, %2408 : tensor<i32>
    %2410 = stablehlo.multiply %2409, %2408 : tensor<i32>
    %2411 = stablehlo.subtract %arg1, %2410 : tensor<i32>
    %2412 = stablehlo.reshape %2404 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2413 = stablehlo.dynamic_update_slice %2255, %2412, %2405, %2406, %2411, %2407, %2407 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2414 = stablehlo.slice %2385 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2415 = stablehlo.constant dense<20> : tensor<i32>
    %2416 = stablehlo.constant dense<0> : tensor<i32>
    %2417 = stablehlo.constant dense<0> : tensor<i32>
    %2418 = stablehlo.constant dense<512> : tensor<i32>
    %2419 = stablehlo.divide %arg1, %2418 : tensor<i32>
    %2420 = stablehlo.multiply %2419, %2418 : tensor<i32>
    %2421 = stablehlo.subtract %arg1, %2420 : tensor<i32>
    %2422 = stablehlo.reshape %2414 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2423 = stablehlo.dynamic_update_slice %2265, %2422, %2415, %2416, %2421, %2417, %2417 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2424 = stablehlo.slice %2384 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2425 = stablehlo.constant dense<20> : tensor<i32>
    %2426 = stablehlo.constant dense<1> : tensor<i32>
    %2427 = stablehlo.constant dense<0> : tensor<i32>
    %2428 = stablehlo.constant dense<512> : tensor<i32>
    %2429 = stablehlo.divide %arg1, %2428 : tensor<i32>
    %2430 = stablehlo.multiply %2429, %2428 : tensor<i32>
    %2431 = stablehlo.subtract %arg1, %2430 : tensor<i32>
    %2432 = stablehlo.reshape %2424 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2433 = stablehlo.dynamic_update_slice %2413, %2432, %2425, %2426, %2431, %2427, %2427 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2434 = stablehlo.slice %2385 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2435 = stablehlo.constant dense<20> : tensor<i32>
    %2436 = stablehlo.constant dense<1> : tensor<i32>
    %2437 = stablehlo.constant dense<0> : tensor<i32>
    %2438 = stablehlo.constant dense<512> : tensor<i32>
    %2439 = stablehlo.divide %arg1, %2438 : tensor<i32>
    %2440 = stablehlo.multiply %2439, %2438 : tensor<i32>
    %2441 = stablehlo.subtract %arg1, %2440 : tensor<i32>
    %2442 = stablehlo.reshape %2434 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2443 = stablehlo.dynamic_update_slice %2423, %2442, %2435, %2436, %2441, %2437, %2437 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2444 = stablehlo.concatenate %2394, %2403, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2445 = stablehlo.reshape %2444 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2446 = stablehlo.convert %arg325 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2447 = stablehlo.dot_general %2445, %2446, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2448 = stablehlo.composite "mlxla.rms_norm" %2447, %arg326 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2449 = stablehlo.add %2369, %2448 : tensor<2x1152xf32>
    %2450 = stablehlo.composite "mlxla.rms_norm" %2449, %arg327 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2451 = stablehlo.convert %arg329 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2452 = stablehlo.dot_general %2450, %2451, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2453 = stablehlo.multiply %2452, %2452 : tensor<2x6912xf32>
    %2454 = stablehlo.multiply %2453, %2452 : tensor<2x6912xf32>
    %2455 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2456 = stablehlo.multiply %2454, %2455 : tensor<2x6912xf32>
    %2457 = stablehlo.add %2452, %2456 : tensor<2x6912xf32>
    %2458 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2459 = stablehlo.multiply %2457, %2458 : tensor<2x6912xf32>
    %2460 = stablehlo.tanh %2459 : tensor<2x6912xf32>
    %2461 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2462 = stablehlo.add %2460, %2461 : tensor<2x6912xf32>
    %2463 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2464 = stablehlo.multiply %2452, %2463 : tensor<2x6912xf32>
    %2465 = stablehlo.multiply %2464, %2462 : tensor<2x6912xf32>
    %2466 = stablehlo.convert %arg330 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2467 = stablehlo.dot_general %2450, %2466, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2468 = stablehlo.multiply %2465, %2467 : tensor<2x6912xf32>
    %2469 = stablehlo.convert %arg331 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2470 = stablehlo.dot_general %2468, %2469, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2471 = stablehlo.composite "mlxla.rms_norm" %2470, %arg328 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2472 = stablehlo.add %2449, %2471 : tensor<2x1152xf32>
    %2473 = stablehlo.composite "mlxla.rms_norm" %2472, %arg332 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2474 = stablehlo.convert %arg333 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2475 = stablehlo.dot_general %2473, %2474, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2476 = stablehlo.reshape %2475 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2477 = stablehlo.composite "mlxla.rms_norm" %2476, %arg336 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2478 = stablehlo.composite "mlxla.rope" %2477, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2479 = stablehlo.convert %arg334 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2480 = stablehlo.dot_general %2473, %2479, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2481 = stablehlo.reshape %2480 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2482 = stablehlo.composite "mlxla.rms_norm" %2481, %arg337 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2483 = stablehlo.composite "mlxla.rope" %2482, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2484 = stablehlo.convert %arg335 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2485 = stablehlo.dot_general %2473, %2484, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2486 = stablehlo.reshape %2485 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2487 = stablehlo.convert %2483 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2488 = stablehlo.convert %2486 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2489 = stablehlo.slice %2478 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2490 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2491 = stablehlo.slice %2433 [21:22, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2492 = stablehlo.reshape %2491 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2493 = stablehlo.slice %2443 [21:22, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2494 = stablehlo.reshape %2493 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2495 = stablehlo.slice %2487 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2496 = stablehlo.slice %2488 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2497 = stablehlo.composite "mlxla.window_attention" %2489, %2492, %2494, %2495, %2496, %2490, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2498 = stablehlo.slice %2478 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2499 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2500 = stablehlo.slice %2433 [21:22, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2501 = stablehlo.reshape %2500 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2502 = stablehlo.slice %2443 [21:22, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2503 = stablehlo.reshape %2502 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2504 = stablehlo.slice %2487 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2505 = stablehlo.slice %2488 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2506 = stablehlo.composite "mlxla.window_attention" %2498, %2501, %2503, %2504, %2505, %2499, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2507 = stablehlo.slice %2487 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2508 = stablehlo.constant dense<21> : tensor<i32>
    %2509 = stablehlo.constant dense<0> : tensor<i32>
    %2510 = stablehlo.constant dense<0> : tensor<i32>
    %2511 = stablehlo.constant dense<512> : tensor<i32>
    %2512 = stablehlo.divide %arg1, %2511 : tensor<i32>
    %2513 = stablehlo.multiply %2512, %2511 : tensor<i32>
    %2514 = stablehlo.subtract %arg1, %2513 : tensor<i32>
    %2515 = stablehlo.reshape %2507 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2516 = stablehlo.dynamic_update_slice %2433, %2515, %2508, %2509, %2514, %2510, %2510 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2517 = stablehlo.slice %2488 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2518 = stablehlo.constant dense<21> : tensor<i32>
    %2519 = stablehlo.constant dense<0> : tensor<i32>
    %2520 = stablehlo.constant dense<0> : tensor<i32>
    %2521 = stablehlo.constant dense<512> : tensor<i32>
    %2522 = stablehlo.divide %arg1, %2521 : tensor<i32>
    %2523 = stablehlo.multiply %2522, %2521 : tensor<i32>
    %2524 = stablehlo.subtract %arg1, %2523 : tensor<i32>
    %2525 = stablehlo.reshape %2517 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2526 = stablehlo.dynamic_update_slice %2443, %2525, %2518, %2519, %2524, %2520, %2520 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2527 = stablehlo.slice %2487 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2528 = stablehlo.constant dense<21> : tensor<i32>
    %2529 = stablehlo.constant dense<1> : tensor<i32>
    %2530 = stablehlo.constant dense<0> : tensor<i32>
    %2531 = stablehlo.constant dense<512> : tensor<i32>
    %2532 = stablehlo.divide %arg1, %2531 : tensor<i32>
    %2533 = stablehlo.multiply %2532, %2531 : tensor<i32>
    %2534 = stablehlo.subtract %arg1, %2533 : tensor<i32>
    %2535 = stablehlo.reshape %2527 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2536 = stablehlo.dynamic_update_slice %2516, %2535, %2528, %2529, %2534, %2530, %2530 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2537 = stablehlo.slice %2488 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2538 = stablehlo.constant dense<21> : tensor<i32>
    %2539 = stablehlo.constant dense<1> : tensor<i32>
    %2540 = stablehlo.constant dense<0> : tensor<i32>
    %2541 = stablehlo.constant dense<512> : tensor<i32>
    %2542 = stablehlo.divide %arg1, %2541 : tensor<i32>
    %2543 = stablehlo.multiply %2542, %2541 : tensor<i32>
    %2544 = stablehlo.subtract %arg1, %2543 : tensor<i32>
    %2545 = stablehlo.reshape %2537 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2546 = stablehlo.dynamic_update_slice %2526, %2545, %2538, %2539, %2544, %2540, %2540 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2547 = stablehlo.concatenate %2497, %2506, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2548 = stablehlo.reshape %2547 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2549 = stablehlo.convert %arg338 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2550 = stablehlo.dot_general %2548, %2549, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2551 = stablehlo.composite "mlxla.rms_norm" %2550, %arg339 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2552 = stablehlo.add %2472, %2551 : tensor<2x1152xf32>
    %2553 = stablehlo.composite "mlxla.rms_norm" %2552, %arg340 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2554 = stablehlo.convert %arg342 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2555 = stablehlo.dot_general %2553, %2554, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2556 = stablehlo.multiply %2555, %2555 : tensor<2x6912xf32>
    %2557 = stablehlo.multiply %2556, %2555 : tensor<2x6912xf32>
    %2558 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2559 = stablehlo.multiply %2557, %2558 : tensor<2x6912xf32>
    %2560 = stablehlo.add %2555, %2559 : tensor<2x6912xf32>
    %2561 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2562 = stablehlo.multiply %2560, %2561 : tensor<2x6912xf32>
    %2563 = stablehlo.tanh %2562 : tensor<2x6912xf32>
    %2564 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2565 = stablehlo.add %2563, %2564 : tensor<2x6912xf32>
    %2566 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2567 = stablehlo.multiply %2555, %2566 : tensor<2x6912xf32>
    %2568 = stablehlo.multiply %2567, %2565 : tensor<2x6912xf32>
    %2569 = stablehlo.convert %arg343 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2570 = stablehlo.dot_general %2553, %2569, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2571 = stablehlo.multiply %2568, %2570 : tensor<2x6912xf32>
    %2572 = stablehlo.convert %arg344 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2573 = stablehlo.dot_general %2571, %2572, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2574 = stablehlo.composite "mlxla.rms_norm" %2573, %arg341 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2575 = stablehlo.add %2552, %2574 : tensor<2x1152xf32>
    %2576 = stablehlo.composite "mlxla.rms_norm" %2575, %arg345 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2577 = stablehlo.convert %arg6 : (tensor<262144x1152xbf16>) -> tensor<262144x1152xf32>
    %2578 = stablehlo.dot_general %2576, %2577, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<262144x1152xf32>) -> tensor<2x262144xf32>
    %2579 = stablehlo.composite "mlxla.argmax" %2578 {decomposition = @mlxla_argmax_2x262144xf32_cbf29ce484222325} : (tensor<2x262144xf32>) -> tensor<2xi32>
    return %2579, %2323, %2326, %2536, %2546 : tensor<2xi32>, tensor<4x2x640x1x256xf16>, tensor<4x2x640x1x256xf16>, tensor<22x2x512x1x256xf16>, tensor<22x2x512x1x256xf16>
  }
  func.func private @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064(%arg0: tensor<2x1152xf32> {mlxla.name = "arg0"}, %arg1: tensor<1152xf32> {mlxla.name = "arg1"}) -> (tensor<2x1152xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<2x1152xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [1] : (tensor<2x1152xf32>, tensor<f32>) -> tensor<2xf32>
    %3 = stablehlo.constant dense<1152.0> : tensor<2xf32>
    %4 = stablehlo.divide %2, %3 : tensor<2xf32>
    %5 = stablehlo.constant dense<1.0e-06> : tensor<2xf32>
    %6 = stablehlo.add %4, %5 : tensor<2xf32>
    %7 = stablehlo.rsqrt %6 : tensor<2xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0] : (tensor<2xf32>) -> tensor<2x1152xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<2x1152xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<1152xf32>) -> tensor<2x1152xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<2x1152xf32>
    return %11 : tensor<2x1152xf32>
  }
  func.func private @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064(%arg0: tensor<2x4x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<256xf32> {mlxla.name = "arg1"}) -> (tensor<2x4x256xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<2x4x256xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [2] : (tensor<2x4x256xf32>, tensor<f32>) -> tensor<2x4xf32>
    %3 = stablehlo.constant dense<256.0> : tensor<2x4xf32>
    %4 = stablehlo.divide %2, %3 : tensor<2x4xf32>
    %5 = stablehlo.constant dense<1.0e-06> : tensor<2x4xf32>
    %6 = stablehlo.add %4, %5 : tensor<2x4xf32>
    %7 = stablehlo.rsqrt %6 : tensor<2x4xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<2x4xf32>) -> tensor<2x4x256xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<2x4x256xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [2] : (tensor<256xf32>) -> tensor<2x4x256xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<2x4x256xf32>
    return %11 : tensor<2x4x256xf32>
  }
  func.func private @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74(%arg0: tensor<2x4x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<2xi32> {mlxla.name = "arg1"}) -> (tensor<2x4x256xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<2xi32>) -> tensor<2xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<2xf32>) -> tensor<2x128xf32>
    %2 = stablehlo.constant dense<[1.0, 0.93057203, 0.86596435, 0.80584216, 0.7498942, 0.69783056, 0.64938164, 0.6042964, 0.56234133, 0.5232991, 0.48696753, 0.45315838, 0.4216965, 0.39241898, 0.3651741, 0.33982083, 0.31622776, 0.29427272, 0.27384198, 0.25482967, 0.23713738, 0.22067341, 0.2053525, 0.1910953, 0.17782794, 0.16548172, 0.15399265, 0.14330126, 0.13335215, 0.12409378, 0.115478195, 0.10746078, 0.1, 0.09305721, 0.08659643, 0.08058422, 0.07498942, 0.06978306, 0.064938165, 0.06042964, 0.056234132, 0.052329913, 0.048696753, 0.045315836, 0.04216965, 0.0392419, 0.03651741, 0.033982083, 0.031622775, 0.029427271, 0.027384195, 0.025482967, 0.023713738, 0.02206734, 0.020535251, 0.01910953, 0.017782794, 0.016548172, 0.015399265, 0.014330125, 0.013335214, 0.012409378, 0.01154782, 0.010746079, 0.01, 0.00930572, 0.008659643, 0.008058422, 0.0074989423, 0.006978306, 0.006493816, 0.006042964, 0.0056234132, 0.005232991, 0.0048696753, 0.0045315837, 0.004216965, 0.0039241896, 0.0036517412, 0.0033982084, 0.0031622776, 0.0029427272, 0.0027384197, 0.0025482967, 0.0023713738, 0.0022067341, 0.002053525, 0.001910953, 0.0017782794, 0.0016548171, 0.0015399265, 0.0014330125, 0.0013335214, 0.0012409377, 0.001154782, 0.0010746078, 0.001, 0.00093057205, 0.00086596434, 0.00080584217, 0.0007498942, 0.0006978306, 0.0006493816, 0.0006042964, 0.0005623413, 0.0005232991, 0.00048696753, 0.00045315837, 0.00042169652, 0.00039241897, 0.0003651741, 0.00033982084, 0.00031622776, 0.00029427273, 0.00027384196, 0.00025482968, 0.00023713737, 0.0002206734, 0.00020535251, 0.0001910953, 0.00017782794, 0.00016548172, 0.00015399266, 0.00014330125, 0.00013335215, 0.00012409377, 0.0001154782, 0.000107460786]> : tensor<128xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<128xf32>) -> tensor<2x128xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<2x128xf32>
    %5 = stablehlo.cosine %4 : tensor<2x128xf32>
    %6 = stablehlo.sine %4 : tensor<2x128xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x256xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x256xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<2x256xf32>) -> tensor<2x4x256xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x256xf32>) -> tensor<2x4x256xf32>
    %11 = stablehlo.slice %arg0 [0:2, 0:4, 0:128] : (tensor<2x4x256xf32>) -> tensor<2x4x128xf32>
    %12 = stablehlo.slice %arg0 [0:2, 0:4, 128:256] : (tensor<2x4x256xf32>) -> tensor<2x4x128xf32>
    %13 = stablehlo.negate %12 : tensor<2x4x128xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<2x4x128xf32>, tensor<2x4x128xf32>) -> tensor<2x4x256xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<2x4x256xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<2x4x256xf32>
    %17 = stablehlo.add %15, %16 : tensor<2x4x256xf32>
    return %17 : tensor<2x4x256xf32>
  }
  func.func private @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064(%arg0: tensor<2x1x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<256xf32> {mlxla.name = "arg1"}) -> (tensor<2x1x256xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<2x1x256xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [2] : (tensor<2x1x256xf32>, tensor<f32>) -> tensor<2x1xf32>
    %3 = stablehlo.constant dense<256.0> : tensor<2x1xf32>
    %4 = stablehlo.divide %2, %3 : tensor<2x1xf32>
    %5 = stablehlo.constant dense<1.0e-06> : tensor<2x1xf32>
    %6 = stablehlo.add %4, %5 : tensor<2x1xf32>
    %7 = stablehlo.rsqrt %6 : tensor<2x1xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<2x1xf32>) -> tensor<2x1x256xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<2x1x256xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [2] : (tensor<256xf32>) -> tensor<2x1x256xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<2x1x256xf32>
    return %11 : tensor<2x1x256xf32>
  }
  func.func private @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74(%arg0: tensor<2x1x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<2xi32> {mlxla.name = "arg1"}) -> (tensor<2x1x256xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<2xi32>) -> tensor<2xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<2xf32>) -> tensor<2x128xf32>
    %2 = stablehlo.constant dense<[1.0, 0.93057203, 0.86596435, 0.80584216, 0.7498942, 0.69783056, 0.64938164, 0.6042964, 0.56234133, 0.5232991, 0.48696753, 0.45315838, 0.4216965, 0.39241898, 0.3651741, 0.33982083, 0.31622776, 0.29427272, 0.27384198, 0.25482967, 0.23713738, 0.22067341, 0.2053525, 0.1910953, 0.17782794, 0.16548172, 0.15399265, 0.14330126, 0.13335215, 0.12409378, 0.115478195, 0.10746078, 0.1, 0.09305721, 0.08659643, 0.08058422, 0.07498942, 0.06978306, 0.064938165, 0.06042964, 0.056234132, 0.052329913, 0.048696753, 0.045315836, 0.04216965, 0.0392419, 0.03651741, 0.033982083, 0.031622775, 0.029427271, 0.027384195, 0.025482967, 0.023713738, 0.02206734, 0.020535251, 0.01910953, 0.017782794, 0.016548172, 0.015399265, 0.014330125, 0.013335214, 0.012409378, 0.01154782, 0.010746079, 0.01, 0.00930572, 0.008659643, 0.008058422, 0.0074989423, 0.006978306, 0.006493816, 0.006042964, 0.0056234132, 0.005232991, 0.0048696753, 0.0045315837, 0.004216965, 0.0039241896, 0.0036517412, 0.0033982084, 0.0031622776, 0.0029427272, 0.0027384197, 0.0025482967, 0.0023713738, 0.0022067341, 0.002053525, 0.001910953, 0.0017782794, 0.0016548171, 0.0015399265, 0.0014330125, 0.0013335214, 0.0012409377, 0.001154782, 0.0010746078, 0.001, 0.00093057205, 0.00086596434, 0.00080584217, 0.0007498942, 0.0006978306, 0.0006493816, 0.0006042964, 0.0005623413, 0.0005232991, 0.00048696753, 0.00045315837, 0.00042169652, 0.00039241897, 0.0003651741, 0.00033982084, 0.00031622776, 0.00029427273, 0.00027384196, 0.00025482968, 0.00023713737, 0.0002206734, 0.00020535251, 0.0001910953, 0.00017782794, 0.00016548172, 0.00015399266, 0.00014330125, 0.00013335215, 0.00012409377, 0.0001154782, 0.000107460786]> : tensor<128xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<128xf32>) -> tensor<2x128xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<2x128xf32>
    %5 = stablehlo.cosine %4 : tensor<2x128xf32>
    %6 = stablehlo.sine %4 : tensor<2x128xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x256xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x256xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %11 = stablehlo.slice %arg0 [0:2, 0:1, 0:128] : (tensor<2x1x256xf32>) -> tensor<2x1x128xf32>
    %12 = stablehlo.slice %arg0 [0:2, 0:1, 128:256] : (tensor<2x1x256xf32>) -> tensor<2x1x128xf32>
    %13 = stablehlo.negate %12 : tensor<2x1x128xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<2x1x128xf32>, tensor<2x1x128xf32>) -> tensor<2x1x256xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<2x1x256xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<2x1x256xf32>
    %17 = stablehlo.add %15, %16 : tensor<2x1x256xf32>
    return %17 : tensor<2x1x256xf32>
  }
  func.func private @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa(%arg0: tensor<1x4x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<512x1x256xf16> {mlxla.name = "arg1"}, %arg2: tensor<512x1x256xf16> {mlxla.name = "arg2"}, %arg3: tensor<1x1x256xf16> {mlxla.name = "arg3"}, %arg4: tensor<1x1x256xf16> {mlxla.name = "arg4"}, %arg5: tensor<1xi32> {mlxla.name = "arg5"}, %arg6: tensor<i32> {mlxla.name = "arg6"}) -> (tensor<1x4x256xf32>) {
    %0 = stablehlo.slice %arg5 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
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
    %12 = stablehlo.concatenate %10, %arg3, dim = 0 : (tensor<512x1x256xf16>, tensor<1x1x256xf16>) -> tensor<513x1x256xf16>
    %13 = stablehlo.concatenate %11, %arg4, dim = 0 : (tensor<512x1x256xf16>, tensor<1x1x256xf16>) -> tensor<513x1x256xf16>
    %14 = stablehlo.reshape %arg0 : (tensor<1x4x256xf32>) -> tensor<1x1x4x256xf32>
    %15 = stablehlo.convert %12 : (tensor<513x1x256xf16>) -> tensor<513x1x256xf32>
    %16 = stablehlo.convert %13 : (tensor<513x1x256xf16>) -> tensor<513x1x256xf32>
    %17 = stablehlo.dot_general %14, %15, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<1x1x4x256xf32>, tensor<513x1x256xf32>) -> tensor<1x1x4x513xf32>
    %18 = stablehlo.constant dense<0.0625> : tensor<1x1x4x513xf32>
    %19 = stablehlo.multiply %17, %18 : tensor<1x1x4x513xf32>
    %20 = stablehlo.constant dense<512> : tensor<i32>
    %21 = stablehlo.subtract %1, %20 : tensor<i32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<i32>) -> tensor<1x1x4x513xi32>
    %23 = stablehlo.iota dim = 3 : tensor<1x1x4x513xi32>
    %24 = stablehlo.add %22, %23 : tensor<1x1x4x513xi32>
    %25 = stablehlo.constant dense<1> : tensor<1xi32>
    %26 = stablehlo.add %arg5, %25 : tensor<1xi32>
    %27 = stablehlo.broadcast_in_dim %arg6, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %28 = stablehlo.minimum %26, %27 : tensor<1xi32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [1] : (tensor<1xi32>) -> tensor<1x1x4x513xi32>
    %30 = stablehlo.compare LT, %24, %29 : (tensor<1x1x4x513xi32>, tensor<1x1x4x513xi32>) -> tensor<1x1x4x513xi1>
    %31 = stablehlo.constant dense<512> : tensor<1xi32>
    %32 = stablehlo.subtract %26, %31 : tensor<1xi32>
    %33 = stablehlo.constant dense<0> : tensor<1xi32>
    %34 = stablehlo.maximum %32, %33 : tensor<1xi32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [1] : (tensor<1xi32>) -> tensor<1x1x4x513xi32>
    %36 = stablehlo.compare GE, %24, %35 : (tensor<1x1x4x513xi32>, tensor<1x1x4x513xi32>) -> tensor<1x1x4x513xi1>
    %37 = stablehlo.constant dense<-3.4028235e+38> : tensor<1x1x4x513xf32>
    %38 = stablehlo.select %36, %19, %37 : tensor<1x1x4x513xi1>, tensor<1x1x4x513xf32>
    %39 = stablehlo.constant dense<-3.4028235e+38> : tensor<1x1x4x513xf32>
    %40 = stablehlo.select %30, %38, %39 : tensor<1x1x4x513xi1>, tensor<1x1x4x513xf32>
    %41 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %42 = stablehlo.reduce(%40 init: %41) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x4x513xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %43 = stablehlo.broadcast_in_dim %42, dims = [0, 1, 2] : (tensor<1x1x4xf32>) -> tensor<1x1x4x513xf32>
    %44 = stablehlo.subtract %40, %43 : tensor<1x1x4x513xf32>
    %45 = stablehlo.exponential %44 : tensor<1x1x4x513xf32>
    %46 = stablehlo.constant dense<0.0> : tensor<f32>
    %47 = stablehlo.reduce(%45 init: %46) applies stablehlo.add across dimensions = [3] : (tensor<1x1x4x513xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [0, 1, 2] : (tensor<1x1x4xf32>) -> tensor<1x1x4x513xf32>
    %49 = stablehlo.divide %45, %48 : tensor<1x1x4x513xf32>
    %50 = stablehlo.dot_general %49, %16, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x1x4x513xf32>, tensor<513x1x256xf32>) -> tensor<1x1x4x256xf32>
    %51 = stablehlo.transpose %50, dims = [1, 0, 2, 3] : (tensor<1x1x4x256xf32>) -> tensor<1x1x4x256xf32>
    %52 = stablehlo.reshape %51 : (tensor<1x1x4x256xf32>) -> tensor<1x4x256xf32>
    return %52 : tensor<1x4x256xf32>
  }
  func.func private @mlxla_rope_2x4x256xf32_2xi32_faf82dd9b5a53760(%arg0: tensor<2x4x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<2xi32> {mlxla.name = "arg1"}) -> (tensor<2x4x256xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<2xi32>) -> tensor<2xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<2xf32>) -> tensor<2x128xf32>
    %2 = stablehlo.constant dense<[1.0, 0.89768714, 0.80584216, 0.72339416, 0.64938164, 0.58294153, 0.5232991, 0.46975887, 0.4216965, 0.3785515, 0.33982083, 0.3050528, 0.27384198, 0.24582441, 0.22067341, 0.19809568, 0.17782794, 0.15963386, 0.14330126, 0.1286397, 0.115478195, 0.103663296, 0.09305721, 0.08353625, 0.07498942, 0.06731704, 0.06042964, 0.05424691, 0.048696753, 0.04371445, 0.0392419, 0.035226945, 0.031622775, 0.02838736, 0.025482967, 0.022875732, 0.020535251, 0.01843423, 0.016548172, 0.01485508, 0.013335214, 0.011970851, 0.010746079, 0.009646616, 0.008659643, 0.0077736503, 0.006978306, 0.0062643355, 0.0056234132, 0.005048066, 0.0045315837, 0.0040679444, 0.0036517412, 0.0032781211, 0.0029427272, 0.0026416483, 0.0023713738, 0.0021287517, 0.001910953, 0.0017154379, 0.0015399265, 0.0013823722, 0.0012409377, 0.0011139739, 0.001, 0.00089768716, 0.00080584217, 0.00072339416, 0.0006493816, 0.0005829415, 0.0005232991, 0.00046975887, 0.00042169652, 0.00037855151, 0.00033982084, 0.0003050528, 0.00027384196, 0.0002458244, 0.0002206734, 0.00019809567, 0.00017782794, 0.00015963386, 0.00014330125, 0.00012863969, 0.0001154782, 0.00010366329, 9.3057206e-05, 8.353625e-05, 7.4989424e-05, 6.7317036e-05, 6.042964e-05, 5.424691e-05, 4.869675e-05, 4.3714448e-05, 3.92419e-05, 3.5226945e-05, 3.1622778e-05, 2.838736e-05, 2.5482968e-05, 2.2875733e-05, 2.053525e-05, 1.843423e-05, 1.654817e-05, 1.485508e-05, 1.3335214e-05, 1.197085e-05, 1.0746078e-05, 9.6466165e-06, 8.659643e-06, 7.77365e-06, 6.978306e-06, 6.2643353e-06, 5.6234135e-06, 5.0480658e-06, 4.5315837e-06, 4.0679442e-06, 3.6517413e-06, 3.278121e-06, 2.9427272e-06, 2.6416483e-06, 2.3713737e-06, 2.1287517e-06, 1.910953e-06, 1.7154379e-06, 1.5399265e-06, 1.3823723e-06, 1.2409378e-06, 1.1139739e-06]> : tensor<128xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<128xf32>) -> tensor<2x128xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<2x128xf32>
    %5 = stablehlo.cosine %4 : tensor<2x128xf32>
    %6 = stablehlo.sine %4 : tensor<2x128xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x256xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x256xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<2x256xf32>) -> tensor<2x4x256xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x256xf32>) -> tensor<2x4x256xf32>
    %11 = stablehlo.slice %arg0 [0:2, 0:4, 0:128] : (tensor<2x4x256xf32>) -> tensor<2x4x128xf32>
    %12 = stablehlo.slice %arg0 [0:2, 0:4, 128:256] : (tensor<2x4x256xf32>) -> tensor<2x4x128xf32>
    %13 = stablehlo.negate %12 : tensor<2x4x128xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<2x4x128xf32>, tensor<2x4x128xf32>) -> tensor<2x4x256xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<2x4x256xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<2x4x256xf32>
    %17 = stablehlo.add %15, %16 : tensor<2x4x256xf32>
    return %17 : tensor<2x4x256xf32>
  }
  func.func private @mlxla_rope_2x1x256xf32_2xi32_faf82dd9b5a53760(%arg0: tensor<2x1x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<2xi32> {mlxla.name = "arg1"}) -> (tensor<2x1x256xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<2xi32>) -> tensor<2xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<2xf32>) -> tensor<2x128xf32>
    %2 = stablehlo.constant dense<[1.0, 0.89768714, 0.80584216, 0.72339416, 0.64938164, 0.58294153, 0.5232991, 0.46975887, 0.4216965, 0.3785515, 0.33982083, 0.3050528, 0.27384198, 0.24582441, 0.22067341, 0.19809568, 0.17782794, 0.15963386, 0.14330126, 0.1286397, 0.115478195, 0.103663296, 0.09305721, 0.08353625, 0.07498942, 0.06731704, 0.06042964, 0.05424691, 0.048696753, 0.04371445, 0.0392419, 0.035226945, 0.031622775, 0.02838736, 0.025482967, 0.022875732, 0.020535251, 0.01843423, 0.016548172, 0.01485508, 0.013335214, 0.011970851, 0.010746079, 0.009646616, 0.008659643, 0.0077736503, 0.006978306, 0.0062643355, 0.0056234132, 0.005048066, 0.0045315837, 0.0040679444, 0.0036517412, 0.0032781211, 0.0029427272, 0.0026416483, 0.0023713738, 0.0021287517, 0.001910953, 0.0017154379, 0.0015399265, 0.0013823722, 0.0012409377, 0.0011139739, 0.001, 0.00089768716, 0.00080584217, 0.00072339416, 0.0006493816, 0.0005829415, 0.0005232991, 0.00046975887, 0.00042169652, 0.00037855151, 0.00033982084, 0.0003050528, 0.00027384196, 0.0002458244, 0.0002206734, 0.00019809567, 0.00017782794, 0.00015963386, 0.00014330125, 0.00012863969, 0.0001154782, 0.00010366329, 9.3057206e-05, 8.353625e-05, 7.4989424e-05, 6.7317036e-05, 6.042964e-05, 5.424691e-05, 4.869675e-05, 4.3714448e-05, 3.92419e-05, 3.5226945e-05, 3.1622778e-05, 2.838736e-05, 2.5482968e-05, 2.2875733e-05, 2.053525e-05, 1.843423e-05, 1.654817e-05, 1.485508e-05, 1.3335214e-05, 1.197085e-05, 1.0746078e-05, 9.6466165e-06, 8.659643e-06, 7.77365e-06, 6.978306e-06, 6.2643353e-06, 5.6234135e-06, 5.0480658e-06, 4.5315837e-06, 4.0679442e-06, 3.6517413e-06, 3.278121e-06, 2.9427272e-06, 2.6416483e-06, 2.3713737e-06, 2.1287517e-06, 1.910953e-06, 1.7154379e-06, 1.5399265e-06, 1.3823723e-06, 1.2409378e-06, 1.1139739e-06]> : tensor<128xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<128xf32>) -> tensor<2x128xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<2x128xf32>
    %5 = stablehlo.cosine %4 : tensor<2x128xf32>
    %6 = stablehlo.sine %4 : tensor<2x128xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x256xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x256xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %11 = stablehlo.slice %arg0 [0:2, 0:1, 0:128] : (tensor<2x1x256xf32>) -> tensor<2x1x128xf32>
    %12 = stablehlo.slice %arg0 [0:2, 0:1, 128:256] : (tensor<2x1x256xf32>) -> tensor<2x1x128xf32>
    %13 = stablehlo.negate %12 : tensor<2x1x128xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<2x1x128xf32>, tensor<2x1x128xf32>) -> tensor<2x1x256xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<2x1x256xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<2x1x256xf32>
    %17 = stablehlo.add %15, %16 : tensor<2x1x256xf32>
    return %17 : tensor<2x1x256xf32>
  }
  func.func private @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1(%arg0: tensor<1x4x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<640x1x256xf16> {mlxla.name = "arg1"}, %arg2: tensor<640x1x256xf16> {mlxla.name = "arg2"}, %arg3: tensor<1xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<1x4x256xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<1x4x256xf32>) -> tensor<1x1x4x256xf32>
    %1 = stablehlo.convert %arg1 : (tensor<640x1x256xf16>) -> tensor<640x1x256xf32>
    %2 = stablehlo.convert %arg2 : (tensor<640x1x256xf16>) -> tensor<640x1x256xf32>
    %3 = stablehlo.dot_general %0, %1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<1x1x4x256xf32>, tensor<640x1x256xf32>) -> tensor<1x1x4x640xf32>
    %4 = stablehlo.constant dense<0.0625> : tensor<1x1x4x640xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<1x1x4x640xf32>
    %6 = stablehlo.constant dense<1> : tensor<1xi32>
    %7 = stablehlo.add %arg3, %6 : tensor<1xi32>
    %8 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %9 = stablehlo.minimum %7, %8 : tensor<1xi32>
    %10 = stablehlo.iota dim = 3 : tensor<1x1x4x640xi32>
    %11 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<1xi32>) -> tensor<1x1x4x640xi32>
    %12 = stablehlo.compare LT, %10, %11 : (tensor<1x1x4x640xi32>, tensor<1x1x4x640xi32>) -> tensor<1x1x4x640xi1>
    %13 = stablehlo.constant dense<-3.4028235e+38> : tensor<1x1x4x640xf32>
    %14 = stablehlo.select %12, %5, %13 : tensor<1x1x4x640xi1>, tensor<1x1x4x640xf32>
    %15 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %16 = stablehlo.reduce(%14 init: %15) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x4x640xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 2] : (tensor<1x1x4xf32>) -> tensor<1x1x4x640xf32>
    %18 = stablehlo.subtract %14, %17 : tensor<1x1x4x640xf32>
    %19 = stablehlo.exponential %18 : tensor<1x1x4x640xf32>
    %20 = stablehlo.constant dense<0.0> : tensor<f32>
    %21 = stablehlo.reduce(%19 init: %20) applies stablehlo.add across dimensions = [3] : (tensor<1x1x4x640xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1, 2] : (tensor<1x1x4xf32>) -> tensor<1x1x4x640xf32>
    %23 = stablehlo.divide %19, %22 : tensor<1x1x4x640xf32>
    %24 = stablehlo.dot_general %23, %2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x1x4x640xf32>, tensor<640x1x256xf32>) -> tensor<1x1x4x256xf32>
    %25 = stablehlo.transpose %24, dims = [1, 0, 2, 3] : (tensor<1x1x4x256xf32>) -> tensor<1x1x4x256xf32>
    %26 = stablehlo.reshape %25 : (tensor<1x1x4x256xf32>) -> tensor<1x4x256xf32>
    return %26 : tensor<1x4x256xf32>
  }
  func.func private @mlxla_argmax_2x262144xf32_cbf29ce484222325(%arg0: tensor<2x262144xf32> {mlxla.name = "arg0"}) -> (tensor<2xi32>) {
    %0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1 = stablehlo.reduce(%arg0 init: %0) applies stablehlo.maximum across dimensions = [1] : (tensor<2x262144xf32>, tensor<f32>) -> tensor<2xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<2xf32>) -> tensor<2x262144xf32>
    %3 = stablehlo.compare EQ, %arg0, %2 : (tensor<2x262144xf32>, tensor<2x262144xf32>) -> tensor<2x262144xi1>
    %4 = stablehlo.iota dim = 1 : tensor<2x262144xi32>
    %5 = stablehlo.constant dense<262144> : tensor<2x262144xi32>
    %6 = stablehlo.select %3, %4, %5 : tensor<2x262144xi1>, tensor<2x262144xi32>
    %7 = stablehlo.constant dense<262144> : tensor<i32>
    %8 = stablehlo.reduce(%6 init: %7) applies stablehlo.minimum across dimensions = [1] : (tensor<2x262144xi32>, tensor<i32>) -> tensor<2xi32>
    return %8 : tensor<2xi32>
  }
}
