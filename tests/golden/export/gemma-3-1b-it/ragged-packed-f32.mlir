module @mlxla {
  func.func @main(%arg0: tensor<2xi32> {mlxla.name = "tokens"}, %arg1: tensor<2xi32> {mlxla.name = "positions"}, %arg2: tensor<4x2x640x1x256xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<4x2x640x1x256xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<22x2x512x1x256xf16> {mlxla.name = "k_window_cache", tf.aliasing_output = 3 : i32}, %arg5: tensor<22x2x512x1x256xf16> {mlxla.name = "v_window_cache", tf.aliasing_output = 4 : i32}, %arg6: tensor<262144x1152xbf16> {mlxla.name = "model.embed_tokens.weight"}, %arg7: tensor<1152xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg8: tensor<1024x1152xbf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg9: tensor<256x1152xbf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg10: tensor<256x1152xbf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg11: tensor<256xf32> {mlxla.name = "model.layers.0.self_attn.q_norm.weight"}, %arg12: tensor<256xf32> {mlxla.name = "model.layers.0.self_attn.k_norm.weight"}, %arg13: tensor<1152x1024xbf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg14: tensor<1152xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg15: tensor<1152xf32> {mlxla.name = "model.layers.0.pre_feedforward_layernorm.weight"}, %arg16: tensor<1152xf32> {mlxla.name = "model.layers.0.post_feedforward_layernorm.weight"}, %arg17: tensor<6912x1152xbf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg18: tensor<6912x1152xbf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg19: tensor<1152x6912xbf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg20: tensor<1152xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg21: tensor<1024x1152xbf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg22: tensor<256x1152xbf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg23: tensor<256x1152xbf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg24: tensor<256xf32> {mlxla.name = "model.layers.1.self_attn.q_norm.weight"}, %arg25: tensor<256xf32> {mlxla.name = "model.layers.1.self_attn.k_norm.weight"}, %arg26: tensor<1152x1024xbf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg27: tensor<1152xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg28: tensor<1152xf32> {mlxla.name = "model.layers.1.pre_feedforward_layernorm.weight"}, %arg29: tensor<1152xf32> {mlxla.name = "model.layers.1.post_feedforward_layernorm.weight"}, %arg30: tensor<6912x1152xbf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg31: tensor<6912x1152xbf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg32: tensor<1152x6912xbf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg33: tensor<1152xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg34: tensor<1024x1152xbf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg35: tensor<256x1152xbf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg36: tensor<256x1152xbf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg37: tensor<256xf32> {mlxla.name = "model.layers.2.self_attn.q_norm.weight"}, %arg38: tensor<256xf32> {mlxla.name = "model.layers.2.self_attn.k_norm.weight"}, %arg39: tensor<1152x1024xbf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg40: tensor<1152xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg41: tensor<1152xf32> {mlxla.name = "model.layers.2.pre_feedforward_layernorm.weight"}, %arg42: tensor<1152xf32> {mlxla.name = "model.layers.2.post_feedforward_layernorm.weight"}, %arg43: tensor<6912x1152xbf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg44: tensor<6912x1152xbf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg45: tensor<1152x6912xbf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg46: tensor<1152xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg47: tensor<1024x1152xbf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg48: tensor<256x1152xbf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg49: tensor<256x1152xbf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg50: tensor<256xf32> {mlxla.name = "model.layers.3.self_attn.q_norm.weight"}, %arg51: tensor<256xf32> {mlxla.name = "model.layers.3.self_attn.k_norm.weight"}, %arg52: tensor<1152x1024xbf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg53: tensor<1152xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg54: tensor<1152xf32> {mlxla.name = "model.layers.3.pre_feedforward_layernorm.weight"}, %arg55: tensor<1152xf32> {mlxla.name = "model.layers.3.post_feedforward_layernorm.weight"}, %arg56: tensor<6912x1152xbf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg57: tensor<6912x1152xbf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg58: tensor<1152x6912xbf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg59: tensor<1152xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg60: tensor<1024x1152xbf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg61: tensor<256x1152xbf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg62: tensor<256x1152xbf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg63: tensor<256xf32> {mlxla.name = "model.layers.4.self_attn.q_norm.weight"}, %arg64: tensor<256xf32> {mlxla.name = "model.layers.4.self_attn.k_norm.weight"}, %arg65: tensor<1152x1024xbf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg66: tensor<1152xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg67: tensor<1152xf32> {mlxla.name = "model.layers.4.pre_feedforward_layernorm.weight"}, %arg68: tensor<1152xf32> {mlxla.name = "model.layers.4.post_feedforward_layernorm.weight"}, %arg69: tensor<6912x1152xbf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg70: tensor<6912x1152xbf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg71: tensor<1152x6912xbf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg72: tensor<1152xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg73: tensor<1024x1152xbf16> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg74: tensor<256x1152xbf16> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg75: tensor<256x1152xbf16> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg76: tensor<256xf32> {mlxla.name = "model.layers.5.self_attn.q_norm.weight"}, %arg77: tensor<256xf32> {mlxla.name = "model.layers.5.self_attn.k_norm.weight"}, %arg78: tensor<1152x1024xbf16> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg79: tensor<1152xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg80: tensor<1152xf32> {mlxla.name = "model.layers.5.pre_feedforward_layernorm.weight"}, %arg81: tensor<1152xf32> {mlxla.name = "model.layers.5.post_feedforward_layernorm.weight"}, %arg82: tensor<6912x1152xbf16> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg83: tensor<6912x1152xbf16> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg84: tensor<1152x6912xbf16> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg85: tensor<1152xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg86: tensor<1024x1152xbf16> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg87: tensor<256x1152xbf16> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg88: tensor<256x1152xbf16> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg89: tensor<256xf32> {mlxla.name = "model.layers.6.self_attn.q_norm.weight"}, %arg90: tensor<256xf32> {mlxla.name = "model.layers.6.self_attn.k_norm.weight"}, %arg91: tensor<1152x1024xbf16> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg92: tensor<1152xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg93: tensor<1152xf32> {mlxla.name = "model.layers.6.pre_feedforward_layernorm.weight"}, %arg94: tensor<1152xf32> {mlxla.name = "model.layers.6.post_feedforward_layernorm.weight"}, %arg95: tensor<6912x1152xbf16> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg96: tensor<6912x1152xbf16> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg97: tensor<1152x6912xbf16> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg98: tensor<1152xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg99: tensor<1024x1152xbf16> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg100: tensor<256x1152xbf16> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg101: tensor<256x1152xbf16> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg102: tensor<256xf32> {mlxla.name = "model.layers.7.self_attn.q_norm.weight"}, %arg103: tensor<256xf32> {mlxla.name = "model.layers.7.self_attn.k_norm.weight"}, %arg104: tensor<1152x1024xbf16> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg105: tensor<1152xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg106: tensor<1152xf32> {mlxla.name = "model.layers.7.pre_feedforward_layernorm.weight"}, %arg107: tensor<1152xf32> {mlxla.name = "model.layers.7.post_feedforward_layernorm.weight"}, %arg108: tensor<6912x1152xbf16> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg109: tensor<6912x1152xbf16> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg110: tensor<1152x6912xbf16> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg111: tensor<1152xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg112: tensor<1024x1152xbf16> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg113: tensor<256x1152xbf16> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg114: tensor<256x1152xbf16> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg115: tensor<256xf32> {mlxla.name = "model.layers.8.self_attn.q_norm.weight"}, %arg116: tensor<256xf32> {mlxla.name = "model.layers.8.self_attn.k_norm.weight"}, %arg117: tensor<1152x1024xbf16> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg118: tensor<1152xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg119: tensor<1152xf32> {mlxla.name = "model.layers.8.pre_feedforward_layernorm.weight"}, %arg120: tensor<1152xf32> {mlxla.name = "model.layers.8.post_feedforward_layernorm.weight"}, %arg121: tensor<6912x1152xbf16> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg122: tensor<6912x1152xbf16> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg123: tensor<1152x6912xbf16> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg124: tensor<1152xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg125: tensor<1024x1152xbf16> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg126: tensor<256x1152xbf16> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg127: tensor<256x1152xbf16> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg128: tensor<256xf32> {mlxla.name = "model.layers.9.self_attn.q_norm.weight"}, %arg129: tensor<256xf32> {mlxla.name = "model.layers.9.self_attn.k_norm.weight"}, %arg130: tensor<1152x1024xbf16> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg131: tensor<1152xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg132: tensor<1152xf32> {mlxla.name = "model.layers.9.pre_feedforward_layernorm.weight"}, %arg133: tensor<1152xf32> {mlxla.name = "model.layers.9.post_feedforward_layernorm.weight"}, %arg134: tensor<6912x1152xbf16> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg135: tensor<6912x1152xbf16> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg136: tensor<1152x6912xbf16> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg137: tensor<1152xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg138: tensor<1024x1152xbf16> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg139: tensor<256x1152xbf16> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg140: tensor<256x1152xbf16> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg141: tensor<256xf32> {mlxla.name = "model.layers.10.self_attn.q_norm.weight"}, %arg142: tensor<256xf32> {mlxla.name = "model.layers.10.self_attn.k_norm.weight"}, %arg143: tensor<1152x1024xbf16> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg144: tensor<1152xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg145: tensor<1152xf32> {mlxla.name = "model.layers.10.pre_feedforward_layernorm.weight"}, %arg146: tensor<1152xf32> {mlxla.name = "model.layers.10.post_feedforward_layernorm.weight"}, %arg147: tensor<6912x1152xbf16> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg148: tensor<6912x1152xbf16> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg149: tensor<1152x6912xbf16> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg150: tensor<1152xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg151: tensor<1024x1152xbf16> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg152: tensor<256x1152xbf16> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg153: tensor<256x1152xbf16> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg154: tensor<256xf32> {mlxla.name = "model.layers.11.self_attn.q_norm.weight"}, %arg155: tensor<256xf32> {mlxla.name = "model.layers.11.self_attn.k_norm.weight"}, %arg156: tensor<1152x1024xbf16> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg157: tensor<1152xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg158: tensor<1152xf32> {mlxla.name = "model.layers.11.pre_feedforward_layernorm.weight"}, %arg159: tensor<1152xf32> {mlxla.name = "model.layers.11.post_feedforward_layernorm.weight"}, %arg160: tensor<6912x1152xbf16> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg161: tensor<6912x1152xbf16> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg162: tensor<1152x6912xbf16> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg163: tensor<1152xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg164: tensor<1024x1152xbf16> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg165: tensor<256x1152xbf16> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg166: tensor<256x1152xbf16> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg167: tensor<256xf32> {mlxla.name = "model.layers.12.self_attn.q_norm.weight"}, %arg168: tensor<256xf32> {mlxla.name = "model.layers.12.self_attn.k_norm.weight"}, %arg169: tensor<1152x1024xbf16> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg170: tensor<1152xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg171: tensor<1152xf32> {mlxla.name = "model.layers.12.pre_feedforward_layernorm.weight"}, %arg172: tensor<1152xf32> {mlxla.name = "model.layers.12.post_feedforward_layernorm.weight"}, %arg173: tensor<6912x1152xbf16> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg174: tensor<6912x1152xbf16> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg175: tensor<1152x6912xbf16> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg176: tensor<1152xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg177: tensor<1024x1152xbf16> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg178: tensor<256x1152xbf16> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg179: tensor<256x1152xbf16> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg180: tensor<256xf32> {mlxla.name = "model.layers.13.self_attn.q_norm.weight"}, %arg181: tensor<256xf32> {mlxla.name = "model.layers.13.self_attn.k_norm.weight"}, %arg182: tensor<1152x1024xbf16> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg183: tensor<1152xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg184: tensor<1152xf32> {mlxla.name = "model.layers.13.pre_feedforward_layernorm.weight"}, %arg185: tensor<1152xf32> {mlxla.name = "model.layers.13.post_feedforward_layernorm.weight"}, %arg186: tensor<6912x1152xbf16> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg187: tensor<6912x1152xbf16> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg188: tensor<1152x6912xbf16> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg189: tensor<1152xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg190: tensor<1024x1152xbf16> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg191: tensor<256x1152xbf16> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg192: tensor<256x1152xbf16> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg193: tensor<256xf32> {mlxla.name = "model.layers.14.self_attn.q_norm.weight"}, %arg194: tensor<256xf32> {mlxla.name = "model.layers.14.self_attn.k_norm.weight"}, %arg195: tensor<1152x1024xbf16> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg196: tensor<1152xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg197: tensor<1152xf32> {mlxla.name = "model.layers.14.pre_feedforward_layernorm.weight"}, %arg198: tensor<1152xf32> {mlxla.name = "model.layers.14.post_feedforward_layernorm.weight"}, %arg199: tensor<6912x1152xbf16> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg200: tensor<6912x1152xbf16> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg201: tensor<1152x6912xbf16> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg202: tensor<1152xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg203: tensor<1024x1152xbf16> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg204: tensor<256x1152xbf16> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg205: tensor<256x1152xbf16> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg206: tensor<256xf32> {mlxla.name = "model.layers.15.self_attn.q_norm.weight"}, %arg207: tensor<256xf32> {mlxla.name = "model.layers.15.self_attn.k_norm.weight"}, %arg208: tensor<1152x1024xbf16> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg209: tensor<1152xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg210: tensor<1152xf32> {mlxla.name = "model.layers.15.pre_feedforward_layernorm.weight"}, %arg211: tensor<1152xf32> {mlxla.name = "model.layers.15.post_feedforward_layernorm.weight"}, %arg212: tensor<6912x1152xbf16> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg213: tensor<6912x1152xbf16> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg214: tensor<1152x6912xbf16> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg215: tensor<1152xf32> {mlxla.name = "model.layers.16.input_layernorm.weight"}, %arg216: tensor<1024x1152xbf16> {mlxla.name = "model.layers.16.self_attn.q_proj.weight"}, %arg217: tensor<256x1152xbf16> {mlxla.name = "model.layers.16.self_attn.k_proj.weight"}, %arg218: tensor<256x1152xbf16> {mlxla.name = "model.layers.16.self_attn.v_proj.weight"}, %arg219: tensor<256xf32> {mlxla.name = "model.layers.16.self_attn.q_norm.weight"}, %arg220: tensor<256xf32> {mlxla.name = "model.layers.16.self_attn.k_norm.weight"}, %arg221: tensor<1152x1024xbf16> {mlxla.name = "model.layers.16.self_attn.o_proj.weight"}, %arg222: tensor<1152xf32> {mlxla.name = "model.layers.16.post_attention_layernorm.weight"}, %arg223: tensor<1152xf32> {mlxla.name = "model.layers.16.pre_feedforward_layernorm.weight"}, %arg224: tensor<1152xf32> {mlxla.name = "model.layers.16.post_feedforward_layernorm.weight"}, %arg225: tensor<6912x1152xbf16> {mlxla.name = "model.layers.16.mlp.gate_proj.weight"}, %arg226: tensor<6912x1152xbf16> {mlxla.name = "model.layers.16.mlp.up_proj.weight"}, %arg227: tensor<1152x6912xbf16> {mlxla.name = "model.layers.16.mlp.down_proj.weight"}, %arg228: tensor<1152xf32> {mlxla.name = "model.layers.17.input_layernorm.weight"}, %arg229: tensor<1024x1152xbf16> {mlxla.name = "model.layers.17.self_attn.q_proj.weight"}, %arg230: tensor<256x1152xbf16> {mlxla.name = "model.layers.17.self_attn.k_proj.weight"}, %arg231: tensor<256x1152xbf16> {mlxla.name = "model.layers.17.self_attn.v_proj.weight"}, %arg232: tensor<256xf32> {mlxla.name = "model.layers.17.self_attn.q_norm.weight"}, %arg233: tensor<256xf32> {mlxla.name = "model.layers.17.self_attn.k_norm.weight"}, %arg234: tensor<1152x1024xbf16> {mlxla.name = "model.layers.17.self_attn.o_proj.weight"}, %arg235: tensor<1152xf32> {mlxla.name = "model.layers.17.post_attention_layernorm.weight"}, %arg236: tensor<1152xf32> {mlxla.name = "model.layers.17.pre_feedforward_layernorm.weight"}, %arg237: tensor<1152xf32> {mlxla.name = "model.layers.17.post_feedforward_layernorm.weight"}, %arg238: tensor<6912x1152xbf16> {mlxla.name = "model.layers.17.mlp.gate_proj.weight"}, %arg239: tensor<6912x1152xbf16> {mlxla.name = "model.layers.17.mlp.up_proj.weight"}, %arg240: tensor<1152x6912xbf16> {mlxla.name = "model.layers.17.mlp.down_proj.weight"}, %arg241: tensor<1152xf32> {mlxla.name = "model.layers.18.input_layernorm.weight"}, %arg242: tensor<1024x1152xbf16> {mlxla.name = "model.layers.18.self_attn.q_proj.weight"}, %arg243: tensor<256x1152xbf16> {mlxla.name = "model.layers.18.self_attn.k_proj.weight"}, %arg244: tensor<256x1152xbf16> {mlxla.name = "model.layers.18.self_attn.v_proj.weight"}, %arg245: tensor<256xf32> {mlxla.name = "model.layers.18.self_attn.q_norm.weight"}, %arg246: tensor<256xf32> {mlxla.name = "model.layers.18.self_attn.k_norm.weight"}, %arg247: tensor<1152x1024xbf16> {mlxla.name = "model.layers.18.self_attn.o_proj.weight"}, %arg248: tensor<1152xf32> {mlxla.name = "model.layers.18.post_attention_layernorm.weight"}, %arg249: tensor<1152xf32> {mlxla.name = "model.layers.18.pre_feedforward_layernorm.weight"}, %arg250: tensor<1152xf32> {mlxla.name = "model.layers.18.post_feedforward_layernorm.weight"}, %arg251: tensor<6912x1152xbf16> {mlxla.name = "model.layers.18.mlp.gate_proj.weight"}, %arg252: tensor<6912x1152xbf16> {mlxla.name = "model.layers.18.mlp.up_proj.weight"}, %arg253: tensor<1152x6912xbf16> {mlxla.name = "model.layers.18.mlp.down_proj.weight"}, %arg254: tensor<1152xf32> {mlxla.name = "model.layers.19.input_layernorm.weight"}, %arg255: tensor<1024x1152xbf16> {mlxla.name = "model.layers.19.self_attn.q_proj.weight"}, %arg256: tensor<256x1152xbf16> {mlxla.name = "model.layers.19.self_attn.k_proj.weight"}, %arg257: tensor<256x1152xbf16> {mlxla.name = "model.layers.19.self_attn.v_proj.weight"}, %arg258: tensor<256xf32> {mlxla.name = "model.layers.19.self_attn.q_norm.weight"}, %arg259: tensor<256xf32> {mlxla.name = "model.layers.19.self_attn.k_norm.weight"}, %arg260: tensor<1152x1024xbf16> {mlxla.name = "model.layers.19.self_attn.o_proj.weight"}, %arg261: tensor<1152xf32> {mlxla.name = "model.layers.19.post_attention_layernorm.weight"}, %arg262: tensor<1152xf32> {mlxla.name = "model.layers.19.pre_feedforward_layernorm.weight"}, %arg263: tensor<1152xf32> {mlxla.name = "model.layers.19.post_feedforward_layernorm.weight"}, %arg264: tensor<6912x1152xbf16> {mlxla.name = "model.layers.19.mlp.gate_proj.weight"}, %arg265: tensor<6912x1152xbf16> {mlxla.name = "model.layers.19.mlp.up_proj.weight"}, %arg266: tensor<1152x6912xbf16> {mlxla.name = "model.layers.19.mlp.down_proj.weight"}, %arg267: tensor<1152xf32> {mlxla.name = "model.layers.20.input_layernorm.weight"}, %arg268: tensor<1024x1152xbf16> {mlxla.name = "model.layers.20.self_attn.q_proj.weight"}, %arg269: tensor<256x1152xbf16> {mlxla.name = "model.layers.20.self_attn.k_proj.weight"}, %arg270: tensor<256x1152xbf16> {mlxla.name = "model.layers.20.self_attn.v_proj.weight"}, %arg271: tensor<256xf32> {mlxla.name = "model.layers.20.self_attn.q_norm.weight"}, %arg272: tensor<256xf32> {mlxla.name = "model.layers.20.self_attn.k_norm.weight"}, %arg273: tensor<1152x1024xbf16> {mlxla.name = "model.layers.20.self_attn.o_proj.weight"}, %arg274: tensor<1152xf32> {mlxla.name = "model.layers.20.post_attention_layernorm.weight"}, %arg275: tensor<1152xf32> {mlxla.name = "model.layers.20.pre_feedforward_layernorm.weight"}, %arg276: tensor<1152xf32> {mlxla.name = "model.layers.20.post_feedforward_layernorm.weight"}, %arg277: tensor<6912x1152xbf16> {mlxla.name = "model.layers.20.mlp.gate_proj.weight"}, %arg278: tensor<6912x1152xbf16> {mlxla.name = "model.layers.20.mlp.up_proj.weight"}, %arg279: tensor<1152x6912xbf16> {mlxla.name = "model.layers.20.mlp.down_proj.weight"}, %arg280: tensor<1152xf32> {mlxla.name = "model.layers.21.input_layernorm.weight"}, %arg281: tensor<1024x1152xbf16> {mlxla.name = "model.layers.21.self_attn.q_proj.weight"}, %arg282: tensor<256x1152xbf16> {mlxla.name = "model.layers.21.self_attn.k_proj.weight"}, %arg283: tensor<256x1152xbf16> {mlxla.name = "model.layers.21.self_attn.v_proj.weight"}, %arg284: tensor<256xf32> {mlxla.name = "model.layers.21.self_attn.q_norm.weight"}, %arg285: tensor<256xf32> {mlxla.name = "model.layers.21.self_attn.k_norm.weight"}, %arg286: tensor<1152x1024xbf16> {mlxla.name = "model.layers.21.self_attn.o_proj.weight"}, %arg287: tensor<1152xf32> {mlxla.name = "model.layers.21.post_attention_layernorm.weight"}, %arg288: tensor<1152xf32> {mlxla.name = "model.layers.21.pre_feedforward_layernorm.weight"}, %arg289: tensor<1152xf32> {mlxla.name = "model.layers.21.post_feedforward_layernorm.weight"}, %arg290: tensor<6912x1152xbf16> {mlxla.name = "model.layers.21.mlp.gate_proj.weight"}, %arg291: tensor<6912x1152xbf16> {mlxla.name = "model.layers.21.mlp.up_proj.weight"}, %arg292: tensor<1152x6912xbf16> {mlxla.name = "model.layers.21.mlp.down_proj.weight"}, %arg293: tensor<1152xf32> {mlxla.name = "model.layers.22.input_layernorm.weight"}, %arg294: tensor<1024x1152xbf16> {mlxla.name = "model.layers.22.self_attn.q_proj.weight"}, %arg295: tensor<256x1152xbf16> {mlxla.name = "model.layers.22.self_attn.k_proj.weight"}, %arg296: tensor<256x1152xbf16> {mlxla.name = "model.layers.22.self_attn.v_proj.weight"}, %arg297: tensor<256xf32> {mlxla.name = "model.layers.22.self_attn.q_norm.weight"}, %arg298: tensor<256xf32> {mlxla.name = "model.layers.22.self_attn.k_norm.weight"}, %arg299: tensor<1152x1024xbf16> {mlxla.name = "model.layers.22.self_attn.o_proj.weight"}, %arg300: tensor<1152xf32> {mlxla.name = "model.layers.22.post_attention_layernorm.weight"}, %arg301: tensor<1152xf32> {mlxla.name = "model.layers.22.pre_feedforward_layernorm.weight"}, %arg302: tensor<1152xf32> {mlxla.name = "model.layers.22.post_feedforward_layernorm.weight"}, %arg303: tensor<6912x1152xbf16> {mlxla.name = "model.layers.22.mlp.gate_proj.weight"}, %arg304: tensor<6912x1152xbf16> {mlxla.name = "model.layers.22.mlp.up_proj.weight"}, %arg305: tensor<1152x6912xbf16> {mlxla.name = "model.layers.22.mlp.down_proj.weight"}, %arg306: tensor<1152xf32> {mlxla.name = "model.layers.23.input_layernorm.weight"}, %arg307: tensor<1024x1152xbf16> {mlxla.name = "model.layers.23.self_attn.q_proj.weight"}, %arg308: tensor<256x1152xbf16> {mlxla.name = "model.layers.23.self_attn.k_proj.weight"}, %arg309: tensor<256x1152xbf16> {mlxla.name = "model.layers.23.self_attn.v_proj.weight"}, %arg310: tensor<256xf32> {mlxla.name = "model.layers.23.self_attn.q_norm.weight"}, %arg311: tensor<256xf32> {mlxla.name = "model.layers.23.self_attn.k_norm.weight"}, %arg312: tensor<1152x1024xbf16> {mlxla.name = "model.layers.23.self_attn.o_proj.weight"}, %arg313: tensor<1152xf32> {mlxla.name = "model.layers.23.post_attention_layernorm.weight"}, %arg314: tensor<1152xf32> {mlxla.name = "model.layers.23.pre_feedforward_layernorm.weight"}, %arg315: tensor<1152xf32> {mlxla.name = "model.layers.23.post_feedforward_layernorm.weight"}, %arg316: tensor<6912x1152xbf16> {mlxla.name = "model.layers.23.mlp.gate_proj.weight"}, %arg317: tensor<6912x1152xbf16> {mlxla.name = "model.layers.23.mlp.up_proj.weight"}, %arg318: tensor<1152x6912xbf16> {mlxla.name = "model.layers.23.mlp.down_proj.weight"}, %arg319: tensor<1152xf32> {mlxla.name = "model.layers.24.input_layernorm.weight"}, %arg320: tensor<1024x1152xbf16> {mlxla.name = "model.layers.24.self_attn.q_proj.weight"}, %arg321: tensor<256x1152xbf16> {mlxla.name = "model.layers.24.self_attn.k_proj.weight"}, %arg322: tensor<256x1152xbf16> {mlxla.name = "model.layers.24.self_attn.v_proj.weight"}, %arg323: tensor<256xf32> {mlxla.name = "model.layers.24.self_attn.q_norm.weight"}, %arg324: tensor<256xf32> {mlxla.name = "model.layers.24.self_attn.k_norm.weight"}, %arg325: tensor<1152x1024xbf16> {mlxla.name = "model.layers.24.self_attn.o_proj.weight"}, %arg326: tensor<1152xf32> {mlxla.name = "model.layers.24.post_attention_layernorm.weight"}, %arg327: tensor<1152xf32> {mlxla.name = "model.layers.24.pre_feedforward_layernorm.weight"}, %arg328: tensor<1152xf32> {mlxla.name = "model.layers.24.post_feedforward_layernorm.weight"}, %arg329: tensor<6912x1152xbf16> {mlxla.name = "model.layers.24.mlp.gate_proj.weight"}, %arg330: tensor<6912x1152xbf16> {mlxla.name = "model.layers.24.mlp.up_proj.weight"}, %arg331: tensor<1152x6912xbf16> {mlxla.name = "model.layers.24.mlp.down_proj.weight"}, %arg332: tensor<1152xf32> {mlxla.name = "model.layers.25.input_layernorm.weight"}, %arg333: tensor<1024x1152xbf16> {mlxla.name = "model.layers.25.self_attn.q_proj.weight"}, %arg334: tensor<256x1152xbf16> {mlxla.name = "model.layers.25.self_attn.k_proj.weight"}, %arg335: tensor<256x1152xbf16> {mlxla.name = "model.layers.25.self_attn.v_proj.weight"}, %arg336: tensor<256xf32> {mlxla.name = "model.layers.25.self_attn.q_norm.weight"}, %arg337: tensor<256xf32> {mlxla.name = "model.layers.25.self_attn.k_norm.weight"}, %arg338: tensor<1152x1024xbf16> {mlxla.name = "model.layers.25.self_attn.o_proj.weight"}, %arg339: tensor<1152xf32> {mlxla.name = "model.layers.25.post_attention_layernorm.weight"}, %arg340: tensor<1152xf32> {mlxla.name = "model.layers.25.pre_feedforward_layernorm.weight"}, %arg341: tensor<1152xf32> {mlxla.name = "model.layers.25.post_feedforward_layernorm.weight"}, %arg342: tensor<6912x1152xbf16> {mlxla.name = "model.layers.25.mlp.gate_proj.weight"}, %arg343: tensor<6912x1152xbf16> {mlxla.name = "model.layers.25.mlp.up_proj.weight"}, %arg344: tensor<1152x6912xbf16> {mlxla.name = "model.layers.25.mlp.down_proj.weight"}, %arg345: tensor<1152xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<2xi32> {mlxla.name = "next_tokens"}, tensor<4x2x640x1x256xf16> {mlxla.name = "k_cache"}, tensor<4x2x640x1x256xf16> {mlxla.name = "v_cache"}, tensor<22x2x512x1x256xf16> {mlxla.name = "k_window_cache"}, tensor<22x2x512x1x256xf16> {mlxla.name = "v_window_cache"}) {
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.constant dense<1> : tensor<i32>
    %3 = stablehlo.add %1, %2 : tensor<i32>
    %4 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<1> : tensor<i32>
    %7 = stablehlo.add %5, %6 : tensor<i32>
    %8 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %9 = "stablehlo.gather"(%arg6, %8) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1152>} : (tensor<262144x1152xbf16>, tensor<2x1xi32>) -> tensor<2x1152xbf16>
    %10 = stablehlo.convert %9 : (tensor<2x1152xbf16>) -> tensor<2x1152xf32>
    %11 = stablehlo.constant dense<34.0> : tensor<2x1152xf32>
    %12 = stablehlo.multiply %10, %11 : tensor<2x1152xf32>
    %13 = stablehlo.composite "mlxla.rms_norm" %12, %arg7 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %14 = stablehlo.convert %arg8 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %15 = stablehlo.dot_general %13, %14, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %16 = stablehlo.reshape %15 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %17 = stablehlo.composite "mlxla.rms_norm" %16, %arg11 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %18 = stablehlo.composite "mlxla.rope" %17, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %19 = stablehlo.convert %arg9 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %20 = stablehlo.dot_general %13, %19, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %21 = stablehlo.reshape %20 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %22 = stablehlo.composite "mlxla.rms_norm" %21, %arg12 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %23 = stablehlo.composite "mlxla.rope" %22, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %24 = stablehlo.convert %arg10 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %25 = stablehlo.dot_general %13, %24, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %26 = stablehlo.reshape %25 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %27 = stablehlo.convert %23 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %28 = stablehlo.convert %26 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %29 = stablehlo.slice %18 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %30 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %31 = stablehlo.slice %arg4 [0:1, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %32 = stablehlo.reshape %31 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %33 = stablehlo.slice %arg5 [0:1, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %34 = stablehlo.reshape %33 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %35 = stablehlo.slice %27 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %36 = stablehlo.slice %28 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %37 = stablehlo.composite "mlxla.window_attention" %29, %32, %34, %35, %36, %30, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %38 = stablehlo.slice %18 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %39 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %40 = stablehlo.slice %arg4 [0:1, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %41 = stablehlo.reshape %40 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %42 = stablehlo.slice %arg5 [0:1, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %43 = stablehlo.reshape %42 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %44 = stablehlo.slice %27 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %45 = stablehlo.slice %28 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %46 = stablehlo.composite "mlxla.window_attention" %38, %41, %43, %44, %45, %39, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %47 = stablehlo.slice %27 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %48 = stablehlo.constant dense<0> : tensor<i32>
    %49 = stablehlo.constant dense<0> : tensor<i32>
    %50 = stablehlo.constant dense<0> : tensor<i32>
    %51 = stablehlo.constant dense<512> : tensor<i32>
    %52 = stablehlo.divide %1, %51 : tensor<i32>
    %53 = stablehlo.multiply %52, %51 : tensor<i32>
    %54 = stablehlo.subtract %1, %53 : tensor<i32>
    %55 = stablehlo.reshape %47 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %56 = stablehlo.dynamic_update_slice %arg4, %55, %48, %49, %54, %50, %50 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %57 = stablehlo.slice %28 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %58 = stablehlo.constant dense<0> : tensor<i32>
    %59 = stablehlo.constant dense<0> : tensor<i32>
    %60 = stablehlo.constant dense<0> : tensor<i32>
    %61 = stablehlo.constant dense<512> : tensor<i32>
    %62 = stablehlo.divide %1, %61 : tensor<i32>
    %63 = stablehlo.multiply %62, %61 : tensor<i32>
    %64 = stablehlo.subtract %1, %63 : tensor<i32>
    %65 = stablehlo.reshape %57 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %66 = stablehlo.dynamic_update_slice %arg5, %65, %58, %59, %64, %60, %60 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %67 = stablehlo.slice %27 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %68 = stablehlo.constant dense<0> : tensor<i32>
    %69 = stablehlo.constant dense<1> : tensor<i32>
    %70 = stablehlo.constant dense<0> : tensor<i32>
    %71 = stablehlo.constant dense<512> : tensor<i32>
    %72 = stablehlo.divide %5, %71 : tensor<i32>
    %73 = stablehlo.multiply %72, %71 : tensor<i32>
    %74 = stablehlo.subtract %5, %73 : tensor<i32>
    %75 = stablehlo.reshape %67 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %76 = stablehlo.dynamic_update_slice %56, %75, %68, %69, %74, %70, %70 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %77 = stablehlo.slice %28 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %78 = stablehlo.constant dense<0> : tensor<i32>
    %79 = stablehlo.constant dense<1> : tensor<i32>
    %80 = stablehlo.constant dense<0> : tensor<i32>
    %81 = stablehlo.constant dense<512> : tensor<i32>
    %82 = stablehlo.divide %5, %81 : tensor<i32>
    %83 = stablehlo.multiply %82, %81 : tensor<i32>
    %84 = stablehlo.subtract %5, %83 : tensor<i32>
    %85 = stablehlo.reshape %77 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %86 = stablehlo.dynamic_update_slice %66, %85, %78, %79, %84, %80, %80 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %87 = stablehlo.concatenate %37, %46, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %88 = stablehlo.reshape %87 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %89 = stablehlo.convert %arg13 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %90 = stablehlo.dot_general %88, %89, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %91 = stablehlo.composite "mlxla.rms_norm" %90, %arg14 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %92 = stablehlo.add %12, %91 : tensor<2x1152xf32>
    %93 = stablehlo.composite "mlxla.rms_norm" %92, %arg15 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %94 = stablehlo.convert %arg17 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %95 = stablehlo.dot_general %93, %94, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %96 = stablehlo.multiply %95, %95 : tensor<2x6912xf32>
    %97 = stablehlo.multiply %96, %95 : tensor<2x6912xf32>
    %98 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %99 = stablehlo.multiply %97, %98 : tensor<2x6912xf32>
    %100 = stablehlo.add %95, %99 : tensor<2x6912xf32>
    %101 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %102 = stablehlo.multiply %100, %101 : tensor<2x6912xf32>
    %103 = stablehlo.tanh %102 : tensor<2x6912xf32>
    %104 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %105 = stablehlo.add %103, %104 : tensor<2x6912xf32>
    %106 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %107 = stablehlo.multiply %95, %106 : tensor<2x6912xf32>
    %108 = stablehlo.multiply %107, %105 : tensor<2x6912xf32>
    %109 = stablehlo.convert %arg18 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %110 = stablehlo.dot_general %93, %109, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %111 = stablehlo.multiply %108, %110 : tensor<2x6912xf32>
    %112 = stablehlo.convert %arg19 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %113 = stablehlo.dot_general %111, %112, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %114 = stablehlo.composite "mlxla.rms_norm" %113, %arg16 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %115 = stablehlo.add %92, %114 : tensor<2x1152xf32>
    %116 = stablehlo.composite "mlxla.rms_norm" %115, %arg20 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %117 = stablehlo.convert %arg21 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %118 = stablehlo.dot_general %116, %117, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %119 = stablehlo.reshape %118 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %120 = stablehlo.composite "mlxla.rms_norm" %119, %arg24 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %121 = stablehlo.composite "mlxla.rope" %120, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %122 = stablehlo.convert %arg22 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %123 = stablehlo.dot_general %116, %122, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %124 = stablehlo.reshape %123 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %125 = stablehlo.composite "mlxla.rms_norm" %124, %arg25 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %126 = stablehlo.composite "mlxla.rope" %125, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %127 = stablehlo.convert %arg23 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %128 = stablehlo.dot_general %116, %127, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %129 = stablehlo.reshape %128 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %130 = stablehlo.convert %126 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %131 = stablehlo.convert %129 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %132 = stablehlo.slice %121 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %133 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %134 = stablehlo.slice %76 [1:2, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %135 = stablehlo.reshape %134 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %136 = stablehlo.slice %86 [1:2, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %137 = stablehlo.reshape %136 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %138 = stablehlo.slice %130 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %139 = stablehlo.slice %131 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %140 = stablehlo.composite "mlxla.window_attention" %132, %135, %137, %138, %139, %133, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %141 = stablehlo.slice %121 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %142 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %143 = stablehlo.slice %76 [1:2, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %144 = stablehlo.reshape %143 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %145 = stablehlo.slice %86 [1:2, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %146 = stablehlo.reshape %145 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %147 = stablehlo.slice %130 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %148 = stablehlo.slice %131 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %149 = stablehlo.composite "mlxla.window_attention" %141, %144, %146, %147, %148, %142, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %150 = stablehlo.slice %130 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %151 = stablehlo.constant dense<1> : tensor<i32>
    %152 = stablehlo.constant dense<0> : tensor<i32>
    %153 = stablehlo.constant dense<0> : tensor<i32>
    %154 = stablehlo.constant dense<512> : tensor<i32>
    %155 = stablehlo.divide %1, %154 : tensor<i32>
    %156 = stablehlo.multiply %155, %154 : tensor<i32>
    %157 = stablehlo.subtract %1, %156 : tensor<i32>
    %158 = stablehlo.reshape %150 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %159 = stablehlo.dynamic_update_slice %76, %158, %151, %152, %157, %153, %153 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %160 = stablehlo.slice %131 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %161 = stablehlo.constant dense<1> : tensor<i32>
    %162 = stablehlo.constant dense<0> : tensor<i32>
    %163 = stablehlo.constant dense<0> : tensor<i32>
    %164 = stablehlo.constant dense<512> : tensor<i32>
    %165 = stablehlo.divide %1, %164 : tensor<i32>
    %166 = stablehlo.multiply %165, %164 : tensor<i32>
    %167 = stablehlo.subtract %1, %166 : tensor<i32>
    %168 = stablehlo.reshape %160 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %169 = stablehlo.dynamic_update_slice %86, %168, %161, %162, %167, %163, %163 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %170 = stablehlo.slice %130 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %171 = stablehlo.constant dense<1> : tensor<i32>
    %172 = stablehlo.constant dense<1> : tensor<i32>
    %173 = stablehlo.constant dense<0> : tensor<i32>
    %174 = stablehlo.constant dense<512> : tensor<i32>
    %175 = stablehlo.divide %5, %174 : tensor<i32>
    %176 = stablehlo.multiply %175, %174 : tensor<i32>
    %177 = stablehlo.subtract %5, %176 : tensor<i32>
    %178 = stablehlo.reshape %170 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %179 = stablehlo.dynamic_update_slice %159, %178, %171, %172, %177, %173, %173 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %180 = stablehlo.slice %131 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %181 = stablehlo.constant dense<1> : tensor<i32>
    %182 = stablehlo.constant dense<1> : tensor<i32>
    %183 = stablehlo.constant dense<0> : tensor<i32>
    %184 = stablehlo.constant dense<512> : tensor<i32>
    %185 = stablehlo.divide %5, %184 : tensor<i32>
    %186 = stablehlo.multiply %185, %184 : tensor<i32>
    %187 = stablehlo.subtract %5, %186 : tensor<i32>
    %188 = stablehlo.reshape %180 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %189 = stablehlo.dynamic_update_slice %169, %188, %181, %182, %187, %183, %183 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %190 = stablehlo.concatenate %140, %149, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %191 = stablehlo.reshape %190 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %192 = stablehlo.convert %arg26 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %193 = stablehlo.dot_general %191, %192, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %194 = stablehlo.composite "mlxla.rms_norm" %193, %arg27 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %195 = stablehlo.add %115, %194 : tensor<2x1152xf32>
    %196 = stablehlo.composite "mlxla.rms_norm" %195, %arg28 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %197 = stablehlo.convert %arg30 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %198 = stablehlo.dot_general %196, %197, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %199 = stablehlo.multiply %198, %198 : tensor<2x6912xf32>
    %200 = stablehlo.multiply %199, %198 : tensor<2x6912xf32>
    %201 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %202 = stablehlo.multiply %200, %201 : tensor<2x6912xf32>
    %203 = stablehlo.add %198, %202 : tensor<2x6912xf32>
    %204 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %205 = stablehlo.multiply %203, %204 : tensor<2x6912xf32>
    %206 = stablehlo.tanh %205 : tensor<2x6912xf32>
    %207 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %208 = stablehlo.add %206, %207 : tensor<2x6912xf32>
    %209 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %210 = stablehlo.multiply %198, %209 : tensor<2x6912xf32>
    %211 = stablehlo.multiply %210, %208 : tensor<2x6912xf32>
    %212 = stablehlo.convert %arg31 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %213 = stablehlo.dot_general %196, %212, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %214 = stablehlo.multiply %211, %213 : tensor<2x6912xf32>
    %215 = stablehlo.convert %arg32 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %216 = stablehlo.dot_general %214, %215, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %217 = stablehlo.composite "mlxla.rms_norm" %216, %arg29 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %218 = stablehlo.add %195, %217 : tensor<2x1152xf32>
    %219 = stablehlo.composite "mlxla.rms_norm" %218, %arg33 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %220 = stablehlo.convert %arg34 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %221 = stablehlo.dot_general %219, %220, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %222 = stablehlo.reshape %221 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %223 = stablehlo.composite "mlxla.rms_norm" %222, %arg37 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %224 = stablehlo.composite "mlxla.rope" %223, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %225 = stablehlo.convert %arg35 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %226 = stablehlo.dot_general %219, %225, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %227 = stablehlo.reshape %226 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %228 = stablehlo.composite "mlxla.rms_norm" %227, %arg38 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %229 = stablehlo.composite "mlxla.rope" %228, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %230 = stablehlo.convert %arg36 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %231 = stablehlo.dot_general %219, %230, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %232 = stablehlo.reshape %231 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %233 = stablehlo.convert %229 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %234 = stablehlo.convert %232 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %235 = stablehlo.slice %224 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %236 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %237 = stablehlo.slice %179 [2:3, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %238 = stablehlo.reshape %237 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %239 = stablehlo.slice %189 [2:3, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %240 = stablehlo.reshape %239 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %241 = stablehlo.slice %233 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %242 = stablehlo.slice %234 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %243 = stablehlo.composite "mlxla.window_attention" %235, %238, %240, %241, %242, %236, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %244 = stablehlo.slice %224 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %245 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %246 = stablehlo.slice %179 [2:3, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %247 = stablehlo.reshape %246 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %248 = stablehlo.slice %189 [2:3, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %249 = stablehlo.reshape %248 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %250 = stablehlo.slice %233 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %251 = stablehlo.slice %234 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %252 = stablehlo.composite "mlxla.window_attention" %244, %247, %249, %250, %251, %245, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %253 = stablehlo.slice %233 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %254 = stablehlo.constant dense<2> : tensor<i32>
    %255 = stablehlo.constant dense<0> : tensor<i32>
    %256 = stablehlo.constant dense<0> : tensor<i32>
    %257 = stablehlo.constant dense<512> : tensor<i32>
    %258 = stablehlo.divide %1, %257 : tensor<i32>
    %259 = stablehlo.multiply %258, %257 : tensor<i32>
    %260 = stablehlo.subtract %1, %259 : tensor<i32>
    %261 = stablehlo.reshape %253 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %262 = stablehlo.dynamic_update_slice %179, %261, %254, %255, %260, %256, %256 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %263 = stablehlo.slice %234 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %264 = stablehlo.constant dense<2> : tensor<i32>
    %265 = stablehlo.constant dense<0> : tensor<i32>
    %266 = stablehlo.constant dense<0> : tensor<i32>
    %267 = stablehlo.constant dense<512> : tensor<i32>
    %268 = stablehlo.divide %1, %267 : tensor<i32>
    %269 = stablehlo.multiply %268, %267 : tensor<i32>
    %270 = stablehlo.subtract %1, %269 : tensor<i32>
    %271 = stablehlo.reshape %263 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %272 = stablehlo.dynamic_update_slice %189, %271, %264, %265, %270, %266, %266 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %273 = stablehlo.slice %233 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %274 = stablehlo.constant dense<2> : tensor<i32>
    %275 = stablehlo.constant dense<1> : tensor<i32>
    %276 = stablehlo.constant dense<0> : tensor<i32>
    %277 = stablehlo.constant dense<512> : tensor<i32>
    %278 = stablehlo.divide %5, %277 : tensor<i32>
    %279 = stablehlo.multiply %278, %277 : tensor<i32>
    %280 = stablehlo.subtract %5, %279 : tensor<i32>
    %281 = stablehlo.reshape %273 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %282 = stablehlo.dynamic_update_slice %262, %281, %274, %275, %280, %276, %276 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %283 = stablehlo.slice %234 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %284 = stablehlo.constant dense<2> : tensor<i32>
    %285 = stablehlo.constant dense<1> : tensor<i32>
    %286 = stablehlo.constant dense<0> : tensor<i32>
    %287 = stablehlo.constant dense<512> : tensor<i32>
    %288 = stablehlo.divide %5, %287 : tensor<i32>
    %289 = stablehlo.multiply %288, %287 : tensor<i32>
    %290 = stablehlo.subtract %5, %289 : tensor<i32>
    %291 = stablehlo.reshape %283 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %292 = stablehlo.dynamic_update_slice %272, %291, %284, %285, %290, %286, %286 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %293 = stablehlo.concatenate %243, %252, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %294 = stablehlo.reshape %293 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %295 = stablehlo.convert %arg39 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %296 = stablehlo.dot_general %294, %295, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %297 = stablehlo.composite "mlxla.rms_norm" %296, %arg40 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %298 = stablehlo.add %218, %297 : tensor<2x1152xf32>
    %299 = stablehlo.composite "mlxla.rms_norm" %298, %arg41 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %300 = stablehlo.convert %arg43 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %301 = stablehlo.dot_general %299, %300, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %302 = stablehlo.multiply %301, %301 : tensor<2x6912xf32>
    %303 = stablehlo.multiply %302, %301 : tensor<2x6912xf32>
    %304 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %305 = stablehlo.multiply %303, %304 : tensor<2x6912xf32>
    %306 = stablehlo.add %301, %305 : tensor<2x6912xf32>
    %307 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %308 = stablehlo.multiply %306, %307 : tensor<2x6912xf32>
    %309 = stablehlo.tanh %308 : tensor<2x6912xf32>
    %310 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %311 = stablehlo.add %309, %310 : tensor<2x6912xf32>
    %312 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %313 = stablehlo.multiply %301, %312 : tensor<2x6912xf32>
    %314 = stablehlo.multiply %313, %311 : tensor<2x6912xf32>
    %315 = stablehlo.convert %arg44 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %316 = stablehlo.dot_general %299, %315, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %317 = stablehlo.multiply %314, %316 : tensor<2x6912xf32>
    %318 = stablehlo.convert %arg45 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %319 = stablehlo.dot_general %317, %318, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %320 = stablehlo.composite "mlxla.rms_norm" %319, %arg42 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %321 = stablehlo.add %298, %320 : tensor<2x1152xf32>
    %322 = stablehlo.composite "mlxla.rms_norm" %321, %arg46 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %323 = stablehlo.convert %arg47 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %324 = stablehlo.dot_general %322, %323, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %325 = stablehlo.reshape %324 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %326 = stablehlo.composite "mlxla.rms_norm" %325, %arg50 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %327 = stablehlo.composite "mlxla.rope" %326, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %328 = stablehlo.convert %arg48 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %329 = stablehlo.dot_general %322, %328, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %330 = stablehlo.reshape %329 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %331 = stablehlo.composite "mlxla.rms_norm" %330, %arg51 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %332 = stablehlo.composite "mlxla.rope" %331, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %333 = stablehlo.convert %arg49 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %334 = stablehlo.dot_general %322, %333, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %335 = stablehlo.reshape %334 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %336 = stablehlo.convert %332 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %337 = stablehlo.convert %335 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %338 = stablehlo.slice %327 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %339 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %340 = stablehlo.slice %282 [3:4, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %341 = stablehlo.reshape %340 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %342 = stablehlo.slice %292 [3:4, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %343 = stablehlo.reshape %342 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %344 = stablehlo.slice %336 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %345 = stablehlo.slice %337 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %346 = stablehlo.composite "mlxla.window_attention" %338, %341, %343, %344, %345, %339, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %347 = stablehlo.slice %327 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %348 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %349 = stablehlo.slice %282 [3:4, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %350 = stablehlo.reshape %349 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %351 = stablehlo.slice %292 [3:4, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %352 = stablehlo.reshape %351 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %353 = stablehlo.slice %336 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %354 = stablehlo.slice %337 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %355 = stablehlo.composite "mlxla.window_attention" %347, %350, %352, %353, %354, %348, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %356 = stablehlo.slice %336 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %357 = stablehlo.constant dense<3> : tensor<i32>
    %358 = stablehlo.constant dense<0> : tensor<i32>
    %359 = stablehlo.constant dense<0> : tensor<i32>
    %360 = stablehlo.constant dense<512> : tensor<i32>
    %361 = stablehlo.divide %1, %360 : tensor<i32>
    %362 = stablehlo.multiply %361, %360 : tensor<i32>
    %363 = stablehlo.subtract %1, %362 : tensor<i32>
    %364 = stablehlo.reshape %356 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %365 = stablehlo.dynamic_update_slice %282, %364, %357, %358, %363, %359, %359 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %366 = stablehlo.slice %337 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %367 = stablehlo.constant dense<3> : tensor<i32>
    %368 = stablehlo.constant dense<0> : tensor<i32>
    %369 = stablehlo.constant dense<0> : tensor<i32>
    %370 = stablehlo.constant dense<512> : tensor<i32>
    %371 = stablehlo.divide %1, %370 : tensor<i32>
    %372 = stablehlo.multiply %371, %370 : tensor<i32>
    %373 = stablehlo.subtract %1, %372 : tensor<i32>
    %374 = stablehlo.reshape %366 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %375 = stablehlo.dynamic_update_slice %292, %374, %367, %368, %373, %369, %369 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %376 = stablehlo.slice %336 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %377 = stablehlo.constant dense<3> : tensor<i32>
    %378 = stablehlo.constant dense<1> : tensor<i32>
    %379 = stablehlo.constant dense<0> : tensor<i32>
    %380 = stablehlo.constant dense<512> : tensor<i32>
    %381 = stablehlo.divide %5, %380 : tensor<i32>
    %382 = stablehlo.multiply %381, %380 : tensor<i32>
    %383 = stablehlo.subtract %5, %382 : tensor<i32>
    %384 = stablehlo.reshape %376 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %385 = stablehlo.dynamic_update_slice %365, %384, %377, %378, %383, %379, %379 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %386 = stablehlo.slice %337 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %387 = stablehlo.constant dense<3> : tensor<i32>
    %388 = stablehlo.constant dense<1> : tensor<i32>
    %389 = stablehlo.constant dense<0> : tensor<i32>
    %390 = stablehlo.constant dense<512> : tensor<i32>
    %391 = stablehlo.divide %5, %390 : tensor<i32>
    %392 = stablehlo.multiply %391, %390 : tensor<i32>
    %393 = stablehlo.subtract %5, %392 : tensor<i32>
    %394 = stablehlo.reshape %386 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %395 = stablehlo.dynamic_update_slice %375, %394, %387, %388, %393, %389, %389 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %396 = stablehlo.concatenate %346, %355, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %397 = stablehlo.reshape %396 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %398 = stablehlo.convert %arg52 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %399 = stablehlo.dot_general %397, %398, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %400 = stablehlo.composite "mlxla.rms_norm" %399, %arg53 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %401 = stablehlo.add %321, %400 : tensor<2x1152xf32>
    %402 = stablehlo.composite "mlxla.rms_norm" %401, %arg54 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %403 = stablehlo.convert %arg56 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %404 = stablehlo.dot_general %402, %403, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %405 = stablehlo.multiply %404, %404 : tensor<2x6912xf32>
    %406 = stablehlo.multiply %405, %404 : tensor<2x6912xf32>
    %407 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %408 = stablehlo.multiply %406, %407 : tensor<2x6912xf32>
    %409 = stablehlo.add %404, %408 : tensor<2x6912xf32>
    %410 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %411 = stablehlo.multiply %409, %410 : tensor<2x6912xf32>
    %412 = stablehlo.tanh %411 : tensor<2x6912xf32>
    %413 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %414 = stablehlo.add %412, %413 : tensor<2x6912xf32>
    %415 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %416 = stablehlo.multiply %404, %415 : tensor<2x6912xf32>
    %417 = stablehlo.multiply %416, %414 : tensor<2x6912xf32>
    %418 = stablehlo.convert %arg57 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %419 = stablehlo.dot_general %402, %418, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %420 = stablehlo.multiply %417, %419 : tensor<2x6912xf32>
    %421 = stablehlo.convert %arg58 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %422 = stablehlo.dot_general %420, %421, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %423 = stablehlo.composite "mlxla.rms_norm" %422, %arg55 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %424 = stablehlo.add %401, %423 : tensor<2x1152xf32>
    %425 = stablehlo.composite "mlxla.rms_norm" %424, %arg59 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %426 = stablehlo.convert %arg60 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %427 = stablehlo.dot_general %425, %426, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %428 = stablehlo.reshape %427 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %429 = stablehlo.composite "mlxla.rms_norm" %428, %arg63 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %430 = stablehlo.composite "mlxla.rope" %429, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %431 = stablehlo.convert %arg61 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %432 = stablehlo.dot_general %425, %431, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %433 = stablehlo.reshape %432 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %434 = stablehlo.composite "mlxla.rms_norm" %433, %arg64 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %435 = stablehlo.composite "mlxla.rope" %434, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %436 = stablehlo.convert %arg62 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %437 = stablehlo.dot_general %425, %436, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %438 = stablehlo.reshape %437 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %439 = stablehlo.convert %435 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %440 = stablehlo.convert %438 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %441 = stablehlo.slice %430 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %442 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %443 = stablehlo.slice %385 [4:5, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %444 = stablehlo.reshape %443 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %445 = stablehlo.slice %395 [4:5, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %446 = stablehlo.reshape %445 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %447 = stablehlo.slice %439 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %448 = stablehlo.slice %440 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %449 = stablehlo.composite "mlxla.window_attention" %441, %444, %446, %447, %448, %442, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %450 = stablehlo.slice %430 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %451 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %452 = stablehlo.slice %385 [4:5, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %453 = stablehlo.reshape %452 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %454 = stablehlo.slice %395 [4:5, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %455 = stablehlo.reshape %454 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %456 = stablehlo.slice %439 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %457 = stablehlo.slice %440 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %458 = stablehlo.composite "mlxla.window_attention" %450, %453, %455, %456, %457, %451, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %459 = stablehlo.slice %439 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %460 = stablehlo.constant dense<4> : tensor<i32>
    %461 = stablehlo.constant dense<0> : tensor<i32>
    %462 = stablehlo.constant dense<0> : tensor<i32>
    %463 = stablehlo.constant dense<512> : tensor<i32>
    %464 = stablehlo.divide %1, %463 : tensor<i32>
    %465 = stablehlo.multiply %464, %463 : tensor<i32>
    %466 = stablehlo.subtract %1, %465 : tensor<i32>
    %467 = stablehlo.reshape %459 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %468 = stablehlo.dynamic_update_slice %385, %467, %460, %461, %466, %462, %462 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %469 = stablehlo.slice %440 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %470 = stablehlo.constant dense<4> : tensor<i32>
    %471 = stablehlo.constant dense<0> : tensor<i32>
    %472 = stablehlo.constant dense<0> : tensor<i32>
    %473 = stablehlo.constant dense<512> : tensor<i32>
    %474 = stablehlo.divide %1, %473 : tensor<i32>
    %475 = stablehlo.multiply %474, %473 : tensor<i32>
    %476 = stablehlo.subtract %1, %475 : tensor<i32>
    %477 = stablehlo.reshape %469 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %478 = stablehlo.dynamic_update_slice %395, %477, %470, %471, %476, %472, %472 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %479 = stablehlo.slice %439 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %480 = stablehlo.constant dense<4> : tensor<i32>
    %481 = stablehlo.constant dense<1> : tensor<i32>
    %482 = stablehlo.constant dense<0> : tensor<i32>
    %483 = stablehlo.constant dense<512> : tensor<i32>
    %484 = stablehlo.divide %5, %483 : tensor<i32>
    %485 = stablehlo.multiply %484, %483 : tensor<i32>
    %486 = stablehlo.subtract %5, %485 : tensor<i32>
    %487 = stablehlo.reshape %479 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %488 = stablehlo.dynamic_update_slice %468, %487, %480, %481, %486, %482, %482 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %489 = stablehlo.slice %440 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %490 = stablehlo.constant dense<4> : tensor<i32>
    %491 = stablehlo.constant dense<1> : tensor<i32>
    %492 = stablehlo.constant dense<0> : tensor<i32>
    %493 = stablehlo.constant dense<512> : tensor<i32>
    %494 = stablehlo.divide %5, %493 : tensor<i32>
    %495 = stablehlo.multiply %494, %493 : tensor<i32>
    %496 = stablehlo.subtract %5, %495 : tensor<i32>
    %497 = stablehlo.reshape %489 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %498 = stablehlo.dynamic_update_slice %478, %497, %490, %491, %496, %492, %492 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %499 = stablehlo.concatenate %449, %458, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %500 = stablehlo.reshape %499 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %501 = stablehlo.convert %arg65 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %502 = stablehlo.dot_general %500, %501, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %503 = stablehlo.composite "mlxla.rms_norm" %502, %arg66 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %504 = stablehlo.add %424, %503 : tensor<2x1152xf32>
    %505 = stablehlo.composite "mlxla.rms_norm" %504, %arg67 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %506 = stablehlo.convert %arg69 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %507 = stablehlo.dot_general %505, %506, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %508 = stablehlo.multiply %507, %507 : tensor<2x6912xf32>
    %509 = stablehlo.multiply %508, %507 : tensor<2x6912xf32>
    %510 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %511 = stablehlo.multiply %509, %510 : tensor<2x6912xf32>
    %512 = stablehlo.add %507, %511 : tensor<2x6912xf32>
    %513 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %514 = stablehlo.multiply %512, %513 : tensor<2x6912xf32>
    %515 = stablehlo.tanh %514 : tensor<2x6912xf32>
    %516 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %517 = stablehlo.add %515, %516 : tensor<2x6912xf32>
    %518 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %519 = stablehlo.multiply %507, %518 : tensor<2x6912xf32>
    %520 = stablehlo.multiply %519, %517 : tensor<2x6912xf32>
    %521 = stablehlo.convert %arg70 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %522 = stablehlo.dot_general %505, %521, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %523 = stablehlo.multiply %520, %522 : tensor<2x6912xf32>
    %524 = stablehlo.convert %arg71 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %525 = stablehlo.dot_general %523, %524, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %526 = stablehlo.composite "mlxla.rms_norm" %525, %arg68 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %527 = stablehlo.add %504, %526 : tensor<2x1152xf32>
    %528 = stablehlo.composite "mlxla.rms_norm" %527, %arg72 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %529 = stablehlo.convert %arg73 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %530 = stablehlo.dot_general %528, %529, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %531 = stablehlo.reshape %530 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %532 = stablehlo.composite "mlxla.rms_norm" %531, %arg76 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %533 = stablehlo.composite "mlxla.rope" %532, %arg1 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %534 = stablehlo.convert %arg74 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %535 = stablehlo.dot_general %528, %534, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %536 = stablehlo.reshape %535 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %537 = stablehlo.composite "mlxla.rms_norm" %536, %arg77 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %538 = stablehlo.composite "mlxla.rope" %537, %arg1 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %539 = stablehlo.convert %arg75 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %540 = stablehlo.dot_general %528, %539, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %541 = stablehlo.reshape %540 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %542 = stablehlo.convert %538 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %543 = stablehlo.convert %541 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %544 = stablehlo.constant dense<0> : tensor<i32>
    %545 = stablehlo.constant dense<0> : tensor<i32>
    %546 = stablehlo.constant dense<0> : tensor<i32>
    %547 = stablehlo.slice %542 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %548 = stablehlo.reshape %547 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %549 = stablehlo.dynamic_update_slice %arg2, %548, %544, %546, %1, %545, %545 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %550 = stablehlo.slice %543 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %551 = stablehlo.reshape %550 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %552 = stablehlo.dynamic_update_slice %arg3, %551, %544, %546, %1, %545, %545 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %553 = stablehlo.constant dense<1> : tensor<i32>
    %554 = stablehlo.slice %542 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %555 = stablehlo.reshape %554 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %556 = stablehlo.dynamic_update_slice %549, %555, %544, %553, %5, %545, %545 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %557 = stablehlo.slice %543 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %558 = stablehlo.reshape %557 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %559 = stablehlo.dynamic_update_slice %552, %558, %544, %553, %5, %545, %545 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %560 = stablehlo.slice %533 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %561 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %562 = stablehlo.slice %556 [0:1, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %563 = stablehlo.reshape %562 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %564 = stablehlo.slice %559 [0:1, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %565 = stablehlo.reshape %564 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %566 = stablehlo.composite "mlxla.attention" %560, %563, %565, %561, %3 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %567 = stablehlo.slice %533 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %568 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %569 = stablehlo.slice %556 [0:1, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %570 = stablehlo.reshape %569 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %571 = stablehlo.slice %559 [0:1, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %572 = stablehlo.reshape %571 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %573 = stablehlo.composite "mlxla.attention" %567, %570, %572, %568, %7 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %574 = stablehlo.concatenate %566, %573, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %575 = stablehlo.reshape %574 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %576 = stablehlo.convert %arg78 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %577 = stablehlo.dot_general %575, %576, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %578 = stablehlo.composite "mlxla.rms_norm" %577, %arg79 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %579 = stablehlo.add %527, %578 : tensor<2x1152xf32>
    %580 = stablehlo.composite "mlxla.rms_norm" %579, %arg80 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %581 = stablehlo.convert %arg82 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %582 = stablehlo.dot_general %580, %581, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %583 = stablehlo.multiply %582, %582 : tensor<2x6912xf32>
    %584 = stablehlo.multiply %583, %582 : tensor<2x6912xf32>
    %585 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %586 = stablehlo.multiply %584, %585 : tensor<2x6912xf32>
    %587 = stablehlo.add %582, %586 : tensor<2x6912xf32>
    %588 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %589 = stablehlo.multiply %587, %588 : tensor<2x6912xf32>
    %590 = stablehlo.tanh %589 : tensor<2x6912xf32>
    %591 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %592 = stablehlo.add %590, %591 : tensor<2x6912xf32>
    %593 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %594 = stablehlo.multiply %582, %593 : tensor<2x6912xf32>
    %595 = stablehlo.multiply %594, %592 : tensor<2x6912xf32>
    %596 = stablehlo.convert %arg83 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %597 = stablehlo.dot_general %580, %596, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %598 = stablehlo.multiply %595, %597 : tensor<2x6912xf32>
    %599 = stablehlo.convert %arg84 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %600 = stablehlo.dot_general %598, %599, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %601 = stablehlo.composite "mlxla.rms_norm" %600, %arg81 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %602 = stablehlo.add %579, %601 : tensor<2x1152xf32>
    %603 = stablehlo.composite "mlxla.rms_norm" %602, %arg85 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %604 = stablehlo.convert %arg86 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %605 = stablehlo.dot_general %603, %604, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %606 = stablehlo.reshape %605 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %607 = stablehlo.composite "mlxla.rms_norm" %606, %arg89 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %608 = stablehlo.composite "mlxla.rope" %607, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %609 = stablehlo.convert %arg87 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %610 = stablehlo.dot_general %603, %609, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %611 = stablehlo.reshape %610 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %612 = stablehlo.composite "mlxla.rms_norm" %611, %arg90 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %613 = stablehlo.composite "mlxla.rope" %612, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %614 = stablehlo.convert %arg88 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %615 = stablehlo.dot_general %603, %614, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %616 = stablehlo.reshape %615 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %617 = stablehlo.convert %613 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %618 = stablehlo.convert %616 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %619 = stablehlo.slice %608 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %620 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %621 = stablehlo.slice %488 [5:6, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %622 = stablehlo.reshape %621 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %623 = stablehlo.slice %498 [5:6, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %624 = stablehlo.reshape %623 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %625 = stablehlo.slice %617 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %626 = stablehlo.slice %618 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %627 = stablehlo.composite "mlxla.window_attention" %619, %622, %624, %625, %626, %620, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %628 = stablehlo.slice %608 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %629 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %630 = stablehlo.slice %488 [5:6, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %631 = stablehlo.reshape %630 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %632 = stablehlo.slice %498 [5:6, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %633 = stablehlo.reshape %632 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %634 = stablehlo.slice %617 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %635 = stablehlo.slice %618 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %636 = stablehlo.composite "mlxla.window_attention" %628, %631, %633, %634, %635, %629, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %637 = stablehlo.slice %617 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %638 = stablehlo.constant dense<5> : tensor<i32>
    %639 = stablehlo.constant dense<0> : tensor<i32>
    %640 = stablehlo.constant dense<0> : tensor<i32>
    %641 = stablehlo.constant dense<512> : tensor<i32>
    %642 = stablehlo.divide %1, %641 : tensor<i32>
    %643 = stablehlo.multiply %642, %641 : tensor<i32>
    %644 = stablehlo.subtract %1, %643 : tensor<i32>
    %645 = stablehlo.reshape %637 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %646 = stablehlo.dynamic_update_slice %488, %645, %638, %639, %644, %640, %640 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %647 = stablehlo.slice %618 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %648 = stablehlo.constant dense<5> : tensor<i32>
    %649 = stablehlo.constant dense<0> : tensor<i32>
    %650 = stablehlo.constant dense<0> : tensor<i32>
    %651 = stablehlo.constant dense<512> : tensor<i32>
    %652 = stablehlo.divide %1, %651 : tensor<i32>
    %653 = stablehlo.multiply %652, %651 : tensor<i32>
    %654 = stablehlo.subtract %1, %653 : tensor<i32>
    %655 = stablehlo.reshape %647 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %656 = stablehlo.dynamic_update_slice %498, %655, %648, %649, %654, %650, %650 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %657 = stablehlo.slice %617 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %658 = stablehlo.constant dense<5> : tensor<i32>
    %659 = stablehlo.constant dense<1> : tensor<i32>
    %660 = stablehlo.constant dense<0> : tensor<i32>
    %661 = stablehlo.constant dense<512> : tensor<i32>
    %662 = stablehlo.divide %5, %661 : tensor<i32>
    %663 = stablehlo.multiply %662, %661 : tensor<i32>
    %664 = stablehlo.subtract %5, %663 : tensor<i32>
    %665 = stablehlo.reshape %657 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %666 = stablehlo.dynamic_update_slice %646, %665, %658, %659, %664, %660, %660 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %667 = stablehlo.slice %618 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %668 = stablehlo.constant dense<5> : tensor<i32>
    %669 = stablehlo.constant dense<1> : tensor<i32>
    %670 = stablehlo.constant dense<0> : tensor<i32>
    %671 = stablehlo.constant dense<512> : tensor<i32>
    %672 = stablehlo.divide %5, %671 : tensor<i32>
    %673 = stablehlo.multiply %672, %671 : tensor<i32>
    %674 = stablehlo.subtract %5, %673 : tensor<i32>
    %675 = stablehlo.reshape %667 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %676 = stablehlo.dynamic_update_slice %656, %675, %668, %669, %674, %670, %670 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %677 = stablehlo.concatenate %627, %636, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %678 = stablehlo.reshape %677 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %679 = stablehlo.convert %arg91 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %680 = stablehlo.dot_general %678, %679, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %681 = stablehlo.composite "mlxla.rms_norm" %680, %arg92 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %682 = stablehlo.add %602, %681 : tensor<2x1152xf32>
    %683 = stablehlo.composite "mlxla.rms_norm" %682, %arg93 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %684 = stablehlo.convert %arg95 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %685 = stablehlo.dot_general %683, %684, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %686 = stablehlo.multiply %685, %685 : tensor<2x6912xf32>
    %687 = stablehlo.multiply %686, %685 : tensor<2x6912xf32>
    %688 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %689 = stablehlo.multiply %687, %688 : tensor<2x6912xf32>
    %690 = stablehlo.add %685, %689 : tensor<2x6912xf32>
    %691 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %692 = stablehlo.multiply %690, %691 : tensor<2x6912xf32>
    %693 = stablehlo.tanh %692 : tensor<2x6912xf32>
    %694 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %695 = stablehlo.add %693, %694 : tensor<2x6912xf32>
    %696 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %697 = stablehlo.multiply %685, %696 : tensor<2x6912xf32>
    %698 = stablehlo.multiply %697, %695 : tensor<2x6912xf32>
    %699 = stablehlo.convert %arg96 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %700 = stablehlo.dot_general %683, %699, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %701 = stablehlo.multiply %698, %700 : tensor<2x6912xf32>
    %702 = stablehlo.convert %arg97 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %703 = stablehlo.dot_general %701, %702, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %704 = stablehlo.composite "mlxla.rms_norm" %703, %arg94 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %705 = stablehlo.add %682, %704 : tensor<2x1152xf32>
    %706 = stablehlo.composite "mlxla.rms_norm" %705, %arg98 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %707 = stablehlo.convert %arg99 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %708 = stablehlo.dot_general %706, %707, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %709 = stablehlo.reshape %708 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %710 = stablehlo.composite "mlxla.rms_norm" %709, %arg102 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %711 = stablehlo.composite "mlxla.rope" %710, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %712 = stablehlo.convert %arg100 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %713 = stablehlo.dot_general %706, %712, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %714 = stablehlo.reshape %713 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %715 = stablehlo.composite "mlxla.rms_norm" %714, %arg103 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %716 = stablehlo.composite "mlxla.rope" %715, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %717 = stablehlo.convert %arg101 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %718 = stablehlo.dot_general %706, %717, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %719 = stablehlo.reshape %718 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %720 = stablehlo.convert %716 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %721 = stablehlo.convert %719 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %722 = stablehlo.slice %711 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %723 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %724 = stablehlo.slice %666 [6:7, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %725 = stablehlo.reshape %724 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %726 = stablehlo.slice %676 [6:7, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %727 = stablehlo.reshape %726 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %728 = stablehlo.slice %720 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %729 = stablehlo.slice %721 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %730 = stablehlo.composite "mlxla.window_attention" %722, %725, %727, %728, %729, %723, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %731 = stablehlo.slice %711 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %732 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %733 = stablehlo.slice %666 [6:7, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %734 = stablehlo.reshape %733 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %735 = stablehlo.slice %676 [6:7, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %736 = stablehlo.reshape %735 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %737 = stablehlo.slice %720 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %738 = stablehlo.slice %721 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %739 = stablehlo.composite "mlxla.window_attention" %731, %734, %736, %737, %738, %732, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %740 = stablehlo.slice %720 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %741 = stablehlo.constant dense<6> : tensor<i32>
    %742 = stablehlo.constant dense<0> : tensor<i32>
    %743 = stablehlo.constant dense<0> : tensor<i32>
    %744 = stablehlo.constant dense<512> : tensor<i32>
    %745 = stablehlo.divide %1, %744 : tensor<i32>
    %746 = stablehlo.multiply %745, %744 : tensor<i32>
    %747 = stablehlo.subtract %1, %746 : tensor<i32>
    %748 = stablehlo.reshape %740 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %749 = stablehlo.dynamic_update_slice %666, %748, %741, %742, %747, %743, %743 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %750 = stablehlo.slice %721 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %751 = stablehlo.constant dense<6> : tensor<i32>
    %752 = stablehlo.constant dense<0> : tensor<i32>
    %753 = stablehlo.constant dense<0> : tensor<i32>
    %754 = stablehlo.constant dense<512> : tensor<i32>
    %755 = stablehlo.divide %1, %754 : tensor<i32>
    %756 = stablehlo.multiply %755, %754 : tensor<i32>
    %757 = stablehlo.subtract %1, %756 : tensor<i32>
    %758 = stablehlo.reshape %750 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %759 = stablehlo.dynamic_update_slice %676, %758, %751, %752, %757, %753, %753 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %760 = stablehlo.slice %720 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %761 = stablehlo.constant dense<6> : tensor<i32>
    %762 = stablehlo.constant dense<1> : tensor<i32>
    %763 = stablehlo.constant dense<0> : tensor<i32>
    %764 = stablehlo.constant dense<512> : tensor<i32>
    %765 = stablehlo.divide %5, %764 : tensor<i32>
    %766 = stablehlo.multiply %765, %764 : tensor<i32>
    %767 = stablehlo.subtract %5, %766 : tensor<i32>
    %768 = stablehlo.reshape %760 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %769 = stablehlo.dynamic_update_slice %749, %768, %761, %762, %767, %763, %763 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %770 = stablehlo.slice %721 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %771 = stablehlo.constant dense<6> : tensor<i32>
    %772 = stablehlo.constant dense<1> : tensor<i32>
    %773 = stablehlo.constant dense<0> : tensor<i32>
    %774 = stablehlo.constant dense<512> : tensor<i32>
    %775 = stablehlo.divide %5, %774 : tensor<i32>
    %776 = stablehlo.multiply %775, %774 : tensor<i32>
    %777 = stablehlo.subtract %5, %776 : tensor<i32>
    %778 = stablehlo.reshape %770 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %779 = stablehlo.dynamic_update_slice %759, %778, %771, %772, %777, %773, %773 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %780 = stablehlo.concatenate %730, %739, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %781 = stablehlo.reshape %780 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %782 = stablehlo.convert %arg104 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %783 = stablehlo.dot_general %781, %782, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %784 = stablehlo.composite "mlxla.rms_norm" %783, %arg105 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %785 = stablehlo.add %705, %784 : tensor<2x1152xf32>
    %786 = stablehlo.composite "mlxla.rms_norm" %785, %arg106 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %787 = stablehlo.convert %arg108 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %788 = stablehlo.dot_general %786, %787, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %789 = stablehlo.multiply %788, %788 : tensor<2x6912xf32>
    %790 = stablehlo.multiply %789, %788 : tensor<2x6912xf32>
    %791 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %792 = stablehlo.multiply %790, %791 : tensor<2x6912xf32>
    %793 = stablehlo.add %788, %792 : tensor<2x6912xf32>
    %794 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %795 = stablehlo.multiply %793, %794 : tensor<2x6912xf32>
    %796 = stablehlo.tanh %795 : tensor<2x6912xf32>
    %797 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %798 = stablehlo.add %796, %797 : tensor<2x6912xf32>
    %799 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %800 = stablehlo.multiply %788, %799 : tensor<2x6912xf32>
    %801 = stablehlo.multiply %800, %798 : tensor<2x6912xf32>
    %802 = stablehlo.convert %arg109 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %803 = stablehlo.dot_general %786, %802, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %804 = stablehlo.multiply %801, %803 : tensor<2x6912xf32>
    %805 = stablehlo.convert %arg110 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %806 = stablehlo.dot_general %804, %805, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %807 = stablehlo.composite "mlxla.rms_norm" %806, %arg107 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %808 = stablehlo.add %785, %807 : tensor<2x1152xf32>
    %809 = stablehlo.composite "mlxla.rms_norm" %808, %arg111 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %810 = stablehlo.convert %arg112 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %811 = stablehlo.dot_general %809, %810, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %812 = stablehlo.reshape %811 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %813 = stablehlo.composite "mlxla.rms_norm" %812, %arg115 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %814 = stablehlo.composite "mlxla.rope" %813, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %815 = stablehlo.convert %arg113 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %816 = stablehlo.dot_general %809, %815, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %817 = stablehlo.reshape %816 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %818 = stablehlo.composite "mlxla.rms_norm" %817, %arg116 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %819 = stablehlo.composite "mlxla.rope" %818, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %820 = stablehlo.convert %arg114 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %821 = stablehlo.dot_general %809, %820, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %822 = stablehlo.reshape %821 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %823 = stablehlo.convert %819 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %824 = stablehlo.convert %822 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %825 = stablehlo.slice %814 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %826 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %827 = stablehlo.slice %769 [7:8, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %828 = stablehlo.reshape %827 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %829 = stablehlo.slice %779 [7:8, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %830 = stablehlo.reshape %829 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %831 = stablehlo.slice %823 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %832 = stablehlo.slice %824 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %833 = stablehlo.composite "mlxla.window_attention" %825, %828, %830, %831, %832, %826, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %834 = stablehlo.slice %814 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %835 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %836 = stablehlo.slice %769 [7:8, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %837 = stablehlo.reshape %836 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %838 = stablehlo.slice %779 [7:8, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %839 = stablehlo.reshape %838 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %840 = stablehlo.slice %823 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %841 = stablehlo.slice %824 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %842 = stablehlo.composite "mlxla.window_attention" %834, %837, %839, %840, %841, %835, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %843 = stablehlo.slice %823 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %844 = stablehlo.constant dense<7> : tensor<i32>
    %845 = stablehlo.constant dense<0> : tensor<i32>
    %846 = stablehlo.constant dense<0> : tensor<i32>
    %847 = stablehlo.constant dense<512> : tensor<i32>
    %848 = stablehlo.divide %1, %847 : tensor<i32>
    %849 = stablehlo.multiply %848, %847 : tensor<i32>
    %850 = stablehlo.subtract %1, %849 : tensor<i32>
    %851 = stablehlo.reshape %843 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %852 = stablehlo.dynamic_update_slice %769, %851, %844, %845, %850, %846, %846 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %853 = stablehlo.slice %824 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %854 = stablehlo.constant dense<7> : tensor<i32>
    %855 = stablehlo.constant dense<0> : tensor<i32>
    %856 = stablehlo.constant dense<0> : tensor<i32>
    %857 = stablehlo.constant dense<512> : tensor<i32>
    %858 = stablehlo.divide %1, %857 : tensor<i32>
    %859 = stablehlo.multiply %858, %857 : tensor<i32>
    %860 = stablehlo.subtract %1, %859 : tensor<i32>
    %861 = stablehlo.reshape %853 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %862 = stablehlo.dynamic_update_slice %779, %861, %854, %855, %860, %856, %856 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %863 = stablehlo.slice %823 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %864 = stablehlo.constant dense<7> : tensor<i32>
    %865 = stablehlo.constant dense<1> : tensor<i32>
    %866 = stablehlo.constant dense<0> : tensor<i32>
    %867 = stablehlo.constant dense<512> : tensor<i32>
    %868 = stablehlo.divide %5, %867 : tensor<i32>
    %869 = stablehlo.multiply %868, %867 : tensor<i32>
    %870 = stablehlo.subtract %5, %869 : tensor<i32>
    %871 = stablehlo.reshape %863 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %872 = stablehlo.dynamic_update_slice %852, %871, %864, %865, %870, %866, %866 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %873 = stablehlo.slice %824 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %874 = stablehlo.constant dense<7> : tensor<i32>
    %875 = stablehlo.constant dense<1> : tensor<i32>
    %876 = stablehlo.constant dense<0> : tensor<i32>
    %877 = stablehlo.constant dense<512> : tensor<i32>
    %878 = stablehlo.divide %5, %877 : tensor<i32>
    %879 = stablehlo.multiply %878, %877 : tensor<i32>
    %880 = stablehlo.subtract %5, %879 : tensor<i32>
    %881 = stablehlo.reshape %873 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %882 = stablehlo.dynamic_update_slice %862, %881, %874, %875, %880, %876, %876 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %883 = stablehlo.concatenate %833, %842, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %884 = stablehlo.reshape %883 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %885 = stablehlo.convert %arg117 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %886 = stablehlo.dot_general %884, %885, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %887 = stablehlo.composite "mlxla.rms_norm" %886, %arg118 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %888 = stablehlo.add %808, %887 : tensor<2x1152xf32>
    %889 = stablehlo.composite "mlxla.rms_norm" %888, %arg119 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %890 = stablehlo.convert %arg121 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %891 = stablehlo.dot_general %889, %890, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %892 = stablehlo.multiply %891, %891 : tensor<2x6912xf32>
    %893 = stablehlo.multiply %892, %891 : tensor<2x6912xf32>
    %894 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %895 = stablehlo.multiply %893, %894 : tensor<2x6912xf32>
    %896 = stablehlo.add %891, %895 : tensor<2x6912xf32>
    %897 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %898 = stablehlo.multiply %896, %897 : tensor<2x6912xf32>
    %899 = stablehlo.tanh %898 : tensor<2x6912xf32>
    %900 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %901 = stablehlo.add %899, %900 : tensor<2x6912xf32>
    %902 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %903 = stablehlo.multiply %891, %902 : tensor<2x6912xf32>
    %904 = stablehlo.multiply %903, %901 : tensor<2x6912xf32>
    %905 = stablehlo.convert %arg122 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %906 = stablehlo.dot_general %889, %905, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %907 = stablehlo.multiply %904, %906 : tensor<2x6912xf32>
    %908 = stablehlo.convert %arg123 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %909 = stablehlo.dot_general %907, %908, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %910 = stablehlo.composite "mlxla.rms_norm" %909, %arg120 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %911 = stablehlo.add %888, %910 : tensor<2x1152xf32>
    %912 = stablehlo.composite "mlxla.rms_norm" %911, %arg124 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %913 = stablehlo.convert %arg125 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %914 = stablehlo.dot_general %912, %913, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %915 = stablehlo.reshape %914 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %916 = stablehlo.composite "mlxla.rms_norm" %915, %arg128 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %917 = stablehlo.composite "mlxla.rope" %916, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %918 = stablehlo.convert %arg126 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %919 = stablehlo.dot_general %912, %918, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %920 = stablehlo.reshape %919 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %921 = stablehlo.composite "mlxla.rms_norm" %920, %arg129 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %922 = stablehlo.composite "mlxla.rope" %921, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %923 = stablehlo.convert %arg127 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %924 = stablehlo.dot_general %912, %923, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %925 = stablehlo.reshape %924 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %926 = stablehlo.convert %922 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %927 = stablehlo.convert %925 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %928 = stablehlo.slice %917 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %929 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %930 = stablehlo.slice %872 [8:9, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %931 = stablehlo.reshape %930 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %932 = stablehlo.slice %882 [8:9, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %933 = stablehlo.reshape %932 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %934 = stablehlo.slice %926 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %935 = stablehlo.slice %927 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %936 = stablehlo.composite "mlxla.window_attention" %928, %931, %933, %934, %935, %929, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %937 = stablehlo.slice %917 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %938 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %939 = stablehlo.slice %872 [8:9, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %940 = stablehlo.reshape %939 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %941 = stablehlo.slice %882 [8:9, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %942 = stablehlo.reshape %941 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %943 = stablehlo.slice %926 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %944 = stablehlo.slice %927 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %945 = stablehlo.composite "mlxla.window_attention" %937, %940, %942, %943, %944, %938, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %946 = stablehlo.slice %926 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %947 = stablehlo.constant dense<8> : tensor<i32>
    %948 = stablehlo.constant dense<0> : tensor<i32>
    %949 = stablehlo.constant dense<0> : tensor<i32>
    %950 = stablehlo.constant dense<512> : tensor<i32>
    %951 = stablehlo.divide %1, %950 : tensor<i32>
    %952 = stablehlo.multiply %951, %950 : tensor<i32>
    %953 = stablehlo.subtract %1, %952 : tensor<i32>
    %954 = stablehlo.reshape %946 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %955 = stablehlo.dynamic_update_slice %872, %954, %947, %948, %953, %949, %949 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %956 = stablehlo.slice %927 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %957 = stablehlo.constant dense<8> : tensor<i32>
    %958 = stablehlo.constant dense<0> : tensor<i32>
    %959 = stablehlo.constant dense<0> : tensor<i32>
    %960 = stablehlo.constant dense<512> : tensor<i32>
    %961 = stablehlo.divide %1, %960 : tensor<i32>
    %962 = stablehlo.multiply %961, %960 : tensor<i32>
    %963 = stablehlo.subtract %1, %962 : tensor<i32>
    %964 = stablehlo.reshape %956 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %965 = stablehlo.dynamic_update_slice %882, %964, %957, %958, %963, %959, %959 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %966 = stablehlo.slice %926 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %967 = stablehlo.constant dense<8> : tensor<i32>
    %968 = stablehlo.constant dense<1> : tensor<i32>
    %969 = stablehlo.constant dense<0> : tensor<i32>
    %970 = stablehlo.constant dense<512> : tensor<i32>
    %971 = stablehlo.divide %5, %970 : tensor<i32>
    %972 = stablehlo.multiply %971, %970 : tensor<i32>
    %973 = stablehlo.subtract %5, %972 : tensor<i32>
    %974 = stablehlo.reshape %966 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %975 = stablehlo.dynamic_update_slice %955, %974, %967, %968, %973, %969, %969 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %976 = stablehlo.slice %927 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %977 = stablehlo.constant dense<8> : tensor<i32>
    %978 = stablehlo.constant dense<1> : tensor<i32>
    %979 = stablehlo.constant dense<0> : tensor<i32>
    %980 = stablehlo.constant dense<512> : tensor<i32>
    %981 = stablehlo.divide %5, %980 : tensor<i32>
    %982 = stablehlo.multiply %981, %980 : tensor<i32>
    %983 = stablehlo.subtract %5, %982 : tensor<i32>
    %984 = stablehlo.reshape %976 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %985 = stablehlo.dynamic_update_slice %965, %984, %977, %978, %983, %979, %979 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %986 = stablehlo.concatenate %936, %945, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %987 = stablehlo.reshape %986 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %988 = stablehlo.convert %arg130 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %989 = stablehlo.dot_general %987, %988, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %990 = stablehlo.composite "mlxla.rms_norm" %989, %arg131 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %991 = stablehlo.add %911, %990 : tensor<2x1152xf32>
    %992 = stablehlo.composite "mlxla.rms_norm" %991, %arg132 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %993 = stablehlo.convert %arg134 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %994 = stablehlo.dot_general %992, %993, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %995 = stablehlo.multiply %994, %994 : tensor<2x6912xf32>
    %996 = stablehlo.multiply %995, %994 : tensor<2x6912xf32>
    %997 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %998 = stablehlo.multiply %996, %997 : tensor<2x6912xf32>
    %999 = stablehlo.add %994, %998 : tensor<2x6912xf32>
    %1000 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1001 = stablehlo.multiply %999, %1000 : tensor<2x6912xf32>
    %1002 = stablehlo.tanh %1001 : tensor<2x6912xf32>
    %1003 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1004 = stablehlo.add %1002, %1003 : tensor<2x6912xf32>
    %1005 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1006 = stablehlo.multiply %994, %1005 : tensor<2x6912xf32>
    %1007 = stablehlo.multiply %1006, %1004 : tensor<2x6912xf32>
    %1008 = stablehlo.convert %arg135 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1009 = stablehlo.dot_general %992, %1008, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1010 = stablehlo.multiply %1007, %1009 : tensor<2x6912xf32>
    %1011 = stablehlo.convert %arg136 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1012 = stablehlo.dot_general %1010, %1011, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1013 = stablehlo.composite "mlxla.rms_norm" %1012, %arg133 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1014 = stablehlo.add %991, %1013 : tensor<2x1152xf32>
    %1015 = stablehlo.composite "mlxla.rms_norm" %1014, %arg137 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1016 = stablehlo.convert %arg138 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1017 = stablehlo.dot_general %1015, %1016, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1018 = stablehlo.reshape %1017 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1019 = stablehlo.composite "mlxla.rms_norm" %1018, %arg141 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1020 = stablehlo.composite "mlxla.rope" %1019, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1021 = stablehlo.convert %arg139 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1022 = stablehlo.dot_general %1015, %1021, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1023 = stablehlo.reshape %1022 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1024 = stablehlo.composite "mlxla.rms_norm" %1023, %arg142 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1025 = stablehlo.composite "mlxla.rope" %1024, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1026 = stablehlo.convert %arg140 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1027 = stablehlo.dot_general %1015, %1026, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1028 = stablehlo.reshape %1027 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1029 = stablehlo.convert %1025 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1030 = stablehlo.convert %1028 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1031 = stablehlo.slice %1020 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1032 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1033 = stablehlo.slice %975 [9:10, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1034 = stablehlo.reshape %1033 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1035 = stablehlo.slice %985 [9:10, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1036 = stablehlo.reshape %1035 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1037 = stablehlo.slice %1029 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1038 = stablehlo.slice %1030 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1039 = stablehlo.composite "mlxla.window_attention" %1031, %1034, %1036, %1037, %1038, %1032, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1040 = stablehlo.slice %1020 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1041 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1042 = stablehlo.slice %975 [9:10, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1043 = stablehlo.reshape %1042 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1044 = stablehlo.slice %985 [9:10, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1045 = stablehlo.reshape %1044 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1046 = stablehlo.slice %1029 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1047 = stablehlo.slice %1030 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1048 = stablehlo.composite "mlxla.window_attention" %1040, %1043, %1045, %1046, %1047, %1041, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1049 = stablehlo.slice %1029 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1050 = stablehlo.constant dense<9> : tensor<i32>
    %1051 = stablehlo.constant dense<0> : tensor<i32>
    %1052 = stablehlo.constant dense<0> : tensor<i32>
    %1053 = stablehlo.constant dense<512> : tensor<i32>
    %1054 = stablehlo.divide %1, %1053 : tensor<i32>
    %1055 = stablehlo.multiply %1054, %1053 : tensor<i32>
    %1056 = stablehlo.subtract %1, %1055 : tensor<i32>
    %1057 = stablehlo.reshape %1049 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1058 = stablehlo.dynamic_update_slice %975, %1057, %1050, %1051, %1056, %1052, %1052 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1059 = stablehlo.slice %1030 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1060 = stablehlo.constant dense<9> : tensor<i32>
    %1061 = stablehlo.constant dense<0> : tensor<i32>
    %1062 = stablehlo.constant dense<0> : tensor<i32>
    %1063 = stablehlo.constant dense<512> : tensor<i32>
    %1064 = stablehlo.divide %1, %1063 : tensor<i32>
    %1065 = stablehlo.multiply %1064, %1063 : tensor<i32>
    %1066 = stablehlo.subtract %1, %1065 : tensor<i32>
    %1067 = stablehlo.reshape %1059 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1068 = stablehlo.dynamic_update_slice %985, %1067, %1060, %1061, %1066, %1062, %1062 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1069 = stablehlo.slice %1029 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1070 = stablehlo.constant dense<9> : tensor<i32>
    %1071 = stablehlo.constant dense<1> : tensor<i32>
    %1072 = stablehlo.constant dense<0> : tensor<i32>
    %1073 = stablehlo.constant dense<512> : tensor<i32>
    %1074 = stablehlo.divide %5, %1073 : tensor<i32>
    %1075 = stablehlo.multiply %1074, %1073 : tensor<i32>
    %1076 = stablehlo.subtract %5, %1075 : tensor<i32>
    %1077 = stablehlo.reshape %1069 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1078 = stablehlo.dynamic_update_slice %1058, %1077, %1070, %1071, %1076, %1072, %1072 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1079 = stablehlo.slice %1030 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1080 = stablehlo.constant dense<9> : tensor<i32>
    %1081 = stablehlo.constant dense<1> : tensor<i32>
    %1082 = stablehlo.constant dense<0> : tensor<i32>
    %1083 = stablehlo.constant dense<512> : tensor<i32>
    %1084 = stablehlo.divide %5, %1083 : tensor<i32>
    %1085 = stablehlo.multiply %1084, %1083 : tensor<i32>
    %1086 = stablehlo.subtract %5, %1085 : tensor<i32>
    %1087 = stablehlo.reshape %1079 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1088 = stablehlo.dynamic_update_slice %1068, %1087, %1080, %1081, %1086, %1082, %1082 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1089 = stablehlo.concatenate %1039, %1048, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1090 = stablehlo.reshape %1089 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1091 = stablehlo.convert %arg143 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1092 = stablehlo.dot_general %1090, %1091, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1093 = stablehlo.composite "mlxla.rms_norm" %1092, %arg144 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1094 = stablehlo.add %1014, %1093 : tensor<2x1152xf32>
    %1095 = stablehlo.composite "mlxla.rms_norm" %1094, %arg145 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1096 = stablehlo.convert %arg147 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1097 = stablehlo.dot_general %1095, %1096, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1098 = stablehlo.multiply %1097, %1097 : tensor<2x6912xf32>
    %1099 = stablehlo.multiply %1098, %1097 : tensor<2x6912xf32>
    %1100 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1101 = stablehlo.multiply %1099, %1100 : tensor<2x6912xf32>
    %1102 = stablehlo.add %1097, %1101 : tensor<2x6912xf32>
    %1103 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1104 = stablehlo.multiply %1102, %1103 : tensor<2x6912xf32>
    %1105 = stablehlo.tanh %1104 : tensor<2x6912xf32>
    %1106 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1107 = stablehlo.add %1105, %1106 : tensor<2x6912xf32>
    %1108 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1109 = stablehlo.multiply %1097, %1108 : tensor<2x6912xf32>
    %1110 = stablehlo.multiply %1109, %1107 : tensor<2x6912xf32>
    %1111 = stablehlo.convert %arg148 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1112 = stablehlo.dot_general %1095, %1111, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1113 = stablehlo.multiply %1110, %1112 : tensor<2x6912xf32>
    %1114 = stablehlo.convert %arg149 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1115 = stablehlo.dot_general %1113, %1114, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1116 = stablehlo.composite "mlxla.rms_norm" %1115, %arg146 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1117 = stablehlo.add %1094, %1116 : tensor<2x1152xf32>
    %1118 = stablehlo.composite "mlxla.rms_norm" %1117, %arg150 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1119 = stablehlo.convert %arg151 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1120 = stablehlo.dot_general %1118, %1119, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1121 = stablehlo.reshape %1120 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1122 = stablehlo.composite "mlxla.rms_norm" %1121, %arg154 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1123 = stablehlo.composite "mlxla.rope" %1122, %arg1 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1124 = stablehlo.convert %arg152 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1125 = stablehlo.dot_general %1118, %1124, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1126 = stablehlo.reshape %1125 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1127 = stablehlo.composite "mlxla.rms_norm" %1126, %arg155 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1128 = stablehlo.composite "mlxla.rope" %1127, %arg1 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1129 = stablehlo.convert %arg153 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1130 = stablehlo.dot_general %1118, %1129, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1131 = stablehlo.reshape %1130 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1132 = stablehlo.convert %1128 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1133 = stablehlo.convert %1131 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1134 = stablehlo.constant dense<1> : tensor<i32>
    %1135 = stablehlo.constant dense<0> : tensor<i32>
    %1136 = stablehlo.constant dense<0> : tensor<i32>
    %1137 = stablehlo.slice %1132 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1138 = stablehlo.reshape %1137 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1139 = stablehlo.dynamic_update_slice %556, %1138, %1134, %1136, %1, %1135, %1135 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1140 = stablehlo.slice %1133 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1141 = stablehlo.reshape %1140 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1142 = stablehlo.dynamic_update_slice %559, %1141, %1134, %1136, %1, %1135, %1135 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1143 = stablehlo.constant dense<1> : tensor<i32>
    %1144 = stablehlo.slice %1132 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1145 = stablehlo.reshape %1144 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1146 = stablehlo.dynamic_update_slice %1139, %1145, %1134, %1143, %5, %1135, %1135 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1147 = stablehlo.slice %1133 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1148 = stablehlo.reshape %1147 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1149 = stablehlo.dynamic_update_slice %1142, %1148, %1134, %1143, %5, %1135, %1135 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1150 = stablehlo.slice %1123 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1151 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1152 = stablehlo.slice %1146 [1:2, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1153 = stablehlo.reshape %1152 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1154 = stablehlo.slice %1149 [1:2, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1155 = stablehlo.reshape %1154 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1156 = stablehlo.composite "mlxla.attention" %1150, %1153, %1155, %1151, %3 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1157 = stablehlo.slice %1123 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1158 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1159 = stablehlo.slice %1146 [1:2, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1160 = stablehlo.reshape %1159 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1161 = stablehlo.slice %1149 [1:2, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1162 = stablehlo.reshape %1161 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1163 = stablehlo.composite "mlxla.attention" %1157, %1160, %1162, %1158, %7 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1164 = stablehlo.concatenate %1156, %1163, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1165 = stablehlo.reshape %1164 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1166 = stablehlo.convert %arg156 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1167 = stablehlo.dot_general %1165, %1166, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1168 = stablehlo.composite "mlxla.rms_norm" %1167, %arg157 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1169 = stablehlo.add %1117, %1168 : tensor<2x1152xf32>
    %1170 = stablehlo.composite "mlxla.rms_norm" %1169, %arg158 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1171 = stablehlo.convert %arg160 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1172 = stablehlo.dot_general %1170, %1171, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1173 = stablehlo.multiply %1172, %1172 : tensor<2x6912xf32>
    %1174 = stablehlo.multiply %1173, %1172 : tensor<2x6912xf32>
    %1175 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1176 = stablehlo.multiply %1174, %1175 : tensor<2x6912xf32>
    %1177 = stablehlo.add %1172, %1176 : tensor<2x6912xf32>
    %1178 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1179 = stablehlo.multiply %1177, %1178 : tensor<2x6912xf32>
    %1180 = stablehlo.tanh %1179 : tensor<2x6912xf32>
    %1181 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1182 = stablehlo.add %1180, %1181 : tensor<2x6912xf32>
    %1183 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1184 = stablehlo.multiply %1172, %1183 : tensor<2x6912xf32>
    %1185 = stablehlo.multiply %1184, %1182 : tensor<2x6912xf32>
    %1186 = stablehlo.convert %arg161 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1187 = stablehlo.dot_general %1170, %1186, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1188 = stablehlo.multiply %1185, %1187 : tensor<2x6912xf32>
    %1189 = stablehlo.convert %arg162 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1190 = stablehlo.dot_general %1188, %1189, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1191 = stablehlo.composite "mlxla.rms_norm" %1190, %arg159 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1192 = stablehlo.add %1169, %1191 : tensor<2x1152xf32>
    %1193 = stablehlo.composite "mlxla.rms_norm" %1192, %arg163 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1194 = stablehlo.convert %arg164 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1195 = stablehlo.dot_general %1193, %1194, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1196 = stablehlo.reshape %1195 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1197 = stablehlo.composite "mlxla.rms_norm" %1196, %arg167 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1198 = stablehlo.composite "mlxla.rope" %1197, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1199 = stablehlo.convert %arg165 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1200 = stablehlo.dot_general %1193, %1199, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1201 = stablehlo.reshape %1200 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1202 = stablehlo.composite "mlxla.rms_norm" %1201, %arg168 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1203 = stablehlo.composite "mlxla.rope" %1202, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1204 = stablehlo.convert %arg166 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1205 = stablehlo.dot_general %1193, %1204, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1206 = stablehlo.reshape %1205 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1207 = stablehlo.convert %1203 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1208 = stablehlo.convert %1206 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1209 = stablehlo.slice %1198 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1210 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1211 = stablehlo.slice %1078 [10:11, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1212 = stablehlo.reshape %1211 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1213 = stablehlo.slice %1088 [10:11, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1214 = stablehlo.reshape %1213 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1215 = stablehlo.slice %1207 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1216 = stablehlo.slice %1208 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1217 = stablehlo.composite "mlxla.window_attention" %1209, %1212, %1214, %1215, %1216, %1210, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1218 = stablehlo.slice %1198 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1219 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1220 = stablehlo.slice %1078 [10:11, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1221 = stablehlo.reshape %1220 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1222 = stablehlo.slice %1088 [10:11, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1223 = stablehlo.reshape %1222 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1224 = stablehlo.slice %1207 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1225 = stablehlo.slice %1208 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1226 = stablehlo.composite "mlxla.window_attention" %1218, %1221, %1223, %1224, %1225, %1219, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1227 = stablehlo.slice %1207 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1228 = stablehlo.constant dense<10> : tensor<i32>
    %1229 = stablehlo.constant dense<0> : tensor<i32>
    %1230 = stablehlo.constant dense<0> : tensor<i32>
    %1231 = stablehlo.constant dense<512> : tensor<i32>
    %1232 = stablehlo.divide %1, %1231 : tensor<i32>
    %1233 = stablehlo.multiply %1232, %1231 : tensor<i32>
    %1234 = stablehlo.subtract %1, %1233 : tensor<i32>
    %1235 = stablehlo.reshape %1227 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1236 = stablehlo.dynamic_update_slice %1078, %1235, %1228, %1229, %1234, %1230, %1230 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1237 = stablehlo.slice %1208 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1238 = stablehlo.constant dense<10> : tensor<i32>
    %1239 = stablehlo.constant dense<0> : tensor<i32>
    %1240 = stablehlo.constant dense<0> : tensor<i32>
    %1241 = stablehlo.constant dense<512> : tensor<i32>
    %1242 = stablehlo.divide %1, %1241 : tensor<i32>
    %1243 = stablehlo.multiply %1242, %1241 : tensor<i32>
    %1244 = stablehlo.subtract %1, %1243 : tensor<i32>
    %1245 = stablehlo.reshape %1237 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1246 = stablehlo.dynamic_update_slice %1088, %1245, %1238, %1239, %1244, %1240, %1240 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1247 = stablehlo.slice %1207 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1248 = stablehlo.constant dense<10> : tensor<i32>
    %1249 = stablehlo.constant dense<1> : tensor<i32>
    %1250 = stablehlo.constant dense<0> : tensor<i32>
    %1251 = stablehlo.constant dense<512> : tensor<i32>
    %1252 = stablehlo.divide %5, %1251 : tensor<i32>
    %1253 = stablehlo.multiply %1252, %1251 : tensor<i32>
    %1254 = stablehlo.subtract %5, %1253 : tensor<i32>
    %1255 = stablehlo.reshape %1247 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1256 = stablehlo.dynamic_update_slice %1236, %1255, %1248, %1249, %1254, %1250, %1250 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1257 = stablehlo.slice %1208 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1258 = stablehlo.constant dense<10> : tensor<i32>
    %1259 = stablehlo.constant dense<1> : tensor<i32>
    %1260 = stablehlo.constant dense<0> : tensor<i32>
    %1261 = stablehlo.constant dense<512> : tensor<i32>
    %1262 = stablehlo.divide %5, %1261 : tensor<i32>
    %1263 = stablehlo.multiply %1262, %1261 : tensor<i32>
    %1264 = stablehlo.subtract %5, %1263 : tensor<i32>
    %1265 = stablehlo.reshape %1257 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1266 = stablehlo.dynamic_update_slice %1246, %1265, %1258, %1259, %1264, %1260, %1260 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1267 = stablehlo.concatenate %1217, %1226, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1268 = stablehlo.reshape %1267 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1269 = stablehlo.convert %arg169 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1270 = stablehlo.dot_general %1268, %1269, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1271 = stablehlo.composite "mlxla.rms_norm" %1270, %arg170 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1272 = stablehlo.add %1192, %1271 : tensor<2x1152xf32>
    %1273 = stablehlo.composite "mlxla.rms_norm" %1272, %arg171 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1274 = stablehlo.convert %arg173 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1275 = stablehlo.dot_general %1273, %1274, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1276 = stablehlo.multiply %1275, %1275 : tensor<2x6912xf32>
    %1277 = stablehlo.multiply %1276, %1275 : tensor<2x6912xf32>
    %1278 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1279 = stablehlo.multiply %1277, %1278 : tensor<2x6912xf32>
    %1280 = stablehlo.add %1275, %1279 : tensor<2x6912xf32>
    %1281 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1282 = stablehlo.multiply %1280, %1281 : tensor<2x6912xf32>
    %1283 = stablehlo.tanh %1282 : tensor<2x6912xf32>
    %1284 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1285 = stablehlo.add %1283, %1284 : tensor<2x6912xf32>
    %1286 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1287 = stablehlo.multiply %1275, %1286 : tensor<2x6912xf32>
    %1288 = stablehlo.multiply %1287, %1285 : tensor<2x6912xf32>
    %1289 = stablehlo.convert %arg174 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1290 = stablehlo.dot_general %1273, %1289, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1291 = stablehlo.multiply %1288, %1290 : tensor<2x6912xf32>
    %1292 = stablehlo.convert %arg175 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1293 = stablehlo.dot_general %1291, %1292, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1294 = stablehlo.composite "mlxla.rms_norm" %1293, %arg172 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1295 = stablehlo.add %1272, %1294 : tensor<2x1152xf32>
    %1296 = stablehlo.composite "mlxla.rms_norm" %1295, %arg176 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1297 = stablehlo.convert %arg177 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1298 = stablehlo.dot_general %1296, %1297, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1299 = stablehlo.reshape %1298 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1300 = stablehlo.composite "mlxla.rms_norm" %1299, %arg180 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1301 = stablehlo.composite "mlxla.rope" %1300, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1302 = stablehlo.convert %arg178 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1303 = stablehlo.dot_general %1296, %1302, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1304 = stablehlo.reshape %1303 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1305 = stablehlo.composite "mlxla.rms_norm" %1304, %arg181 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1306 = stablehlo.composite "mlxla.rope" %1305, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1307 = stablehlo.convert %arg179 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1308 = stablehlo.dot_general %1296, %1307, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1309 = stablehlo.reshape %1308 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1310 = stablehlo.convert %1306 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1311 = stablehlo.convert %1309 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1312 = stablehlo.slice %1301 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1313 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1314 = stablehlo.slice %1256 [11:12, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1315 = stablehlo.reshape %1314 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1316 = stablehlo.slice %1266 [11:12, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1317 = stablehlo.reshape %1316 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1318 = stablehlo.slice %1310 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1319 = stablehlo.slice %1311 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1320 = stablehlo.composite "mlxla.window_attention" %1312, %1315, %1317, %1318, %1319, %1313, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1321 = stablehlo.slice %1301 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1322 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1323 = stablehlo.slice %1256 [11:12, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1324 = stablehlo.reshape %1323 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1325 = stablehlo.slice %1266 [11:12, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1326 = stablehlo.reshape %1325 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1327 = stablehlo.slice %1310 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1328 = stablehlo.slice %1311 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1329 = stablehlo.composite "mlxla.window_attention" %1321, %1324, %1326, %1327, %1328, %1322, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1330 = stablehlo.slice %1310 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1331 = stablehlo.constant dense<11> : tensor<i32>
    %1332 = stablehlo.constant dense<0> : tensor<i32>
    %1333 = stablehlo.constant dense<0> : tensor<i32>
    %1334 = stablehlo.constant dense<512> : tensor<i32>
    %1335 = stablehlo.divide %1, %1334 : tensor<i32>
    %1336 = stablehlo.multiply %1335, %1334 : tensor<i32>
    %1337 = stablehlo.subtract %1, %1336 : tensor<i32>
    %1338 = stablehlo.reshape %1330 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1339 = stablehlo.dynamic_update_slice %1256, %1338, %1331, %1332, %1337, %1333, %1333 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1340 = stablehlo.slice %1311 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1341 = stablehlo.constant dense<11> : tensor<i32>
    %1342 = stablehlo.constant dense<0> : tensor<i32>
    %1343 = stablehlo.constant dense<0> : tensor<i32>
    %1344 = stablehlo.constant dense<512> : tensor<i32>
    %1345 = stablehlo.divide %1, %1344 : tensor<i32>
    %1346 = stablehlo.multiply %1345, %1344 : tensor<i32>
    %1347 = stablehlo.subtract %1, %1346 : tensor<i32>
    %1348 = stablehlo.reshape %1340 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1349 = stablehlo.dynamic_update_slice %1266, %1348, %1341, %1342, %1347, %1343, %1343 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1350 = stablehlo.slice %1310 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1351 = stablehlo.constant dense<11> : tensor<i32>
    %1352 = stablehlo.constant dense<1> : tensor<i32>
    %1353 = stablehlo.constant dense<0> : tensor<i32>
    %1354 = stablehlo.constant dense<512> : tensor<i32>
    %1355 = stablehlo.divide %5, %1354 : tensor<i32>
    %1356 = stablehlo.multiply %1355, %1354 : tensor<i32>
    %1357 = stablehlo.subtract %5, %1356 : tensor<i32>
    %1358 = stablehlo.reshape %1350 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1359 = stablehlo.dynamic_update_slice %1339, %1358, %1351, %1352, %1357, %1353, %1353 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1360 = stablehlo.slice %1311 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1361 = stablehlo.constant dense<11> : tensor<i32>
    %1362 = stablehlo.constant dense<1> : tensor<i32>
    %1363 = stablehlo.constant dense<0> : tensor<i32>
    %1364 = stablehlo.constant dense<512> : tensor<i32>
    %1365 = stablehlo.divide %5, %1364 : tensor<i32>
    %1366 = stablehlo.multiply %1365, %1364 : tensor<i32>
    %1367 = stablehlo.subtract %5, %1366 : tensor<i32>
    %1368 = stablehlo.reshape %1360 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1369 = stablehlo.dynamic_update_slice %1349, %1368, %1361, %1362, %1367, %1363, %1363 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1370 = stablehlo.concatenate %1320, %1329, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1371 = stablehlo.reshape %1370 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1372 = stablehlo.convert %arg182 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1373 = stablehlo.dot_general %1371, %1372, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1374 = stablehlo.composite "mlxla.rms_norm" %1373, %arg183 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1375 = stablehlo.add %1295, %1374 : tensor<2x1152xf32>
    %1376 = stablehlo.composite "mlxla.rms_norm" %1375, %arg184 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1377 = stablehlo.convert %arg186 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1378 = stablehlo.dot_general %1376, %1377, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1379 = stablehlo.multiply %1378, %1378 : tensor<2x6912xf32>
    %1380 = stablehlo.multiply %1379, %1378 : tensor<2x6912xf32>
    %1381 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1382 = stablehlo.multiply %1380, %1381 : tensor<2x6912xf32>
    %1383 = stablehlo.add %1378, %1382 : tensor<2x6912xf32>
    %1384 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1385 = stablehlo.multiply %1383, %1384 : tensor<2x6912xf32>
    %1386 = stablehlo.tanh %1385 : tensor<2x6912xf32>
    %1387 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1388 = stablehlo.add %1386, %1387 : tensor<2x6912xf32>
    %1389 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1390 = stablehlo.multiply %1378, %1389 : tensor<2x6912xf32>
    %1391 = stablehlo.multiply %1390, %1388 : tensor<2x6912xf32>
    %1392 = stablehlo.convert %arg187 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1393 = stablehlo.dot_general %1376, %1392, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1394 = stablehlo.multiply %1391, %1393 : tensor<2x6912xf32>
    %1395 = stablehlo.convert %arg188 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1396 = stablehlo.dot_general %1394, %1395, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1397 = stablehlo.composite "mlxla.rms_norm" %1396, %arg185 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1398 = stablehlo.add %1375, %1397 : tensor<2x1152xf32>
    %1399 = stablehlo.composite "mlxla.rms_norm" %1398, %arg189 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1400 = stablehlo.convert %arg190 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1401 = stablehlo.dot_general %1399, %1400, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1402 = stablehlo.reshape %1401 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1403 = stablehlo.composite "mlxla.rms_norm" %1402, %arg193 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1404 = stablehlo.composite "mlxla.rope" %1403, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1405 = stablehlo.convert %arg191 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1406 = stablehlo.dot_general %1399, %1405, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1407 = stablehlo.reshape %1406 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1408 = stablehlo.composite "mlxla.rms_norm" %1407, %arg194 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1409 = stablehlo.composite "mlxla.rope" %1408, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1410 = stablehlo.convert %arg192 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1411 = stablehlo.dot_general %1399, %1410, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1412 = stablehlo.reshape %1411 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1413 = stablehlo.convert %1409 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1414 = stablehlo.convert %1412 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1415 = stablehlo.slice %1404 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1416 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1417 = stablehlo.slice %1359 [12:13, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1418 = stablehlo.reshape %1417 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1419 = stablehlo.slice %1369 [12:13, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1420 = stablehlo.reshape %1419 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1421 = stablehlo.slice %1413 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1422 = stablehlo.slice %1414 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1423 = stablehlo.composite "mlxla.window_attention" %1415, %1418, %1420, %1421, %1422, %1416, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1424 = stablehlo.slice %1404 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1425 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1426 = stablehlo.slice %1359 [12:13, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1427 = stablehlo.reshape %1426 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1428 = stablehlo.slice %1369 [12:13, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1429 = stablehlo.reshape %1428 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1430 = stablehlo.slice %1413 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1431 = stablehlo.slice %1414 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1432 = stablehlo.composite "mlxla.window_attention" %1424, %1427, %1429, %1430, %1431, %1425, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1433 = stablehlo.slice %1413 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1434 = stablehlo.constant dense<12> : tensor<i32>
    %1435 = stablehlo.constant dense<0> : tensor<i32>
    %1436 = stablehlo.constant dense<0> : tensor<i32>
    %1437 = stablehlo.constant dense<512> : tensor<i32>
    %1438 = stablehlo.divide %1, %1437 : tensor<i32>
    %1439 = stablehlo.multiply %1438, %1437 : tensor<i32>
    %1440 = stablehlo.subtract %1, %1439 : tensor<i32>
    %1441 = stablehlo.reshape %1433 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1442 = stablehlo.dynamic_update_slice %1359, %1441, %1434, %1435, %1440, %1436, %1436 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1443 = stablehlo.slice %1414 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1444 = stablehlo.constant dense<12> : tensor<i32>
    %1445 = stablehlo.constant dense<0> : tensor<i32>
    %1446 = stablehlo.constant dense<0> : tensor<i32>
    %1447 = stablehlo.constant dense<512> : tensor<i32>
    %1448 = stablehlo.divide %1, %1447 : tensor<i32>
    %1449 = stablehlo.multiply %1448, %1447 : tensor<i32>
    %1450 = stablehlo.subtract %1, %1449 : tensor<i32>
    %1451 = stablehlo.reshape %1443 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1452 = stablehlo.dynamic_update_slice %1369, %1451, %1444, %1445, %1450, %1446, %1446 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1453 = stablehlo.slice %1413 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1454 = stablehlo.constant dense<12> : tensor<i32>
    %1455 = stablehlo.constant dense<1> : tensor<i32>
    %1456 = stablehlo.constant dense<0> : tensor<i32>
    %1457 = stablehlo.constant dense<512> : tensor<i32>
    %1458 = stablehlo.divide %5, %1457 : tensor<i32>
    %1459 = stablehlo.multiply %1458, %1457 : tensor<i32>
    %1460 = stablehlo.subtract %5, %1459 : tensor<i32>
    %1461 = stablehlo.reshape %1453 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1462 = stablehlo.dynamic_update_slice %1442, %1461, %1454, %1455, %1460, %1456, %1456 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1463 = stablehlo.slice %1414 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1464 = stablehlo.constant dense<12> : tensor<i32>
    %1465 = stablehlo.constant dense<1> : tensor<i32>
    %1466 = stablehlo.constant dense<0> : tensor<i32>
    %1467 = stablehlo.constant dense<512> : tensor<i32>
    %1468 = stablehlo.divide %5, %1467 : tensor<i32>
    %1469 = stablehlo.multiply %1468, %1467 : tensor<i32>
    %1470 = stablehlo.subtract %5, %1469 : tensor<i32>
    %1471 = stablehlo.reshape %1463 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1472 = stablehlo.dynamic_update_slice %1452, %1471, %1464, %1465, %1470, %1466, %1466 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1473 = stablehlo.concatenate %1423, %1432, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1474 = stablehlo.reshape %1473 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1475 = stablehlo.convert %arg195 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1476 = stablehlo.dot_general %1474, %1475, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1477 = stablehlo.composite "mlxla.rms_norm" %1476, %arg196 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1478 = stablehlo.add %1398, %1477 : tensor<2x1152xf32>
    %1479 = stablehlo.composite "mlxla.rms_norm" %1478, %arg197 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1480 = stablehlo.convert %arg199 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1481 = stablehlo.dot_general %1479, %1480, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1482 = stablehlo.multiply %1481, %1481 : tensor<2x6912xf32>
    %1483 = stablehlo.multiply %1482, %1481 : tensor<2x6912xf32>
    %1484 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1485 = stablehlo.multiply %1483, %1484 : tensor<2x6912xf32>
    %1486 = stablehlo.add %1481, %1485 : tensor<2x6912xf32>
    %1487 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1488 = stablehlo.multiply %1486, %1487 : tensor<2x6912xf32>
    %1489 = stablehlo.tanh %1488 : tensor<2x6912xf32>
    %1490 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1491 = stablehlo.add %1489, %1490 : tensor<2x6912xf32>
    %1492 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1493 = stablehlo.multiply %1481, %1492 : tensor<2x6912xf32>
    %1494 = stablehlo.multiply %1493, %1491 : tensor<2x6912xf32>
    %1495 = stablehlo.convert %arg200 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1496 = stablehlo.dot_general %1479, %1495, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1497 = stablehlo.multiply %1494, %1496 : tensor<2x6912xf32>
    %1498 = stablehlo.convert %arg201 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1499 = stablehlo.dot_general %1497, %1498, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1500 = stablehlo.composite "mlxla.rms_norm" %1499, %arg198 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1501 = stablehlo.add %1478, %1500 : tensor<2x1152xf32>
    %1502 = stablehlo.composite "mlxla.rms_norm" %1501, %arg202 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1503 = stablehlo.convert %arg203 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1504 = stablehlo.dot_general %1502, %1503, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1505 = stablehlo.reshape %1504 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1506 = stablehlo.composite "mlxla.rms_norm" %1505, %arg206 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1507 = stablehlo.composite "mlxla.rope" %1506, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1508 = stablehlo.convert %arg204 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1509 = stablehlo.dot_general %1502, %1508, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1510 = stablehlo.reshape %1509 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1511 = stablehlo.composite "mlxla.rms_norm" %1510, %arg207 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1512 = stablehlo.composite "mlxla.rope" %1511, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1513 = stablehlo.convert %arg205 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1514 = stablehlo.dot_general %1502, %1513, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1515 = stablehlo.reshape %1514 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1516 = stablehlo.convert %1512 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1517 = stablehlo.convert %1515 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1518 = stablehlo.slice %1507 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1519 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1520 = stablehlo.slice %1462 [13:14, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1521 = stablehlo.reshape %1520 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1522 = stablehlo.slice %1472 [13:14, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1523 = stablehlo.reshape %1522 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1524 = stablehlo.slice %1516 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1525 = stablehlo.slice %1517 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1526 = stablehlo.composite "mlxla.window_attention" %1518, %1521, %1523, %1524, %1525, %1519, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1527 = stablehlo.slice %1507 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1528 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1529 = stablehlo.slice %1462 [13:14, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1530 = stablehlo.reshape %1529 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1531 = stablehlo.slice %1472 [13:14, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1532 = stablehlo.reshape %1531 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1533 = stablehlo.slice %1516 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1534 = stablehlo.slice %1517 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1535 = stablehlo.composite "mlxla.window_attention" %1527, %1530, %1532, %1533, %1534, %1528, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1536 = stablehlo.slice %1516 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1537 = stablehlo.constant dense<13> : tensor<i32>
    %1538 = stablehlo.constant dense<0> : tensor<i32>
    %1539 = stablehlo.constant dense<0> : tensor<i32>
    %1540 = stablehlo.constant dense<512> : tensor<i32>
    %1541 = stablehlo.divide %1, %1540 : tensor<i32>
    %1542 = stablehlo.multiply %1541, %1540 : tensor<i32>
    %1543 = stablehlo.subtract %1, %1542 : tensor<i32>
    %1544 = stablehlo.reshape %1536 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1545 = stablehlo.dynamic_update_slice %1462, %1544, %1537, %1538, %1543, %1539, %1539 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1546 = stablehlo.slice %1517 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1547 = stablehlo.constant dense<13> : tensor<i32>
    %1548 = stablehlo.constant dense<0> : tensor<i32>
    %1549 = stablehlo.constant dense<0> : tensor<i32>
    %1550 = stablehlo.constant dense<512> : tensor<i32>
    %1551 = stablehlo.divide %1, %1550 : tensor<i32>
    %1552 = stablehlo.multiply %1551, %1550 : tensor<i32>
    %1553 = stablehlo.subtract %1, %1552 : tensor<i32>
    %1554 = stablehlo.reshape %1546 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1555 = stablehlo.dynamic_update_slice %1472, %1554, %1547, %1548, %1553, %1549, %1549 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1556 = stablehlo.slice %1516 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1557 = stablehlo.constant dense<13> : tensor<i32>
    %1558 = stablehlo.constant dense<1> : tensor<i32>
    %1559 = stablehlo.constant dense<0> : tensor<i32>
    %1560 = stablehlo.constant dense<512> : tensor<i32>
    %1561 = stablehlo.divide %5, %1560 : tensor<i32>
    %1562 = stablehlo.multiply %1561, %1560 : tensor<i32>
    %1563 = stablehlo.subtract %5, %1562 : tensor<i32>
    %1564 = stablehlo.reshape %1556 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1565 = stablehlo.dynamic_update_slice %1545, %1564, %1557, %1558, %1563, %1559, %1559 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1566 = stablehlo.slice %1517 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1567 = stablehlo.constant dense<13> : tensor<i32>
    %1568 = stablehlo.constant dense<1> : tensor<i32>
    %1569 = stablehlo.constant dense<0> : tensor<i32>
    %1570 = stablehlo.constant dense<512> : tensor<i32>
    %1571 = stablehlo.divide %5, %1570 : tensor<i32>
    %1572 = stablehlo.multiply %1571, %1570 : tensor<i32>
    %1573 = stablehlo.subtract %5, %1572 : tensor<i32>
    %1574 = stablehlo.reshape %1566 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1575 = stablehlo.dynamic_update_slice %1555, %1574, %1567, %1568, %1573, %1569, %1569 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1576 = stablehlo.concatenate %1526, %1535, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1577 = stablehlo.reshape %1576 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1578 = stablehlo.convert %arg208 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1579 = stablehlo.dot_general %1577, %1578, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1580 = stablehlo.composite "mlxla.rms_norm" %1579, %arg209 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1581 = stablehlo.add %1501, %1580 : tensor<2x1152xf32>
    %1582 = stablehlo.composite "mlxla.rms_norm" %1581, %arg210 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1583 = stablehlo.convert %arg212 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1584 = stablehlo.dot_general %1582, %1583, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1585 = stablehlo.multiply %1584, %1584 : tensor<2x6912xf32>
    %1586 = stablehlo.multiply %1585, %1584 : tensor<2x6912xf32>
    %1587 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1588 = stablehlo.multiply %1586, %1587 : tensor<2x6912xf32>
    %1589 = stablehlo.add %1584, %1588 : tensor<2x6912xf32>
    %1590 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1591 = stablehlo.multiply %1589, %1590 : tensor<2x6912xf32>
    %1592 = stablehlo.tanh %1591 : tensor<2x6912xf32>
    %1593 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1594 = stablehlo.add %1592, %1593 : tensor<2x6912xf32>
    %1595 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1596 = stablehlo.multiply %1584, %1595 : tensor<2x6912xf32>
    %1597 = stablehlo.multiply %1596, %1594 : tensor<2x6912xf32>
    %1598 = stablehlo.convert %arg213 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1599 = stablehlo.dot_general %1582, %1598, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1600 = stablehlo.multiply %1597, %1599 : tensor<2x6912xf32>
    %1601 = stablehlo.convert %arg214 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1602 = stablehlo.dot_general %1600, %1601, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1603 = stablehlo.composite "mlxla.rms_norm" %1602, %arg211 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1604 = stablehlo.add %1581, %1603 : tensor<2x1152xf32>
    %1605 = stablehlo.composite "mlxla.rms_norm" %1604, %arg215 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1606 = stablehlo.convert %arg216 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1607 = stablehlo.dot_general %1605, %1606, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1608 = stablehlo.reshape %1607 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1609 = stablehlo.composite "mlxla.rms_norm" %1608, %arg219 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1610 = stablehlo.composite "mlxla.rope" %1609, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1611 = stablehlo.convert %arg217 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1612 = stablehlo.dot_general %1605, %1611, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1613 = stablehlo.reshape %1612 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1614 = stablehlo.composite "mlxla.rms_norm" %1613, %arg220 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1615 = stablehlo.composite "mlxla.rope" %1614, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1616 = stablehlo.convert %arg218 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1617 = stablehlo.dot_general %1605, %1616, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1618 = stablehlo.reshape %1617 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1619 = stablehlo.convert %1615 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1620 = stablehlo.convert %1618 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1621 = stablehlo.slice %1610 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1622 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1623 = stablehlo.slice %1565 [14:15, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1624 = stablehlo.reshape %1623 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1625 = stablehlo.slice %1575 [14:15, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1626 = stablehlo.reshape %1625 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1627 = stablehlo.slice %1619 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1628 = stablehlo.slice %1620 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1629 = stablehlo.composite "mlxla.window_attention" %1621, %1624, %1626, %1627, %1628, %1622, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1630 = stablehlo.slice %1610 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1631 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1632 = stablehlo.slice %1565 [14:15, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1633 = stablehlo.reshape %1632 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1634 = stablehlo.slice %1575 [14:15, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1635 = stablehlo.reshape %1634 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1636 = stablehlo.slice %1619 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1637 = stablehlo.slice %1620 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1638 = stablehlo.composite "mlxla.window_attention" %1630, %1633, %1635, %1636, %1637, %1631, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1639 = stablehlo.slice %1619 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1640 = stablehlo.constant dense<14> : tensor<i32>
    %1641 = stablehlo.constant dense<0> : tensor<i32>
    %1642 = stablehlo.constant dense<0> : tensor<i32>
    %1643 = stablehlo.constant dense<512> : tensor<i32>
    %1644 = stablehlo.divide %1, %1643 : tensor<i32>
    %1645 = stablehlo.multiply %1644, %1643 : tensor<i32>
    %1646 = stablehlo.subtract %1, %1645 : tensor<i32>
    %1647 = stablehlo.reshape %1639 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1648 = stablehlo.dynamic_update_slice %1565, %1647, %1640, %1641, %1646, %1642, %1642 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1649 = stablehlo.slice %1620 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1650 = stablehlo.constant dense<14> : tensor<i32>
    %1651 = stablehlo.constant dense<0> : tensor<i32>
    %1652 = stablehlo.constant dense<0> : tensor<i32>
    %1653 = stablehlo.constant dense<512> : tensor<i32>
    %1654 = stablehlo.divide %1, %1653 : tensor<i32>
    %1655 = stablehlo.multiply %1654, %1653 : tensor<i32>
    %1656 = stablehlo.subtract %1, %1655 : tensor<i32>
    %1657 = stablehlo.reshape %1649 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1658 = stablehlo.dynamic_update_slice %1575, %1657, %1650, %1651, %1656, %1652, %1652 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1659 = stablehlo.slice %1619 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1660 = stablehlo.constant dense<14> : tensor<i32>
    %1661 = stablehlo.constant dense<1> : tensor<i32>
    %1662 = stablehlo.constant dense<0> : tensor<i32>
    %1663 = stablehlo.constant dense<512> : tensor<i32>
    %1664 = stablehlo.divide %5, %1663 : tensor<i32>
    %1665 = stablehlo.multiply %1664, %1663 : tensor<i32>
    %1666 = stablehlo.subtract %5, %1665 : tensor<i32>
    %1667 = stablehlo.reshape %1659 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1668 = stablehlo.dynamic_update_slice %1648, %1667, %1660, %1661, %1666, %1662, %1662 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1669 = stablehlo.slice %1620 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1670 = stablehlo.constant dense<14> : tensor<i32>
    %1671 = stablehlo.constant dense<1> : tensor<i32>
    %1672 = stablehlo.constant dense<0> : tensor<i32>
    %1673 = stablehlo.constant dense<512> : tensor<i32>
    %1674 = stablehlo.divide %5, %1673 : tensor<i32>
    %1675 = stablehlo.multiply %1674, %1673 : tensor<i32>
    %1676 = stablehlo.subtract %5, %1675 : tensor<i32>
    %1677 = stablehlo.reshape %1669 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1678 = stablehlo.dynamic_update_slice %1658, %1677, %1670, %1671, %1676, %1672, %1672 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1679 = stablehlo.concatenate %1629, %1638, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1680 = stablehlo.reshape %1679 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1681 = stablehlo.convert %arg221 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1682 = stablehlo.dot_general %1680, %1681, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1683 = stablehlo.composite "mlxla.rms_norm" %1682, %arg222 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1684 = stablehlo.add %1604, %1683 : tensor<2x1152xf32>
    %1685 = stablehlo.composite "mlxla.rms_norm" %1684, %arg223 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1686 = stablehlo.convert %arg225 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1687 = stablehlo.dot_general %1685, %1686, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1688 = stablehlo.multiply %1687, %1687 : tensor<2x6912xf32>
    %1689 = stablehlo.multiply %1688, %1687 : tensor<2x6912xf32>
    %1690 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1691 = stablehlo.multiply %1689, %1690 : tensor<2x6912xf32>
    %1692 = stablehlo.add %1687, %1691 : tensor<2x6912xf32>
    %1693 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1694 = stablehlo.multiply %1692, %1693 : tensor<2x6912xf32>
    %1695 = stablehlo.tanh %1694 : tensor<2x6912xf32>
    %1696 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1697 = stablehlo.add %1695, %1696 : tensor<2x6912xf32>
    %1698 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1699 = stablehlo.multiply %1687, %1698 : tensor<2x6912xf32>
    %1700 = stablehlo.multiply %1699, %1697 : tensor<2x6912xf32>
    %1701 = stablehlo.convert %arg226 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1702 = stablehlo.dot_general %1685, %1701, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1703 = stablehlo.multiply %1700, %1702 : tensor<2x6912xf32>
    %1704 = stablehlo.convert %arg227 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1705 = stablehlo.dot_general %1703, %1704, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1706 = stablehlo.composite "mlxla.rms_norm" %1705, %arg224 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1707 = stablehlo.add %1684, %1706 : tensor<2x1152xf32>
    %1708 = stablehlo.composite "mlxla.rms_norm" %1707, %arg228 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1709 = stablehlo.convert %arg229 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1710 = stablehlo.dot_general %1708, %1709, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1711 = stablehlo.reshape %1710 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1712 = stablehlo.composite "mlxla.rms_norm" %1711, %arg232 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1713 = stablehlo.composite "mlxla.rope" %1712, %arg1 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1714 = stablehlo.convert %arg230 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1715 = stablehlo.dot_general %1708, %1714, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1716 = stablehlo.reshape %1715 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1717 = stablehlo.composite "mlxla.rms_norm" %1716, %arg233 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1718 = stablehlo.composite "mlxla.rope" %1717, %arg1 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1719 = stablehlo.convert %arg231 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1720 = stablehlo.dot_general %1708, %1719, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1721 = stablehlo.reshape %1720 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1722 = stablehlo.convert %1718 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1723 = stablehlo.convert %1721 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1724 = stablehlo.constant dense<2> : tensor<i32>
    %1725 = stablehlo.constant dense<0> : tensor<i32>
    %1726 = stablehlo.constant dense<0> : tensor<i32>
    %1727 = stablehlo.slice %1722 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1728 = stablehlo.reshape %1727 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1729 = stablehlo.dynamic_update_slice %1146, %1728, %1724, %1726, %1, %1725, %1725 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1730 = stablehlo.slice %1723 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1731 = stablehlo.reshape %1730 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1732 = stablehlo.dynamic_update_slice %1149, %1731, %1724, %1726, %1, %1725, %1725 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1733 = stablehlo.constant dense<1> : tensor<i32>
    %1734 = stablehlo.slice %1722 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1735 = stablehlo.reshape %1734 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1736 = stablehlo.dynamic_update_slice %1729, %1735, %1724, %1733, %5, %1725, %1725 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1737 = stablehlo.slice %1723 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1738 = stablehlo.reshape %1737 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1739 = stablehlo.dynamic_update_slice %1732, %1738, %1724, %1733, %5, %1725, %1725 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1740 = stablehlo.slice %1713 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1741 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1742 = stablehlo.slice %1736 [2:3, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1743 = stablehlo.reshape %1742 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1744 = stablehlo.slice %1739 [2:3, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1745 = stablehlo.reshape %1744 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1746 = stablehlo.composite "mlxla.attention" %1740, %1743, %1745, %1741, %3 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1747 = stablehlo.slice %1713 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1748 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1749 = stablehlo.slice %1736 [2:3, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1750 = stablehlo.reshape %1749 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1751 = stablehlo.slice %1739 [2:3, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1752 = stablehlo.reshape %1751 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1753 = stablehlo.composite "mlxla.attention" %1747, %1750, %1752, %1748, %7 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1754 = stablehlo.concatenate %1746, %1753, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1755 = stablehlo.reshape %1754 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1756 = stablehlo.convert %arg234 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1757 = stablehlo.dot_general %1755, %1756, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1758 = stablehlo.composite "mlxla.rms_norm" %1757, %arg235 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1759 = stablehlo.add %1707, %1758 : tensor<2x1152xf32>
    %1760 = stablehlo.composite "mlxla.rms_norm" %1759, %arg236 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1761 = stablehlo.convert %arg238 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1762 = stablehlo.dot_general %1760, %1761, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1763 = stablehlo.multiply %1762, %1762 : tensor<2x6912xf32>
    %1764 = stablehlo.multiply %1763, %1762 : tensor<2x6912xf32>
    %1765 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1766 = stablehlo.multiply %1764, %1765 : tensor<2x6912xf32>
    %1767 = stablehlo.add %1762, %1766 : tensor<2x6912xf32>
    %1768 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1769 = stablehlo.multiply %1767, %1768 : tensor<2x6912xf32>
    %1770 = stablehlo.tanh %1769 : tensor<2x6912xf32>
    %1771 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1772 = stablehlo.add %1770, %1771 : tensor<2x6912xf32>
    %1773 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1774 = stablehlo.multiply %1762, %1773 : tensor<2x6912xf32>
    %1775 = stablehlo.multiply %1774, %1772 : tensor<2x6912xf32>
    %1776 = stablehlo.convert %arg239 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1777 = stablehlo.dot_general %1760, %1776, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1778 = stablehlo.multiply %1775, %1777 : tensor<2x6912xf32>
    %1779 = stablehlo.convert %arg240 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1780 = stablehlo.dot_general %1778, %1779, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1781 = stablehlo.composite "mlxla.rms_norm" %1780, %arg237 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1782 = stablehlo.add %1759, %1781 : tensor<2x1152xf32>
    %1783 = stablehlo.composite "mlxla.rms_norm" %1782, %arg241 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1784 = stablehlo.convert %arg242 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1785 = stablehlo.dot_general %1783, %1784, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1786 = stablehlo.reshape %1785 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1787 = stablehlo.composite "mlxla.rms_norm" %1786, %arg245 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1788 = stablehlo.composite "mlxla.rope" %1787, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1789 = stablehlo.convert %arg243 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1790 = stablehlo.dot_general %1783, %1789, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1791 = stablehlo.reshape %1790 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1792 = stablehlo.composite "mlxla.rms_norm" %1791, %arg246 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1793 = stablehlo.composite "mlxla.rope" %1792, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1794 = stablehlo.convert %arg244 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1795 = stablehlo.dot_general %1783, %1794, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1796 = stablehlo.reshape %1795 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1797 = stablehlo.convert %1793 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1798 = stablehlo.convert %1796 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1799 = stablehlo.slice %1788 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1800 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1801 = stablehlo.slice %1668 [15:16, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1802 = stablehlo.reshape %1801 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1803 = stablehlo.slice %1678 [15:16, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1804 = stablehlo.reshape %1803 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1805 = stablehlo.slice %1797 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1806 = stablehlo.slice %1798 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1807 = stablehlo.composite "mlxla.window_attention" %1799, %1802, %1804, %1805, %1806, %1800, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1808 = stablehlo.slice %1788 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1809 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1810 = stablehlo.slice %1668 [15:16, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1811 = stablehlo.reshape %1810 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1812 = stablehlo.slice %1678 [15:16, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1813 = stablehlo.reshape %1812 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1814 = stablehlo.slice %1797 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1815 = stablehlo.slice %1798 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1816 = stablehlo.composite "mlxla.window_attention" %1808, %1811, %1813, %1814, %1815, %1809, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1817 = stablehlo.slice %1797 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1818 = stablehlo.constant dense<15> : tensor<i32>
    %1819 = stablehlo.constant dense<0> : tensor<i32>
    %1820 = stablehlo.constant dense<0> : tensor<i32>
    %1821 = stablehlo.constant dense<512> : tensor<i32>
    %1822 = stablehlo.divide %1, %1821 : tensor<i32>
    %1823 = stablehlo.multiply %1822, %1821 : tensor<i32>
    %1824 = stablehlo.subtract %1, %1823 : tensor<i32>
    %1825 = stablehlo.reshape %1817 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1826 = stablehlo.dynamic_update_slice %1668, %1825, %1818, %1819, %1824, %1820, %1820 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1827 = stablehlo.slice %1798 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1828 = stablehlo.constant dense<15> : tensor<i32>
    %1829 = stablehlo.constant dense<0> : tensor<i32>
    %1830 = stablehlo.constant dense<0> : tensor<i32>
    %1831 = stablehlo.constant dense<512> : tensor<i32>
    %1832 = stablehlo.divide %1, %1831 : tensor<i32>
    %1833 = stablehlo.multiply %1832, %1831 : tensor<i32>
    %1834 = stablehlo.subtract %1, %1833 : tensor<i32>
    %1835 = stablehlo.reshape %1827 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1836 = stablehlo.dynamic_update_slice %1678, %1835, %1828, %1829, %1834, %1830, %1830 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1837 = stablehlo.slice %1797 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1838 = stablehlo.constant dense<15> : tensor<i32>
    %1839 = stablehlo.constant dense<1> : tensor<i32>
    %1840 = stablehlo.constant dense<0> : tensor<i32>
    %1841 = stablehlo.constant dense<512> : tensor<i32>
    %1842 = stablehlo.divide %5, %1841 : tensor<i32>
    %1843 = stablehlo.multiply %1842, %1841 : tensor<i32>
    %1844 = stablehlo.subtract %5, %1843 : tensor<i32>
    %1845 = stablehlo.reshape %1837 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1846 = stablehlo.dynamic_update_slice %1826, %1845, %1838, %1839, %1844, %1840, %1840 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1847 = stablehlo.slice %1798 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1848 = stablehlo.constant dense<15> : tensor<i32>
    %1849 = stablehlo.constant dense<1> : tensor<i32>
    %1850 = stablehlo.constant dense<0> : tensor<i32>
    %1851 = stablehlo.constant dense<512> : tensor<i32>
    %1852 = stablehlo.divide %5, %1851 : tensor<i32>
    %1853 = stablehlo.multiply %1852, %1851 : tensor<i32>
    %1854 = stablehlo.subtract %5, %1853 : tensor<i32>
    %1855 = stablehlo.reshape %1847 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1856 = stablehlo.dynamic_update_slice %1836, %1855, %1848, %1849, %1854, %1850, %1850 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1857 = stablehlo.concatenate %1807, %1816, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1858 = stablehlo.reshape %1857 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1859 = stablehlo.convert %arg247 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1860 = stablehlo.dot_general %1858, %1859, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1861 = stablehlo.composite "mlxla.rms_norm" %1860, %arg248 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1862 = stablehlo.add %1782, %1861 : tensor<2x1152xf32>
    %1863 = stablehlo.composite "mlxla.rms_norm" %1862, %arg249 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1864 = stablehlo.convert %arg251 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1865 = stablehlo.dot_general %1863, %1864, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1866 = stablehlo.multiply %1865, %1865 : tensor<2x6912xf32>
    %1867 = stablehlo.multiply %1866, %1865 : tensor<2x6912xf32>
    %1868 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1869 = stablehlo.multiply %1867, %1868 : tensor<2x6912xf32>
    %1870 = stablehlo.add %1865, %1869 : tensor<2x6912xf32>
    %1871 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1872 = stablehlo.multiply %1870, %1871 : tensor<2x6912xf32>
    %1873 = stablehlo.tanh %1872 : tensor<2x6912xf32>
    %1874 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1875 = stablehlo.add %1873, %1874 : tensor<2x6912xf32>
    %1876 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1877 = stablehlo.multiply %1865, %1876 : tensor<2x6912xf32>
    %1878 = stablehlo.multiply %1877, %1875 : tensor<2x6912xf32>
    %1879 = stablehlo.convert %arg252 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1880 = stablehlo.dot_general %1863, %1879, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1881 = stablehlo.multiply %1878, %1880 : tensor<2x6912xf32>
    %1882 = stablehlo.convert %arg253 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1883 = stablehlo.dot_general %1881, %1882, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1884 = stablehlo.composite "mlxla.rms_norm" %1883, %arg250 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1885 = stablehlo.add %1862, %1884 : tensor<2x1152xf32>
    %1886 = stablehlo.composite "mlxla.rms_norm" %1885, %arg254 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1887 = stablehlo.convert %arg255 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1888 = stablehlo.dot_general %1886, %1887, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1889 = stablehlo.reshape %1888 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1890 = stablehlo.composite "mlxla.rms_norm" %1889, %arg258 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1891 = stablehlo.composite "mlxla.rope" %1890, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1892 = stablehlo.convert %arg256 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1893 = stablehlo.dot_general %1886, %1892, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1894 = stablehlo.reshape %1893 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1895 = stablehlo.composite "mlxla.rms_norm" %1894, %arg259 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1896 = stablehlo.composite "mlxla.rope" %1895, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1897 = stablehlo.convert %arg257 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1898 = stablehlo.dot_general %1886, %1897, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1899 = stablehlo.reshape %1898 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1900 = stablehlo.convert %1896 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1901 = stablehlo.convert %1899 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1902 = stablehlo.slice %1891 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1903 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1904 = stablehlo.slice %1846 [16:17, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1905 = stablehlo.reshape %1904 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1906 = stablehlo.slice %1856 [16:17, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1907 = stablehlo.reshape %1906 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1908 = stablehlo.slice %1900 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1909 = stablehlo.slice %1901 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1910 = stablehlo.composite "mlxla.window_attention" %1902, %1905, %1907, %1908, %1909, %1903, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1911 = stablehlo.slice %1891 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1912 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1913 = stablehlo.slice %1846 [16:17, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1914 = stablehlo.reshape %1913 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1915 = stablehlo.slice %1856 [16:17, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1916 = stablehlo.reshape %1915 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1917 = stablehlo.slice %1900 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1918 = stablehlo.slice %1901 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1919 = stablehlo.composite "mlxla.window_attention" %1911, %1914, %1916, %1917, %1918, %1912, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1920 = stablehlo.slice %1900 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1921 = stablehlo.constant dense<16> : tensor<i32>
    %1922 = stablehlo.constant dense<0> : tensor<i32>
    %1923 = stablehlo.constant dense<0> : tensor<i32>
    %1924 = stablehlo.constant dense<512> : tensor<i32>
    %1925 = stablehlo.divide %1, %1924 : tensor<i32>
    %1926 = stablehlo.multiply %1925, %1924 : tensor<i32>
    %1927 = stablehlo.subtract %1, %1926 : tensor<i32>
    %1928 = stablehlo.reshape %1920 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1929 = stablehlo.dynamic_update_slice %1846, %1928, %1921, %1922, %1927, %1923, %1923 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1930 = stablehlo.slice %1901 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1931 = stablehlo.constant dense<16> : tensor<i32>
    %1932 = stablehlo.constant dense<0> : tensor<i32>
    %1933 = stablehlo.constant dense<0> : tensor<i32>
    %1934 = stablehlo.constant dense<512> : tensor<i32>
    %1935 = stablehlo.divide %1, %1934 : tensor<i32>
    %1936 = stablehlo.multiply %1935, %1934 : tensor<i32>
    %1937 = stablehlo.subtract %1, %1936 : tensor<i32>
    %1938 = stablehlo.reshape %1930 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1939 = stablehlo.dynamic_update_slice %1856, %1938, %1931, %1932, %1937, %1933, %1933 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1940 = stablehlo.slice %1900 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1941 = stablehlo.constant dense<16> : tensor<i32>
    %1942 = stablehlo.constant dense<1> : tensor<i32>
    %1943 = stablehlo.constant dense<0> : tensor<i32>
    %1944 = stablehlo.constant dense<512> : tensor<i32>
    %1945 = stablehlo.divide %5, %1944 : tensor<i32>
    %1946 = stablehlo.multiply %1945, %1944 : tensor<i32>
    %1947 = stablehlo.subtract %5, %1946 : tensor<i32>
    %1948 = stablehlo.reshape %1940 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1949 = stablehlo.dynamic_update_slice %1929, %1948, %1941, %1942, %1947, %1943, %1943 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1950 = stablehlo.slice %1901 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1951 = stablehlo.constant dense<16> : tensor<i32>
    %1952 = stablehlo.constant dense<1> : tensor<i32>
    %1953 = stablehlo.constant dense<0> : tensor<i32>
    %1954 = stablehlo.constant dense<512> : tensor<i32>
    %1955 = stablehlo.divide %5, %1954 : tensor<i32>
    %1956 = stablehlo.multiply %1955, %1954 : tensor<i32>
    %1957 = stablehlo.subtract %5, %1956 : tensor<i32>
    %1958 = stablehlo.reshape %1950 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1959 = stablehlo.dynamic_update_slice %1939, %1958, %1951, %1952, %1957, %1953, %1953 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1960 = stablehlo.concatenate %1910, %1919, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1961 = stablehlo.reshape %1960 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1962 = stablehlo.convert %arg260 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1963 = stablehlo.dot_general %1961, %1962, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1964 = stablehlo.composite "mlxla.rms_norm" %1963, %arg261 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1965 = stablehlo.add %1885, %1964 : tensor<2x1152xf32>
    %1966 = stablehlo.composite "mlxla.rms_norm" %1965, %arg262 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1967 = stablehlo.convert %arg264 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1968 = stablehlo.dot_general %1966, %1967, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1969 = stablehlo.multiply %1968, %1968 : tensor<2x6912xf32>
    %1970 = stablehlo.multiply %1969, %1968 : tensor<2x6912xf32>
    %1971 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1972 = stablehlo.multiply %1970, %1971 : tensor<2x6912xf32>
    %1973 = stablehlo.add %1968, %1972 : tensor<2x6912xf32>
    %1974 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1975 = stablehlo.multiply %1973, %1974 : tensor<2x6912xf32>
    %1976 = stablehlo.tanh %1975 : tensor<2x6912xf32>
    %1977 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1978 = stablehlo.add %1976, %1977 : tensor<2x6912xf32>
    %1979 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1980 = stablehlo.multiply %1968, %1979 : tensor<2x6912xf32>
    %1981 = stablehlo.multiply %1980, %1978 : tensor<2x6912xf32>
    %1982 = stablehlo.convert %arg265 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1983 = stablehlo.dot_general %1966, %1982, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1984 = stablehlo.multiply %1981, %1983 : tensor<2x6912xf32>
    %1985 = stablehlo.convert %arg266 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1986 = stablehlo.dot_general %1984, %1985, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1987 = stablehlo.composite "mlxla.rms_norm" %1986, %arg263 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1988 = stablehlo.add %1965, %1987 : tensor<2x1152xf32>
    %1989 = stablehlo.composite "mlxla.rms_norm" %1988, %arg267 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1990 = stablehlo.convert %arg268 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1991 = stablehlo.dot_general %1989, %1990, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1992 = stablehlo.reshape %1991 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1993 = stablehlo.composite "mlxla.rms_norm" %1992, %arg271 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1994 = stablehlo.composite "mlxla.rope" %1993, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1995 = stablehlo.convert %arg269 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1996 = stablehlo.dot_general %1989, %1995, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1997 = stablehlo.reshape %1996 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1998 = stablehlo.composite "mlxla.rms_norm" %1997, %arg272 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1999 = stablehlo.composite "mlxla.rope" %1998, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2000 = stablehlo.convert %arg270 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2001 = stablehlo.dot_general %1989, %2000, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2002 = stablehlo.reshape %2001 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2003 = stablehlo.convert %1999 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2004 = stablehlo.convert %2002 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2005 = stablehlo.slice %1994 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2006 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2007 = stablehlo.slice %1949 [17:18, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2008 = stablehlo.reshape %2007 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2009 = stablehlo.slice %1959 [17:18, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2010 = stablehlo.reshape %2009 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2011 = stablehlo.slice %2003 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2012 = stablehlo.slice %2004 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2013 = stablehlo.composite "mlxla.window_attention" %2005, %2008, %2010, %2011, %2012, %2006, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2014 = stablehlo.slice %1994 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2015 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2016 = stablehlo.slice %1949 [17:18, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2017 = stablehlo.reshape %2016 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2018 = stablehlo.slice %1959 [17:18, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2019 = stablehlo.reshape %2018 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2020 = stablehlo.slice %2003 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2021 = stablehlo.slice %2004 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2022 = stablehlo.composite "mlxla.window_attention" %2014, %2017, %2019, %2020, %2021, %2015, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2023 = stablehlo.slice %2003 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2024 = stablehlo.constant dense<17> : tensor<i32>
    %2025 = stablehlo.constant dense<0> : tensor<i32>
    %2026 = stablehlo.constant dense<0> : tensor<i32>
    %2027 = stablehlo.constant dense<512> : tensor<i32>
    %2028 = stablehlo.divide %1, %2027 : tensor<i32>
    %2029 = stablehlo.multiply %2028, %2027 : tensor<i32>
    %2030 = stablehlo.subtract %1, %2029 : tensor<i32>
    %2031 = stablehlo.reshape %2023 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2032 = stablehlo.dynamic_update_slice %1949, %2031, %2024, %2025, %2030, %2026, %2026 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2033 = stablehlo.slice %2004 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2034 = stablehlo.constant dense<17> : tensor<i32>
    %2035 = stablehlo.constant dense<0> : tensor<i32>
    %2036 = stablehlo.constant dense<0> : tensor<i32>
    %2037 = stablehlo.constant dense<512> : tensor<i32>
    %2038 = stablehlo.divide %1, %2037 : tensor<i32>
    %2039 = stablehlo.multiply %2038, %2037 : tensor<i32>
    %2040 = stablehlo.subtract %1, %2039 : tensor<i32>
    %2041 = stablehlo.reshape %2033 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2042 = stablehlo.dynamic_update_slice %1959, %2041, %2034, %2035, %2040, %2036, %2036 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2043 = stablehlo.slice %2003 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2044 = stablehlo.constant dense<17> : tensor<i32>
    %2045 = stablehlo.constant dense<1> : tensor<i32>
    %2046 = stablehlo.constant dense<0> : tensor<i32>
    %2047 = stablehlo.constant dense<512> : tensor<i32>
    %2048 = stablehlo.divide %5, %2047 : tensor<i32>
    %2049 = stablehlo.multiply %2048, %2047 : tensor<i32>
    %2050 = stablehlo.subtract %5, %2049 : tensor<i32>
    %2051 = stablehlo.reshape %2043 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2052 = stablehlo.dynamic_update_slice %2032, %2051, %2044, %2045, %2050, %2046, %2046 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2053 = stablehlo.slice %2004 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2054 = stablehlo.constant dense<17> : tensor<i32>
    %2055 = stablehlo.constant dense<1> : tensor<i32>
    %2056 = stablehlo.constant dense<0> : tensor<i32>
    %2057 = stablehlo.constant dense<512> : tensor<i32>
    %2058 = stablehlo.divide %5, %2057 : tensor<i32>
    %2059 = stablehlo.multiply %2058, %2057 : tensor<i32>
    %2060 = stablehlo.subtract %5, %2059 : tensor<i32>
    %2061 = stablehlo.reshape %2053 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2062 = stablehlo.dynamic_update_slice %2042, %2061, %2054, %2055, %2060, %2056, %2056 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2063 = stablehlo.concatenate %2013, %2022, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2064 = stablehlo.reshape %2063 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2065 = stablehlo.convert %arg273 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2066 = stablehlo.dot_general %2064, %2065, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2067 = stablehlo.composite "mlxla.rms_norm" %2066, %arg274 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2068 = stablehlo.add %1988, %2067 : tensor<2x1152xf32>
    %2069 = stablehlo.composite "mlxla.rms_norm" %2068, %arg275 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2070 = stablehlo.convert %arg277 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2071 = stablehlo.dot_general %2069, %2070, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2072 = stablehlo.multiply %2071, %2071 : tensor<2x6912xf32>
    %2073 = stablehlo.multiply %2072, %2071 : tensor<2x6912xf32>
    %2074 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2075 = stablehlo.multiply %2073, %2074 : tensor<2x6912xf32>
    %2076 = stablehlo.add %2071, %2075 : tensor<2x6912xf32>
    %2077 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2078 = stablehlo.multiply %2076, %2077 : tensor<2x6912xf32>
    %2079 = stablehlo.tanh %2078 : tensor<2x6912xf32>
    %2080 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2081 = stablehlo.add %2079, %2080 : tensor<2x6912xf32>
    %2082 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2083 = stablehlo.multiply %2071, %2082 : tensor<2x6912xf32>
    %2084 = stablehlo.multiply %2083, %2081 : tensor<2x6912xf32>
    %2085 = stablehlo.convert %arg278 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2086 = stablehlo.dot_general %2069, %2085, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2087 = stablehlo.multiply %2084, %2086 : tensor<2x6912xf32>
    %2088 = stablehlo.convert %arg279 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2089 = stablehlo.dot_general %2087, %2088, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2090 = stablehlo.composite "mlxla.rms_norm" %2089, %arg276 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2091 = stablehlo.add %2068, %2090 : tensor<2x1152xf32>
    %2092 = stablehlo.composite "mlxla.rms_norm" %2091, %arg280 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2093 = stablehlo.convert %arg281 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2094 = stablehlo.dot_general %2092, %2093, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2095 = stablehlo.reshape %2094 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2096 = stablehlo.composite "mlxla.rms_norm" %2095, %arg284 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2097 = stablehlo.composite "mlxla.rope" %2096, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2098 = stablehlo.convert %arg282 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2099 = stablehlo.dot_general %2092, %2098, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2100 = stablehlo.reshape %2099 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2101 = stablehlo.composite "mlxla.rms_norm" %2100, %arg285 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2102 = stablehlo.composite "mlxla.rope" %2101, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2103 = stablehlo.convert %arg283 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2104 = stablehlo.dot_general %2092, %2103, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2105 = stablehlo.reshape %2104 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2106 = stablehlo.convert %2102 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2107 = stablehlo.convert %2105 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2108 = stablehlo.slice %2097 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2109 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2110 = stablehlo.slice %2052 [18:19, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2111 = stablehlo.reshape %2110 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2112 = stablehlo.slice %2062 [18:19, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2113 = stablehlo.reshape %2112 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2114 = stablehlo.slice %2106 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2115 = stablehlo.slice %2107 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2116 = stablehlo.composite "mlxla.window_attention" %2108, %2111, %2113, %2114, %2115, %2109, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2117 = stablehlo.slice %2097 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2118 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2119 = stablehlo.slice %2052 [18:19, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2120 = stablehlo.reshape %2119 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2121 = stablehlo.slice %2062 [18:19, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2122 = stablehlo.reshape %2121 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2123 = stablehlo.slice %2106 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2124 = stablehlo.slice %2107 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2125 = stablehlo.composite "mlxla.window_attention" %2117, %2120, %2122, %2123, %2124, %2118, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2126 = stablehlo.slice %2106 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2127 = stablehlo.constant dense<18> : tensor<i32>
    %2128 = stablehlo.constant dense<0> : tensor<i32>
    %2129 = stablehlo.constant dense<0> : tensor<i32>
    %2130 = stablehlo.constant dense<512> : tensor<i32>
    %2131 = stablehlo.divide %1, %2130 : tensor<i32>
    %2132 = stablehlo.multiply %2131, %2130 : tensor<i32>
    %2133 = stablehlo.subtract %1, %2132 : tensor<i32>
    %2134 = stablehlo.reshape %2126 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2135 = stablehlo.dynamic_update_slice %2052, %2134, %2127, %2128, %2133, %2129, %2129 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2136 = stablehlo.slice %2107 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2137 = stablehlo.constant dense<18> : tensor<i32>
    %2138 = stablehlo.constant dense<0> : tensor<i32>
    %2139 = stablehlo.constant dense<0> : tensor<i32>
    %2140 = stablehlo.constant dense<512> : tensor<i32>
    %2141 = stablehlo.divide %1, %2140 : tensor<i32>
    %2142 = stablehlo.multiply %2141, %2140 : tensor<i32>
    %2143 = stablehlo.subtract %1, %2142 : tensor<i32>
    %2144 = stablehlo.reshape %2136 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2145 = stablehlo.dynamic_update_slice %2062, %2144, %2137, %2138, %2143, %2139, %2139 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2146 = stablehlo.slice %2106 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2147 = stablehlo.constant dense<18> : tensor<i32>
    %2148 = stablehlo.constant dense<1> : tensor<i32>
    %2149 = stablehlo.constant dense<0> : tensor<i32>
    %2150 = stablehlo.constant dense<512> : tensor<i32>
    %2151 = stablehlo.divide %5, %2150 : tensor<i32>
    %2152 = stablehlo.multiply %2151, %2150 : tensor<i32>
    %2153 = stablehlo.subtract %5, %2152 : tensor<i32>
    %2154 = stablehlo.reshape %2146 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2155 = stablehlo.dynamic_update_slice %2135, %2154, %2147, %2148, %2153, %2149, %2149 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2156 = stablehlo.slice %2107 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2157 = stablehlo.constant dense<18> : tensor<i32>
    %2158 = stablehlo.constant dense<1> : tensor<i32>
    %2159 = stablehlo.constant dense<0> : tensor<i32>
    %2160 = stablehlo.constant dense<512> : tensor<i32>
    %2161 = stablehlo.divide %5, %2160 : tensor<i32>
    %2162 = stablehlo.multiply %2161, %2160 : tensor<i32>
    %2163 = stablehlo.subtract %5, %2162 : tensor<i32>
    %2164 = stablehlo.reshape %2156 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2165 = stablehlo.dynamic_update_slice %2145, %2164, %2157, %2158, %2163, %2159, %2159 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2166 = stablehlo.concatenate %2116, %2125, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2167 = stablehlo.reshape %2166 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2168 = stablehlo.convert %arg286 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2169 = stablehlo.dot_general %2167, %2168, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2170 = stablehlo.composite "mlxla.rms_norm" %2169, %arg287 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2171 = stablehlo.add %2091, %2170 : tensor<2x1152xf32>
    %2172 = stablehlo.composite "mlxla.rms_norm" %2171, %arg288 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2173 = stablehlo.convert %arg290 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2174 = stablehlo.dot_general %2172, %2173, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2175 = stablehlo.multiply %2174, %2174 : tensor<2x6912xf32>
    %2176 = stablehlo.multiply %2175, %2174 : tensor<2x6912xf32>
    %2177 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2178 = stablehlo.multiply %2176, %2177 : tensor<2x6912xf32>
    %2179 = stablehlo.add %2174, %2178 : tensor<2x6912xf32>
    %2180 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2181 = stablehlo.multiply %2179, %2180 : tensor<2x6912xf32>
    %2182 = stablehlo.tanh %2181 : tensor<2x6912xf32>
    %2183 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2184 = stablehlo.add %2182, %2183 : tensor<2x6912xf32>
    %2185 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2186 = stablehlo.multiply %2174, %2185 : tensor<2x6912xf32>
    %2187 = stablehlo.multiply %2186, %2184 : tensor<2x6912xf32>
    %2188 = stablehlo.convert %arg291 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2189 = stablehlo.dot_general %2172, %2188, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2190 = stablehlo.multiply %2187, %2189 : tensor<2x6912xf32>
    %2191 = stablehlo.convert %arg292 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2192 = stablehlo.dot_general %2190, %2191, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2193 = stablehlo.composite "mlxla.rms_norm" %2192, %arg289 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2194 = stablehlo.add %2171, %2193 : tensor<2x1152xf32>
    %2195 = stablehlo.composite "mlxla.rms_norm" %2194, %arg293 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2196 = stablehlo.convert %arg294 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2197 = stablehlo.dot_general %2195, %2196, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2198 = stablehlo.reshape %2197 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2199 = stablehlo.composite "mlxla.rms_norm" %2198, %arg297 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2200 = stablehlo.composite "mlxla.rope" %2199, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2201 = stablehlo.convert %arg295 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2202 = stablehlo.dot_general %2195, %2201, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2203 = stablehlo.reshape %2202 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2204 = stablehlo.composite "mlxla.rms_norm" %2203, %arg298 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2205 = stablehlo.composite "mlxla.rope" %2204, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2206 = stablehlo.convert %arg296 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2207 = stablehlo.dot_general %2195, %2206, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2208 = stablehlo.reshape %2207 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2209 = stablehlo.convert %2205 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2210 = stablehlo.convert %2208 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2211 = stablehlo.slice %2200 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2212 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2213 = stablehlo.slice %2155 [19:20, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2214 = stablehlo.reshape %2213 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2215 = stablehlo.slice %2165 [19:20, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2216 = stablehlo.reshape %2215 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2217 = stablehlo.slice %2209 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2218 = stablehlo.slice %2210 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2219 = stablehlo.composite "mlxla.window_attention" %2211, %2214, %2216, %2217, %2218, %2212, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2220 = stablehlo.slice %2200 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2221 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2222 = stablehlo.slice %2155 [19:20, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2223 = stablehlo.reshape %2222 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2224 = stablehlo.slice %2165 [19:20, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2225 = stablehlo.reshape %2224 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2226 = stablehlo.slice %2209 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2227 = stablehlo.slice %2210 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2228 = stablehlo.composite "mlxla.window_attention" %2220, %2223, %2225, %2226, %2227, %2221, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2229 = stablehlo.slice %2209 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2230 = stablehlo.constant dense<19> : tensor<i32>
    %2231 = stablehlo.constant dense<0> : tensor<i32>
    %2232 = stablehlo.constant dense<0> : tensor<i32>
    %2233 = stablehlo.constant dense<512> : tensor<i32>
    %2234 = stablehlo.divide %1, %2233 : tensor<i32>
    %2235 = stablehlo.multiply %2234, %2233 : tensor<i32>
    %2236 = stablehlo.subtract %1, %2235 : tensor<i32>
    %2237 = stablehlo.reshape %2229 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2238 = stablehlo.dynamic_update_slice %2155, %2237, %2230, %2231, %2236, %2232, %2232 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2239 = stablehlo.slice %2210 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2240 = stablehlo.constant dense<19> : tensor<i32>
    %2241 = stablehlo.constant dense<0> : tensor<i32>
    %2242 = stablehlo.constant dense<0> : tensor<i32>
    %2243 = stablehlo.constant dense<512> : tensor<i32>
    %2244 = stablehlo.divide %1, %2243 : tensor<i32>
    %2245 = stablehlo.multiply %2244, %2243 : tensor<i32>
    %2246 = stablehlo.subtract %1, %2245 : tensor<i32>
    %2247 = stablehlo.reshape %2239 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2248 = stablehlo.dynamic_update_slice %2165, %2247, %2240, %2241, %2246, %2242, %2242 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2249 = stablehlo.slice %2209 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2250 = stablehlo.constant dense<19> : tensor<i32>
    %2251 = stablehlo.constant dense<1> : tensor<i32>
    %2252 = stablehlo.constant dense<0> : tensor<i32>
    %2253 = stablehlo.constant dense<512> : tensor<i32>
    %2254 = stablehlo.divide %5, %2253 : tensor<i32>
    %2255 = stablehlo.multiply %2254, %2253 : tensor<i32>
    %2256 = stablehlo.subtract %5, %2255 : tensor<i32>
    %2257 = stablehlo.reshape %2249 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2258 = stablehlo.dynamic_update_slice %2238, %2257, %2250, %2251, %2256, %2252, %2252 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2259 = stablehlo.slice %2210 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2260 = stablehlo.constant dense<19> : tensor<i32>
    %2261 = stablehlo.constant dense<1> : tensor<i32>
    %2262 = stablehlo.constant dense<0> : tensor<i32>
    %2263 = stablehlo.constant dense<512> : tensor<i32>
    %2264 = stablehlo.divide %5, %2263 : tensor<i32>
    %2265 = stablehlo.multiply %2264, %2263 : tensor<i32>
    %2266 = stablehlo.subtract %5, %2265 : tensor<i32>
    %2267 = stablehlo.reshape %2259 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2268 = stablehlo.dynamic_update_slice %2248, %2267, %2260, %2261, %2266, %2262, %2262 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2269 = stablehlo.concatenate %2219, %2228, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2270 = stablehlo.reshape %2269 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2271 = stablehlo.convert %arg299 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2272 = stablehlo.dot_general %2270, %2271, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2273 = stablehlo.composite "mlxla.rms_norm" %2272, %arg300 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2274 = stablehlo.add %2194, %2273 : tensor<2x1152xf32>
    %2275 = stablehlo.composite "mlxla.rms_norm" %2274, %arg301 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2276 = stablehlo.convert %arg303 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2277 = stablehlo.dot_general %2275, %2276, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2278 = stablehlo.multiply %2277, %2277 : tensor<2x6912xf32>
    %2279 = stablehlo.multiply %2278, %2277 : tensor<2x6912xf32>
    %2280 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2281 = stablehlo.multiply %2279, %2280 : tensor<2x6912xf32>
    %2282 = stablehlo.add %2277, %2281 : tensor<2x6912xf32>
    %2283 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2284 = stablehlo.multiply %2282, %2283 : tensor<2x6912xf32>
    %2285 = stablehlo.tanh %2284 : tensor<2x6912xf32>
    %2286 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2287 = stablehlo.add %2285, %2286 : tensor<2x6912xf32>
    %2288 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2289 = stablehlo.multiply %2277, %2288 : tensor<2x6912xf32>
    %2290 = stablehlo.multiply %2289, %2287 : tensor<2x6912xf32>
    %2291 = stablehlo.convert %arg304 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2292 = stablehlo.dot_general %2275, %2291, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2293 = stablehlo.multiply %2290, %2292 : tensor<2x6912xf32>
    %2294 = stablehlo.convert %arg305 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2295 = stablehlo.dot_general %2293, %2294, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2296 = stablehlo.composite "mlxla.rms_norm" %2295, %arg302 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2297 = stablehlo.add %2274, %2296 : tensor<2x1152xf32>
    %2298 = stablehlo.composite "mlxla.rms_norm" %2297, %arg306 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2299 = stablehlo.convert %arg307 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2300 = stablehlo.dot_general %2298, %2299, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2301 = stablehlo.reshape %2300 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2302 = stablehlo.composite "mlxla.rms_norm" %2301, %arg310 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2303 = stablehlo.composite "mlxla.rope" %2302, %arg1 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2304 = stablehlo.convert %arg308 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2305 = stablehlo.dot_general %2298, %2304, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2306 = stablehlo.reshape %2305 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2307 = stablehlo.composite "mlxla.rms_norm" %2306, %arg311 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2308 = stablehlo.composite "mlxla.rope" %2307, %arg1 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2309 = stablehlo.convert %arg309 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2310 = stablehlo.dot_general %2298, %2309, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2311 = stablehlo.reshape %2310 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2312 = stablehlo.convert %2308 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2313 = stablehlo.convert %2311 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2314 = stablehlo.constant dense<3> : tensor<i32>
    %2315 = stablehlo.constant dense<0> : tensor<i32>
    %2316 = stablehlo.constant dense<0> : tensor<i32>
    %2317 = stablehlo.slice %2312 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2318 = stablehlo.reshape %2317 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2319 = stablehlo.dynamic_update_slice %1736, %2318, %2314, %2316, %1, %2315, %2315 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %2320 = stablehlo.slice %2313 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2321 = stablehlo.reshape %2320 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2322 = stablehlo.dynamic_update_slice %1739, %2321, %2314, %2316, %1, %2315, %2315 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %2323 = stablehlo.constant dense<1> : tensor<i32>
    %2324 = stablehlo.slice %2312 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2325 = stablehlo.reshape %2324 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2326 = stablehlo.dynamic_update_slice %2319, %2325, %2314, %2323, %5, %2315, %2315 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %2327 = stablehlo.slice %2313 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2328 = stablehlo.reshape %2327 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2329 = stablehlo.dynamic_update_slice %2322, %2328, %2314, %2323, %5, %2315, %2315 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %2330 = stablehlo.slice %2303 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2331 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2332 = stablehlo.slice %2326 [3:4, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2333 = stablehlo.reshape %2332 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2334 = stablehlo.slice %2329 [3:4, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2335 = stablehlo.reshape %2334 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2336 = stablehlo.composite "mlxla.attention" %2330, %2333, %2335, %2331, %3 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2337 = stablehlo.slice %2303 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2338 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2339 = stablehlo.slice %2326 [3:4, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2340 = stablehlo.reshape %2339 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2341 = stablehlo.slice %2329 [3:4, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2342 = stablehlo.reshape %2341 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2343 = stablehlo.composite "mlxla.attention" %2337, %2340, %2342, %2338, %7 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2344 = stablehlo.concatenate %2336, %2343, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2345 = stablehlo.reshape %2344 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2346 = stablehlo.convert %arg312 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2347 = stablehlo.dot_general %2345, %2346, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2348 = stablehlo.composite "mlxla.rms_norm" %2347, %arg313 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2349 = stablehlo.add %2297, %2348 : tensor<2x1152xf32>
    %2350 = stablehlo.composite "mlxla.rms_norm" %2349, %arg314 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2351 = stablehlo.convert %arg316 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2352 = stablehlo.dot_general %2350, %2351, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2353 = stablehlo.multiply %2352, %2352 : tensor<2x6912xf32>
    %2354 = stablehlo.multiply %2353, %2352 : tensor<2x6912xf32>
    %2355 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2356 = stablehlo.multiply %2354, %2355 : tensor<2x6912xf32>
    %2357 = stablehlo.add %2352, %2356 : tensor<2x6912xf32>
    %2358 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2359 = stablehlo.multiply %2357, %2358 : tensor<2x6912xf32>
    %2360 = stablehlo.tanh %2359 : tensor<2x6912xf32>
    %2361 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2362 = stablehlo.add %2360, %2361 : tensor<2x6912xf32>
    %2363 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2364 = stablehlo.multiply %2352, %2363 : tensor<2x6912xf32>
    %2365 = stablehlo.multiply %2364, %2362 : tensor<2x6912xf32>
    %2366 = stablehlo.convert %arg317 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2367 = stablehlo.dot_general %2350, %2366, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2368 = stablehlo.multiply %2365, %2367 : tensor<2x6912xf32>
    %2369 = stablehlo.convert %arg318 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2370 = stablehlo.dot_general %2368, %2369, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2371 = stablehlo.composite "mlxla.rms_norm" %2370, %arg315 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2372 = stablehlo.add %2349, %2371 : tensor<2x1152xf32>
    %2373 = stablehlo.composite "mlxla.rms_norm" %2372, %arg319 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2374 = stablehlo.convert %arg320 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2375 = stablehlo.dot_general %2373, %2374, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2376 = stablehlo.reshape %2375 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2377 = stablehlo.composite "mlxla.rms_norm" %2376, %arg323 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2378 = stablehlo.composite "mlxla.rope" %2377, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2379 = stablehlo.convert %arg321 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2380 = stablehlo.dot_general %2373, %2379, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2381 = stablehlo.reshape %2380 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2382 = stablehlo.composite "mlxla.rms_norm" %2381, %arg324 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2383 = stablehlo.composite "mlxla.rope" %2382, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2384 = stablehlo.convert %arg322 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2385 = stablehlo.dot_general %2373, %2384, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2386 = stablehlo.reshape %2385 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2387 = stablehlo.convert %2383 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2388 = stablehlo.convert %2386 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2389 = stablehlo.slice %2378 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2390 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2391 = stablehlo.slice %2258 [20:21, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2392 = stablehlo.reshape %2391 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2393 = stablehlo.slice %2268 [20:21, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2394 = stablehlo.reshape %2393 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2395 = stablehlo.slice %2387 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2396 = stablehlo.slice %2388 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2397 = stablehlo.composite "mlxla.window_attention" %2389, %2392, %2394, %2395, %2396, %2390, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2398 = stablehlo.slice %2378 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2399 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2400 = stablehlo.slice %2258 [20:21, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2401 = stablehlo.reshape %2400 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2402 = stablehlo.slice %2268 [20:21, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2403 = stablehlo.reshape %2402 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2404 = stablehlo.slice %2387 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2405 = stablehlo.slice %2388 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2406 = stablehlo.composite "mlxla.window_attention" %2398, %2401, %2403, %2404, %2405, %2399, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2407 = stablehlo.slice %2387 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2408 = stablehlo.constant dense<20> : tensor<i32>
    %2409 = stablehlo.constant dense<0> : tensor<i32>
    %2410 = stablehlo.constant dense<0> : tensor<i32>
    %2411 = stablehlo.constant dense<512> : tensor<i32>
    %2412 = stablehlo.divide %1, %2411 : tensor<i32>
    %2413 = stablehlo.multiply %2412, %2411 : tensor<i32>
    %2414 = stablehlo.subtract %1, %2413 : tensor<i32>
    %2415 = stablehlo.reshape %2407 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2416 = stablehlo.dynamic_update_slice %2258, %2415, %2408, %2409, %2414, %2410, %2410 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2417 = stablehlo.slice %2388 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2418 = stablehlo.constant dense<20> : tensor<i32>
    %2419 = stablehlo.constant dense<0> : tensor<i32>
    %2420 = stablehlo.constant dense<0> : tensor<i32>
    %2421 = stablehlo.constant dense<512> : tensor<i32>
    %2422 = stablehlo.divide %1, %2421 : tensor<i32>
    %2423 = stablehlo.multiply %2422, %2421 : tensor<i32>
    %2424 = stablehlo.subtract %1, %2423 : tensor<i32>
    %2425 = stablehlo.reshape %2417 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2426 = stablehlo.dynamic_update_slice %2268, %2425, %2418, %2419, %2424, %2420, %2420 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2427 = stablehlo.slice %2387 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2428 = stablehlo.constant dense<20> : tensor<i32>
    %2429 = stablehlo.constant dense<1> : tensor<i32>
    %2430 = stablehlo.constant dense<0> : tensor<i32>
    %2431 = stablehlo.constant dense<512> : tensor<i32>
    %2432 = stablehlo.divide %5, %2431 : tensor<i32>
    %2433 = stablehlo.multiply %2432, %2431 : tensor<i32>
    %2434 = stablehlo.subtract %5, %2433 : tensor<i32>
    %2435 = stablehlo.reshape %2427 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2436 = stablehlo.dynamic_update_slice %2416, %2435, %2428, %2429, %2434, %2430, %2430 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2437 = stablehlo.slice %2388 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2438 = stablehlo.constant dense<20> : tensor<i32>
    %2439 = stablehlo.constant dense<1> : tensor<i32>
    %2440 = stablehlo.constant dense<0> : tensor<i32>
    %2441 = stablehlo.constant dense<512> : tensor<i32>
    %2442 = stablehlo.divide %5, %2441 : tensor<i32>
    %2443 = stablehlo.multiply %2442, %2441 : tensor<i32>
    %2444 = stablehlo.subtract %5, %2443 : tensor<i32>
    %2445 = stablehlo.reshape %2437 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2446 = stablehlo.dynamic_update_slice %2426, %2445, %2438, %2439, %2444, %2440, %2440 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2447 = stablehlo.concatenate %2397, %2406, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2448 = stablehlo.reshape %2447 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2449 = stablehlo.convert %arg325 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2450 = stablehlo.dot_general %2448, %2449, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2451 = stablehlo.composite "mlxla.rms_norm" %2450, %arg326 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2452 = stablehlo.add %2372, %2451 : tensor<2x1152xf32>
    %2453 = stablehlo.composite "mlxla.rms_norm" %2452, %arg327 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2454 = stablehlo.convert %arg329 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2455 = stablehlo.dot_general %2453, %2454, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2456 = stablehlo.multiply %2455, %2455 : tensor<2x6912xf32>
    %2457 = stablehlo.multiply %2456, %2455 : tensor<2x6912xf32>
    %2458 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2459 = stablehlo.multiply %2457, %2458 : tensor<2x6912xf32>
    %2460 = stablehlo.add %2455, %2459 : tensor<2x6912xf32>
    %2461 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2462 = stablehlo.multiply %2460, %2461 : tensor<2x6912xf32>
    %2463 = stablehlo.tanh %2462 : tensor<2x6912xf32>
    %2464 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2465 = stablehlo.add %2463, %2464 : tensor<2x6912xf32>
    %2466 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2467 = stablehlo.multiply %2455, %2466 : tensor<2x6912xf32>
    %2468 = stablehlo.multiply %2467, %2465 : tensor<2x6912xf32>
    %2469 = stablehlo.convert %arg330 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2470 = stablehlo.dot_general %2453, %2469, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2471 = stablehlo.multiply %2468, %2470 : tensor<2x6912xf32>
    %2472 = stablehlo.convert %arg331 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2473 = stablehlo.dot_general %2471, %2472, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2474 = stablehlo.composite "mlxla.rms_norm" %2473, %arg328 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2475 = stablehlo.add %2452, %2474 : tensor<2x1152xf32>
    %2476 = stablehlo.composite "mlxla.rms_norm" %2475, %arg332 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2477 = stablehlo.convert %arg333 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2478 = stablehlo.dot_general %2476, %2477, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2479 = stablehlo.reshape %2478 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2480 = stablehlo.composite "mlxla.rms_norm" %2479, %arg336 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2481 = stablehlo.composite "mlxla.rope" %2480, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2482 = stablehlo.convert %arg334 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2483 = stablehlo.dot_general %2476, %2482, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2484 = stablehlo.reshape %2483 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2485 = stablehlo.composite "mlxla.rms_norm" %2484, %arg337 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2486 = stablehlo.composite "mlxla.rope" %2485, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2487 = stablehlo.convert %arg335 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2488 = stablehlo.dot_general %2476, %2487, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2489 = stablehlo.reshape %2488 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2490 = stablehlo.convert %2486 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2491 = stablehlo.convert %2489 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2492 = stablehlo.slice %2481 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2493 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2494 = stablehlo.slice %2436 [21:22, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2495 = stablehlo.reshape %2494 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2496 = stablehlo.slice %2446 [21:22, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2497 = stablehlo.reshape %2496 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2498 = stablehlo.slice %2490 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2499 = stablehlo.slice %2491 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2500 = stablehlo.composite "mlxla.window_attention" %2492, %2495, %2497, %2498, %2499, %2493, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2501 = stablehlo.slice %2481 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2502 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2503 = stablehlo.slice %2436 [21:22, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2504 = stablehlo.reshape %2503 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2505 = stablehlo.slice %2446 [21:22, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2506 = stablehlo.reshape %2505 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2507 = stablehlo.slice %2490 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2508 = stablehlo.slice %2491 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2509 = stablehlo.composite "mlxla.window_attention" %2501, %2504, %2506, %2507, %2508, %2502, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2510 = stablehlo.slice %2490 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2511 = stablehlo.constant dense<21> : tensor<i32>
    %2512 = stablehlo.constant dense<0> : tensor<i32>
    %2513 = stablehlo.constant dense<0> : tensor<i32>
    %2514 = stablehlo.constant dense<512> : tensor<i32>
    %2515 = stablehlo.divide %1, %2514 : tensor<i32>
    %2516 = stablehlo.multiply %2515, %2514 : tensor<i32>
    %2517 = stablehlo.subtract %1, %2516 : tensor<i32>
    %2518 = stablehlo.reshape %2510 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2519 = stablehlo.dynamic_update_slice %2436, %2518, %2511, %2512, %2517, %2513, %2513 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2520 = stablehlo.slice %2491 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2521 = stablehlo.constant dense<21> : tensor<i32>
    %2522 = stablehlo.constant dense<0> : tensor<i32>
    %2523 = stablehlo.constant dense<0> : tensor<i32>
    %2524 = stablehlo.constant dense<512> : tensor<i32>
    %2525 = stablehlo.divide %1, %2524 : tensor<i32>
    %2526 = stablehlo.multiply %2525, %2524 : tensor<i32>
    %2527 = stablehlo.subtract %1, %2526 : tensor<i32>
    %2528 = stablehlo.reshape %2520 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2529 = stablehlo.dynamic_update_slice %2446, %2528, %2521, %2522, %2527, %2523, %2523 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2530 = stablehlo.slice %2490 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2531 = stablehlo.constant dense<21> : tensor<i32>
    %2532 = stablehlo.constant dense<1> : tensor<i32>
    %2533 = stablehlo.constant dense<0> : tensor<i32>
    %2534 = stablehlo.constant dense<512> : tensor<i32>
    %2535 = stablehlo.divide %5, %2534 : tensor<i32>
    %2536 = stablehlo.multiply %2535, %2534 : tensor<i32>
    %2537 = stablehlo.subtract %5, %2536 : tensor<i32>
    %2538 = stablehlo.reshape %2530 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2539 = stablehlo.dynamic_update_slice %2519, %2538, %2531, %2532, %2537, %2533, %2533 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2540 = stablehlo.slice %2491 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2541 = stablehlo.constant dense<21> : tensor<i32>
    %2542 = stablehlo.constant dense<1> : tensor<i32>
    %2543 = stablehlo.constant dense<0> : tensor<i32>
    %2544 = stablehlo.constant dense<512> : tensor<i32>
    %2545 = stablehlo.divide %5, %2544 : tensor<i32>
    %2546 = stablehlo.multiply %2545, %2544 : tensor<i32>
    %2547 = stablehlo.subtract %5, %2546 : tensor<i32>
    %2548 = stablehlo.reshape %2540 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2549 = stablehlo.dynamic_update_slice %2529, %2548, %2541, %2542, %2547, %2543, %2543 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2550 = stablehlo.concatenate %2500, %2509, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2551 = stablehlo.reshape %2550 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2552 = stablehlo.convert %arg338 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2553 = stablehlo.dot_general %2551, %2552, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2554 = stablehlo.composite "mlxla.rms_norm" %2553, %arg339 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2555 = stablehlo.add %2475, %2554 : tensor<2x1152xf32>
    %2556 = stablehlo.composite "mlxla.rms_norm" %2555, %arg340 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2557 = stablehlo.convert %arg342 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2558 = stablehlo.dot_general %2556, %2557, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2559 = stablehlo.multiply %2558, %2558 : tensor<2x6912xf32>
    %2560 = stablehlo.multiply %2559, %2558 : tensor<2x6912xf32>
    %2561 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2562 = stablehlo.multiply %2560, %2561 : tensor<2x6912xf32>
    %2563 = stablehlo.add %2558, %2562 : tensor<2x6912xf32>
    %2564 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2565 = stablehlo.multiply %2563, %2564 : tensor<2x6912xf32>
    %2566 = stablehlo.tanh %2565 : tensor<2x6912xf32>
    %2567 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2568 = stablehlo.add %2566, %2567 : tensor<2x6912xf32>
    %2569 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2570 = stablehlo.multiply %2558, %2569 : tensor<2x6912xf32>
    %2571 = stablehlo.multiply %2570, %2568 : tensor<2x6912xf32>
    %2572 = stablehlo.convert %arg343 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2573 = stablehlo.dot_general %2556, %2572, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2574 = stablehlo.multiply %2571, %2573 : tensor<2x6912xf32>
    %2575 = stablehlo.convert %arg344 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2576 = stablehlo.dot_general %2574, %2575, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2577 = stablehlo.composite "mlxla.rms_norm" %2576, %arg341 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2578 = stablehlo.add %2555, %2577 : tensor<2x1152xf32>
    %2579 = stablehlo.composite "mlxla.rms_norm" %2578, %arg345 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2580 = stablehlo.convert %arg6 : (tensor<262144x1152xbf16>) -> tensor<262144x1152xf32>
    %2581 = stablehlo.dot_general %2579, %2580, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<262144x1152xf32>) -> tensor<2x262144xf32>
    %2582 = stablehlo.composite "mlxla.argmax" %2581 {decomposition = @mlxla_argmax_2x262144xf32_cbf29ce484222325} : (tensor<2x262144xf32>) -> tensor<2xi32>
    return %2582, %2326, %2329, %2539, %2549 : tensor<2xi32>, tensor<4x2x640x1x256xf16>, tensor<4x2x640x1x256xf16>, tensor<22x2x512x1x256xf16>, tensor<22x2x512x1x256xf16>
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
