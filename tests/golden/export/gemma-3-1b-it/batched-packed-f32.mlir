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
    %44 = stablehlo.constant dense<512> : tensor<i32>
    %45 = stablehlo.divide %arg1, %44 : tensor<i32>
    %46 = stablehlo.multiply %45, %44 : tensor<i32>
    %47 = stablehlo.subtract %arg1, %46 : tensor<i32>
    %48 = stablehlo.slice %24 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %49 = stablehlo.constant dense<0> : tensor<i32>
    %50 = stablehlo.constant dense<0> : tensor<i32>
    %51 = stablehlo.constant dense<0> : tensor<i32>
    %52 = stablehlo.reshape %48 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %53 = stablehlo.dynamic_update_slice %arg4, %52, %49, %50, %47, %51, %51 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %54 = stablehlo.slice %25 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %55 = stablehlo.constant dense<0> : tensor<i32>
    %56 = stablehlo.constant dense<0> : tensor<i32>
    %57 = stablehlo.constant dense<0> : tensor<i32>
    %58 = stablehlo.reshape %54 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %59 = stablehlo.dynamic_update_slice %arg5, %58, %55, %56, %47, %57, %57 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %60 = stablehlo.constant dense<512> : tensor<i32>
    %61 = stablehlo.divide %arg1, %60 : tensor<i32>
    %62 = stablehlo.multiply %61, %60 : tensor<i32>
    %63 = stablehlo.subtract %arg1, %62 : tensor<i32>
    %64 = stablehlo.slice %24 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %65 = stablehlo.constant dense<0> : tensor<i32>
    %66 = stablehlo.constant dense<1> : tensor<i32>
    %67 = stablehlo.constant dense<0> : tensor<i32>
    %68 = stablehlo.reshape %64 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %69 = stablehlo.dynamic_update_slice %53, %68, %65, %66, %63, %67, %67 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %70 = stablehlo.slice %25 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %71 = stablehlo.constant dense<0> : tensor<i32>
    %72 = stablehlo.constant dense<1> : tensor<i32>
    %73 = stablehlo.constant dense<0> : tensor<i32>
    %74 = stablehlo.reshape %70 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %75 = stablehlo.dynamic_update_slice %59, %74, %71, %72, %63, %73, %73 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %76 = stablehlo.concatenate %34, %43, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %77 = stablehlo.reshape %76 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %78 = stablehlo.convert %arg13 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %79 = stablehlo.dot_general %77, %78, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %80 = stablehlo.composite "mlxla.rms_norm" %79, %arg14 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %81 = stablehlo.add %9, %80 : tensor<2x1152xf32>
    %82 = stablehlo.composite "mlxla.rms_norm" %81, %arg15 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %83 = stablehlo.convert %arg17 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %84 = stablehlo.dot_general %82, %83, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %85 = stablehlo.multiply %84, %84 : tensor<2x6912xf32>
    %86 = stablehlo.multiply %85, %84 : tensor<2x6912xf32>
    %87 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %88 = stablehlo.multiply %86, %87 : tensor<2x6912xf32>
    %89 = stablehlo.add %84, %88 : tensor<2x6912xf32>
    %90 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %91 = stablehlo.multiply %89, %90 : tensor<2x6912xf32>
    %92 = stablehlo.tanh %91 : tensor<2x6912xf32>
    %93 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %94 = stablehlo.add %92, %93 : tensor<2x6912xf32>
    %95 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %96 = stablehlo.multiply %84, %95 : tensor<2x6912xf32>
    %97 = stablehlo.multiply %96, %94 : tensor<2x6912xf32>
    %98 = stablehlo.convert %arg18 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %99 = stablehlo.dot_general %82, %98, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %100 = stablehlo.multiply %97, %99 : tensor<2x6912xf32>
    %101 = stablehlo.convert %arg19 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %102 = stablehlo.dot_general %100, %101, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %103 = stablehlo.composite "mlxla.rms_norm" %102, %arg16 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %104 = stablehlo.add %81, %103 : tensor<2x1152xf32>
    %105 = stablehlo.composite "mlxla.rms_norm" %104, %arg20 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %106 = stablehlo.convert %arg21 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %107 = stablehlo.dot_general %105, %106, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %108 = stablehlo.reshape %107 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %109 = stablehlo.composite "mlxla.rms_norm" %108, %arg24 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %110 = stablehlo.composite "mlxla.rope" %109, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %111 = stablehlo.convert %arg22 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %112 = stablehlo.dot_general %105, %111, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %113 = stablehlo.reshape %112 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %114 = stablehlo.composite "mlxla.rms_norm" %113, %arg25 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %115 = stablehlo.composite "mlxla.rope" %114, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %116 = stablehlo.convert %arg23 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %117 = stablehlo.dot_general %105, %116, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %118 = stablehlo.reshape %117 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %119 = stablehlo.convert %115 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %120 = stablehlo.convert %118 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %121 = stablehlo.slice %110 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %122 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %123 = stablehlo.slice %69 [1:2, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %124 = stablehlo.reshape %123 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %125 = stablehlo.slice %75 [1:2, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %126 = stablehlo.reshape %125 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %127 = stablehlo.slice %119 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %128 = stablehlo.slice %120 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %129 = stablehlo.composite "mlxla.window_attention" %121, %124, %126, %127, %128, %122, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %130 = stablehlo.slice %110 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %131 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %132 = stablehlo.slice %69 [1:2, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %133 = stablehlo.reshape %132 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %134 = stablehlo.slice %75 [1:2, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %135 = stablehlo.reshape %134 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %136 = stablehlo.slice %119 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %137 = stablehlo.slice %120 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %138 = stablehlo.composite "mlxla.window_attention" %130, %133, %135, %136, %137, %131, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %139 = stablehlo.constant dense<512> : tensor<i32>
    %140 = stablehlo.divide %arg1, %139 : tensor<i32>
    %141 = stablehlo.multiply %140, %139 : tensor<i32>
    %142 = stablehlo.subtract %arg1, %141 : tensor<i32>
    %143 = stablehlo.slice %119 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %144 = stablehlo.constant dense<1> : tensor<i32>
    %145 = stablehlo.constant dense<0> : tensor<i32>
    %146 = stablehlo.constant dense<0> : tensor<i32>
    %147 = stablehlo.reshape %143 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %148 = stablehlo.dynamic_update_slice %69, %147, %144, %145, %142, %146, %146 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %149 = stablehlo.slice %120 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %150 = stablehlo.constant dense<1> : tensor<i32>
    %151 = stablehlo.constant dense<0> : tensor<i32>
    %152 = stablehlo.constant dense<0> : tensor<i32>
    %153 = stablehlo.reshape %149 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %154 = stablehlo.dynamic_update_slice %75, %153, %150, %151, %142, %152, %152 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %155 = stablehlo.constant dense<512> : tensor<i32>
    %156 = stablehlo.divide %arg1, %155 : tensor<i32>
    %157 = stablehlo.multiply %156, %155 : tensor<i32>
    %158 = stablehlo.subtract %arg1, %157 : tensor<i32>
    %159 = stablehlo.slice %119 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %160 = stablehlo.constant dense<1> : tensor<i32>
    %161 = stablehlo.constant dense<1> : tensor<i32>
    %162 = stablehlo.constant dense<0> : tensor<i32>
    %163 = stablehlo.reshape %159 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %164 = stablehlo.dynamic_update_slice %148, %163, %160, %161, %158, %162, %162 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %165 = stablehlo.slice %120 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %166 = stablehlo.constant dense<1> : tensor<i32>
    %167 = stablehlo.constant dense<1> : tensor<i32>
    %168 = stablehlo.constant dense<0> : tensor<i32>
    %169 = stablehlo.reshape %165 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %170 = stablehlo.dynamic_update_slice %154, %169, %166, %167, %158, %168, %168 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %171 = stablehlo.concatenate %129, %138, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %172 = stablehlo.reshape %171 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %173 = stablehlo.convert %arg26 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %174 = stablehlo.dot_general %172, %173, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %175 = stablehlo.composite "mlxla.rms_norm" %174, %arg27 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %176 = stablehlo.add %104, %175 : tensor<2x1152xf32>
    %177 = stablehlo.composite "mlxla.rms_norm" %176, %arg28 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %178 = stablehlo.convert %arg30 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %179 = stablehlo.dot_general %177, %178, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %180 = stablehlo.multiply %179, %179 : tensor<2x6912xf32>
    %181 = stablehlo.multiply %180, %179 : tensor<2x6912xf32>
    %182 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %183 = stablehlo.multiply %181, %182 : tensor<2x6912xf32>
    %184 = stablehlo.add %179, %183 : tensor<2x6912xf32>
    %185 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %186 = stablehlo.multiply %184, %185 : tensor<2x6912xf32>
    %187 = stablehlo.tanh %186 : tensor<2x6912xf32>
    %188 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %189 = stablehlo.add %187, %188 : tensor<2x6912xf32>
    %190 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %191 = stablehlo.multiply %179, %190 : tensor<2x6912xf32>
    %192 = stablehlo.multiply %191, %189 : tensor<2x6912xf32>
    %193 = stablehlo.convert %arg31 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %194 = stablehlo.dot_general %177, %193, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %195 = stablehlo.multiply %192, %194 : tensor<2x6912xf32>
    %196 = stablehlo.convert %arg32 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %197 = stablehlo.dot_general %195, %196, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %198 = stablehlo.composite "mlxla.rms_norm" %197, %arg29 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %199 = stablehlo.add %176, %198 : tensor<2x1152xf32>
    %200 = stablehlo.composite "mlxla.rms_norm" %199, %arg33 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %201 = stablehlo.convert %arg34 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %202 = stablehlo.dot_general %200, %201, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %203 = stablehlo.reshape %202 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %204 = stablehlo.composite "mlxla.rms_norm" %203, %arg37 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %205 = stablehlo.composite "mlxla.rope" %204, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %206 = stablehlo.convert %arg35 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %207 = stablehlo.dot_general %200, %206, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %208 = stablehlo.reshape %207 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %209 = stablehlo.composite "mlxla.rms_norm" %208, %arg38 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %210 = stablehlo.composite "mlxla.rope" %209, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %211 = stablehlo.convert %arg36 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %212 = stablehlo.dot_general %200, %211, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %213 = stablehlo.reshape %212 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %214 = stablehlo.convert %210 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %215 = stablehlo.convert %213 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %216 = stablehlo.slice %205 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %217 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %218 = stablehlo.slice %164 [2:3, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %219 = stablehlo.reshape %218 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %220 = stablehlo.slice %170 [2:3, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %221 = stablehlo.reshape %220 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %222 = stablehlo.slice %214 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %223 = stablehlo.slice %215 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %224 = stablehlo.composite "mlxla.window_attention" %216, %219, %221, %222, %223, %217, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %225 = stablehlo.slice %205 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %226 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %227 = stablehlo.slice %164 [2:3, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %228 = stablehlo.reshape %227 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %229 = stablehlo.slice %170 [2:3, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %230 = stablehlo.reshape %229 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %231 = stablehlo.slice %214 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %232 = stablehlo.slice %215 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %233 = stablehlo.composite "mlxla.window_attention" %225, %228, %230, %231, %232, %226, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %234 = stablehlo.constant dense<512> : tensor<i32>
    %235 = stablehlo.divide %arg1, %234 : tensor<i32>
    %236 = stablehlo.multiply %235, %234 : tensor<i32>
    %237 = stablehlo.subtract %arg1, %236 : tensor<i32>
    %238 = stablehlo.slice %214 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %239 = stablehlo.constant dense<2> : tensor<i32>
    %240 = stablehlo.constant dense<0> : tensor<i32>
    %241 = stablehlo.constant dense<0> : tensor<i32>
    %242 = stablehlo.reshape %238 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %243 = stablehlo.dynamic_update_slice %164, %242, %239, %240, %237, %241, %241 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %244 = stablehlo.slice %215 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %245 = stablehlo.constant dense<2> : tensor<i32>
    %246 = stablehlo.constant dense<0> : tensor<i32>
    %247 = stablehlo.constant dense<0> : tensor<i32>
    %248 = stablehlo.reshape %244 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %249 = stablehlo.dynamic_update_slice %170, %248, %245, %246, %237, %247, %247 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %250 = stablehlo.constant dense<512> : tensor<i32>
    %251 = stablehlo.divide %arg1, %250 : tensor<i32>
    %252 = stablehlo.multiply %251, %250 : tensor<i32>
    %253 = stablehlo.subtract %arg1, %252 : tensor<i32>
    %254 = stablehlo.slice %214 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %255 = stablehlo.constant dense<2> : tensor<i32>
    %256 = stablehlo.constant dense<1> : tensor<i32>
    %257 = stablehlo.constant dense<0> : tensor<i32>
    %258 = stablehlo.reshape %254 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %259 = stablehlo.dynamic_update_slice %243, %258, %255, %256, %253, %257, %257 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %260 = stablehlo.slice %215 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %261 = stablehlo.constant dense<2> : tensor<i32>
    %262 = stablehlo.constant dense<1> : tensor<i32>
    %263 = stablehlo.constant dense<0> : tensor<i32>
    %264 = stablehlo.reshape %260 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %265 = stablehlo.dynamic_update_slice %249, %264, %261, %262, %253, %263, %263 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %266 = stablehlo.concatenate %224, %233, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %267 = stablehlo.reshape %266 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %268 = stablehlo.convert %arg39 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %269 = stablehlo.dot_general %267, %268, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %270 = stablehlo.composite "mlxla.rms_norm" %269, %arg40 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %271 = stablehlo.add %199, %270 : tensor<2x1152xf32>
    %272 = stablehlo.composite "mlxla.rms_norm" %271, %arg41 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %273 = stablehlo.convert %arg43 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %274 = stablehlo.dot_general %272, %273, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %275 = stablehlo.multiply %274, %274 : tensor<2x6912xf32>
    %276 = stablehlo.multiply %275, %274 : tensor<2x6912xf32>
    %277 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %278 = stablehlo.multiply %276, %277 : tensor<2x6912xf32>
    %279 = stablehlo.add %274, %278 : tensor<2x6912xf32>
    %280 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %281 = stablehlo.multiply %279, %280 : tensor<2x6912xf32>
    %282 = stablehlo.tanh %281 : tensor<2x6912xf32>
    %283 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %284 = stablehlo.add %282, %283 : tensor<2x6912xf32>
    %285 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %286 = stablehlo.multiply %274, %285 : tensor<2x6912xf32>
    %287 = stablehlo.multiply %286, %284 : tensor<2x6912xf32>
    %288 = stablehlo.convert %arg44 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %289 = stablehlo.dot_general %272, %288, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %290 = stablehlo.multiply %287, %289 : tensor<2x6912xf32>
    %291 = stablehlo.convert %arg45 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %292 = stablehlo.dot_general %290, %291, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %293 = stablehlo.composite "mlxla.rms_norm" %292, %arg42 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %294 = stablehlo.add %271, %293 : tensor<2x1152xf32>
    %295 = stablehlo.composite "mlxla.rms_norm" %294, %arg46 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %296 = stablehlo.convert %arg47 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %297 = stablehlo.dot_general %295, %296, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %298 = stablehlo.reshape %297 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %299 = stablehlo.composite "mlxla.rms_norm" %298, %arg50 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %300 = stablehlo.composite "mlxla.rope" %299, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %301 = stablehlo.convert %arg48 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %302 = stablehlo.dot_general %295, %301, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %303 = stablehlo.reshape %302 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %304 = stablehlo.composite "mlxla.rms_norm" %303, %arg51 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %305 = stablehlo.composite "mlxla.rope" %304, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %306 = stablehlo.convert %arg49 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %307 = stablehlo.dot_general %295, %306, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %308 = stablehlo.reshape %307 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %309 = stablehlo.convert %305 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %310 = stablehlo.convert %308 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %311 = stablehlo.slice %300 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %312 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %313 = stablehlo.slice %259 [3:4, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %314 = stablehlo.reshape %313 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %315 = stablehlo.slice %265 [3:4, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %316 = stablehlo.reshape %315 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %317 = stablehlo.slice %309 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %318 = stablehlo.slice %310 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %319 = stablehlo.composite "mlxla.window_attention" %311, %314, %316, %317, %318, %312, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %320 = stablehlo.slice %300 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %321 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %322 = stablehlo.slice %259 [3:4, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %323 = stablehlo.reshape %322 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %324 = stablehlo.slice %265 [3:4, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %325 = stablehlo.reshape %324 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %326 = stablehlo.slice %309 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %327 = stablehlo.slice %310 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %328 = stablehlo.composite "mlxla.window_attention" %320, %323, %325, %326, %327, %321, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %329 = stablehlo.constant dense<512> : tensor<i32>
    %330 = stablehlo.divide %arg1, %329 : tensor<i32>
    %331 = stablehlo.multiply %330, %329 : tensor<i32>
    %332 = stablehlo.subtract %arg1, %331 : tensor<i32>
    %333 = stablehlo.slice %309 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %334 = stablehlo.constant dense<3> : tensor<i32>
    %335 = stablehlo.constant dense<0> : tensor<i32>
    %336 = stablehlo.constant dense<0> : tensor<i32>
    %337 = stablehlo.reshape %333 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %338 = stablehlo.dynamic_update_slice %259, %337, %334, %335, %332, %336, %336 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %339 = stablehlo.slice %310 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %340 = stablehlo.constant dense<3> : tensor<i32>
    %341 = stablehlo.constant dense<0> : tensor<i32>
    %342 = stablehlo.constant dense<0> : tensor<i32>
    %343 = stablehlo.reshape %339 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %344 = stablehlo.dynamic_update_slice %265, %343, %340, %341, %332, %342, %342 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %345 = stablehlo.constant dense<512> : tensor<i32>
    %346 = stablehlo.divide %arg1, %345 : tensor<i32>
    %347 = stablehlo.multiply %346, %345 : tensor<i32>
    %348 = stablehlo.subtract %arg1, %347 : tensor<i32>
    %349 = stablehlo.slice %309 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %350 = stablehlo.constant dense<3> : tensor<i32>
    %351 = stablehlo.constant dense<1> : tensor<i32>
    %352 = stablehlo.constant dense<0> : tensor<i32>
    %353 = stablehlo.reshape %349 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %354 = stablehlo.dynamic_update_slice %338, %353, %350, %351, %348, %352, %352 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %355 = stablehlo.slice %310 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %356 = stablehlo.constant dense<3> : tensor<i32>
    %357 = stablehlo.constant dense<1> : tensor<i32>
    %358 = stablehlo.constant dense<0> : tensor<i32>
    %359 = stablehlo.reshape %355 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %360 = stablehlo.dynamic_update_slice %344, %359, %356, %357, %348, %358, %358 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %361 = stablehlo.concatenate %319, %328, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %362 = stablehlo.reshape %361 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %363 = stablehlo.convert %arg52 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %364 = stablehlo.dot_general %362, %363, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %365 = stablehlo.composite "mlxla.rms_norm" %364, %arg53 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %366 = stablehlo.add %294, %365 : tensor<2x1152xf32>
    %367 = stablehlo.composite "mlxla.rms_norm" %366, %arg54 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %368 = stablehlo.convert %arg56 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %369 = stablehlo.dot_general %367, %368, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %370 = stablehlo.multiply %369, %369 : tensor<2x6912xf32>
    %371 = stablehlo.multiply %370, %369 : tensor<2x6912xf32>
    %372 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %373 = stablehlo.multiply %371, %372 : tensor<2x6912xf32>
    %374 = stablehlo.add %369, %373 : tensor<2x6912xf32>
    %375 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %376 = stablehlo.multiply %374, %375 : tensor<2x6912xf32>
    %377 = stablehlo.tanh %376 : tensor<2x6912xf32>
    %378 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %379 = stablehlo.add %377, %378 : tensor<2x6912xf32>
    %380 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %381 = stablehlo.multiply %369, %380 : tensor<2x6912xf32>
    %382 = stablehlo.multiply %381, %379 : tensor<2x6912xf32>
    %383 = stablehlo.convert %arg57 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %384 = stablehlo.dot_general %367, %383, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %385 = stablehlo.multiply %382, %384 : tensor<2x6912xf32>
    %386 = stablehlo.convert %arg58 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %387 = stablehlo.dot_general %385, %386, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %388 = stablehlo.composite "mlxla.rms_norm" %387, %arg55 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %389 = stablehlo.add %366, %388 : tensor<2x1152xf32>
    %390 = stablehlo.composite "mlxla.rms_norm" %389, %arg59 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %391 = stablehlo.convert %arg60 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %392 = stablehlo.dot_general %390, %391, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %393 = stablehlo.reshape %392 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %394 = stablehlo.composite "mlxla.rms_norm" %393, %arg63 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %395 = stablehlo.composite "mlxla.rope" %394, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %396 = stablehlo.convert %arg61 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %397 = stablehlo.dot_general %390, %396, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %398 = stablehlo.reshape %397 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %399 = stablehlo.composite "mlxla.rms_norm" %398, %arg64 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %400 = stablehlo.composite "mlxla.rope" %399, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %401 = stablehlo.convert %arg62 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %402 = stablehlo.dot_general %390, %401, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %403 = stablehlo.reshape %402 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %404 = stablehlo.convert %400 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %405 = stablehlo.convert %403 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %406 = stablehlo.slice %395 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %407 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %408 = stablehlo.slice %354 [4:5, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %409 = stablehlo.reshape %408 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %410 = stablehlo.slice %360 [4:5, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %411 = stablehlo.reshape %410 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %412 = stablehlo.slice %404 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %413 = stablehlo.slice %405 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %414 = stablehlo.composite "mlxla.window_attention" %406, %409, %411, %412, %413, %407, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %415 = stablehlo.slice %395 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %416 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %417 = stablehlo.slice %354 [4:5, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %418 = stablehlo.reshape %417 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %419 = stablehlo.slice %360 [4:5, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %420 = stablehlo.reshape %419 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %421 = stablehlo.slice %404 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %422 = stablehlo.slice %405 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %423 = stablehlo.composite "mlxla.window_attention" %415, %418, %420, %421, %422, %416, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %424 = stablehlo.constant dense<512> : tensor<i32>
    %425 = stablehlo.divide %arg1, %424 : tensor<i32>
    %426 = stablehlo.multiply %425, %424 : tensor<i32>
    %427 = stablehlo.subtract %arg1, %426 : tensor<i32>
    %428 = stablehlo.slice %404 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %429 = stablehlo.constant dense<4> : tensor<i32>
    %430 = stablehlo.constant dense<0> : tensor<i32>
    %431 = stablehlo.constant dense<0> : tensor<i32>
    %432 = stablehlo.reshape %428 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %433 = stablehlo.dynamic_update_slice %354, %432, %429, %430, %427, %431, %431 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %434 = stablehlo.slice %405 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %435 = stablehlo.constant dense<4> : tensor<i32>
    %436 = stablehlo.constant dense<0> : tensor<i32>
    %437 = stablehlo.constant dense<0> : tensor<i32>
    %438 = stablehlo.reshape %434 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %439 = stablehlo.dynamic_update_slice %360, %438, %435, %436, %427, %437, %437 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %440 = stablehlo.constant dense<512> : tensor<i32>
    %441 = stablehlo.divide %arg1, %440 : tensor<i32>
    %442 = stablehlo.multiply %441, %440 : tensor<i32>
    %443 = stablehlo.subtract %arg1, %442 : tensor<i32>
    %444 = stablehlo.slice %404 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %445 = stablehlo.constant dense<4> : tensor<i32>
    %446 = stablehlo.constant dense<1> : tensor<i32>
    %447 = stablehlo.constant dense<0> : tensor<i32>
    %448 = stablehlo.reshape %444 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %449 = stablehlo.dynamic_update_slice %433, %448, %445, %446, %443, %447, %447 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %450 = stablehlo.slice %405 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %451 = stablehlo.constant dense<4> : tensor<i32>
    %452 = stablehlo.constant dense<1> : tensor<i32>
    %453 = stablehlo.constant dense<0> : tensor<i32>
    %454 = stablehlo.reshape %450 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %455 = stablehlo.dynamic_update_slice %439, %454, %451, %452, %443, %453, %453 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %456 = stablehlo.concatenate %414, %423, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %457 = stablehlo.reshape %456 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %458 = stablehlo.convert %arg65 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %459 = stablehlo.dot_general %457, %458, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %460 = stablehlo.composite "mlxla.rms_norm" %459, %arg66 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %461 = stablehlo.add %389, %460 : tensor<2x1152xf32>
    %462 = stablehlo.composite "mlxla.rms_norm" %461, %arg67 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %463 = stablehlo.convert %arg69 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %464 = stablehlo.dot_general %462, %463, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %465 = stablehlo.multiply %464, %464 : tensor<2x6912xf32>
    %466 = stablehlo.multiply %465, %464 : tensor<2x6912xf32>
    %467 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %468 = stablehlo.multiply %466, %467 : tensor<2x6912xf32>
    %469 = stablehlo.add %464, %468 : tensor<2x6912xf32>
    %470 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %471 = stablehlo.multiply %469, %470 : tensor<2x6912xf32>
    %472 = stablehlo.tanh %471 : tensor<2x6912xf32>
    %473 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %474 = stablehlo.add %472, %473 : tensor<2x6912xf32>
    %475 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %476 = stablehlo.multiply %464, %475 : tensor<2x6912xf32>
    %477 = stablehlo.multiply %476, %474 : tensor<2x6912xf32>
    %478 = stablehlo.convert %arg70 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %479 = stablehlo.dot_general %462, %478, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %480 = stablehlo.multiply %477, %479 : tensor<2x6912xf32>
    %481 = stablehlo.convert %arg71 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %482 = stablehlo.dot_general %480, %481, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %483 = stablehlo.composite "mlxla.rms_norm" %482, %arg68 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %484 = stablehlo.add %461, %483 : tensor<2x1152xf32>
    %485 = stablehlo.composite "mlxla.rms_norm" %484, %arg72 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %486 = stablehlo.convert %arg73 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %487 = stablehlo.dot_general %485, %486, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %488 = stablehlo.reshape %487 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %489 = stablehlo.composite "mlxla.rms_norm" %488, %arg76 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %490 = stablehlo.composite "mlxla.rope" %489, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %491 = stablehlo.convert %arg74 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %492 = stablehlo.dot_general %485, %491, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %493 = stablehlo.reshape %492 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %494 = stablehlo.composite "mlxla.rms_norm" %493, %arg77 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %495 = stablehlo.composite "mlxla.rope" %494, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %496 = stablehlo.convert %arg75 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %497 = stablehlo.dot_general %485, %496, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %498 = stablehlo.reshape %497 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %499 = stablehlo.convert %495 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %500 = stablehlo.convert %498 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %501 = stablehlo.constant dense<0> : tensor<i32>
    %502 = stablehlo.constant dense<0> : tensor<i32>
    %503 = stablehlo.constant dense<0> : tensor<i32>
    %504 = stablehlo.slice %499 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %505 = stablehlo.reshape %504 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %506 = stablehlo.dynamic_update_slice %arg2, %505, %501, %503, %arg1, %502, %502 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %507 = stablehlo.slice %500 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %508 = stablehlo.reshape %507 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %509 = stablehlo.dynamic_update_slice %arg3, %508, %501, %503, %arg1, %502, %502 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %510 = stablehlo.constant dense<1> : tensor<i32>
    %511 = stablehlo.slice %499 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %512 = stablehlo.reshape %511 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %513 = stablehlo.dynamic_update_slice %506, %512, %501, %510, %arg1, %502, %502 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %514 = stablehlo.slice %500 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %515 = stablehlo.reshape %514 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %516 = stablehlo.dynamic_update_slice %509, %515, %501, %510, %arg1, %502, %502 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %517 = stablehlo.slice %490 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %518 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %519 = stablehlo.slice %513 [0:1, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %520 = stablehlo.reshape %519 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %521 = stablehlo.slice %516 [0:1, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %522 = stablehlo.reshape %521 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %523 = stablehlo.composite "mlxla.attention" %517, %520, %522, %518, %2 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %524 = stablehlo.slice %490 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %525 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %526 = stablehlo.slice %513 [0:1, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %527 = stablehlo.reshape %526 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %528 = stablehlo.slice %516 [0:1, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %529 = stablehlo.reshape %528 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %530 = stablehlo.composite "mlxla.attention" %524, %527, %529, %525, %4 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %531 = stablehlo.concatenate %523, %530, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %532 = stablehlo.reshape %531 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %533 = stablehlo.convert %arg78 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %534 = stablehlo.dot_general %532, %533, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %535 = stablehlo.composite "mlxla.rms_norm" %534, %arg79 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %536 = stablehlo.add %484, %535 : tensor<2x1152xf32>
    %537 = stablehlo.composite "mlxla.rms_norm" %536, %arg80 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %538 = stablehlo.convert %arg82 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %539 = stablehlo.dot_general %537, %538, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %540 = stablehlo.multiply %539, %539 : tensor<2x6912xf32>
    %541 = stablehlo.multiply %540, %539 : tensor<2x6912xf32>
    %542 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %543 = stablehlo.multiply %541, %542 : tensor<2x6912xf32>
    %544 = stablehlo.add %539, %543 : tensor<2x6912xf32>
    %545 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %546 = stablehlo.multiply %544, %545 : tensor<2x6912xf32>
    %547 = stablehlo.tanh %546 : tensor<2x6912xf32>
    %548 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %549 = stablehlo.add %547, %548 : tensor<2x6912xf32>
    %550 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %551 = stablehlo.multiply %539, %550 : tensor<2x6912xf32>
    %552 = stablehlo.multiply %551, %549 : tensor<2x6912xf32>
    %553 = stablehlo.convert %arg83 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %554 = stablehlo.dot_general %537, %553, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %555 = stablehlo.multiply %552, %554 : tensor<2x6912xf32>
    %556 = stablehlo.convert %arg84 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %557 = stablehlo.dot_general %555, %556, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %558 = stablehlo.composite "mlxla.rms_norm" %557, %arg81 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %559 = stablehlo.add %536, %558 : tensor<2x1152xf32>
    %560 = stablehlo.composite "mlxla.rms_norm" %559, %arg85 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %561 = stablehlo.convert %arg86 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %562 = stablehlo.dot_general %560, %561, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %563 = stablehlo.reshape %562 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %564 = stablehlo.composite "mlxla.rms_norm" %563, %arg89 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %565 = stablehlo.composite "mlxla.rope" %564, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %566 = stablehlo.convert %arg87 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %567 = stablehlo.dot_general %560, %566, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %568 = stablehlo.reshape %567 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %569 = stablehlo.composite "mlxla.rms_norm" %568, %arg90 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %570 = stablehlo.composite "mlxla.rope" %569, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %571 = stablehlo.convert %arg88 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %572 = stablehlo.dot_general %560, %571, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %573 = stablehlo.reshape %572 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %574 = stablehlo.convert %570 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %575 = stablehlo.convert %573 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %576 = stablehlo.slice %565 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %577 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %578 = stablehlo.slice %449 [5:6, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %579 = stablehlo.reshape %578 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %580 = stablehlo.slice %455 [5:6, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %581 = stablehlo.reshape %580 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %582 = stablehlo.slice %574 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %583 = stablehlo.slice %575 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %584 = stablehlo.composite "mlxla.window_attention" %576, %579, %581, %582, %583, %577, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %585 = stablehlo.slice %565 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %586 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %587 = stablehlo.slice %449 [5:6, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %588 = stablehlo.reshape %587 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %589 = stablehlo.slice %455 [5:6, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %590 = stablehlo.reshape %589 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %591 = stablehlo.slice %574 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %592 = stablehlo.slice %575 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %593 = stablehlo.composite "mlxla.window_attention" %585, %588, %590, %591, %592, %586, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %594 = stablehlo.constant dense<512> : tensor<i32>
    %595 = stablehlo.divide %arg1, %594 : tensor<i32>
    %596 = stablehlo.multiply %595, %594 : tensor<i32>
    %597 = stablehlo.subtract %arg1, %596 : tensor<i32>
    %598 = stablehlo.slice %574 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %599 = stablehlo.constant dense<5> : tensor<i32>
    %600 = stablehlo.constant dense<0> : tensor<i32>
    %601 = stablehlo.constant dense<0> : tensor<i32>
    %602 = stablehlo.reshape %598 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %603 = stablehlo.dynamic_update_slice %449, %602, %599, %600, %597, %601, %601 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %604 = stablehlo.slice %575 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %605 = stablehlo.constant dense<5> : tensor<i32>
    %606 = stablehlo.constant dense<0> : tensor<i32>
    %607 = stablehlo.constant dense<0> : tensor<i32>
    %608 = stablehlo.reshape %604 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %609 = stablehlo.dynamic_update_slice %455, %608, %605, %606, %597, %607, %607 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %610 = stablehlo.constant dense<512> : tensor<i32>
    %611 = stablehlo.divide %arg1, %610 : tensor<i32>
    %612 = stablehlo.multiply %611, %610 : tensor<i32>
    %613 = stablehlo.subtract %arg1, %612 : tensor<i32>
    %614 = stablehlo.slice %574 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %615 = stablehlo.constant dense<5> : tensor<i32>
    %616 = stablehlo.constant dense<1> : tensor<i32>
    %617 = stablehlo.constant dense<0> : tensor<i32>
    %618 = stablehlo.reshape %614 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %619 = stablehlo.dynamic_update_slice %603, %618, %615, %616, %613, %617, %617 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %620 = stablehlo.slice %575 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %621 = stablehlo.constant dense<5> : tensor<i32>
    %622 = stablehlo.constant dense<1> : tensor<i32>
    %623 = stablehlo.constant dense<0> : tensor<i32>
    %624 = stablehlo.reshape %620 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %625 = stablehlo.dynamic_update_slice %609, %624, %621, %622, %613, %623, %623 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %626 = stablehlo.concatenate %584, %593, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %627 = stablehlo.reshape %626 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %628 = stablehlo.convert %arg91 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %629 = stablehlo.dot_general %627, %628, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %630 = stablehlo.composite "mlxla.rms_norm" %629, %arg92 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %631 = stablehlo.add %559, %630 : tensor<2x1152xf32>
    %632 = stablehlo.composite "mlxla.rms_norm" %631, %arg93 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %633 = stablehlo.convert %arg95 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %634 = stablehlo.dot_general %632, %633, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %635 = stablehlo.multiply %634, %634 : tensor<2x6912xf32>
    %636 = stablehlo.multiply %635, %634 : tensor<2x6912xf32>
    %637 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %638 = stablehlo.multiply %636, %637 : tensor<2x6912xf32>
    %639 = stablehlo.add %634, %638 : tensor<2x6912xf32>
    %640 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %641 = stablehlo.multiply %639, %640 : tensor<2x6912xf32>
    %642 = stablehlo.tanh %641 : tensor<2x6912xf32>
    %643 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %644 = stablehlo.add %642, %643 : tensor<2x6912xf32>
    %645 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %646 = stablehlo.multiply %634, %645 : tensor<2x6912xf32>
    %647 = stablehlo.multiply %646, %644 : tensor<2x6912xf32>
    %648 = stablehlo.convert %arg96 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %649 = stablehlo.dot_general %632, %648, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %650 = stablehlo.multiply %647, %649 : tensor<2x6912xf32>
    %651 = stablehlo.convert %arg97 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %652 = stablehlo.dot_general %650, %651, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %653 = stablehlo.composite "mlxla.rms_norm" %652, %arg94 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %654 = stablehlo.add %631, %653 : tensor<2x1152xf32>
    %655 = stablehlo.composite "mlxla.rms_norm" %654, %arg98 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %656 = stablehlo.convert %arg99 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %657 = stablehlo.dot_general %655, %656, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %658 = stablehlo.reshape %657 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %659 = stablehlo.composite "mlxla.rms_norm" %658, %arg102 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %660 = stablehlo.composite "mlxla.rope" %659, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %661 = stablehlo.convert %arg100 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %662 = stablehlo.dot_general %655, %661, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %663 = stablehlo.reshape %662 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %664 = stablehlo.composite "mlxla.rms_norm" %663, %arg103 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %665 = stablehlo.composite "mlxla.rope" %664, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %666 = stablehlo.convert %arg101 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %667 = stablehlo.dot_general %655, %666, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %668 = stablehlo.reshape %667 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %669 = stablehlo.convert %665 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %670 = stablehlo.convert %668 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %671 = stablehlo.slice %660 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %672 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %673 = stablehlo.slice %619 [6:7, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %674 = stablehlo.reshape %673 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %675 = stablehlo.slice %625 [6:7, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %676 = stablehlo.reshape %675 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %677 = stablehlo.slice %669 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %678 = stablehlo.slice %670 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %679 = stablehlo.composite "mlxla.window_attention" %671, %674, %676, %677, %678, %672, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %680 = stablehlo.slice %660 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %681 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %682 = stablehlo.slice %619 [6:7, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %683 = stablehlo.reshape %682 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %684 = stablehlo.slice %625 [6:7, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %685 = stablehlo.reshape %684 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %686 = stablehlo.slice %669 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %687 = stablehlo.slice %670 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %688 = stablehlo.composite "mlxla.window_attention" %680, %683, %685, %686, %687, %681, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %689 = stablehlo.constant dense<512> : tensor<i32>
    %690 = stablehlo.divide %arg1, %689 : tensor<i32>
    %691 = stablehlo.multiply %690, %689 : tensor<i32>
    %692 = stablehlo.subtract %arg1, %691 : tensor<i32>
    %693 = stablehlo.slice %669 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %694 = stablehlo.constant dense<6> : tensor<i32>
    %695 = stablehlo.constant dense<0> : tensor<i32>
    %696 = stablehlo.constant dense<0> : tensor<i32>
    %697 = stablehlo.reshape %693 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %698 = stablehlo.dynamic_update_slice %619, %697, %694, %695, %692, %696, %696 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %699 = stablehlo.slice %670 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %700 = stablehlo.constant dense<6> : tensor<i32>
    %701 = stablehlo.constant dense<0> : tensor<i32>
    %702 = stablehlo.constant dense<0> : tensor<i32>
    %703 = stablehlo.reshape %699 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %704 = stablehlo.dynamic_update_slice %625, %703, %700, %701, %692, %702, %702 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %705 = stablehlo.constant dense<512> : tensor<i32>
    %706 = stablehlo.divide %arg1, %705 : tensor<i32>
    %707 = stablehlo.multiply %706, %705 : tensor<i32>
    %708 = stablehlo.subtract %arg1, %707 : tensor<i32>
    %709 = stablehlo.slice %669 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %710 = stablehlo.constant dense<6> : tensor<i32>
    %711 = stablehlo.constant dense<1> : tensor<i32>
    %712 = stablehlo.constant dense<0> : tensor<i32>
    %713 = stablehlo.reshape %709 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %714 = stablehlo.dynamic_update_slice %698, %713, %710, %711, %708, %712, %712 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %715 = stablehlo.slice %670 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %716 = stablehlo.constant dense<6> : tensor<i32>
    %717 = stablehlo.constant dense<1> : tensor<i32>
    %718 = stablehlo.constant dense<0> : tensor<i32>
    %719 = stablehlo.reshape %715 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %720 = stablehlo.dynamic_update_slice %704, %719, %716, %717, %708, %718, %718 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %721 = stablehlo.concatenate %679, %688, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %722 = stablehlo.reshape %721 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %723 = stablehlo.convert %arg104 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %724 = stablehlo.dot_general %722, %723, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %725 = stablehlo.composite "mlxla.rms_norm" %724, %arg105 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %726 = stablehlo.add %654, %725 : tensor<2x1152xf32>
    %727 = stablehlo.composite "mlxla.rms_norm" %726, %arg106 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %728 = stablehlo.convert %arg108 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %729 = stablehlo.dot_general %727, %728, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %730 = stablehlo.multiply %729, %729 : tensor<2x6912xf32>
    %731 = stablehlo.multiply %730, %729 : tensor<2x6912xf32>
    %732 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %733 = stablehlo.multiply %731, %732 : tensor<2x6912xf32>
    %734 = stablehlo.add %729, %733 : tensor<2x6912xf32>
    %735 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %736 = stablehlo.multiply %734, %735 : tensor<2x6912xf32>
    %737 = stablehlo.tanh %736 : tensor<2x6912xf32>
    %738 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %739 = stablehlo.add %737, %738 : tensor<2x6912xf32>
    %740 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %741 = stablehlo.multiply %729, %740 : tensor<2x6912xf32>
    %742 = stablehlo.multiply %741, %739 : tensor<2x6912xf32>
    %743 = stablehlo.convert %arg109 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %744 = stablehlo.dot_general %727, %743, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %745 = stablehlo.multiply %742, %744 : tensor<2x6912xf32>
    %746 = stablehlo.convert %arg110 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %747 = stablehlo.dot_general %745, %746, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %748 = stablehlo.composite "mlxla.rms_norm" %747, %arg107 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %749 = stablehlo.add %726, %748 : tensor<2x1152xf32>
    %750 = stablehlo.composite "mlxla.rms_norm" %749, %arg111 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %751 = stablehlo.convert %arg112 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %752 = stablehlo.dot_general %750, %751, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %753 = stablehlo.reshape %752 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %754 = stablehlo.composite "mlxla.rms_norm" %753, %arg115 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %755 = stablehlo.composite "mlxla.rope" %754, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %756 = stablehlo.convert %arg113 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %757 = stablehlo.dot_general %750, %756, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %758 = stablehlo.reshape %757 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %759 = stablehlo.composite "mlxla.rms_norm" %758, %arg116 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %760 = stablehlo.composite "mlxla.rope" %759, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %761 = stablehlo.convert %arg114 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %762 = stablehlo.dot_general %750, %761, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %763 = stablehlo.reshape %762 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %764 = stablehlo.convert %760 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %765 = stablehlo.convert %763 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %766 = stablehlo.slice %755 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %767 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %768 = stablehlo.slice %714 [7:8, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %769 = stablehlo.reshape %768 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %770 = stablehlo.slice %720 [7:8, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %771 = stablehlo.reshape %770 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %772 = stablehlo.slice %764 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %773 = stablehlo.slice %765 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %774 = stablehlo.composite "mlxla.window_attention" %766, %769, %771, %772, %773, %767, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %775 = stablehlo.slice %755 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %776 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %777 = stablehlo.slice %714 [7:8, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %778 = stablehlo.reshape %777 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %779 = stablehlo.slice %720 [7:8, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %780 = stablehlo.reshape %779 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %781 = stablehlo.slice %764 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %782 = stablehlo.slice %765 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %783 = stablehlo.composite "mlxla.window_attention" %775, %778, %780, %781, %782, %776, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %784 = stablehlo.constant dense<512> : tensor<i32>
    %785 = stablehlo.divide %arg1, %784 : tensor<i32>
    %786 = stablehlo.multiply %785, %784 : tensor<i32>
    %787 = stablehlo.subtract %arg1, %786 : tensor<i32>
    %788 = stablehlo.slice %764 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %789 = stablehlo.constant dense<7> : tensor<i32>
    %790 = stablehlo.constant dense<0> : tensor<i32>
    %791 = stablehlo.constant dense<0> : tensor<i32>
    %792 = stablehlo.reshape %788 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %793 = stablehlo.dynamic_update_slice %714, %792, %789, %790, %787, %791, %791 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %794 = stablehlo.slice %765 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %795 = stablehlo.constant dense<7> : tensor<i32>
    %796 = stablehlo.constant dense<0> : tensor<i32>
    %797 = stablehlo.constant dense<0> : tensor<i32>
    %798 = stablehlo.reshape %794 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %799 = stablehlo.dynamic_update_slice %720, %798, %795, %796, %787, %797, %797 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %800 = stablehlo.constant dense<512> : tensor<i32>
    %801 = stablehlo.divide %arg1, %800 : tensor<i32>
    %802 = stablehlo.multiply %801, %800 : tensor<i32>
    %803 = stablehlo.subtract %arg1, %802 : tensor<i32>
    %804 = stablehlo.slice %764 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %805 = stablehlo.constant dense<7> : tensor<i32>
    %806 = stablehlo.constant dense<1> : tensor<i32>
    %807 = stablehlo.constant dense<0> : tensor<i32>
    %808 = stablehlo.reshape %804 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %809 = stablehlo.dynamic_update_slice %793, %808, %805, %806, %803, %807, %807 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %810 = stablehlo.slice %765 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %811 = stablehlo.constant dense<7> : tensor<i32>
    %812 = stablehlo.constant dense<1> : tensor<i32>
    %813 = stablehlo.constant dense<0> : tensor<i32>
    %814 = stablehlo.reshape %810 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %815 = stablehlo.dynamic_update_slice %799, %814, %811, %812, %803, %813, %813 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %816 = stablehlo.concatenate %774, %783, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %817 = stablehlo.reshape %816 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %818 = stablehlo.convert %arg117 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %819 = stablehlo.dot_general %817, %818, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %820 = stablehlo.composite "mlxla.rms_norm" %819, %arg118 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %821 = stablehlo.add %749, %820 : tensor<2x1152xf32>
    %822 = stablehlo.composite "mlxla.rms_norm" %821, %arg119 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %823 = stablehlo.convert %arg121 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %824 = stablehlo.dot_general %822, %823, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %825 = stablehlo.multiply %824, %824 : tensor<2x6912xf32>
    %826 = stablehlo.multiply %825, %824 : tensor<2x6912xf32>
    %827 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %828 = stablehlo.multiply %826, %827 : tensor<2x6912xf32>
    %829 = stablehlo.add %824, %828 : tensor<2x6912xf32>
    %830 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %831 = stablehlo.multiply %829, %830 : tensor<2x6912xf32>
    %832 = stablehlo.tanh %831 : tensor<2x6912xf32>
    %833 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %834 = stablehlo.add %832, %833 : tensor<2x6912xf32>
    %835 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %836 = stablehlo.multiply %824, %835 : tensor<2x6912xf32>
    %837 = stablehlo.multiply %836, %834 : tensor<2x6912xf32>
    %838 = stablehlo.convert %arg122 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %839 = stablehlo.dot_general %822, %838, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %840 = stablehlo.multiply %837, %839 : tensor<2x6912xf32>
    %841 = stablehlo.convert %arg123 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %842 = stablehlo.dot_general %840, %841, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %843 = stablehlo.composite "mlxla.rms_norm" %842, %arg120 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %844 = stablehlo.add %821, %843 : tensor<2x1152xf32>
    %845 = stablehlo.composite "mlxla.rms_norm" %844, %arg124 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %846 = stablehlo.convert %arg125 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %847 = stablehlo.dot_general %845, %846, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %848 = stablehlo.reshape %847 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %849 = stablehlo.composite "mlxla.rms_norm" %848, %arg128 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %850 = stablehlo.composite "mlxla.rope" %849, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %851 = stablehlo.convert %arg126 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %852 = stablehlo.dot_general %845, %851, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %853 = stablehlo.reshape %852 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %854 = stablehlo.composite "mlxla.rms_norm" %853, %arg129 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %855 = stablehlo.composite "mlxla.rope" %854, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %856 = stablehlo.convert %arg127 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %857 = stablehlo.dot_general %845, %856, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %858 = stablehlo.reshape %857 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %859 = stablehlo.convert %855 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %860 = stablehlo.convert %858 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %861 = stablehlo.slice %850 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %862 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %863 = stablehlo.slice %809 [8:9, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %864 = stablehlo.reshape %863 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %865 = stablehlo.slice %815 [8:9, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %866 = stablehlo.reshape %865 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %867 = stablehlo.slice %859 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %868 = stablehlo.slice %860 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %869 = stablehlo.composite "mlxla.window_attention" %861, %864, %866, %867, %868, %862, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %870 = stablehlo.slice %850 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %871 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %872 = stablehlo.slice %809 [8:9, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %873 = stablehlo.reshape %872 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %874 = stablehlo.slice %815 [8:9, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %875 = stablehlo.reshape %874 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %876 = stablehlo.slice %859 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %877 = stablehlo.slice %860 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %878 = stablehlo.composite "mlxla.window_attention" %870, %873, %875, %876, %877, %871, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %879 = stablehlo.constant dense<512> : tensor<i32>
    %880 = stablehlo.divide %arg1, %879 : tensor<i32>
    %881 = stablehlo.multiply %880, %879 : tensor<i32>
    %882 = stablehlo.subtract %arg1, %881 : tensor<i32>
    %883 = stablehlo.slice %859 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %884 = stablehlo.constant dense<8> : tensor<i32>
    %885 = stablehlo.constant dense<0> : tensor<i32>
    %886 = stablehlo.constant dense<0> : tensor<i32>
    %887 = stablehlo.reshape %883 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %888 = stablehlo.dynamic_update_slice %809, %887, %884, %885, %882, %886, %886 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %889 = stablehlo.slice %860 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %890 = stablehlo.constant dense<8> : tensor<i32>
    %891 = stablehlo.constant dense<0> : tensor<i32>
    %892 = stablehlo.constant dense<0> : tensor<i32>
    %893 = stablehlo.reshape %889 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %894 = stablehlo.dynamic_update_slice %815, %893, %890, %891, %882, %892, %892 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %895 = stablehlo.constant dense<512> : tensor<i32>
    %896 = stablehlo.divide %arg1, %895 : tensor<i32>
    %897 = stablehlo.multiply %896, %895 : tensor<i32>
    %898 = stablehlo.subtract %arg1, %897 : tensor<i32>
    %899 = stablehlo.slice %859 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %900 = stablehlo.constant dense<8> : tensor<i32>
    %901 = stablehlo.constant dense<1> : tensor<i32>
    %902 = stablehlo.constant dense<0> : tensor<i32>
    %903 = stablehlo.reshape %899 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %904 = stablehlo.dynamic_update_slice %888, %903, %900, %901, %898, %902, %902 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %905 = stablehlo.slice %860 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %906 = stablehlo.constant dense<8> : tensor<i32>
    %907 = stablehlo.constant dense<1> : tensor<i32>
    %908 = stablehlo.constant dense<0> : tensor<i32>
    %909 = stablehlo.reshape %905 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %910 = stablehlo.dynamic_update_slice %894, %909, %906, %907, %898, %908, %908 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %911 = stablehlo.concatenate %869, %878, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %912 = stablehlo.reshape %911 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %913 = stablehlo.convert %arg130 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %914 = stablehlo.dot_general %912, %913, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %915 = stablehlo.composite "mlxla.rms_norm" %914, %arg131 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %916 = stablehlo.add %844, %915 : tensor<2x1152xf32>
    %917 = stablehlo.composite "mlxla.rms_norm" %916, %arg132 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %918 = stablehlo.convert %arg134 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %919 = stablehlo.dot_general %917, %918, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %920 = stablehlo.multiply %919, %919 : tensor<2x6912xf32>
    %921 = stablehlo.multiply %920, %919 : tensor<2x6912xf32>
    %922 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %923 = stablehlo.multiply %921, %922 : tensor<2x6912xf32>
    %924 = stablehlo.add %919, %923 : tensor<2x6912xf32>
    %925 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %926 = stablehlo.multiply %924, %925 : tensor<2x6912xf32>
    %927 = stablehlo.tanh %926 : tensor<2x6912xf32>
    %928 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %929 = stablehlo.add %927, %928 : tensor<2x6912xf32>
    %930 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %931 = stablehlo.multiply %919, %930 : tensor<2x6912xf32>
    %932 = stablehlo.multiply %931, %929 : tensor<2x6912xf32>
    %933 = stablehlo.convert %arg135 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %934 = stablehlo.dot_general %917, %933, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %935 = stablehlo.multiply %932, %934 : tensor<2x6912xf32>
    %936 = stablehlo.convert %arg136 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %937 = stablehlo.dot_general %935, %936, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %938 = stablehlo.composite "mlxla.rms_norm" %937, %arg133 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %939 = stablehlo.add %916, %938 : tensor<2x1152xf32>
    %940 = stablehlo.composite "mlxla.rms_norm" %939, %arg137 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %941 = stablehlo.convert %arg138 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %942 = stablehlo.dot_general %940, %941, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %943 = stablehlo.reshape %942 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %944 = stablehlo.composite "mlxla.rms_norm" %943, %arg141 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %945 = stablehlo.composite "mlxla.rope" %944, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %946 = stablehlo.convert %arg139 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %947 = stablehlo.dot_general %940, %946, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %948 = stablehlo.reshape %947 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %949 = stablehlo.composite "mlxla.rms_norm" %948, %arg142 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %950 = stablehlo.composite "mlxla.rope" %949, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %951 = stablehlo.convert %arg140 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %952 = stablehlo.dot_general %940, %951, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %953 = stablehlo.reshape %952 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %954 = stablehlo.convert %950 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %955 = stablehlo.convert %953 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %956 = stablehlo.slice %945 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %957 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %958 = stablehlo.slice %904 [9:10, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %959 = stablehlo.reshape %958 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %960 = stablehlo.slice %910 [9:10, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %961 = stablehlo.reshape %960 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %962 = stablehlo.slice %954 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %963 = stablehlo.slice %955 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %964 = stablehlo.composite "mlxla.window_attention" %956, %959, %961, %962, %963, %957, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %965 = stablehlo.slice %945 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %966 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %967 = stablehlo.slice %904 [9:10, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %968 = stablehlo.reshape %967 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %969 = stablehlo.slice %910 [9:10, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %970 = stablehlo.reshape %969 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %971 = stablehlo.slice %954 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %972 = stablehlo.slice %955 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %973 = stablehlo.composite "mlxla.window_attention" %965, %968, %970, %971, %972, %966, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %974 = stablehlo.constant dense<512> : tensor<i32>
    %975 = stablehlo.divide %arg1, %974 : tensor<i32>
    %976 = stablehlo.multiply %975, %974 : tensor<i32>
    %977 = stablehlo.subtract %arg1, %976 : tensor<i32>
    %978 = stablehlo.slice %954 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %979 = stablehlo.constant dense<9> : tensor<i32>
    %980 = stablehlo.constant dense<0> : tensor<i32>
    %981 = stablehlo.constant dense<0> : tensor<i32>
    %982 = stablehlo.reshape %978 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %983 = stablehlo.dynamic_update_slice %904, %982, %979, %980, %977, %981, %981 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %984 = stablehlo.slice %955 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %985 = stablehlo.constant dense<9> : tensor<i32>
    %986 = stablehlo.constant dense<0> : tensor<i32>
    %987 = stablehlo.constant dense<0> : tensor<i32>
    %988 = stablehlo.reshape %984 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %989 = stablehlo.dynamic_update_slice %910, %988, %985, %986, %977, %987, %987 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %990 = stablehlo.constant dense<512> : tensor<i32>
    %991 = stablehlo.divide %arg1, %990 : tensor<i32>
    %992 = stablehlo.multiply %991, %990 : tensor<i32>
    %993 = stablehlo.subtract %arg1, %992 : tensor<i32>
    %994 = stablehlo.slice %954 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %995 = stablehlo.constant dense<9> : tensor<i32>
    %996 = stablehlo.constant dense<1> : tensor<i32>
    %997 = stablehlo.constant dense<0> : tensor<i32>
    %998 = stablehlo.reshape %994 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %999 = stablehlo.dynamic_update_slice %983, %998, %995, %996, %993, %997, %997 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1000 = stablehlo.slice %955 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1001 = stablehlo.constant dense<9> : tensor<i32>
    %1002 = stablehlo.constant dense<1> : tensor<i32>
    %1003 = stablehlo.constant dense<0> : tensor<i32>
    %1004 = stablehlo.reshape %1000 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1005 = stablehlo.dynamic_update_slice %989, %1004, %1001, %1002, %993, %1003, %1003 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1006 = stablehlo.concatenate %964, %973, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1007 = stablehlo.reshape %1006 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1008 = stablehlo.convert %arg143 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1009 = stablehlo.dot_general %1007, %1008, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1010 = stablehlo.composite "mlxla.rms_norm" %1009, %arg144 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1011 = stablehlo.add %939, %1010 : tensor<2x1152xf32>
    %1012 = stablehlo.composite "mlxla.rms_norm" %1011, %arg145 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1013 = stablehlo.convert %arg147 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1014 = stablehlo.dot_general %1012, %1013, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1015 = stablehlo.multiply %1014, %1014 : tensor<2x6912xf32>
    %1016 = stablehlo.multiply %1015, %1014 : tensor<2x6912xf32>
    %1017 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1018 = stablehlo.multiply %1016, %1017 : tensor<2x6912xf32>
    %1019 = stablehlo.add %1014, %1018 : tensor<2x6912xf32>
    %1020 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1021 = stablehlo.multiply %1019, %1020 : tensor<2x6912xf32>
    %1022 = stablehlo.tanh %1021 : tensor<2x6912xf32>
    %1023 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1024 = stablehlo.add %1022, %1023 : tensor<2x6912xf32>
    %1025 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1026 = stablehlo.multiply %1014, %1025 : tensor<2x6912xf32>
    %1027 = stablehlo.multiply %1026, %1024 : tensor<2x6912xf32>
    %1028 = stablehlo.convert %arg148 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1029 = stablehlo.dot_general %1012, %1028, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1030 = stablehlo.multiply %1027, %1029 : tensor<2x6912xf32>
    %1031 = stablehlo.convert %arg149 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1032 = stablehlo.dot_general %1030, %1031, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1033 = stablehlo.composite "mlxla.rms_norm" %1032, %arg146 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1034 = stablehlo.add %1011, %1033 : tensor<2x1152xf32>
    %1035 = stablehlo.composite "mlxla.rms_norm" %1034, %arg150 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1036 = stablehlo.convert %arg151 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1037 = stablehlo.dot_general %1035, %1036, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1038 = stablehlo.reshape %1037 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1039 = stablehlo.composite "mlxla.rms_norm" %1038, %arg154 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1040 = stablehlo.composite "mlxla.rope" %1039, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1041 = stablehlo.convert %arg152 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1042 = stablehlo.dot_general %1035, %1041, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1043 = stablehlo.reshape %1042 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1044 = stablehlo.composite "mlxla.rms_norm" %1043, %arg155 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1045 = stablehlo.composite "mlxla.rope" %1044, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1046 = stablehlo.convert %arg153 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1047 = stablehlo.dot_general %1035, %1046, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1048 = stablehlo.reshape %1047 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1049 = stablehlo.convert %1045 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1050 = stablehlo.convert %1048 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1051 = stablehlo.constant dense<1> : tensor<i32>
    %1052 = stablehlo.constant dense<0> : tensor<i32>
    %1053 = stablehlo.constant dense<0> : tensor<i32>
    %1054 = stablehlo.slice %1049 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1055 = stablehlo.reshape %1054 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1056 = stablehlo.dynamic_update_slice %513, %1055, %1051, %1053, %arg1, %1052, %1052 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1057 = stablehlo.slice %1050 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1058 = stablehlo.reshape %1057 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1059 = stablehlo.dynamic_update_slice %516, %1058, %1051, %1053, %arg1, %1052, %1052 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1060 = stablehlo.constant dense<1> : tensor<i32>
    %1061 = stablehlo.slice %1049 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1062 = stablehlo.reshape %1061 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1063 = stablehlo.dynamic_update_slice %1056, %1062, %1051, %1060, %arg1, %1052, %1052 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1064 = stablehlo.slice %1050 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1065 = stablehlo.reshape %1064 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1066 = stablehlo.dynamic_update_slice %1059, %1065, %1051, %1060, %arg1, %1052, %1052 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1067 = stablehlo.slice %1040 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1068 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1069 = stablehlo.slice %1063 [1:2, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1070 = stablehlo.reshape %1069 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1071 = stablehlo.slice %1066 [1:2, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1072 = stablehlo.reshape %1071 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1073 = stablehlo.composite "mlxla.attention" %1067, %1070, %1072, %1068, %2 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1074 = stablehlo.slice %1040 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1075 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1076 = stablehlo.slice %1063 [1:2, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1077 = stablehlo.reshape %1076 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1078 = stablehlo.slice %1066 [1:2, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1079 = stablehlo.reshape %1078 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1080 = stablehlo.composite "mlxla.attention" %1074, %1077, %1079, %1075, %4 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1081 = stablehlo.concatenate %1073, %1080, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1082 = stablehlo.reshape %1081 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1083 = stablehlo.convert %arg156 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1084 = stablehlo.dot_general %1082, %1083, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1085 = stablehlo.composite "mlxla.rms_norm" %1084, %arg157 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1086 = stablehlo.add %1034, %1085 : tensor<2x1152xf32>
    %1087 = stablehlo.composite "mlxla.rms_norm" %1086, %arg158 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1088 = stablehlo.convert %arg160 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1089 = stablehlo.dot_general %1087, %1088, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1090 = stablehlo.multiply %1089, %1089 : tensor<2x6912xf32>
    %1091 = stablehlo.multiply %1090, %1089 : tensor<2x6912xf32>
    %1092 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1093 = stablehlo.multiply %1091, %1092 : tensor<2x6912xf32>
    %1094 = stablehlo.add %1089, %1093 : tensor<2x6912xf32>
    %1095 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1096 = stablehlo.multiply %1094, %1095 : tensor<2x6912xf32>
    %1097 = stablehlo.tanh %1096 : tensor<2x6912xf32>
    %1098 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1099 = stablehlo.add %1097, %1098 : tensor<2x6912xf32>
    %1100 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1101 = stablehlo.multiply %1089, %1100 : tensor<2x6912xf32>
    %1102 = stablehlo.multiply %1101, %1099 : tensor<2x6912xf32>
    %1103 = stablehlo.convert %arg161 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1104 = stablehlo.dot_general %1087, %1103, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1105 = stablehlo.multiply %1102, %1104 : tensor<2x6912xf32>
    %1106 = stablehlo.convert %arg162 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1107 = stablehlo.dot_general %1105, %1106, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1108 = stablehlo.composite "mlxla.rms_norm" %1107, %arg159 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1109 = stablehlo.add %1086, %1108 : tensor<2x1152xf32>
    %1110 = stablehlo.composite "mlxla.rms_norm" %1109, %arg163 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1111 = stablehlo.convert %arg164 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1112 = stablehlo.dot_general %1110, %1111, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1113 = stablehlo.reshape %1112 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1114 = stablehlo.composite "mlxla.rms_norm" %1113, %arg167 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1115 = stablehlo.composite "mlxla.rope" %1114, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1116 = stablehlo.convert %arg165 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1117 = stablehlo.dot_general %1110, %1116, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1118 = stablehlo.reshape %1117 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1119 = stablehlo.composite "mlxla.rms_norm" %1118, %arg168 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1120 = stablehlo.composite "mlxla.rope" %1119, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1121 = stablehlo.convert %arg166 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1122 = stablehlo.dot_general %1110, %1121, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1123 = stablehlo.reshape %1122 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1124 = stablehlo.convert %1120 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1125 = stablehlo.convert %1123 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1126 = stablehlo.slice %1115 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1127 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1128 = stablehlo.slice %999 [10:11, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1129 = stablehlo.reshape %1128 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1130 = stablehlo.slice %1005 [10:11, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1131 = stablehlo.reshape %1130 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1132 = stablehlo.slice %1124 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1133 = stablehlo.slice %1125 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1134 = stablehlo.composite "mlxla.window_attention" %1126, %1129, %1131, %1132, %1133, %1127, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1135 = stablehlo.slice %1115 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1136 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1137 = stablehlo.slice %999 [10:11, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1138 = stablehlo.reshape %1137 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1139 = stablehlo.slice %1005 [10:11, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1140 = stablehlo.reshape %1139 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1141 = stablehlo.slice %1124 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1142 = stablehlo.slice %1125 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1143 = stablehlo.composite "mlxla.window_attention" %1135, %1138, %1140, %1141, %1142, %1136, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1144 = stablehlo.constant dense<512> : tensor<i32>
    %1145 = stablehlo.divide %arg1, %1144 : tensor<i32>
    %1146 = stablehlo.multiply %1145, %1144 : tensor<i32>
    %1147 = stablehlo.subtract %arg1, %1146 : tensor<i32>
    %1148 = stablehlo.slice %1124 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1149 = stablehlo.constant dense<10> : tensor<i32>
    %1150 = stablehlo.constant dense<0> : tensor<i32>
    %1151 = stablehlo.constant dense<0> : tensor<i32>
    %1152 = stablehlo.reshape %1148 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1153 = stablehlo.dynamic_update_slice %999, %1152, %1149, %1150, %1147, %1151, %1151 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1154 = stablehlo.slice %1125 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1155 = stablehlo.constant dense<10> : tensor<i32>
    %1156 = stablehlo.constant dense<0> : tensor<i32>
    %1157 = stablehlo.constant dense<0> : tensor<i32>
    %1158 = stablehlo.reshape %1154 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1159 = stablehlo.dynamic_update_slice %1005, %1158, %1155, %1156, %1147, %1157, %1157 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1160 = stablehlo.constant dense<512> : tensor<i32>
    %1161 = stablehlo.divide %arg1, %1160 : tensor<i32>
    %1162 = stablehlo.multiply %1161, %1160 : tensor<i32>
    %1163 = stablehlo.subtract %arg1, %1162 : tensor<i32>
    %1164 = stablehlo.slice %1124 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1165 = stablehlo.constant dense<10> : tensor<i32>
    %1166 = stablehlo.constant dense<1> : tensor<i32>
    %1167 = stablehlo.constant dense<0> : tensor<i32>
    %1168 = stablehlo.reshape %1164 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1169 = stablehlo.dynamic_update_slice %1153, %1168, %1165, %1166, %1163, %1167, %1167 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1170 = stablehlo.slice %1125 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1171 = stablehlo.constant dense<10> : tensor<i32>
    %1172 = stablehlo.constant dense<1> : tensor<i32>
    %1173 = stablehlo.constant dense<0> : tensor<i32>
    %1174 = stablehlo.reshape %1170 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1175 = stablehlo.dynamic_update_slice %1159, %1174, %1171, %1172, %1163, %1173, %1173 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1176 = stablehlo.concatenate %1134, %1143, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1177 = stablehlo.reshape %1176 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1178 = stablehlo.convert %arg169 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1179 = stablehlo.dot_general %1177, %1178, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1180 = stablehlo.composite "mlxla.rms_norm" %1179, %arg170 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1181 = stablehlo.add %1109, %1180 : tensor<2x1152xf32>
    %1182 = stablehlo.composite "mlxla.rms_norm" %1181, %arg171 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1183 = stablehlo.convert %arg173 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1184 = stablehlo.dot_general %1182, %1183, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1185 = stablehlo.multiply %1184, %1184 : tensor<2x6912xf32>
    %1186 = stablehlo.multiply %1185, %1184 : tensor<2x6912xf32>
    %1187 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1188 = stablehlo.multiply %1186, %1187 : tensor<2x6912xf32>
    %1189 = stablehlo.add %1184, %1188 : tensor<2x6912xf32>
    %1190 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1191 = stablehlo.multiply %1189, %1190 : tensor<2x6912xf32>
    %1192 = stablehlo.tanh %1191 : tensor<2x6912xf32>
    %1193 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1194 = stablehlo.add %1192, %1193 : tensor<2x6912xf32>
    %1195 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1196 = stablehlo.multiply %1184, %1195 : tensor<2x6912xf32>
    %1197 = stablehlo.multiply %1196, %1194 : tensor<2x6912xf32>
    %1198 = stablehlo.convert %arg174 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1199 = stablehlo.dot_general %1182, %1198, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1200 = stablehlo.multiply %1197, %1199 : tensor<2x6912xf32>
    %1201 = stablehlo.convert %arg175 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1202 = stablehlo.dot_general %1200, %1201, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1203 = stablehlo.composite "mlxla.rms_norm" %1202, %arg172 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1204 = stablehlo.add %1181, %1203 : tensor<2x1152xf32>
    %1205 = stablehlo.composite "mlxla.rms_norm" %1204, %arg176 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1206 = stablehlo.convert %arg177 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1207 = stablehlo.dot_general %1205, %1206, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1208 = stablehlo.reshape %1207 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1209 = stablehlo.composite "mlxla.rms_norm" %1208, %arg180 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1210 = stablehlo.composite "mlxla.rope" %1209, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1211 = stablehlo.convert %arg178 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1212 = stablehlo.dot_general %1205, %1211, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1213 = stablehlo.reshape %1212 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1214 = stablehlo.composite "mlxla.rms_norm" %1213, %arg181 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1215 = stablehlo.composite "mlxla.rope" %1214, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1216 = stablehlo.convert %arg179 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1217 = stablehlo.dot_general %1205, %1216, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1218 = stablehlo.reshape %1217 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1219 = stablehlo.convert %1215 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1220 = stablehlo.convert %1218 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1221 = stablehlo.slice %1210 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1222 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1223 = stablehlo.slice %1169 [11:12, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1224 = stablehlo.reshape %1223 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1225 = stablehlo.slice %1175 [11:12, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1226 = stablehlo.reshape %1225 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1227 = stablehlo.slice %1219 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1228 = stablehlo.slice %1220 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1229 = stablehlo.composite "mlxla.window_attention" %1221, %1224, %1226, %1227, %1228, %1222, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1230 = stablehlo.slice %1210 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1231 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1232 = stablehlo.slice %1169 [11:12, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1233 = stablehlo.reshape %1232 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1234 = stablehlo.slice %1175 [11:12, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1235 = stablehlo.reshape %1234 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1236 = stablehlo.slice %1219 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1237 = stablehlo.slice %1220 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1238 = stablehlo.composite "mlxla.window_attention" %1230, %1233, %1235, %1236, %1237, %1231, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1239 = stablehlo.constant dense<512> : tensor<i32>
    %1240 = stablehlo.divide %arg1, %1239 : tensor<i32>
    %1241 = stablehlo.multiply %1240, %1239 : tensor<i32>
    %1242 = stablehlo.subtract %arg1, %1241 : tensor<i32>
    %1243 = stablehlo.slice %1219 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1244 = stablehlo.constant dense<11> : tensor<i32>
    %1245 = stablehlo.constant dense<0> : tensor<i32>
    %1246 = stablehlo.constant dense<0> : tensor<i32>
    %1247 = stablehlo.reshape %1243 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1248 = stablehlo.dynamic_update_slice %1169, %1247, %1244, %1245, %1242, %1246, %1246 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1249 = stablehlo.slice %1220 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1250 = stablehlo.constant dense<11> : tensor<i32>
    %1251 = stablehlo.constant dense<0> : tensor<i32>
    %1252 = stablehlo.constant dense<0> : tensor<i32>
    %1253 = stablehlo.reshape %1249 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1254 = stablehlo.dynamic_update_slice %1175, %1253, %1250, %1251, %1242, %1252, %1252 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1255 = stablehlo.constant dense<512> : tensor<i32>
    %1256 = stablehlo.divide %arg1, %1255 : tensor<i32>
    %1257 = stablehlo.multiply %1256, %1255 : tensor<i32>
    %1258 = stablehlo.subtract %arg1, %1257 : tensor<i32>
    %1259 = stablehlo.slice %1219 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1260 = stablehlo.constant dense<11> : tensor<i32>
    %1261 = stablehlo.constant dense<1> : tensor<i32>
    %1262 = stablehlo.constant dense<0> : tensor<i32>
    %1263 = stablehlo.reshape %1259 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1264 = stablehlo.dynamic_update_slice %1248, %1263, %1260, %1261, %1258, %1262, %1262 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1265 = stablehlo.slice %1220 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1266 = stablehlo.constant dense<11> : tensor<i32>
    %1267 = stablehlo.constant dense<1> : tensor<i32>
    %1268 = stablehlo.constant dense<0> : tensor<i32>
    %1269 = stablehlo.reshape %1265 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1270 = stablehlo.dynamic_update_slice %1254, %1269, %1266, %1267, %1258, %1268, %1268 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1271 = stablehlo.concatenate %1229, %1238, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1272 = stablehlo.reshape %1271 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1273 = stablehlo.convert %arg182 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1274 = stablehlo.dot_general %1272, %1273, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1275 = stablehlo.composite "mlxla.rms_norm" %1274, %arg183 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1276 = stablehlo.add %1204, %1275 : tensor<2x1152xf32>
    %1277 = stablehlo.composite "mlxla.rms_norm" %1276, %arg184 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1278 = stablehlo.convert %arg186 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1279 = stablehlo.dot_general %1277, %1278, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1280 = stablehlo.multiply %1279, %1279 : tensor<2x6912xf32>
    %1281 = stablehlo.multiply %1280, %1279 : tensor<2x6912xf32>
    %1282 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1283 = stablehlo.multiply %1281, %1282 : tensor<2x6912xf32>
    %1284 = stablehlo.add %1279, %1283 : tensor<2x6912xf32>
    %1285 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1286 = stablehlo.multiply %1284, %1285 : tensor<2x6912xf32>
    %1287 = stablehlo.tanh %1286 : tensor<2x6912xf32>
    %1288 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1289 = stablehlo.add %1287, %1288 : tensor<2x6912xf32>
    %1290 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1291 = stablehlo.multiply %1279, %1290 : tensor<2x6912xf32>
    %1292 = stablehlo.multiply %1291, %1289 : tensor<2x6912xf32>
    %1293 = stablehlo.convert %arg187 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1294 = stablehlo.dot_general %1277, %1293, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1295 = stablehlo.multiply %1292, %1294 : tensor<2x6912xf32>
    %1296 = stablehlo.convert %arg188 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1297 = stablehlo.dot_general %1295, %1296, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1298 = stablehlo.composite "mlxla.rms_norm" %1297, %arg185 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1299 = stablehlo.add %1276, %1298 : tensor<2x1152xf32>
    %1300 = stablehlo.composite "mlxla.rms_norm" %1299, %arg189 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1301 = stablehlo.convert %arg190 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1302 = stablehlo.dot_general %1300, %1301, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1303 = stablehlo.reshape %1302 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1304 = stablehlo.composite "mlxla.rms_norm" %1303, %arg193 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1305 = stablehlo.composite "mlxla.rope" %1304, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1306 = stablehlo.convert %arg191 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1307 = stablehlo.dot_general %1300, %1306, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1308 = stablehlo.reshape %1307 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1309 = stablehlo.composite "mlxla.rms_norm" %1308, %arg194 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1310 = stablehlo.composite "mlxla.rope" %1309, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1311 = stablehlo.convert %arg192 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1312 = stablehlo.dot_general %1300, %1311, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1313 = stablehlo.reshape %1312 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1314 = stablehlo.convert %1310 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1315 = stablehlo.convert %1313 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1316 = stablehlo.slice %1305 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1317 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1318 = stablehlo.slice %1264 [12:13, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1319 = stablehlo.reshape %1318 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1320 = stablehlo.slice %1270 [12:13, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1321 = stablehlo.reshape %1320 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1322 = stablehlo.slice %1314 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1323 = stablehlo.slice %1315 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1324 = stablehlo.composite "mlxla.window_attention" %1316, %1319, %1321, %1322, %1323, %1317, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1325 = stablehlo.slice %1305 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1326 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1327 = stablehlo.slice %1264 [12:13, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1328 = stablehlo.reshape %1327 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1329 = stablehlo.slice %1270 [12:13, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1330 = stablehlo.reshape %1329 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1331 = stablehlo.slice %1314 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1332 = stablehlo.slice %1315 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1333 = stablehlo.composite "mlxla.window_attention" %1325, %1328, %1330, %1331, %1332, %1326, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1334 = stablehlo.constant dense<512> : tensor<i32>
    %1335 = stablehlo.divide %arg1, %1334 : tensor<i32>
    %1336 = stablehlo.multiply %1335, %1334 : tensor<i32>
    %1337 = stablehlo.subtract %arg1, %1336 : tensor<i32>
    %1338 = stablehlo.slice %1314 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1339 = stablehlo.constant dense<12> : tensor<i32>
    %1340 = stablehlo.constant dense<0> : tensor<i32>
    %1341 = stablehlo.constant dense<0> : tensor<i32>
    %1342 = stablehlo.reshape %1338 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1343 = stablehlo.dynamic_update_slice %1264, %1342, %1339, %1340, %1337, %1341, %1341 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1344 = stablehlo.slice %1315 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1345 = stablehlo.constant dense<12> : tensor<i32>
    %1346 = stablehlo.constant dense<0> : tensor<i32>
    %1347 = stablehlo.constant dense<0> : tensor<i32>
    %1348 = stablehlo.reshape %1344 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1349 = stablehlo.dynamic_update_slice %1270, %1348, %1345, %1346, %1337, %1347, %1347 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1350 = stablehlo.constant dense<512> : tensor<i32>
    %1351 = stablehlo.divide %arg1, %1350 : tensor<i32>
    %1352 = stablehlo.multiply %1351, %1350 : tensor<i32>
    %1353 = stablehlo.subtract %arg1, %1352 : tensor<i32>
    %1354 = stablehlo.slice %1314 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1355 = stablehlo.constant dense<12> : tensor<i32>
    %1356 = stablehlo.constant dense<1> : tensor<i32>
    %1357 = stablehlo.constant dense<0> : tensor<i32>
    %1358 = stablehlo.reshape %1354 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1359 = stablehlo.dynamic_update_slice %1343, %1358, %1355, %1356, %1353, %1357, %1357 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1360 = stablehlo.slice %1315 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1361 = stablehlo.constant dense<12> : tensor<i32>
    %1362 = stablehlo.constant dense<1> : tensor<i32>
    %1363 = stablehlo.constant dense<0> : tensor<i32>
    %1364 = stablehlo.reshape %1360 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1365 = stablehlo.dynamic_update_slice %1349, %1364, %1361, %1362, %1353, %1363, %1363 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1366 = stablehlo.concatenate %1324, %1333, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1367 = stablehlo.reshape %1366 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1368 = stablehlo.convert %arg195 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1369 = stablehlo.dot_general %1367, %1368, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1370 = stablehlo.composite "mlxla.rms_norm" %1369, %arg196 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1371 = stablehlo.add %1299, %1370 : tensor<2x1152xf32>
    %1372 = stablehlo.composite "mlxla.rms_norm" %1371, %arg197 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1373 = stablehlo.convert %arg199 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1374 = stablehlo.dot_general %1372, %1373, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1375 = stablehlo.multiply %1374, %1374 : tensor<2x6912xf32>
    %1376 = stablehlo.multiply %1375, %1374 : tensor<2x6912xf32>
    %1377 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1378 = stablehlo.multiply %1376, %1377 : tensor<2x6912xf32>
    %1379 = stablehlo.add %1374, %1378 : tensor<2x6912xf32>
    %1380 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1381 = stablehlo.multiply %1379, %1380 : tensor<2x6912xf32>
    %1382 = stablehlo.tanh %1381 : tensor<2x6912xf32>
    %1383 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1384 = stablehlo.add %1382, %1383 : tensor<2x6912xf32>
    %1385 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1386 = stablehlo.multiply %1374, %1385 : tensor<2x6912xf32>
    %1387 = stablehlo.multiply %1386, %1384 : tensor<2x6912xf32>
    %1388 = stablehlo.convert %arg200 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1389 = stablehlo.dot_general %1372, %1388, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1390 = stablehlo.multiply %1387, %1389 : tensor<2x6912xf32>
    %1391 = stablehlo.convert %arg201 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1392 = stablehlo.dot_general %1390, %1391, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1393 = stablehlo.composite "mlxla.rms_norm" %1392, %arg198 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1394 = stablehlo.add %1371, %1393 : tensor<2x1152xf32>
    %1395 = stablehlo.composite "mlxla.rms_norm" %1394, %arg202 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1396 = stablehlo.convert %arg203 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1397 = stablehlo.dot_general %1395, %1396, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1398 = stablehlo.reshape %1397 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1399 = stablehlo.composite "mlxla.rms_norm" %1398, %arg206 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1400 = stablehlo.composite "mlxla.rope" %1399, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1401 = stablehlo.convert %arg204 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1402 = stablehlo.dot_general %1395, %1401, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1403 = stablehlo.reshape %1402 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1404 = stablehlo.composite "mlxla.rms_norm" %1403, %arg207 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1405 = stablehlo.composite "mlxla.rope" %1404, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1406 = stablehlo.convert %arg205 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1407 = stablehlo.dot_general %1395, %1406, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1408 = stablehlo.reshape %1407 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1409 = stablehlo.convert %1405 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1410 = stablehlo.convert %1408 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1411 = stablehlo.slice %1400 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1412 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1413 = stablehlo.slice %1359 [13:14, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1414 = stablehlo.reshape %1413 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1415 = stablehlo.slice %1365 [13:14, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1416 = stablehlo.reshape %1415 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1417 = stablehlo.slice %1409 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1418 = stablehlo.slice %1410 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1419 = stablehlo.composite "mlxla.window_attention" %1411, %1414, %1416, %1417, %1418, %1412, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1420 = stablehlo.slice %1400 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1421 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1422 = stablehlo.slice %1359 [13:14, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1423 = stablehlo.reshape %1422 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1424 = stablehlo.slice %1365 [13:14, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1425 = stablehlo.reshape %1424 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1426 = stablehlo.slice %1409 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1427 = stablehlo.slice %1410 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1428 = stablehlo.composite "mlxla.window_attention" %1420, %1423, %1425, %1426, %1427, %1421, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1429 = stablehlo.constant dense<512> : tensor<i32>
    %1430 = stablehlo.divide %arg1, %1429 : tensor<i32>
    %1431 = stablehlo.multiply %1430, %1429 : tensor<i32>
    %1432 = stablehlo.subtract %arg1, %1431 : tensor<i32>
    %1433 = stablehlo.slice %1409 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1434 = stablehlo.constant dense<13> : tensor<i32>
    %1435 = stablehlo.constant dense<0> : tensor<i32>
    %1436 = stablehlo.constant dense<0> : tensor<i32>
    %1437 = stablehlo.reshape %1433 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1438 = stablehlo.dynamic_update_slice %1359, %1437, %1434, %1435, %1432, %1436, %1436 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1439 = stablehlo.slice %1410 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1440 = stablehlo.constant dense<13> : tensor<i32>
    %1441 = stablehlo.constant dense<0> : tensor<i32>
    %1442 = stablehlo.constant dense<0> : tensor<i32>
    %1443 = stablehlo.reshape %1439 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1444 = stablehlo.dynamic_update_slice %1365, %1443, %1440, %1441, %1432, %1442, %1442 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1445 = stablehlo.constant dense<512> : tensor<i32>
    %1446 = stablehlo.divide %arg1, %1445 : tensor<i32>
    %1447 = stablehlo.multiply %1446, %1445 : tensor<i32>
    %1448 = stablehlo.subtract %arg1, %1447 : tensor<i32>
    %1449 = stablehlo.slice %1409 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1450 = stablehlo.constant dense<13> : tensor<i32>
    %1451 = stablehlo.constant dense<1> : tensor<i32>
    %1452 = stablehlo.constant dense<0> : tensor<i32>
    %1453 = stablehlo.reshape %1449 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1454 = stablehlo.dynamic_update_slice %1438, %1453, %1450, %1451, %1448, %1452, %1452 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1455 = stablehlo.slice %1410 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1456 = stablehlo.constant dense<13> : tensor<i32>
    %1457 = stablehlo.constant dense<1> : tensor<i32>
    %1458 = stablehlo.constant dense<0> : tensor<i32>
    %1459 = stablehlo.reshape %1455 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1460 = stablehlo.dynamic_update_slice %1444, %1459, %1456, %1457, %1448, %1458, %1458 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1461 = stablehlo.concatenate %1419, %1428, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1462 = stablehlo.reshape %1461 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1463 = stablehlo.convert %arg208 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1464 = stablehlo.dot_general %1462, %1463, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1465 = stablehlo.composite "mlxla.rms_norm" %1464, %arg209 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1466 = stablehlo.add %1394, %1465 : tensor<2x1152xf32>
    %1467 = stablehlo.composite "mlxla.rms_norm" %1466, %arg210 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1468 = stablehlo.convert %arg212 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1469 = stablehlo.dot_general %1467, %1468, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1470 = stablehlo.multiply %1469, %1469 : tensor<2x6912xf32>
    %1471 = stablehlo.multiply %1470, %1469 : tensor<2x6912xf32>
    %1472 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1473 = stablehlo.multiply %1471, %1472 : tensor<2x6912xf32>
    %1474 = stablehlo.add %1469, %1473 : tensor<2x6912xf32>
    %1475 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1476 = stablehlo.multiply %1474, %1475 : tensor<2x6912xf32>
    %1477 = stablehlo.tanh %1476 : tensor<2x6912xf32>
    %1478 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1479 = stablehlo.add %1477, %1478 : tensor<2x6912xf32>
    %1480 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1481 = stablehlo.multiply %1469, %1480 : tensor<2x6912xf32>
    %1482 = stablehlo.multiply %1481, %1479 : tensor<2x6912xf32>
    %1483 = stablehlo.convert %arg213 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1484 = stablehlo.dot_general %1467, %1483, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1485 = stablehlo.multiply %1482, %1484 : tensor<2x6912xf32>
    %1486 = stablehlo.convert %arg214 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1487 = stablehlo.dot_general %1485, %1486, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1488 = stablehlo.composite "mlxla.rms_norm" %1487, %arg211 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1489 = stablehlo.add %1466, %1488 : tensor<2x1152xf32>
    %1490 = stablehlo.composite "mlxla.rms_norm" %1489, %arg215 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1491 = stablehlo.convert %arg216 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1492 = stablehlo.dot_general %1490, %1491, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1493 = stablehlo.reshape %1492 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1494 = stablehlo.composite "mlxla.rms_norm" %1493, %arg219 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1495 = stablehlo.composite "mlxla.rope" %1494, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1496 = stablehlo.convert %arg217 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1497 = stablehlo.dot_general %1490, %1496, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1498 = stablehlo.reshape %1497 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1499 = stablehlo.composite "mlxla.rms_norm" %1498, %arg220 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1500 = stablehlo.composite "mlxla.rope" %1499, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1501 = stablehlo.convert %arg218 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1502 = stablehlo.dot_general %1490, %1501, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1503 = stablehlo.reshape %1502 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1504 = stablehlo.convert %1500 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1505 = stablehlo.convert %1503 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1506 = stablehlo.slice %1495 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1507 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1508 = stablehlo.slice %1454 [14:15, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1509 = stablehlo.reshape %1508 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1510 = stablehlo.slice %1460 [14:15, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1511 = stablehlo.reshape %1510 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1512 = stablehlo.slice %1504 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1513 = stablehlo.slice %1505 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1514 = stablehlo.composite "mlxla.window_attention" %1506, %1509, %1511, %1512, %1513, %1507, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1515 = stablehlo.slice %1495 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1516 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1517 = stablehlo.slice %1454 [14:15, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1518 = stablehlo.reshape %1517 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1519 = stablehlo.slice %1460 [14:15, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1520 = stablehlo.reshape %1519 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1521 = stablehlo.slice %1504 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1522 = stablehlo.slice %1505 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1523 = stablehlo.composite "mlxla.window_attention" %1515, %1518, %1520, %1521, %1522, %1516, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1524 = stablehlo.constant dense<512> : tensor<i32>
    %1525 = stablehlo.divide %arg1, %1524 : tensor<i32>
    %1526 = stablehlo.multiply %1525, %1524 : tensor<i32>
    %1527 = stablehlo.subtract %arg1, %1526 : tensor<i32>
    %1528 = stablehlo.slice %1504 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1529 = stablehlo.constant dense<14> : tensor<i32>
    %1530 = stablehlo.constant dense<0> : tensor<i32>
    %1531 = stablehlo.constant dense<0> : tensor<i32>
    %1532 = stablehlo.reshape %1528 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1533 = stablehlo.dynamic_update_slice %1454, %1532, %1529, %1530, %1527, %1531, %1531 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1534 = stablehlo.slice %1505 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1535 = stablehlo.constant dense<14> : tensor<i32>
    %1536 = stablehlo.constant dense<0> : tensor<i32>
    %1537 = stablehlo.constant dense<0> : tensor<i32>
    %1538 = stablehlo.reshape %1534 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1539 = stablehlo.dynamic_update_slice %1460, %1538, %1535, %1536, %1527, %1537, %1537 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1540 = stablehlo.constant dense<512> : tensor<i32>
    %1541 = stablehlo.divide %arg1, %1540 : tensor<i32>
    %1542 = stablehlo.multiply %1541, %1540 : tensor<i32>
    %1543 = stablehlo.subtract %arg1, %1542 : tensor<i32>
    %1544 = stablehlo.slice %1504 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1545 = stablehlo.constant dense<14> : tensor<i32>
    %1546 = stablehlo.constant dense<1> : tensor<i32>
    %1547 = stablehlo.constant dense<0> : tensor<i32>
    %1548 = stablehlo.reshape %1544 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1549 = stablehlo.dynamic_update_slice %1533, %1548, %1545, %1546, %1543, %1547, %1547 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1550 = stablehlo.slice %1505 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1551 = stablehlo.constant dense<14> : tensor<i32>
    %1552 = stablehlo.constant dense<1> : tensor<i32>
    %1553 = stablehlo.constant dense<0> : tensor<i32>
    %1554 = stablehlo.reshape %1550 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1555 = stablehlo.dynamic_update_slice %1539, %1554, %1551, %1552, %1543, %1553, %1553 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1556 = stablehlo.concatenate %1514, %1523, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1557 = stablehlo.reshape %1556 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1558 = stablehlo.convert %arg221 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1559 = stablehlo.dot_general %1557, %1558, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1560 = stablehlo.composite "mlxla.rms_norm" %1559, %arg222 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1561 = stablehlo.add %1489, %1560 : tensor<2x1152xf32>
    %1562 = stablehlo.composite "mlxla.rms_norm" %1561, %arg223 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1563 = stablehlo.convert %arg225 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1564 = stablehlo.dot_general %1562, %1563, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1565 = stablehlo.multiply %1564, %1564 : tensor<2x6912xf32>
    %1566 = stablehlo.multiply %1565, %1564 : tensor<2x6912xf32>
    %1567 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1568 = stablehlo.multiply %1566, %1567 : tensor<2x6912xf32>
    %1569 = stablehlo.add %1564, %1568 : tensor<2x6912xf32>
    %1570 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1571 = stablehlo.multiply %1569, %1570 : tensor<2x6912xf32>
    %1572 = stablehlo.tanh %1571 : tensor<2x6912xf32>
    %1573 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1574 = stablehlo.add %1572, %1573 : tensor<2x6912xf32>
    %1575 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1576 = stablehlo.multiply %1564, %1575 : tensor<2x6912xf32>
    %1577 = stablehlo.multiply %1576, %1574 : tensor<2x6912xf32>
    %1578 = stablehlo.convert %arg226 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1579 = stablehlo.dot_general %1562, %1578, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1580 = stablehlo.multiply %1577, %1579 : tensor<2x6912xf32>
    %1581 = stablehlo.convert %arg227 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1582 = stablehlo.dot_general %1580, %1581, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1583 = stablehlo.composite "mlxla.rms_norm" %1582, %arg224 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1584 = stablehlo.add %1561, %1583 : tensor<2x1152xf32>
    %1585 = stablehlo.composite "mlxla.rms_norm" %1584, %arg228 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1586 = stablehlo.convert %arg229 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1587 = stablehlo.dot_general %1585, %1586, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1588 = stablehlo.reshape %1587 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1589 = stablehlo.composite "mlxla.rms_norm" %1588, %arg232 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1590 = stablehlo.composite "mlxla.rope" %1589, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1591 = stablehlo.convert %arg230 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1592 = stablehlo.dot_general %1585, %1591, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1593 = stablehlo.reshape %1592 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1594 = stablehlo.composite "mlxla.rms_norm" %1593, %arg233 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1595 = stablehlo.composite "mlxla.rope" %1594, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1596 = stablehlo.convert %arg231 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1597 = stablehlo.dot_general %1585, %1596, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1598 = stablehlo.reshape %1597 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1599 = stablehlo.convert %1595 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1600 = stablehlo.convert %1598 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1601 = stablehlo.constant dense<2> : tensor<i32>
    %1602 = stablehlo.constant dense<0> : tensor<i32>
    %1603 = stablehlo.constant dense<0> : tensor<i32>
    %1604 = stablehlo.slice %1599 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1605 = stablehlo.reshape %1604 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1606 = stablehlo.dynamic_update_slice %1063, %1605, %1601, %1603, %arg1, %1602, %1602 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1607 = stablehlo.slice %1600 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1608 = stablehlo.reshape %1607 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1609 = stablehlo.dynamic_update_slice %1066, %1608, %1601, %1603, %arg1, %1602, %1602 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1610 = stablehlo.constant dense<1> : tensor<i32>
    %1611 = stablehlo.slice %1599 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1612 = stablehlo.reshape %1611 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1613 = stablehlo.dynamic_update_slice %1606, %1612, %1601, %1610, %arg1, %1602, %1602 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1614 = stablehlo.slice %1600 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1615 = stablehlo.reshape %1614 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1616 = stablehlo.dynamic_update_slice %1609, %1615, %1601, %1610, %arg1, %1602, %1602 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1617 = stablehlo.slice %1590 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1618 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1619 = stablehlo.slice %1613 [2:3, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1620 = stablehlo.reshape %1619 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1621 = stablehlo.slice %1616 [2:3, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1622 = stablehlo.reshape %1621 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1623 = stablehlo.composite "mlxla.attention" %1617, %1620, %1622, %1618, %2 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1624 = stablehlo.slice %1590 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1625 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1626 = stablehlo.slice %1613 [2:3, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1627 = stablehlo.reshape %1626 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1628 = stablehlo.slice %1616 [2:3, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1629 = stablehlo.reshape %1628 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1630 = stablehlo.composite "mlxla.attention" %1624, %1627, %1629, %1625, %4 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1631 = stablehlo.concatenate %1623, %1630, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1632 = stablehlo.reshape %1631 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1633 = stablehlo.convert %arg234 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1634 = stablehlo.dot_general %1632, %1633, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1635 = stablehlo.composite "mlxla.rms_norm" %1634, %arg235 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1636 = stablehlo.add %1584, %1635 : tensor<2x1152xf32>
    %1637 = stablehlo.composite "mlxla.rms_norm" %1636, %arg236 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1638 = stablehlo.convert %arg238 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1639 = stablehlo.dot_general %1637, %1638, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1640 = stablehlo.multiply %1639, %1639 : tensor<2x6912xf32>
    %1641 = stablehlo.multiply %1640, %1639 : tensor<2x6912xf32>
    %1642 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1643 = stablehlo.multiply %1641, %1642 : tensor<2x6912xf32>
    %1644 = stablehlo.add %1639, %1643 : tensor<2x6912xf32>
    %1645 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1646 = stablehlo.multiply %1644, %1645 : tensor<2x6912xf32>
    %1647 = stablehlo.tanh %1646 : tensor<2x6912xf32>
    %1648 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1649 = stablehlo.add %1647, %1648 : tensor<2x6912xf32>
    %1650 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1651 = stablehlo.multiply %1639, %1650 : tensor<2x6912xf32>
    %1652 = stablehlo.multiply %1651, %1649 : tensor<2x6912xf32>
    %1653 = stablehlo.convert %arg239 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1654 = stablehlo.dot_general %1637, %1653, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1655 = stablehlo.multiply %1652, %1654 : tensor<2x6912xf32>
    %1656 = stablehlo.convert %arg240 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1657 = stablehlo.dot_general %1655, %1656, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1658 = stablehlo.composite "mlxla.rms_norm" %1657, %arg237 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1659 = stablehlo.add %1636, %1658 : tensor<2x1152xf32>
    %1660 = stablehlo.composite "mlxla.rms_norm" %1659, %arg241 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1661 = stablehlo.convert %arg242 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1662 = stablehlo.dot_general %1660, %1661, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1663 = stablehlo.reshape %1662 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1664 = stablehlo.composite "mlxla.rms_norm" %1663, %arg245 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1665 = stablehlo.composite "mlxla.rope" %1664, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1666 = stablehlo.convert %arg243 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1667 = stablehlo.dot_general %1660, %1666, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1668 = stablehlo.reshape %1667 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1669 = stablehlo.composite "mlxla.rms_norm" %1668, %arg246 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1670 = stablehlo.composite "mlxla.rope" %1669, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1671 = stablehlo.convert %arg244 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1672 = stablehlo.dot_general %1660, %1671, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1673 = stablehlo.reshape %1672 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1674 = stablehlo.convert %1670 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1675 = stablehlo.convert %1673 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1676 = stablehlo.slice %1665 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1677 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1678 = stablehlo.slice %1549 [15:16, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1679 = stablehlo.reshape %1678 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1680 = stablehlo.slice %1555 [15:16, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1681 = stablehlo.reshape %1680 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1682 = stablehlo.slice %1674 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1683 = stablehlo.slice %1675 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1684 = stablehlo.composite "mlxla.window_attention" %1676, %1679, %1681, %1682, %1683, %1677, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1685 = stablehlo.slice %1665 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1686 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1687 = stablehlo.slice %1549 [15:16, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1688 = stablehlo.reshape %1687 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1689 = stablehlo.slice %1555 [15:16, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1690 = stablehlo.reshape %1689 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1691 = stablehlo.slice %1674 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1692 = stablehlo.slice %1675 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1693 = stablehlo.composite "mlxla.window_attention" %1685, %1688, %1690, %1691, %1692, %1686, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1694 = stablehlo.constant dense<512> : tensor<i32>
    %1695 = stablehlo.divide %arg1, %1694 : tensor<i32>
    %1696 = stablehlo.multiply %1695, %1694 : tensor<i32>
    %1697 = stablehlo.subtract %arg1, %1696 : tensor<i32>
    %1698 = stablehlo.slice %1674 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1699 = stablehlo.constant dense<15> : tensor<i32>
    %1700 = stablehlo.constant dense<0> : tensor<i32>
    %1701 = stablehlo.constant dense<0> : tensor<i32>
    %1702 = stablehlo.reshape %1698 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1703 = stablehlo.dynamic_update_slice %1549, %1702, %1699, %1700, %1697, %1701, %1701 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1704 = stablehlo.slice %1675 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1705 = stablehlo.constant dense<15> : tensor<i32>
    %1706 = stablehlo.constant dense<0> : tensor<i32>
    %1707 = stablehlo.constant dense<0> : tensor<i32>
    %1708 = stablehlo.reshape %1704 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1709 = stablehlo.dynamic_update_slice %1555, %1708, %1705, %1706, %1697, %1707, %1707 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1710 = stablehlo.constant dense<512> : tensor<i32>
    %1711 = stablehlo.divide %arg1, %1710 : tensor<i32>
    %1712 = stablehlo.multiply %1711, %1710 : tensor<i32>
    %1713 = stablehlo.subtract %arg1, %1712 : tensor<i32>
    %1714 = stablehlo.slice %1674 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1715 = stablehlo.constant dense<15> : tensor<i32>
    %1716 = stablehlo.constant dense<1> : tensor<i32>
    %1717 = stablehlo.constant dense<0> : tensor<i32>
    %1718 = stablehlo.reshape %1714 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1719 = stablehlo.dynamic_update_slice %1703, %1718, %1715, %1716, %1713, %1717, %1717 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1720 = stablehlo.slice %1675 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1721 = stablehlo.constant dense<15> : tensor<i32>
    %1722 = stablehlo.constant dense<1> : tensor<i32>
    %1723 = stablehlo.constant dense<0> : tensor<i32>
    %1724 = stablehlo.reshape %1720 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1725 = stablehlo.dynamic_update_slice %1709, %1724, %1721, %1722, %1713, %1723, %1723 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1726 = stablehlo.concatenate %1684, %1693, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1727 = stablehlo.reshape %1726 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1728 = stablehlo.convert %arg247 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1729 = stablehlo.dot_general %1727, %1728, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1730 = stablehlo.composite "mlxla.rms_norm" %1729, %arg248 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1731 = stablehlo.add %1659, %1730 : tensor<2x1152xf32>
    %1732 = stablehlo.composite "mlxla.rms_norm" %1731, %arg249 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1733 = stablehlo.convert %arg251 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1734 = stablehlo.dot_general %1732, %1733, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1735 = stablehlo.multiply %1734, %1734 : tensor<2x6912xf32>
    %1736 = stablehlo.multiply %1735, %1734 : tensor<2x6912xf32>
    %1737 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1738 = stablehlo.multiply %1736, %1737 : tensor<2x6912xf32>
    %1739 = stablehlo.add %1734, %1738 : tensor<2x6912xf32>
    %1740 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1741 = stablehlo.multiply %1739, %1740 : tensor<2x6912xf32>
    %1742 = stablehlo.tanh %1741 : tensor<2x6912xf32>
    %1743 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1744 = stablehlo.add %1742, %1743 : tensor<2x6912xf32>
    %1745 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1746 = stablehlo.multiply %1734, %1745 : tensor<2x6912xf32>
    %1747 = stablehlo.multiply %1746, %1744 : tensor<2x6912xf32>
    %1748 = stablehlo.convert %arg252 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1749 = stablehlo.dot_general %1732, %1748, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1750 = stablehlo.multiply %1747, %1749 : tensor<2x6912xf32>
    %1751 = stablehlo.convert %arg253 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1752 = stablehlo.dot_general %1750, %1751, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1753 = stablehlo.composite "mlxla.rms_norm" %1752, %arg250 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1754 = stablehlo.add %1731, %1753 : tensor<2x1152xf32>
    %1755 = stablehlo.composite "mlxla.rms_norm" %1754, %arg254 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1756 = stablehlo.convert %arg255 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1757 = stablehlo.dot_general %1755, %1756, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1758 = stablehlo.reshape %1757 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1759 = stablehlo.composite "mlxla.rms_norm" %1758, %arg258 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1760 = stablehlo.composite "mlxla.rope" %1759, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1761 = stablehlo.convert %arg256 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1762 = stablehlo.dot_general %1755, %1761, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1763 = stablehlo.reshape %1762 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1764 = stablehlo.composite "mlxla.rms_norm" %1763, %arg259 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1765 = stablehlo.composite "mlxla.rope" %1764, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1766 = stablehlo.convert %arg257 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1767 = stablehlo.dot_general %1755, %1766, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1768 = stablehlo.reshape %1767 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1769 = stablehlo.convert %1765 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1770 = stablehlo.convert %1768 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1771 = stablehlo.slice %1760 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1772 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1773 = stablehlo.slice %1719 [16:17, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1774 = stablehlo.reshape %1773 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1775 = stablehlo.slice %1725 [16:17, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1776 = stablehlo.reshape %1775 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1777 = stablehlo.slice %1769 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1778 = stablehlo.slice %1770 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1779 = stablehlo.composite "mlxla.window_attention" %1771, %1774, %1776, %1777, %1778, %1772, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1780 = stablehlo.slice %1760 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1781 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1782 = stablehlo.slice %1719 [16:17, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1783 = stablehlo.reshape %1782 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1784 = stablehlo.slice %1725 [16:17, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1785 = stablehlo.reshape %1784 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1786 = stablehlo.slice %1769 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1787 = stablehlo.slice %1770 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1788 = stablehlo.composite "mlxla.window_attention" %1780, %1783, %1785, %1786, %1787, %1781, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1789 = stablehlo.constant dense<512> : tensor<i32>
    %1790 = stablehlo.divide %arg1, %1789 : tensor<i32>
    %1791 = stablehlo.multiply %1790, %1789 : tensor<i32>
    %1792 = stablehlo.subtract %arg1, %1791 : tensor<i32>
    %1793 = stablehlo.slice %1769 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1794 = stablehlo.constant dense<16> : tensor<i32>
    %1795 = stablehlo.constant dense<0> : tensor<i32>
    %1796 = stablehlo.constant dense<0> : tensor<i32>
    %1797 = stablehlo.reshape %1793 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1798 = stablehlo.dynamic_update_slice %1719, %1797, %1794, %1795, %1792, %1796, %1796 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1799 = stablehlo.slice %1770 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1800 = stablehlo.constant dense<16> : tensor<i32>
    %1801 = stablehlo.constant dense<0> : tensor<i32>
    %1802 = stablehlo.constant dense<0> : tensor<i32>
    %1803 = stablehlo.reshape %1799 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1804 = stablehlo.dynamic_update_slice %1725, %1803, %1800, %1801, %1792, %1802, %1802 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1805 = stablehlo.constant dense<512> : tensor<i32>
    %1806 = stablehlo.divide %arg1, %1805 : tensor<i32>
    %1807 = stablehlo.multiply %1806, %1805 : tensor<i32>
    %1808 = stablehlo.subtract %arg1, %1807 : tensor<i32>
    %1809 = stablehlo.slice %1769 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1810 = stablehlo.constant dense<16> : tensor<i32>
    %1811 = stablehlo.constant dense<1> : tensor<i32>
    %1812 = stablehlo.constant dense<0> : tensor<i32>
    %1813 = stablehlo.reshape %1809 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1814 = stablehlo.dynamic_update_slice %1798, %1813, %1810, %1811, %1808, %1812, %1812 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1815 = stablehlo.slice %1770 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1816 = stablehlo.constant dense<16> : tensor<i32>
    %1817 = stablehlo.constant dense<1> : tensor<i32>
    %1818 = stablehlo.constant dense<0> : tensor<i32>
    %1819 = stablehlo.reshape %1815 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1820 = stablehlo.dynamic_update_slice %1804, %1819, %1816, %1817, %1808, %1818, %1818 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1821 = stablehlo.concatenate %1779, %1788, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1822 = stablehlo.reshape %1821 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1823 = stablehlo.convert %arg260 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1824 = stablehlo.dot_general %1822, %1823, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1825 = stablehlo.composite "mlxla.rms_norm" %1824, %arg261 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1826 = stablehlo.add %1754, %1825 : tensor<2x1152xf32>
    %1827 = stablehlo.composite "mlxla.rms_norm" %1826, %arg262 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1828 = stablehlo.convert %arg264 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1829 = stablehlo.dot_general %1827, %1828, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1830 = stablehlo.multiply %1829, %1829 : tensor<2x6912xf32>
    %1831 = stablehlo.multiply %1830, %1829 : tensor<2x6912xf32>
    %1832 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1833 = stablehlo.multiply %1831, %1832 : tensor<2x6912xf32>
    %1834 = stablehlo.add %1829, %1833 : tensor<2x6912xf32>
    %1835 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1836 = stablehlo.multiply %1834, %1835 : tensor<2x6912xf32>
    %1837 = stablehlo.tanh %1836 : tensor<2x6912xf32>
    %1838 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1839 = stablehlo.add %1837, %1838 : tensor<2x6912xf32>
    %1840 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1841 = stablehlo.multiply %1829, %1840 : tensor<2x6912xf32>
    %1842 = stablehlo.multiply %1841, %1839 : tensor<2x6912xf32>
    %1843 = stablehlo.convert %arg265 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1844 = stablehlo.dot_general %1827, %1843, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1845 = stablehlo.multiply %1842, %1844 : tensor<2x6912xf32>
    %1846 = stablehlo.convert %arg266 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1847 = stablehlo.dot_general %1845, %1846, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1848 = stablehlo.composite "mlxla.rms_norm" %1847, %arg263 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1849 = stablehlo.add %1826, %1848 : tensor<2x1152xf32>
    %1850 = stablehlo.composite "mlxla.rms_norm" %1849, %arg267 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1851 = stablehlo.convert %arg268 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1852 = stablehlo.dot_general %1850, %1851, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1853 = stablehlo.reshape %1852 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1854 = stablehlo.composite "mlxla.rms_norm" %1853, %arg271 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1855 = stablehlo.composite "mlxla.rope" %1854, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1856 = stablehlo.convert %arg269 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1857 = stablehlo.dot_general %1850, %1856, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1858 = stablehlo.reshape %1857 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1859 = stablehlo.composite "mlxla.rms_norm" %1858, %arg272 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1860 = stablehlo.composite "mlxla.rope" %1859, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1861 = stablehlo.convert %arg270 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1862 = stablehlo.dot_general %1850, %1861, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1863 = stablehlo.reshape %1862 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1864 = stablehlo.convert %1860 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1865 = stablehlo.convert %1863 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1866 = stablehlo.slice %1855 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1867 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1868 = stablehlo.slice %1814 [17:18, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1869 = stablehlo.reshape %1868 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1870 = stablehlo.slice %1820 [17:18, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1871 = stablehlo.reshape %1870 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1872 = stablehlo.slice %1864 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1873 = stablehlo.slice %1865 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1874 = stablehlo.composite "mlxla.window_attention" %1866, %1869, %1871, %1872, %1873, %1867, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1875 = stablehlo.slice %1855 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1876 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1877 = stablehlo.slice %1814 [17:18, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1878 = stablehlo.reshape %1877 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1879 = stablehlo.slice %1820 [17:18, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1880 = stablehlo.reshape %1879 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1881 = stablehlo.slice %1864 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1882 = stablehlo.slice %1865 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1883 = stablehlo.composite "mlxla.window_attention" %1875, %1878, %1880, %1881, %1882, %1876, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1884 = stablehlo.constant dense<512> : tensor<i32>
    %1885 = stablehlo.divide %arg1, %1884 : tensor<i32>
    %1886 = stablehlo.multiply %1885, %1884 : tensor<i32>
    %1887 = stablehlo.subtract %arg1, %1886 : tensor<i32>
    %1888 = stablehlo.slice %1864 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1889 = stablehlo.constant dense<17> : tensor<i32>
    %1890 = stablehlo.constant dense<0> : tensor<i32>
    %1891 = stablehlo.constant dense<0> : tensor<i32>
    %1892 = stablehlo.reshape %1888 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1893 = stablehlo.dynamic_update_slice %1814, %1892, %1889, %1890, %1887, %1891, %1891 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1894 = stablehlo.slice %1865 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1895 = stablehlo.constant dense<17> : tensor<i32>
    %1896 = stablehlo.constant dense<0> : tensor<i32>
    %1897 = stablehlo.constant dense<0> : tensor<i32>
    %1898 = stablehlo.reshape %1894 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1899 = stablehlo.dynamic_update_slice %1820, %1898, %1895, %1896, %1887, %1897, %1897 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1900 = stablehlo.constant dense<512> : tensor<i32>
    %1901 = stablehlo.divide %arg1, %1900 : tensor<i32>
    %1902 = stablehlo.multiply %1901, %1900 : tensor<i32>
    %1903 = stablehlo.subtract %arg1, %1902 : tensor<i32>
    %1904 = stablehlo.slice %1864 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1905 = stablehlo.constant dense<17> : tensor<i32>
    %1906 = stablehlo.constant dense<1> : tensor<i32>
    %1907 = stablehlo.constant dense<0> : tensor<i32>
    %1908 = stablehlo.reshape %1904 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1909 = stablehlo.dynamic_update_slice %1893, %1908, %1905, %1906, %1903, %1907, %1907 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1910 = stablehlo.slice %1865 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1911 = stablehlo.constant dense<17> : tensor<i32>
    %1912 = stablehlo.constant dense<1> : tensor<i32>
    %1913 = stablehlo.constant dense<0> : tensor<i32>
    %1914 = stablehlo.reshape %1910 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1915 = stablehlo.dynamic_update_slice %1899, %1914, %1911, %1912, %1903, %1913, %1913 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1916 = stablehlo.concatenate %1874, %1883, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1917 = stablehlo.reshape %1916 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1918 = stablehlo.convert %arg273 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1919 = stablehlo.dot_general %1917, %1918, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1920 = stablehlo.composite "mlxla.rms_norm" %1919, %arg274 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1921 = stablehlo.add %1849, %1920 : tensor<2x1152xf32>
    %1922 = stablehlo.composite "mlxla.rms_norm" %1921, %arg275 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1923 = stablehlo.convert %arg277 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1924 = stablehlo.dot_general %1922, %1923, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1925 = stablehlo.multiply %1924, %1924 : tensor<2x6912xf32>
    %1926 = stablehlo.multiply %1925, %1924 : tensor<2x6912xf32>
    %1927 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1928 = stablehlo.multiply %1926, %1927 : tensor<2x6912xf32>
    %1929 = stablehlo.add %1924, %1928 : tensor<2x6912xf32>
    %1930 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1931 = stablehlo.multiply %1929, %1930 : tensor<2x6912xf32>
    %1932 = stablehlo.tanh %1931 : tensor<2x6912xf32>
    %1933 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1934 = stablehlo.add %1932, %1933 : tensor<2x6912xf32>
    %1935 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1936 = stablehlo.multiply %1924, %1935 : tensor<2x6912xf32>
    %1937 = stablehlo.multiply %1936, %1934 : tensor<2x6912xf32>
    %1938 = stablehlo.convert %arg278 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1939 = stablehlo.dot_general %1922, %1938, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1940 = stablehlo.multiply %1937, %1939 : tensor<2x6912xf32>
    %1941 = stablehlo.convert %arg279 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1942 = stablehlo.dot_general %1940, %1941, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1943 = stablehlo.composite "mlxla.rms_norm" %1942, %arg276 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1944 = stablehlo.add %1921, %1943 : tensor<2x1152xf32>
    %1945 = stablehlo.composite "mlxla.rms_norm" %1944, %arg280 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1946 = stablehlo.convert %arg281 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1947 = stablehlo.dot_general %1945, %1946, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1948 = stablehlo.reshape %1947 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1949 = stablehlo.composite "mlxla.rms_norm" %1948, %arg284 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1950 = stablehlo.composite "mlxla.rope" %1949, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1951 = stablehlo.convert %arg282 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1952 = stablehlo.dot_general %1945, %1951, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1953 = stablehlo.reshape %1952 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1954 = stablehlo.composite "mlxla.rms_norm" %1953, %arg285 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1955 = stablehlo.composite "mlxla.rope" %1954, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1956 = stablehlo.convert %arg283 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1957 = stablehlo.dot_general %1945, %1956, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1958 = stablehlo.reshape %1957 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1959 = stablehlo.convert %1955 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1960 = stablehlo.convert %1958 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1961 = stablehlo.slice %1950 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1962 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1963 = stablehlo.slice %1909 [18:19, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1964 = stablehlo.reshape %1963 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1965 = stablehlo.slice %1915 [18:19, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1966 = stablehlo.reshape %1965 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1967 = stablehlo.slice %1959 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1968 = stablehlo.slice %1960 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1969 = stablehlo.composite "mlxla.window_attention" %1961, %1964, %1966, %1967, %1968, %1962, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1970 = stablehlo.slice %1950 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1971 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1972 = stablehlo.slice %1909 [18:19, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1973 = stablehlo.reshape %1972 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1974 = stablehlo.slice %1915 [18:19, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1975 = stablehlo.reshape %1974 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1976 = stablehlo.slice %1959 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1977 = stablehlo.slice %1960 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1978 = stablehlo.composite "mlxla.window_attention" %1970, %1973, %1975, %1976, %1977, %1971, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1979 = stablehlo.constant dense<512> : tensor<i32>
    %1980 = stablehlo.divide %arg1, %1979 : tensor<i32>
    %1981 = stablehlo.multiply %1980, %1979 : tensor<i32>
    %1982 = stablehlo.subtract %arg1, %1981 : tensor<i32>
    %1983 = stablehlo.slice %1959 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1984 = stablehlo.constant dense<18> : tensor<i32>
    %1985 = stablehlo.constant dense<0> : tensor<i32>
    %1986 = stablehlo.constant dense<0> : tensor<i32>
    %1987 = stablehlo.reshape %1983 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1988 = stablehlo.dynamic_update_slice %1909, %1987, %1984, %1985, %1982, %1986, %1986 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1989 = stablehlo.slice %1960 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1990 = stablehlo.constant dense<18> : tensor<i32>
    %1991 = stablehlo.constant dense<0> : tensor<i32>
    %1992 = stablehlo.constant dense<0> : tensor<i32>
    %1993 = stablehlo.reshape %1989 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1994 = stablehlo.dynamic_update_slice %1915, %1993, %1990, %1991, %1982, %1992, %1992 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1995 = stablehlo.constant dense<512> : tensor<i32>
    %1996 = stablehlo.divide %arg1, %1995 : tensor<i32>
    %1997 = stablehlo.multiply %1996, %1995 : tensor<i32>
    %1998 = stablehlo.subtract %arg1, %1997 : tensor<i32>
    %1999 = stablehlo.slice %1959 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2000 = stablehlo.constant dense<18> : tensor<i32>
    %2001 = stablehlo.constant dense<1> : tensor<i32>
    %2002 = stablehlo.constant dense<0> : tensor<i32>
    %2003 = stablehlo.reshape %1999 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2004 = stablehlo.dynamic_update_slice %1988, %2003, %2000, %2001, %1998, %2002, %2002 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2005 = stablehlo.slice %1960 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2006 = stablehlo.constant dense<18> : tensor<i32>
    %2007 = stablehlo.constant dense<1> : tensor<i32>
    %2008 = stablehlo.constant dense<0> : tensor<i32>
    %2009 = stablehlo.reshape %2005 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2010 = stablehlo.dynamic_update_slice %1994, %2009, %2006, %2007, %1998, %2008, %2008 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2011 = stablehlo.concatenate %1969, %1978, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2012 = stablehlo.reshape %2011 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2013 = stablehlo.convert %arg286 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2014 = stablehlo.dot_general %2012, %2013, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2015 = stablehlo.composite "mlxla.rms_norm" %2014, %arg287 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2016 = stablehlo.add %1944, %2015 : tensor<2x1152xf32>
    %2017 = stablehlo.composite "mlxla.rms_norm" %2016, %arg288 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2018 = stablehlo.convert %arg290 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2019 = stablehlo.dot_general %2017, %2018, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2020 = stablehlo.multiply %2019, %2019 : tensor<2x6912xf32>
    %2021 = stablehlo.multiply %2020, %2019 : tensor<2x6912xf32>
    %2022 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2023 = stablehlo.multiply %2021, %2022 : tensor<2x6912xf32>
    %2024 = stablehlo.add %2019, %2023 : tensor<2x6912xf32>
    %2025 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2026 = stablehlo.multiply %2024, %2025 : tensor<2x6912xf32>
    %2027 = stablehlo.tanh %2026 : tensor<2x6912xf32>
    %2028 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2029 = stablehlo.add %2027, %2028 : tensor<2x6912xf32>
    %2030 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2031 = stablehlo.multiply %2019, %2030 : tensor<2x6912xf32>
    %2032 = stablehlo.multiply %2031, %2029 : tensor<2x6912xf32>
    %2033 = stablehlo.convert %arg291 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2034 = stablehlo.dot_general %2017, %2033, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2035 = stablehlo.multiply %2032, %2034 : tensor<2x6912xf32>
    %2036 = stablehlo.convert %arg292 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2037 = stablehlo.dot_general %2035, %2036, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2038 = stablehlo.composite "mlxla.rms_norm" %2037, %arg289 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2039 = stablehlo.add %2016, %2038 : tensor<2x1152xf32>
    %2040 = stablehlo.composite "mlxla.rms_norm" %2039, %arg293 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2041 = stablehlo.convert %arg294 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2042 = stablehlo.dot_general %2040, %2041, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2043 = stablehlo.reshape %2042 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2044 = stablehlo.composite "mlxla.rms_norm" %2043, %arg297 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2045 = stablehlo.composite "mlxla.rope" %2044, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2046 = stablehlo.convert %arg295 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2047 = stablehlo.dot_general %2040, %2046, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2048 = stablehlo.reshape %2047 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2049 = stablehlo.composite "mlxla.rms_norm" %2048, %arg298 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2050 = stablehlo.composite "mlxla.rope" %2049, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2051 = stablehlo.convert %arg296 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2052 = stablehlo.dot_general %2040, %2051, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2053 = stablehlo.reshape %2052 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2054 = stablehlo.convert %2050 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2055 = stablehlo.convert %2053 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2056 = stablehlo.slice %2045 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2057 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2058 = stablehlo.slice %2004 [19:20, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2059 = stablehlo.reshape %2058 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2060 = stablehlo.slice %2010 [19:20, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2061 = stablehlo.reshape %2060 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2062 = stablehlo.slice %2054 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2063 = stablehlo.slice %2055 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2064 = stablehlo.composite "mlxla.window_attention" %2056, %2059, %2061, %2062, %2063, %2057, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2065 = stablehlo.slice %2045 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2066 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2067 = stablehlo.slice %2004 [19:20, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2068 = stablehlo.reshape %2067 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2069 = stablehlo.slice %2010 [19:20, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2070 = stablehlo.reshape %2069 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2071 = stablehlo.slice %2054 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2072 = stablehlo.slice %2055 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2073 = stablehlo.composite "mlxla.window_attention" %2065, %2068, %2070, %2071, %2072, %2066, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2074 = stablehlo.constant dense<512> : tensor<i32>
    %2075 = stablehlo.divide %arg1, %2074 : tensor<i32>
    %2076 = stablehlo.multiply %2075, %2074 : tensor<i32>
    %2077 = stablehlo.subtract %arg1, %2076 : tensor<i32>
    %2078 = stablehlo.slice %2054 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2079 = stablehlo.constant dense<19> : tensor<i32>
    %2080 = stablehlo.constant dense<0> : tensor<i32>
    %2081 = stablehlo.constant dense<0> : tensor<i32>
    %2082 = stablehlo.reshape %2078 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2083 = stablehlo.dynamic_update_slice %2004, %2082, %2079, %2080, %2077, %2081, %2081 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2084 = stablehlo.slice %2055 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2085 = stablehlo.constant dense<19> : tensor<i32>
    %2086 = stablehlo.constant dense<0> : tensor<i32>
    %2087 = stablehlo.constant dense<0> : tensor<i32>
    %2088 = stablehlo.reshape %2084 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2089 = stablehlo.dynamic_update_slice %2010, %2088, %2085, %2086, %2077, %2087, %2087 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2090 = stablehlo.constant dense<512> : tensor<i32>
    %2091 = stablehlo.divide %arg1, %2090 : tensor<i32>
    %2092 = stablehlo.multiply %2091, %2090 : tensor<i32>
    %2093 = stablehlo.subtract %arg1, %2092 : tensor<i32>
    %2094 = stablehlo.slice %2054 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2095 = stablehlo.constant dense<19> : tensor<i32>
    %2096 = stablehlo.constant dense<1> : tensor<i32>
    %2097 = stablehlo.constant dense<0> : tensor<i32>
    %2098 = stablehlo.reshape %2094 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2099 = stablehlo.dynamic_update_slice %2083, %2098, %2095, %2096, %2093, %2097, %2097 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2100 = stablehlo.slice %2055 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2101 = stablehlo.constant dense<19> : tensor<i32>
    %2102 = stablehlo.constant dense<1> : tensor<i32>
    %2103 = stablehlo.constant dense<0> : tensor<i32>
    %2104 = stablehlo.reshape %2100 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2105 = stablehlo.dynamic_update_slice %2089, %2104, %2101, %2102, %2093, %2103, %2103 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2106 = stablehlo.concatenate %2064, %2073, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2107 = stablehlo.reshape %2106 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2108 = stablehlo.convert %arg299 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2109 = stablehlo.dot_general %2107, %2108, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2110 = stablehlo.composite "mlxla.rms_norm" %2109, %arg300 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2111 = stablehlo.add %2039, %2110 : tensor<2x1152xf32>
    %2112 = stablehlo.composite "mlxla.rms_norm" %2111, %arg301 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2113 = stablehlo.convert %arg303 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2114 = stablehlo.dot_general %2112, %2113, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2115 = stablehlo.multiply %2114, %2114 : tensor<2x6912xf32>
    %2116 = stablehlo.multiply %2115, %2114 : tensor<2x6912xf32>
    %2117 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2118 = stablehlo.multiply %2116, %2117 : tensor<2x6912xf32>
    %2119 = stablehlo.add %2114, %2118 : tensor<2x6912xf32>
    %2120 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2121 = stablehlo.multiply %2119, %2120 : tensor<2x6912xf32>
    %2122 = stablehlo.tanh %2121 : tensor<2x6912xf32>
    %2123 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2124 = stablehlo.add %2122, %2123 : tensor<2x6912xf32>
    %2125 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2126 = stablehlo.multiply %2114, %2125 : tensor<2x6912xf32>
    %2127 = stablehlo.multiply %2126, %2124 : tensor<2x6912xf32>
    %2128 = stablehlo.convert %arg304 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2129 = stablehlo.dot_general %2112, %2128, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2130 = stablehlo.multiply %2127, %2129 : tensor<2x6912xf32>
    %2131 = stablehlo.convert %arg305 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2132 = stablehlo.dot_general %2130, %2131, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2133 = stablehlo.composite "mlxla.rms_norm" %2132, %arg302 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2134 = stablehlo.add %2111, %2133 : tensor<2x1152xf32>
    %2135 = stablehlo.composite "mlxla.rms_norm" %2134, %arg306 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2136 = stablehlo.convert %arg307 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2137 = stablehlo.dot_general %2135, %2136, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2138 = stablehlo.reshape %2137 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2139 = stablehlo.composite "mlxla.rms_norm" %2138, %arg310 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2140 = stablehlo.composite "mlxla.rope" %2139, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2141 = stablehlo.convert %arg308 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2142 = stablehlo.dot_general %2135, %2141, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2143 = stablehlo.reshape %2142 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2144 = stablehlo.composite "mlxla.rms_norm" %2143, %arg311 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2145 = stablehlo.composite "mlxla.rope" %2144, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2146 = stablehlo.convert %arg309 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2147 = stablehlo.dot_general %2135, %2146, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2148 = stablehlo.reshape %2147 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2149 = stablehlo.convert %2145 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2150 = stablehlo.convert %2148 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2151 = stablehlo.constant dense<3> : tensor<i32>
    %2152 = stablehlo.constant dense<0> : tensor<i32>
    %2153 = stablehlo.constant dense<0> : tensor<i32>
    %2154 = stablehlo.slice %2149 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2155 = stablehlo.reshape %2154 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2156 = stablehlo.dynamic_update_slice %1613, %2155, %2151, %2153, %arg1, %2152, %2152 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %2157 = stablehlo.slice %2150 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2158 = stablehlo.reshape %2157 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2159 = stablehlo.dynamic_update_slice %1616, %2158, %2151, %2153, %arg1, %2152, %2152 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %2160 = stablehlo.constant dense<1> : tensor<i32>
    %2161 = stablehlo.slice %2149 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2162 = stablehlo.reshape %2161 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2163 = stablehlo.dynamic_update_slice %2156, %2162, %2151, %2160, %arg1, %2152, %2152 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %2164 = stablehlo.slice %2150 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2165 = stablehlo.reshape %2164 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2166 = stablehlo.dynamic_update_slice %2159, %2165, %2151, %2160, %arg1, %2152, %2152 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %2167 = stablehlo.slice %2140 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2168 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2169 = stablehlo.slice %2163 [3:4, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2170 = stablehlo.reshape %2169 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2171 = stablehlo.slice %2166 [3:4, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2172 = stablehlo.reshape %2171 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2173 = stablehlo.composite "mlxla.attention" %2167, %2170, %2172, %2168, %2 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2174 = stablehlo.slice %2140 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2175 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2176 = stablehlo.slice %2163 [3:4, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2177 = stablehlo.reshape %2176 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2178 = stablehlo.slice %2166 [3:4, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2179 = stablehlo.reshape %2178 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2180 = stablehlo.composite "mlxla.attention" %2174, %2177, %2179, %2175, %4 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2181 = stablehlo.concatenate %2173, %2180, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2182 = stablehlo.reshape %2181 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2183 = stablehlo.convert %arg312 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2184 = stablehlo.dot_general %2182, %2183, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2185 = stablehlo.composite "mlxla.rms_norm" %2184, %arg313 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2186 = stablehlo.add %2134, %2185 : tensor<2x1152xf32>
    %2187 = stablehlo.composite "mlxla.rms_norm" %2186, %arg314 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2188 = stablehlo.convert %arg316 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2189 = stablehlo.dot_general %2187, %2188, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2190 = stablehlo.multiply %2189, %2189 : tensor<2x6912xf32>
    %2191 = stablehlo.multiply %2190, %2189 : tensor<2x6912xf32>
    %2192 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2193 = stablehlo.multiply %2191, %2192 : tensor<2x6912xf32>
    %2194 = stablehlo.add %2189, %2193 : tensor<2x6912xf32>
    %2195 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2196 = stablehlo.multiply %2194, %2195 : tensor<2x6912xf32>
    %2197 = stablehlo.tanh %2196 : tensor<2x6912xf32>
    %2198 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2199 = stablehlo.add %2197, %2198 : tensor<2x6912xf32>
    %2200 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2201 = stablehlo.multiply %2189, %2200 : tensor<2x6912xf32>
    %2202 = stablehlo.multiply %2201, %2199 : tensor<2x6912xf32>
    %2203 = stablehlo.convert %arg317 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2204 = stablehlo.dot_general %2187, %2203, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2205 = stablehlo.multiply %2202, %2204 : tensor<2x6912xf32>
    %2206 = stablehlo.convert %arg318 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2207 = stablehlo.dot_general %2205, %2206, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2208 = stablehlo.composite "mlxla.rms_norm" %2207, %arg315 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2209 = stablehlo.add %2186, %2208 : tensor<2x1152xf32>
    %2210 = stablehlo.composite "mlxla.rms_norm" %2209, %arg319 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2211 = stablehlo.convert %arg320 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2212 = stablehlo.dot_general %2210, %2211, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2213 = stablehlo.reshape %2212 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2214 = stablehlo.composite "mlxla.rms_norm" %2213, %arg323 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2215 = stablehlo.composite "mlxla.rope" %2214, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2216 = stablehlo.convert %arg321 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2217 = stablehlo.dot_general %2210, %2216, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2218 = stablehlo.reshape %2217 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2219 = stablehlo.composite "mlxla.rms_norm" %2218, %arg324 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2220 = stablehlo.composite "mlxla.rope" %2219, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2221 = stablehlo.convert %arg322 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2222 = stablehlo.dot_general %2210, %2221, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2223 = stablehlo.reshape %2222 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2224 = stablehlo.convert %2220 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2225 = stablehlo.convert %2223 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2226 = stablehlo.slice %2215 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2227 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2228 = stablehlo.slice %2099 [20:21, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2229 = stablehlo.reshape %2228 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2230 = stablehlo.slice %2105 [20:21, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2231 = stablehlo.reshape %2230 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2232 = stablehlo.slice %2224 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2233 = stablehlo.slice %2225 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2234 = stablehlo.composite "mlxla.window_attention" %2226, %2229, %2231, %2232, %2233, %2227, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2235 = stablehlo.slice %2215 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2236 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2237 = stablehlo.slice %2099 [20:21, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2238 = stablehlo.reshape %2237 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2239 = stablehlo.slice %2105 [20:21, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2240 = stablehlo.reshape %2239 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2241 = stablehlo.slice %2224 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2242 = stablehlo.slice %2225 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2243 = stablehlo.composite "mlxla.window_attention" %2235, %2238, %2240, %2241, %2242, %2236, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2244 = stablehlo.constant dense<512> : tensor<i32>
    %2245 = stablehlo.divide %arg1, %2244 : tensor<i32>
    %2246 = stablehlo.multiply %2245, %2244 : tensor<i32>
    %2247 = stablehlo.subtract %arg1, %2246 : tensor<i32>
    %2248 = stablehlo.slice %2224 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2249 = stablehlo.constant dense<20> : tensor<i32>
    %2250 = stablehlo.constant dense<0> : tensor<i32>
    %2251 = stablehlo.constant dense<0> : tensor<i32>
    %2252 = stablehlo.reshape %2248 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2253 = stablehlo.dynamic_update_slice %2099, %2252, %2249, %2250, %2247, %2251, %2251 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2254 = stablehlo.slice %2225 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2255 = stablehlo.constant dense<20> : tensor<i32>
    %2256 = stablehlo.constant dense<0> : tensor<i32>
    %2257 = stablehlo.constant dense<0> : tensor<i32>
    %2258 = stablehlo.reshape %2254 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2259 = stablehlo.dynamic_update_slice %2105, %2258, %2255, %2256, %2247, %2257, %2257 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2260 = stablehlo.constant dense<512> : tensor<i32>
    %2261 = stablehlo.divide %arg1, %2260 : tensor<i32>
    %2262 = stablehlo.multiply %2261, %2260 : tensor<i32>
    %2263 = stablehlo.subtract %arg1, %2262 : tensor<i32>
    %2264 = stablehlo.slice %2224 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2265 = stablehlo.constant dense<20> : tensor<i32>
    %2266 = stablehlo.constant dense<1> : tensor<i32>
    %2267 = stablehlo.constant dense<0> : tensor<i32>
    %2268 = stablehlo.reshape %2264 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2269 = stablehlo.dynamic_update_slice %2253, %2268, %2265, %2266, %2263, %2267, %2267 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2270 = stablehlo.slice %2225 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2271 = stablehlo.constant dense<20> : tensor<i32>
    %2272 = stablehlo.constant dense<1> : tensor<i32>
    %2273 = stablehlo.constant dense<0> : tensor<i32>
    %2274 = stablehlo.reshape %2270 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2275 = stablehlo.dynamic_update_slice %2259, %2274, %2271, %2272, %2263, %2273, %2273 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2276 = stablehlo.concatenate %2234, %2243, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2277 = stablehlo.reshape %2276 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2278 = stablehlo.convert %arg325 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2279 = stablehlo.dot_general %2277, %2278, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2280 = stablehlo.composite "mlxla.rms_norm" %2279, %arg326 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2281 = stablehlo.add %2209, %2280 : tensor<2x1152xf32>
    %2282 = stablehlo.composite "mlxla.rms_norm" %2281, %arg327 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2283 = stablehlo.convert %arg329 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2284 = stablehlo.dot_general %2282, %2283, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2285 = stablehlo.multiply %2284, %2284 : tensor<2x6912xf32>
    %2286 = stablehlo.multiply %2285, %2284 : tensor<2x6912xf32>
    %2287 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2288 = stablehlo.multiply %2286, %2287 : tensor<2x6912xf32>
    %2289 = stablehlo.add %2284, %2288 : tensor<2x6912xf32>
    %2290 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2291 = stablehlo.multiply %2289, %2290 : tensor<2x6912xf32>
    %2292 = stablehlo.tanh %2291 : tensor<2x6912xf32>
    %2293 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2294 = stablehlo.add %2292, %2293 : tensor<2x6912xf32>
    %2295 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2296 = stablehlo.multiply %2284, %2295 : tensor<2x6912xf32>
    %2297 = stablehlo.multiply %2296, %2294 : tensor<2x6912xf32>
    %2298 = stablehlo.convert %arg330 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2299 = stablehlo.dot_general %2282, %2298, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2300 = stablehlo.multiply %2297, %2299 : tensor<2x6912xf32>
    %2301 = stablehlo.convert %arg331 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2302 = stablehlo.dot_general %2300, %2301, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2303 = stablehlo.composite "mlxla.rms_norm" %2302, %arg328 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2304 = stablehlo.add %2281, %2303 : tensor<2x1152xf32>
    %2305 = stablehlo.composite "mlxla.rms_norm" %2304, %arg332 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2306 = stablehlo.convert %arg333 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2307 = stablehlo.dot_general %2305, %2306, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2308 = stablehlo.reshape %2307 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2309 = stablehlo.composite "mlxla.rms_norm" %2308, %arg336 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2310 = stablehlo.composite "mlxla.rope" %2309, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2311 = stablehlo.convert %arg334 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2312 = stablehlo.dot_general %2305, %2311, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2313 = stablehlo.reshape %2312 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2314 = stablehlo.composite "mlxla.rms_norm" %2313, %arg337 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2315 = stablehlo.composite "mlxla.rope" %2314, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2316 = stablehlo.convert %arg335 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2317 = stablehlo.dot_general %2305, %2316, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2318 = stablehlo.reshape %2317 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2319 = stablehlo.convert %2315 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2320 = stablehlo.convert %2318 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2321 = stablehlo.slice %2310 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2322 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2323 = stablehlo.slice %2269 [21:22, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2324 = stablehlo.reshape %2323 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2325 = stablehlo.slice %2275 [21:22, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2326 = stablehlo.reshape %2325 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2327 = stablehlo.slice %2319 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2328 = stablehlo.slice %2320 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2329 = stablehlo.composite "mlxla.window_attention" %2321, %2324, %2326, %2327, %2328, %2322, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2330 = stablehlo.slice %2310 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2331 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2332 = stablehlo.slice %2269 [21:22, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2333 = stablehlo.reshape %2332 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2334 = stablehlo.slice %2275 [21:22, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2335 = stablehlo.reshape %2334 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2336 = stablehlo.slice %2319 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2337 = stablehlo.slice %2320 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2338 = stablehlo.composite "mlxla.window_attention" %2330, %2333, %2335, %2336, %2337, %2331, %4 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2339 = stablehlo.constant dense<512> : tensor<i32>
    %2340 = stablehlo.divide %arg1, %2339 : tensor<i32>
    %2341 = stablehlo.multiply %2340, %2339 : tensor<i32>
    %2342 = stablehlo.subtract %arg1, %2341 : tensor<i32>
    %2343 = stablehlo.slice %2319 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2344 = stablehlo.constant dense<21> : tensor<i32>
    %2345 = stablehlo.constant dense<0> : tensor<i32>
    %2346 = stablehlo.constant dense<0> : tensor<i32>
    %2347 = stablehlo.reshape %2343 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2348 = stablehlo.dynamic_update_slice %2269, %2347, %2344, %2345, %2342, %2346, %2346 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2349 = stablehlo.slice %2320 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2350 = stablehlo.constant dense<21> : tensor<i32>
    %2351 = stablehlo.constant dense<0> : tensor<i32>
    %2352 = stablehlo.constant dense<0> : tensor<i32>
    %2353 = stablehlo.reshape %2349 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2354 = stablehlo.dynamic_update_slice %2275, %2353, %2350, %2351, %2342, %2352, %2352 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2355 = stablehlo.constant dense<512> : tensor<i32>
    %2356 = stablehlo.divide %arg1, %2355 : tensor<i32>
    %2357 = stablehlo.multiply %2356, %2355 : tensor<i32>
    %2358 = stablehlo.subtract %arg1, %2357 : tensor<i32>
    %2359 = stablehlo.slice %2319 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2360 = stablehlo.constant dense<21> : tensor<i32>
    %2361 = stablehlo.constant dense<1> : tensor<i32>
    %2362 = stablehlo.constant dense<0> : tensor<i32>
    %2363 = stablehlo.reshape %2359 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2364 = stablehlo.dynamic_update_slice %2348, %2363, %2360, %2361, %2358, %2362, %2362 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2365 = stablehlo.slice %2320 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2366 = stablehlo.constant dense<21> : tensor<i32>
    %2367 = stablehlo.constant dense<1> : tensor<i32>
    %2368 = stablehlo.constant dense<0> : tensor<i32>
    %2369 = stablehlo.reshape %2365 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2370 = stablehlo.dynamic_update_slice %2354, %2369, %2366, %2367, %2358, %2368, %2368 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2371 = stablehlo.concatenate %2329, %2338, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2372 = stablehlo.reshape %2371 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2373 = stablehlo.convert %arg338 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2374 = stablehlo.dot_general %2372, %2373, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2375 = stablehlo.composite "mlxla.rms_norm" %2374, %arg339 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2376 = stablehlo.add %2304, %2375 : tensor<2x1152xf32>
    %2377 = stablehlo.composite "mlxla.rms_norm" %2376, %arg340 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2378 = stablehlo.convert %arg342 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2379 = stablehlo.dot_general %2377, %2378, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2380 = stablehlo.multiply %2379, %2379 : tensor<2x6912xf32>
    %2381 = stablehlo.multiply %2380, %2379 : tensor<2x6912xf32>
    %2382 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2383 = stablehlo.multiply %2381, %2382 : tensor<2x6912xf32>
    %2384 = stablehlo.add %2379, %2383 : tensor<2x6912xf32>
    %2385 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2386 = stablehlo.multiply %2384, %2385 : tensor<2x6912xf32>
    %2387 = stablehlo.tanh %2386 : tensor<2x6912xf32>
    %2388 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2389 = stablehlo.add %2387, %2388 : tensor<2x6912xf32>
    %2390 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2391 = stablehlo.multiply %2379, %2390 : tensor<2x6912xf32>
    %2392 = stablehlo.multiply %2391, %2389 : tensor<2x6912xf32>
    %2393 = stablehlo.convert %arg343 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2394 = stablehlo.dot_general %2377, %2393, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2395 = stablehlo.multiply %2392, %2394 : tensor<2x6912xf32>
    %2396 = stablehlo.convert %arg344 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2397 = stablehlo.dot_general %2395, %2396, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2398 = stablehlo.composite "mlxla.rms_norm" %2397, %arg341 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2399 = stablehlo.add %2376, %2398 : tensor<2x1152xf32>
    %2400 = stablehlo.composite "mlxla.rms_norm" %2399, %arg345 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2401 = stablehlo.convert %arg6 : (tensor<262144x1152xbf16>) -> tensor<262144x1152xf32>
    %2402 = stablehlo.dot_general %2400, %2401, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<262144x1152xf32>) -> tensor<2x262144xf32>
    %2403 = stablehlo.composite "mlxla.argmax" %2402 {decomposition = @mlxla_argmax_2x262144xf32_cbf29ce484222325} : (tensor<2x262144xf32>) -> tensor<2xi32>
    return %2403, %2163, %2166, %2364, %2370 : tensor<2xi32>, tensor<4x2x640x1x256xf16>, tensor<4x2x640x1x256xf16>, tensor<22x2x512x1x256xf16>, tensor<22x2x512x1x256xf16>
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
