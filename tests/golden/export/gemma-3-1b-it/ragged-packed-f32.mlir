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
    %47 = stablehlo.constant dense<512> : tensor<i32>
    %48 = stablehlo.divide %1, %47 : tensor<i32>
    %49 = stablehlo.multiply %48, %47 : tensor<i32>
    %50 = stablehlo.subtract %1, %49 : tensor<i32>
    %51 = stablehlo.slice %27 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %52 = stablehlo.constant dense<0> : tensor<i32>
    %53 = stablehlo.constant dense<0> : tensor<i32>
    %54 = stablehlo.constant dense<0> : tensor<i32>
    %55 = stablehlo.reshape %51 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %56 = stablehlo.dynamic_update_slice %arg4, %55, %52, %53, %50, %54, %54 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %57 = stablehlo.slice %28 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %58 = stablehlo.constant dense<0> : tensor<i32>
    %59 = stablehlo.constant dense<0> : tensor<i32>
    %60 = stablehlo.constant dense<0> : tensor<i32>
    %61 = stablehlo.reshape %57 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %62 = stablehlo.dynamic_update_slice %arg5, %61, %58, %59, %50, %60, %60 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %63 = stablehlo.constant dense<512> : tensor<i32>
    %64 = stablehlo.divide %5, %63 : tensor<i32>
    %65 = stablehlo.multiply %64, %63 : tensor<i32>
    %66 = stablehlo.subtract %5, %65 : tensor<i32>
    %67 = stablehlo.slice %27 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %68 = stablehlo.constant dense<0> : tensor<i32>
    %69 = stablehlo.constant dense<1> : tensor<i32>
    %70 = stablehlo.constant dense<0> : tensor<i32>
    %71 = stablehlo.reshape %67 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %72 = stablehlo.dynamic_update_slice %56, %71, %68, %69, %66, %70, %70 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %73 = stablehlo.slice %28 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %74 = stablehlo.constant dense<0> : tensor<i32>
    %75 = stablehlo.constant dense<1> : tensor<i32>
    %76 = stablehlo.constant dense<0> : tensor<i32>
    %77 = stablehlo.reshape %73 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %78 = stablehlo.dynamic_update_slice %62, %77, %74, %75, %66, %76, %76 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %79 = stablehlo.concatenate %37, %46, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %80 = stablehlo.reshape %79 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %81 = stablehlo.convert %arg13 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %82 = stablehlo.dot_general %80, %81, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %83 = stablehlo.composite "mlxla.rms_norm" %82, %arg14 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %84 = stablehlo.add %12, %83 : tensor<2x1152xf32>
    %85 = stablehlo.composite "mlxla.rms_norm" %84, %arg15 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %86 = stablehlo.convert %arg17 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %87 = stablehlo.dot_general %85, %86, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %88 = stablehlo.multiply %87, %87 : tensor<2x6912xf32>
    %89 = stablehlo.multiply %88, %87 : tensor<2x6912xf32>
    %90 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %91 = stablehlo.multiply %89, %90 : tensor<2x6912xf32>
    %92 = stablehlo.add %87, %91 : tensor<2x6912xf32>
    %93 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %94 = stablehlo.multiply %92, %93 : tensor<2x6912xf32>
    %95 = stablehlo.tanh %94 : tensor<2x6912xf32>
    %96 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %97 = stablehlo.add %95, %96 : tensor<2x6912xf32>
    %98 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %99 = stablehlo.multiply %87, %98 : tensor<2x6912xf32>
    %100 = stablehlo.multiply %99, %97 : tensor<2x6912xf32>
    %101 = stablehlo.convert %arg18 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %102 = stablehlo.dot_general %85, %101, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %103 = stablehlo.multiply %100, %102 : tensor<2x6912xf32>
    %104 = stablehlo.convert %arg19 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %105 = stablehlo.dot_general %103, %104, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %106 = stablehlo.composite "mlxla.rms_norm" %105, %arg16 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %107 = stablehlo.add %84, %106 : tensor<2x1152xf32>
    %108 = stablehlo.composite "mlxla.rms_norm" %107, %arg20 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %109 = stablehlo.convert %arg21 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %110 = stablehlo.dot_general %108, %109, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %111 = stablehlo.reshape %110 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %112 = stablehlo.composite "mlxla.rms_norm" %111, %arg24 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %113 = stablehlo.composite "mlxla.rope" %112, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %114 = stablehlo.convert %arg22 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %115 = stablehlo.dot_general %108, %114, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %116 = stablehlo.reshape %115 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %117 = stablehlo.composite "mlxla.rms_norm" %116, %arg25 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %118 = stablehlo.composite "mlxla.rope" %117, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %119 = stablehlo.convert %arg23 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %120 = stablehlo.dot_general %108, %119, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %121 = stablehlo.reshape %120 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %122 = stablehlo.convert %118 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %123 = stablehlo.convert %121 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %124 = stablehlo.slice %113 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %125 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %126 = stablehlo.slice %72 [1:2, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %127 = stablehlo.reshape %126 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %128 = stablehlo.slice %78 [1:2, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %129 = stablehlo.reshape %128 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %130 = stablehlo.slice %122 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %131 = stablehlo.slice %123 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %132 = stablehlo.composite "mlxla.window_attention" %124, %127, %129, %130, %131, %125, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %133 = stablehlo.slice %113 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %134 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %135 = stablehlo.slice %72 [1:2, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %136 = stablehlo.reshape %135 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %137 = stablehlo.slice %78 [1:2, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %138 = stablehlo.reshape %137 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %139 = stablehlo.slice %122 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %140 = stablehlo.slice %123 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %141 = stablehlo.composite "mlxla.window_attention" %133, %136, %138, %139, %140, %134, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %142 = stablehlo.constant dense<512> : tensor<i32>
    %143 = stablehlo.divide %1, %142 : tensor<i32>
    %144 = stablehlo.multiply %143, %142 : tensor<i32>
    %145 = stablehlo.subtract %1, %144 : tensor<i32>
    %146 = stablehlo.slice %122 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %147 = stablehlo.constant dense<1> : tensor<i32>
    %148 = stablehlo.constant dense<0> : tensor<i32>
    %149 = stablehlo.constant dense<0> : tensor<i32>
    %150 = stablehlo.reshape %146 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %151 = stablehlo.dynamic_update_slice %72, %150, %147, %148, %145, %149, %149 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %152 = stablehlo.slice %123 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %153 = stablehlo.constant dense<1> : tensor<i32>
    %154 = stablehlo.constant dense<0> : tensor<i32>
    %155 = stablehlo.constant dense<0> : tensor<i32>
    %156 = stablehlo.reshape %152 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %157 = stablehlo.dynamic_update_slice %78, %156, %153, %154, %145, %155, %155 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %158 = stablehlo.constant dense<512> : tensor<i32>
    %159 = stablehlo.divide %5, %158 : tensor<i32>
    %160 = stablehlo.multiply %159, %158 : tensor<i32>
    %161 = stablehlo.subtract %5, %160 : tensor<i32>
    %162 = stablehlo.slice %122 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %163 = stablehlo.constant dense<1> : tensor<i32>
    %164 = stablehlo.constant dense<1> : tensor<i32>
    %165 = stablehlo.constant dense<0> : tensor<i32>
    %166 = stablehlo.reshape %162 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %167 = stablehlo.dynamic_update_slice %151, %166, %163, %164, %161, %165, %165 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %168 = stablehlo.slice %123 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %169 = stablehlo.constant dense<1> : tensor<i32>
    %170 = stablehlo.constant dense<1> : tensor<i32>
    %171 = stablehlo.constant dense<0> : tensor<i32>
    %172 = stablehlo.reshape %168 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %173 = stablehlo.dynamic_update_slice %157, %172, %169, %170, %161, %171, %171 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %174 = stablehlo.concatenate %132, %141, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %175 = stablehlo.reshape %174 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %176 = stablehlo.convert %arg26 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %177 = stablehlo.dot_general %175, %176, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %178 = stablehlo.composite "mlxla.rms_norm" %177, %arg27 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %179 = stablehlo.add %107, %178 : tensor<2x1152xf32>
    %180 = stablehlo.composite "mlxla.rms_norm" %179, %arg28 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %181 = stablehlo.convert %arg30 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %182 = stablehlo.dot_general %180, %181, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %183 = stablehlo.multiply %182, %182 : tensor<2x6912xf32>
    %184 = stablehlo.multiply %183, %182 : tensor<2x6912xf32>
    %185 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %186 = stablehlo.multiply %184, %185 : tensor<2x6912xf32>
    %187 = stablehlo.add %182, %186 : tensor<2x6912xf32>
    %188 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %189 = stablehlo.multiply %187, %188 : tensor<2x6912xf32>
    %190 = stablehlo.tanh %189 : tensor<2x6912xf32>
    %191 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %192 = stablehlo.add %190, %191 : tensor<2x6912xf32>
    %193 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %194 = stablehlo.multiply %182, %193 : tensor<2x6912xf32>
    %195 = stablehlo.multiply %194, %192 : tensor<2x6912xf32>
    %196 = stablehlo.convert %arg31 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %197 = stablehlo.dot_general %180, %196, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %198 = stablehlo.multiply %195, %197 : tensor<2x6912xf32>
    %199 = stablehlo.convert %arg32 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %200 = stablehlo.dot_general %198, %199, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %201 = stablehlo.composite "mlxla.rms_norm" %200, %arg29 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %202 = stablehlo.add %179, %201 : tensor<2x1152xf32>
    %203 = stablehlo.composite "mlxla.rms_norm" %202, %arg33 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %204 = stablehlo.convert %arg34 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %205 = stablehlo.dot_general %203, %204, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %206 = stablehlo.reshape %205 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %207 = stablehlo.composite "mlxla.rms_norm" %206, %arg37 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %208 = stablehlo.composite "mlxla.rope" %207, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %209 = stablehlo.convert %arg35 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %210 = stablehlo.dot_general %203, %209, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %211 = stablehlo.reshape %210 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %212 = stablehlo.composite "mlxla.rms_norm" %211, %arg38 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %213 = stablehlo.composite "mlxla.rope" %212, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %214 = stablehlo.convert %arg36 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %215 = stablehlo.dot_general %203, %214, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %216 = stablehlo.reshape %215 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %217 = stablehlo.convert %213 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %218 = stablehlo.convert %216 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %219 = stablehlo.slice %208 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %220 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %221 = stablehlo.slice %167 [2:3, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %222 = stablehlo.reshape %221 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %223 = stablehlo.slice %173 [2:3, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %224 = stablehlo.reshape %223 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %225 = stablehlo.slice %217 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %226 = stablehlo.slice %218 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %227 = stablehlo.composite "mlxla.window_attention" %219, %222, %224, %225, %226, %220, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %228 = stablehlo.slice %208 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %229 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %230 = stablehlo.slice %167 [2:3, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %231 = stablehlo.reshape %230 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %232 = stablehlo.slice %173 [2:3, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %233 = stablehlo.reshape %232 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %234 = stablehlo.slice %217 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %235 = stablehlo.slice %218 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %236 = stablehlo.composite "mlxla.window_attention" %228, %231, %233, %234, %235, %229, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %237 = stablehlo.constant dense<512> : tensor<i32>
    %238 = stablehlo.divide %1, %237 : tensor<i32>
    %239 = stablehlo.multiply %238, %237 : tensor<i32>
    %240 = stablehlo.subtract %1, %239 : tensor<i32>
    %241 = stablehlo.slice %217 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %242 = stablehlo.constant dense<2> : tensor<i32>
    %243 = stablehlo.constant dense<0> : tensor<i32>
    %244 = stablehlo.constant dense<0> : tensor<i32>
    %245 = stablehlo.reshape %241 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %246 = stablehlo.dynamic_update_slice %167, %245, %242, %243, %240, %244, %244 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %247 = stablehlo.slice %218 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %248 = stablehlo.constant dense<2> : tensor<i32>
    %249 = stablehlo.constant dense<0> : tensor<i32>
    %250 = stablehlo.constant dense<0> : tensor<i32>
    %251 = stablehlo.reshape %247 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %252 = stablehlo.dynamic_update_slice %173, %251, %248, %249, %240, %250, %250 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %253 = stablehlo.constant dense<512> : tensor<i32>
    %254 = stablehlo.divide %5, %253 : tensor<i32>
    %255 = stablehlo.multiply %254, %253 : tensor<i32>
    %256 = stablehlo.subtract %5, %255 : tensor<i32>
    %257 = stablehlo.slice %217 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %258 = stablehlo.constant dense<2> : tensor<i32>
    %259 = stablehlo.constant dense<1> : tensor<i32>
    %260 = stablehlo.constant dense<0> : tensor<i32>
    %261 = stablehlo.reshape %257 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %262 = stablehlo.dynamic_update_slice %246, %261, %258, %259, %256, %260, %260 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %263 = stablehlo.slice %218 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %264 = stablehlo.constant dense<2> : tensor<i32>
    %265 = stablehlo.constant dense<1> : tensor<i32>
    %266 = stablehlo.constant dense<0> : tensor<i32>
    %267 = stablehlo.reshape %263 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %268 = stablehlo.dynamic_update_slice %252, %267, %264, %265, %256, %266, %266 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %269 = stablehlo.concatenate %227, %236, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %270 = stablehlo.reshape %269 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %271 = stablehlo.convert %arg39 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %272 = stablehlo.dot_general %270, %271, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %273 = stablehlo.composite "mlxla.rms_norm" %272, %arg40 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %274 = stablehlo.add %202, %273 : tensor<2x1152xf32>
    %275 = stablehlo.composite "mlxla.rms_norm" %274, %arg41 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %276 = stablehlo.convert %arg43 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %277 = stablehlo.dot_general %275, %276, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %278 = stablehlo.multiply %277, %277 : tensor<2x6912xf32>
    %279 = stablehlo.multiply %278, %277 : tensor<2x6912xf32>
    %280 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %281 = stablehlo.multiply %279, %280 : tensor<2x6912xf32>
    %282 = stablehlo.add %277, %281 : tensor<2x6912xf32>
    %283 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %284 = stablehlo.multiply %282, %283 : tensor<2x6912xf32>
    %285 = stablehlo.tanh %284 : tensor<2x6912xf32>
    %286 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %287 = stablehlo.add %285, %286 : tensor<2x6912xf32>
    %288 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %289 = stablehlo.multiply %277, %288 : tensor<2x6912xf32>
    %290 = stablehlo.multiply %289, %287 : tensor<2x6912xf32>
    %291 = stablehlo.convert %arg44 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %292 = stablehlo.dot_general %275, %291, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %293 = stablehlo.multiply %290, %292 : tensor<2x6912xf32>
    %294 = stablehlo.convert %arg45 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %295 = stablehlo.dot_general %293, %294, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %296 = stablehlo.composite "mlxla.rms_norm" %295, %arg42 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %297 = stablehlo.add %274, %296 : tensor<2x1152xf32>
    %298 = stablehlo.composite "mlxla.rms_norm" %297, %arg46 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %299 = stablehlo.convert %arg47 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %300 = stablehlo.dot_general %298, %299, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %301 = stablehlo.reshape %300 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %302 = stablehlo.composite "mlxla.rms_norm" %301, %arg50 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %303 = stablehlo.composite "mlxla.rope" %302, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %304 = stablehlo.convert %arg48 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %305 = stablehlo.dot_general %298, %304, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %306 = stablehlo.reshape %305 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %307 = stablehlo.composite "mlxla.rms_norm" %306, %arg51 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %308 = stablehlo.composite "mlxla.rope" %307, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %309 = stablehlo.convert %arg49 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %310 = stablehlo.dot_general %298, %309, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %311 = stablehlo.reshape %310 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %312 = stablehlo.convert %308 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %313 = stablehlo.convert %311 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %314 = stablehlo.slice %303 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %315 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %316 = stablehlo.slice %262 [3:4, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %317 = stablehlo.reshape %316 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %318 = stablehlo.slice %268 [3:4, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %319 = stablehlo.reshape %318 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %320 = stablehlo.slice %312 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %321 = stablehlo.slice %313 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %322 = stablehlo.composite "mlxla.window_attention" %314, %317, %319, %320, %321, %315, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %323 = stablehlo.slice %303 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %324 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %325 = stablehlo.slice %262 [3:4, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %326 = stablehlo.reshape %325 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %327 = stablehlo.slice %268 [3:4, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %328 = stablehlo.reshape %327 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %329 = stablehlo.slice %312 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %330 = stablehlo.slice %313 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %331 = stablehlo.composite "mlxla.window_attention" %323, %326, %328, %329, %330, %324, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %332 = stablehlo.constant dense<512> : tensor<i32>
    %333 = stablehlo.divide %1, %332 : tensor<i32>
    %334 = stablehlo.multiply %333, %332 : tensor<i32>
    %335 = stablehlo.subtract %1, %334 : tensor<i32>
    %336 = stablehlo.slice %312 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %337 = stablehlo.constant dense<3> : tensor<i32>
    %338 = stablehlo.constant dense<0> : tensor<i32>
    %339 = stablehlo.constant dense<0> : tensor<i32>
    %340 = stablehlo.reshape %336 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %341 = stablehlo.dynamic_update_slice %262, %340, %337, %338, %335, %339, %339 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %342 = stablehlo.slice %313 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %343 = stablehlo.constant dense<3> : tensor<i32>
    %344 = stablehlo.constant dense<0> : tensor<i32>
    %345 = stablehlo.constant dense<0> : tensor<i32>
    %346 = stablehlo.reshape %342 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %347 = stablehlo.dynamic_update_slice %268, %346, %343, %344, %335, %345, %345 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %348 = stablehlo.constant dense<512> : tensor<i32>
    %349 = stablehlo.divide %5, %348 : tensor<i32>
    %350 = stablehlo.multiply %349, %348 : tensor<i32>
    %351 = stablehlo.subtract %5, %350 : tensor<i32>
    %352 = stablehlo.slice %312 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %353 = stablehlo.constant dense<3> : tensor<i32>
    %354 = stablehlo.constant dense<1> : tensor<i32>
    %355 = stablehlo.constant dense<0> : tensor<i32>
    %356 = stablehlo.reshape %352 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %357 = stablehlo.dynamic_update_slice %341, %356, %353, %354, %351, %355, %355 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %358 = stablehlo.slice %313 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %359 = stablehlo.constant dense<3> : tensor<i32>
    %360 = stablehlo.constant dense<1> : tensor<i32>
    %361 = stablehlo.constant dense<0> : tensor<i32>
    %362 = stablehlo.reshape %358 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %363 = stablehlo.dynamic_update_slice %347, %362, %359, %360, %351, %361, %361 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %364 = stablehlo.concatenate %322, %331, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %365 = stablehlo.reshape %364 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %366 = stablehlo.convert %arg52 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %367 = stablehlo.dot_general %365, %366, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %368 = stablehlo.composite "mlxla.rms_norm" %367, %arg53 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %369 = stablehlo.add %297, %368 : tensor<2x1152xf32>
    %370 = stablehlo.composite "mlxla.rms_norm" %369, %arg54 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %371 = stablehlo.convert %arg56 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %372 = stablehlo.dot_general %370, %371, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %373 = stablehlo.multiply %372, %372 : tensor<2x6912xf32>
    %374 = stablehlo.multiply %373, %372 : tensor<2x6912xf32>
    %375 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %376 = stablehlo.multiply %374, %375 : tensor<2x6912xf32>
    %377 = stablehlo.add %372, %376 : tensor<2x6912xf32>
    %378 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %379 = stablehlo.multiply %377, %378 : tensor<2x6912xf32>
    %380 = stablehlo.tanh %379 : tensor<2x6912xf32>
    %381 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %382 = stablehlo.add %380, %381 : tensor<2x6912xf32>
    %383 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %384 = stablehlo.multiply %372, %383 : tensor<2x6912xf32>
    %385 = stablehlo.multiply %384, %382 : tensor<2x6912xf32>
    %386 = stablehlo.convert %arg57 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %387 = stablehlo.dot_general %370, %386, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %388 = stablehlo.multiply %385, %387 : tensor<2x6912xf32>
    %389 = stablehlo.convert %arg58 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %390 = stablehlo.dot_general %388, %389, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %391 = stablehlo.composite "mlxla.rms_norm" %390, %arg55 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %392 = stablehlo.add %369, %391 : tensor<2x1152xf32>
    %393 = stablehlo.composite "mlxla.rms_norm" %392, %arg59 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %394 = stablehlo.convert %arg60 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %395 = stablehlo.dot_general %393, %394, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %396 = stablehlo.reshape %395 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %397 = stablehlo.composite "mlxla.rms_norm" %396, %arg63 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %398 = stablehlo.composite "mlxla.rope" %397, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %399 = stablehlo.convert %arg61 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %400 = stablehlo.dot_general %393, %399, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %401 = stablehlo.reshape %400 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %402 = stablehlo.composite "mlxla.rms_norm" %401, %arg64 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %403 = stablehlo.composite "mlxla.rope" %402, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %404 = stablehlo.convert %arg62 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %405 = stablehlo.dot_general %393, %404, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %406 = stablehlo.reshape %405 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %407 = stablehlo.convert %403 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %408 = stablehlo.convert %406 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %409 = stablehlo.slice %398 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %410 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %411 = stablehlo.slice %357 [4:5, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %412 = stablehlo.reshape %411 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %413 = stablehlo.slice %363 [4:5, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %414 = stablehlo.reshape %413 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %415 = stablehlo.slice %407 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %416 = stablehlo.slice %408 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %417 = stablehlo.composite "mlxla.window_attention" %409, %412, %414, %415, %416, %410, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %418 = stablehlo.slice %398 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %419 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %420 = stablehlo.slice %357 [4:5, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %421 = stablehlo.reshape %420 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %422 = stablehlo.slice %363 [4:5, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %423 = stablehlo.reshape %422 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %424 = stablehlo.slice %407 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %425 = stablehlo.slice %408 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %426 = stablehlo.composite "mlxla.window_attention" %418, %421, %423, %424, %425, %419, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %427 = stablehlo.constant dense<512> : tensor<i32>
    %428 = stablehlo.divide %1, %427 : tensor<i32>
    %429 = stablehlo.multiply %428, %427 : tensor<i32>
    %430 = stablehlo.subtract %1, %429 : tensor<i32>
    %431 = stablehlo.slice %407 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %432 = stablehlo.constant dense<4> : tensor<i32>
    %433 = stablehlo.constant dense<0> : tensor<i32>
    %434 = stablehlo.constant dense<0> : tensor<i32>
    %435 = stablehlo.reshape %431 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %436 = stablehlo.dynamic_update_slice %357, %435, %432, %433, %430, %434, %434 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %437 = stablehlo.slice %408 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %438 = stablehlo.constant dense<4> : tensor<i32>
    %439 = stablehlo.constant dense<0> : tensor<i32>
    %440 = stablehlo.constant dense<0> : tensor<i32>
    %441 = stablehlo.reshape %437 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %442 = stablehlo.dynamic_update_slice %363, %441, %438, %439, %430, %440, %440 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %443 = stablehlo.constant dense<512> : tensor<i32>
    %444 = stablehlo.divide %5, %443 : tensor<i32>
    %445 = stablehlo.multiply %444, %443 : tensor<i32>
    %446 = stablehlo.subtract %5, %445 : tensor<i32>
    %447 = stablehlo.slice %407 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %448 = stablehlo.constant dense<4> : tensor<i32>
    %449 = stablehlo.constant dense<1> : tensor<i32>
    %450 = stablehlo.constant dense<0> : tensor<i32>
    %451 = stablehlo.reshape %447 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %452 = stablehlo.dynamic_update_slice %436, %451, %448, %449, %446, %450, %450 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %453 = stablehlo.slice %408 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %454 = stablehlo.constant dense<4> : tensor<i32>
    %455 = stablehlo.constant dense<1> : tensor<i32>
    %456 = stablehlo.constant dense<0> : tensor<i32>
    %457 = stablehlo.reshape %453 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %458 = stablehlo.dynamic_update_slice %442, %457, %454, %455, %446, %456, %456 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %459 = stablehlo.concatenate %417, %426, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %460 = stablehlo.reshape %459 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %461 = stablehlo.convert %arg65 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %462 = stablehlo.dot_general %460, %461, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %463 = stablehlo.composite "mlxla.rms_norm" %462, %arg66 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %464 = stablehlo.add %392, %463 : tensor<2x1152xf32>
    %465 = stablehlo.composite "mlxla.rms_norm" %464, %arg67 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %466 = stablehlo.convert %arg69 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %467 = stablehlo.dot_general %465, %466, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %468 = stablehlo.multiply %467, %467 : tensor<2x6912xf32>
    %469 = stablehlo.multiply %468, %467 : tensor<2x6912xf32>
    %470 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %471 = stablehlo.multiply %469, %470 : tensor<2x6912xf32>
    %472 = stablehlo.add %467, %471 : tensor<2x6912xf32>
    %473 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %474 = stablehlo.multiply %472, %473 : tensor<2x6912xf32>
    %475 = stablehlo.tanh %474 : tensor<2x6912xf32>
    %476 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %477 = stablehlo.add %475, %476 : tensor<2x6912xf32>
    %478 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %479 = stablehlo.multiply %467, %478 : tensor<2x6912xf32>
    %480 = stablehlo.multiply %479, %477 : tensor<2x6912xf32>
    %481 = stablehlo.convert %arg70 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %482 = stablehlo.dot_general %465, %481, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %483 = stablehlo.multiply %480, %482 : tensor<2x6912xf32>
    %484 = stablehlo.convert %arg71 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %485 = stablehlo.dot_general %483, %484, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %486 = stablehlo.composite "mlxla.rms_norm" %485, %arg68 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %487 = stablehlo.add %464, %486 : tensor<2x1152xf32>
    %488 = stablehlo.composite "mlxla.rms_norm" %487, %arg72 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %489 = stablehlo.convert %arg73 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %490 = stablehlo.dot_general %488, %489, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %491 = stablehlo.reshape %490 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %492 = stablehlo.composite "mlxla.rms_norm" %491, %arg76 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %493 = stablehlo.composite "mlxla.rope" %492, %arg1 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %494 = stablehlo.convert %arg74 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %495 = stablehlo.dot_general %488, %494, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %496 = stablehlo.reshape %495 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %497 = stablehlo.composite "mlxla.rms_norm" %496, %arg77 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %498 = stablehlo.composite "mlxla.rope" %497, %arg1 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %499 = stablehlo.convert %arg75 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %500 = stablehlo.dot_general %488, %499, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %501 = stablehlo.reshape %500 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %502 = stablehlo.convert %498 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %503 = stablehlo.convert %501 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %504 = stablehlo.constant dense<0> : tensor<i32>
    %505 = stablehlo.constant dense<0> : tensor<i32>
    %506 = stablehlo.constant dense<0> : tensor<i32>
    %507 = stablehlo.slice %502 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %508 = stablehlo.reshape %507 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %509 = stablehlo.dynamic_update_slice %arg2, %508, %504, %506, %1, %505, %505 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %510 = stablehlo.slice %503 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %511 = stablehlo.reshape %510 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %512 = stablehlo.dynamic_update_slice %arg3, %511, %504, %506, %1, %505, %505 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %513 = stablehlo.constant dense<1> : tensor<i32>
    %514 = stablehlo.slice %502 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %515 = stablehlo.reshape %514 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %516 = stablehlo.dynamic_update_slice %509, %515, %504, %513, %5, %505, %505 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %517 = stablehlo.slice %503 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %518 = stablehlo.reshape %517 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %519 = stablehlo.dynamic_update_slice %512, %518, %504, %513, %5, %505, %505 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %520 = stablehlo.slice %493 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %521 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %522 = stablehlo.slice %516 [0:1, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %523 = stablehlo.reshape %522 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %524 = stablehlo.slice %519 [0:1, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %525 = stablehlo.reshape %524 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %526 = stablehlo.composite "mlxla.attention" %520, %523, %525, %521, %3 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %527 = stablehlo.slice %493 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %528 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %529 = stablehlo.slice %516 [0:1, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %530 = stablehlo.reshape %529 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %531 = stablehlo.slice %519 [0:1, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %532 = stablehlo.reshape %531 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %533 = stablehlo.composite "mlxla.attention" %527, %530, %532, %528, %7 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %534 = stablehlo.concatenate %526, %533, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %535 = stablehlo.reshape %534 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %536 = stablehlo.convert %arg78 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %537 = stablehlo.dot_general %535, %536, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %538 = stablehlo.composite "mlxla.rms_norm" %537, %arg79 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %539 = stablehlo.add %487, %538 : tensor<2x1152xf32>
    %540 = stablehlo.composite "mlxla.rms_norm" %539, %arg80 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %541 = stablehlo.convert %arg82 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %542 = stablehlo.dot_general %540, %541, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %543 = stablehlo.multiply %542, %542 : tensor<2x6912xf32>
    %544 = stablehlo.multiply %543, %542 : tensor<2x6912xf32>
    %545 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %546 = stablehlo.multiply %544, %545 : tensor<2x6912xf32>
    %547 = stablehlo.add %542, %546 : tensor<2x6912xf32>
    %548 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %549 = stablehlo.multiply %547, %548 : tensor<2x6912xf32>
    %550 = stablehlo.tanh %549 : tensor<2x6912xf32>
    %551 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %552 = stablehlo.add %550, %551 : tensor<2x6912xf32>
    %553 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %554 = stablehlo.multiply %542, %553 : tensor<2x6912xf32>
    %555 = stablehlo.multiply %554, %552 : tensor<2x6912xf32>
    %556 = stablehlo.convert %arg83 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %557 = stablehlo.dot_general %540, %556, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %558 = stablehlo.multiply %555, %557 : tensor<2x6912xf32>
    %559 = stablehlo.convert %arg84 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %560 = stablehlo.dot_general %558, %559, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %561 = stablehlo.composite "mlxla.rms_norm" %560, %arg81 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %562 = stablehlo.add %539, %561 : tensor<2x1152xf32>
    %563 = stablehlo.composite "mlxla.rms_norm" %562, %arg85 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %564 = stablehlo.convert %arg86 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %565 = stablehlo.dot_general %563, %564, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %566 = stablehlo.reshape %565 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %567 = stablehlo.composite "mlxla.rms_norm" %566, %arg89 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %568 = stablehlo.composite "mlxla.rope" %567, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %569 = stablehlo.convert %arg87 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %570 = stablehlo.dot_general %563, %569, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %571 = stablehlo.reshape %570 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %572 = stablehlo.composite "mlxla.rms_norm" %571, %arg90 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %573 = stablehlo.composite "mlxla.rope" %572, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %574 = stablehlo.convert %arg88 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %575 = stablehlo.dot_general %563, %574, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %576 = stablehlo.reshape %575 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %577 = stablehlo.convert %573 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %578 = stablehlo.convert %576 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %579 = stablehlo.slice %568 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %580 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %581 = stablehlo.slice %452 [5:6, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %582 = stablehlo.reshape %581 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %583 = stablehlo.slice %458 [5:6, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %584 = stablehlo.reshape %583 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %585 = stablehlo.slice %577 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %586 = stablehlo.slice %578 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %587 = stablehlo.composite "mlxla.window_attention" %579, %582, %584, %585, %586, %580, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %588 = stablehlo.slice %568 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %589 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %590 = stablehlo.slice %452 [5:6, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %591 = stablehlo.reshape %590 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %592 = stablehlo.slice %458 [5:6, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %593 = stablehlo.reshape %592 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %594 = stablehlo.slice %577 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %595 = stablehlo.slice %578 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %596 = stablehlo.composite "mlxla.window_attention" %588, %591, %593, %594, %595, %589, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %597 = stablehlo.constant dense<512> : tensor<i32>
    %598 = stablehlo.divide %1, %597 : tensor<i32>
    %599 = stablehlo.multiply %598, %597 : tensor<i32>
    %600 = stablehlo.subtract %1, %599 : tensor<i32>
    %601 = stablehlo.slice %577 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %602 = stablehlo.constant dense<5> : tensor<i32>
    %603 = stablehlo.constant dense<0> : tensor<i32>
    %604 = stablehlo.constant dense<0> : tensor<i32>
    %605 = stablehlo.reshape %601 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %606 = stablehlo.dynamic_update_slice %452, %605, %602, %603, %600, %604, %604 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %607 = stablehlo.slice %578 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %608 = stablehlo.constant dense<5> : tensor<i32>
    %609 = stablehlo.constant dense<0> : tensor<i32>
    %610 = stablehlo.constant dense<0> : tensor<i32>
    %611 = stablehlo.reshape %607 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %612 = stablehlo.dynamic_update_slice %458, %611, %608, %609, %600, %610, %610 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %613 = stablehlo.constant dense<512> : tensor<i32>
    %614 = stablehlo.divide %5, %613 : tensor<i32>
    %615 = stablehlo.multiply %614, %613 : tensor<i32>
    %616 = stablehlo.subtract %5, %615 : tensor<i32>
    %617 = stablehlo.slice %577 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %618 = stablehlo.constant dense<5> : tensor<i32>
    %619 = stablehlo.constant dense<1> : tensor<i32>
    %620 = stablehlo.constant dense<0> : tensor<i32>
    %621 = stablehlo.reshape %617 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %622 = stablehlo.dynamic_update_slice %606, %621, %618, %619, %616, %620, %620 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %623 = stablehlo.slice %578 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %624 = stablehlo.constant dense<5> : tensor<i32>
    %625 = stablehlo.constant dense<1> : tensor<i32>
    %626 = stablehlo.constant dense<0> : tensor<i32>
    %627 = stablehlo.reshape %623 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %628 = stablehlo.dynamic_update_slice %612, %627, %624, %625, %616, %626, %626 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %629 = stablehlo.concatenate %587, %596, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %630 = stablehlo.reshape %629 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %631 = stablehlo.convert %arg91 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %632 = stablehlo.dot_general %630, %631, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %633 = stablehlo.composite "mlxla.rms_norm" %632, %arg92 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %634 = stablehlo.add %562, %633 : tensor<2x1152xf32>
    %635 = stablehlo.composite "mlxla.rms_norm" %634, %arg93 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %636 = stablehlo.convert %arg95 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %637 = stablehlo.dot_general %635, %636, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %638 = stablehlo.multiply %637, %637 : tensor<2x6912xf32>
    %639 = stablehlo.multiply %638, %637 : tensor<2x6912xf32>
    %640 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %641 = stablehlo.multiply %639, %640 : tensor<2x6912xf32>
    %642 = stablehlo.add %637, %641 : tensor<2x6912xf32>
    %643 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %644 = stablehlo.multiply %642, %643 : tensor<2x6912xf32>
    %645 = stablehlo.tanh %644 : tensor<2x6912xf32>
    %646 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %647 = stablehlo.add %645, %646 : tensor<2x6912xf32>
    %648 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %649 = stablehlo.multiply %637, %648 : tensor<2x6912xf32>
    %650 = stablehlo.multiply %649, %647 : tensor<2x6912xf32>
    %651 = stablehlo.convert %arg96 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %652 = stablehlo.dot_general %635, %651, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %653 = stablehlo.multiply %650, %652 : tensor<2x6912xf32>
    %654 = stablehlo.convert %arg97 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %655 = stablehlo.dot_general %653, %654, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %656 = stablehlo.composite "mlxla.rms_norm" %655, %arg94 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %657 = stablehlo.add %634, %656 : tensor<2x1152xf32>
    %658 = stablehlo.composite "mlxla.rms_norm" %657, %arg98 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %659 = stablehlo.convert %arg99 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %660 = stablehlo.dot_general %658, %659, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %661 = stablehlo.reshape %660 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %662 = stablehlo.composite "mlxla.rms_norm" %661, %arg102 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %663 = stablehlo.composite "mlxla.rope" %662, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %664 = stablehlo.convert %arg100 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %665 = stablehlo.dot_general %658, %664, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %666 = stablehlo.reshape %665 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %667 = stablehlo.composite "mlxla.rms_norm" %666, %arg103 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %668 = stablehlo.composite "mlxla.rope" %667, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %669 = stablehlo.convert %arg101 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %670 = stablehlo.dot_general %658, %669, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %671 = stablehlo.reshape %670 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %672 = stablehlo.convert %668 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %673 = stablehlo.convert %671 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %674 = stablehlo.slice %663 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %675 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %676 = stablehlo.slice %622 [6:7, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %677 = stablehlo.reshape %676 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %678 = stablehlo.slice %628 [6:7, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %679 = stablehlo.reshape %678 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %680 = stablehlo.slice %672 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %681 = stablehlo.slice %673 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %682 = stablehlo.composite "mlxla.window_attention" %674, %677, %679, %680, %681, %675, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %683 = stablehlo.slice %663 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %684 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %685 = stablehlo.slice %622 [6:7, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %686 = stablehlo.reshape %685 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %687 = stablehlo.slice %628 [6:7, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %688 = stablehlo.reshape %687 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %689 = stablehlo.slice %672 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %690 = stablehlo.slice %673 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %691 = stablehlo.composite "mlxla.window_attention" %683, %686, %688, %689, %690, %684, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %692 = stablehlo.constant dense<512> : tensor<i32>
    %693 = stablehlo.divide %1, %692 : tensor<i32>
    %694 = stablehlo.multiply %693, %692 : tensor<i32>
    %695 = stablehlo.subtract %1, %694 : tensor<i32>
    %696 = stablehlo.slice %672 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %697 = stablehlo.constant dense<6> : tensor<i32>
    %698 = stablehlo.constant dense<0> : tensor<i32>
    %699 = stablehlo.constant dense<0> : tensor<i32>
    %700 = stablehlo.reshape %696 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %701 = stablehlo.dynamic_update_slice %622, %700, %697, %698, %695, %699, %699 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %702 = stablehlo.slice %673 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %703 = stablehlo.constant dense<6> : tensor<i32>
    %704 = stablehlo.constant dense<0> : tensor<i32>
    %705 = stablehlo.constant dense<0> : tensor<i32>
    %706 = stablehlo.reshape %702 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %707 = stablehlo.dynamic_update_slice %628, %706, %703, %704, %695, %705, %705 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %708 = stablehlo.constant dense<512> : tensor<i32>
    %709 = stablehlo.divide %5, %708 : tensor<i32>
    %710 = stablehlo.multiply %709, %708 : tensor<i32>
    %711 = stablehlo.subtract %5, %710 : tensor<i32>
    %712 = stablehlo.slice %672 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %713 = stablehlo.constant dense<6> : tensor<i32>
    %714 = stablehlo.constant dense<1> : tensor<i32>
    %715 = stablehlo.constant dense<0> : tensor<i32>
    %716 = stablehlo.reshape %712 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %717 = stablehlo.dynamic_update_slice %701, %716, %713, %714, %711, %715, %715 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %718 = stablehlo.slice %673 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %719 = stablehlo.constant dense<6> : tensor<i32>
    %720 = stablehlo.constant dense<1> : tensor<i32>
    %721 = stablehlo.constant dense<0> : tensor<i32>
    %722 = stablehlo.reshape %718 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %723 = stablehlo.dynamic_update_slice %707, %722, %719, %720, %711, %721, %721 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %724 = stablehlo.concatenate %682, %691, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %725 = stablehlo.reshape %724 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %726 = stablehlo.convert %arg104 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %727 = stablehlo.dot_general %725, %726, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %728 = stablehlo.composite "mlxla.rms_norm" %727, %arg105 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %729 = stablehlo.add %657, %728 : tensor<2x1152xf32>
    %730 = stablehlo.composite "mlxla.rms_norm" %729, %arg106 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %731 = stablehlo.convert %arg108 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %732 = stablehlo.dot_general %730, %731, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %733 = stablehlo.multiply %732, %732 : tensor<2x6912xf32>
    %734 = stablehlo.multiply %733, %732 : tensor<2x6912xf32>
    %735 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %736 = stablehlo.multiply %734, %735 : tensor<2x6912xf32>
    %737 = stablehlo.add %732, %736 : tensor<2x6912xf32>
    %738 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %739 = stablehlo.multiply %737, %738 : tensor<2x6912xf32>
    %740 = stablehlo.tanh %739 : tensor<2x6912xf32>
    %741 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %742 = stablehlo.add %740, %741 : tensor<2x6912xf32>
    %743 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %744 = stablehlo.multiply %732, %743 : tensor<2x6912xf32>
    %745 = stablehlo.multiply %744, %742 : tensor<2x6912xf32>
    %746 = stablehlo.convert %arg109 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %747 = stablehlo.dot_general %730, %746, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %748 = stablehlo.multiply %745, %747 : tensor<2x6912xf32>
    %749 = stablehlo.convert %arg110 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %750 = stablehlo.dot_general %748, %749, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %751 = stablehlo.composite "mlxla.rms_norm" %750, %arg107 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %752 = stablehlo.add %729, %751 : tensor<2x1152xf32>
    %753 = stablehlo.composite "mlxla.rms_norm" %752, %arg111 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %754 = stablehlo.convert %arg112 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %755 = stablehlo.dot_general %753, %754, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %756 = stablehlo.reshape %755 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %757 = stablehlo.composite "mlxla.rms_norm" %756, %arg115 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %758 = stablehlo.composite "mlxla.rope" %757, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %759 = stablehlo.convert %arg113 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %760 = stablehlo.dot_general %753, %759, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %761 = stablehlo.reshape %760 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %762 = stablehlo.composite "mlxla.rms_norm" %761, %arg116 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %763 = stablehlo.composite "mlxla.rope" %762, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %764 = stablehlo.convert %arg114 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %765 = stablehlo.dot_general %753, %764, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %766 = stablehlo.reshape %765 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %767 = stablehlo.convert %763 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %768 = stablehlo.convert %766 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %769 = stablehlo.slice %758 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %770 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %771 = stablehlo.slice %717 [7:8, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %772 = stablehlo.reshape %771 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %773 = stablehlo.slice %723 [7:8, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %774 = stablehlo.reshape %773 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %775 = stablehlo.slice %767 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %776 = stablehlo.slice %768 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %777 = stablehlo.composite "mlxla.window_attention" %769, %772, %774, %775, %776, %770, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %778 = stablehlo.slice %758 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %779 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %780 = stablehlo.slice %717 [7:8, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %781 = stablehlo.reshape %780 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %782 = stablehlo.slice %723 [7:8, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %783 = stablehlo.reshape %782 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %784 = stablehlo.slice %767 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %785 = stablehlo.slice %768 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %786 = stablehlo.composite "mlxla.window_attention" %778, %781, %783, %784, %785, %779, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %787 = stablehlo.constant dense<512> : tensor<i32>
    %788 = stablehlo.divide %1, %787 : tensor<i32>
    %789 = stablehlo.multiply %788, %787 : tensor<i32>
    %790 = stablehlo.subtract %1, %789 : tensor<i32>
    %791 = stablehlo.slice %767 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %792 = stablehlo.constant dense<7> : tensor<i32>
    %793 = stablehlo.constant dense<0> : tensor<i32>
    %794 = stablehlo.constant dense<0> : tensor<i32>
    %795 = stablehlo.reshape %791 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %796 = stablehlo.dynamic_update_slice %717, %795, %792, %793, %790, %794, %794 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %797 = stablehlo.slice %768 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %798 = stablehlo.constant dense<7> : tensor<i32>
    %799 = stablehlo.constant dense<0> : tensor<i32>
    %800 = stablehlo.constant dense<0> : tensor<i32>
    %801 = stablehlo.reshape %797 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %802 = stablehlo.dynamic_update_slice %723, %801, %798, %799, %790, %800, %800 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %803 = stablehlo.constant dense<512> : tensor<i32>
    %804 = stablehlo.divide %5, %803 : tensor<i32>
    %805 = stablehlo.multiply %804, %803 : tensor<i32>
    %806 = stablehlo.subtract %5, %805 : tensor<i32>
    %807 = stablehlo.slice %767 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %808 = stablehlo.constant dense<7> : tensor<i32>
    %809 = stablehlo.constant dense<1> : tensor<i32>
    %810 = stablehlo.constant dense<0> : tensor<i32>
    %811 = stablehlo.reshape %807 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %812 = stablehlo.dynamic_update_slice %796, %811, %808, %809, %806, %810, %810 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %813 = stablehlo.slice %768 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %814 = stablehlo.constant dense<7> : tensor<i32>
    %815 = stablehlo.constant dense<1> : tensor<i32>
    %816 = stablehlo.constant dense<0> : tensor<i32>
    %817 = stablehlo.reshape %813 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %818 = stablehlo.dynamic_update_slice %802, %817, %814, %815, %806, %816, %816 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %819 = stablehlo.concatenate %777, %786, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %820 = stablehlo.reshape %819 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %821 = stablehlo.convert %arg117 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %822 = stablehlo.dot_general %820, %821, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %823 = stablehlo.composite "mlxla.rms_norm" %822, %arg118 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %824 = stablehlo.add %752, %823 : tensor<2x1152xf32>
    %825 = stablehlo.composite "mlxla.rms_norm" %824, %arg119 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %826 = stablehlo.convert %arg121 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %827 = stablehlo.dot_general %825, %826, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %828 = stablehlo.multiply %827, %827 : tensor<2x6912xf32>
    %829 = stablehlo.multiply %828, %827 : tensor<2x6912xf32>
    %830 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %831 = stablehlo.multiply %829, %830 : tensor<2x6912xf32>
    %832 = stablehlo.add %827, %831 : tensor<2x6912xf32>
    %833 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %834 = stablehlo.multiply %832, %833 : tensor<2x6912xf32>
    %835 = stablehlo.tanh %834 : tensor<2x6912xf32>
    %836 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %837 = stablehlo.add %835, %836 : tensor<2x6912xf32>
    %838 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %839 = stablehlo.multiply %827, %838 : tensor<2x6912xf32>
    %840 = stablehlo.multiply %839, %837 : tensor<2x6912xf32>
    %841 = stablehlo.convert %arg122 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %842 = stablehlo.dot_general %825, %841, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %843 = stablehlo.multiply %840, %842 : tensor<2x6912xf32>
    %844 = stablehlo.convert %arg123 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %845 = stablehlo.dot_general %843, %844, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %846 = stablehlo.composite "mlxla.rms_norm" %845, %arg120 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %847 = stablehlo.add %824, %846 : tensor<2x1152xf32>
    %848 = stablehlo.composite "mlxla.rms_norm" %847, %arg124 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %849 = stablehlo.convert %arg125 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %850 = stablehlo.dot_general %848, %849, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %851 = stablehlo.reshape %850 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %852 = stablehlo.composite "mlxla.rms_norm" %851, %arg128 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %853 = stablehlo.composite "mlxla.rope" %852, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %854 = stablehlo.convert %arg126 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %855 = stablehlo.dot_general %848, %854, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %856 = stablehlo.reshape %855 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %857 = stablehlo.composite "mlxla.rms_norm" %856, %arg129 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %858 = stablehlo.composite "mlxla.rope" %857, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %859 = stablehlo.convert %arg127 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %860 = stablehlo.dot_general %848, %859, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %861 = stablehlo.reshape %860 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %862 = stablehlo.convert %858 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %863 = stablehlo.convert %861 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %864 = stablehlo.slice %853 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %865 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %866 = stablehlo.slice %812 [8:9, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %867 = stablehlo.reshape %866 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %868 = stablehlo.slice %818 [8:9, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %869 = stablehlo.reshape %868 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %870 = stablehlo.slice %862 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %871 = stablehlo.slice %863 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %872 = stablehlo.composite "mlxla.window_attention" %864, %867, %869, %870, %871, %865, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %873 = stablehlo.slice %853 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %874 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %875 = stablehlo.slice %812 [8:9, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %876 = stablehlo.reshape %875 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %877 = stablehlo.slice %818 [8:9, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %878 = stablehlo.reshape %877 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %879 = stablehlo.slice %862 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %880 = stablehlo.slice %863 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %881 = stablehlo.composite "mlxla.window_attention" %873, %876, %878, %879, %880, %874, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %882 = stablehlo.constant dense<512> : tensor<i32>
    %883 = stablehlo.divide %1, %882 : tensor<i32>
    %884 = stablehlo.multiply %883, %882 : tensor<i32>
    %885 = stablehlo.subtract %1, %884 : tensor<i32>
    %886 = stablehlo.slice %862 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %887 = stablehlo.constant dense<8> : tensor<i32>
    %888 = stablehlo.constant dense<0> : tensor<i32>
    %889 = stablehlo.constant dense<0> : tensor<i32>
    %890 = stablehlo.reshape %886 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %891 = stablehlo.dynamic_update_slice %812, %890, %887, %888, %885, %889, %889 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %892 = stablehlo.slice %863 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %893 = stablehlo.constant dense<8> : tensor<i32>
    %894 = stablehlo.constant dense<0> : tensor<i32>
    %895 = stablehlo.constant dense<0> : tensor<i32>
    %896 = stablehlo.reshape %892 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %897 = stablehlo.dynamic_update_slice %818, %896, %893, %894, %885, %895, %895 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %898 = stablehlo.constant dense<512> : tensor<i32>
    %899 = stablehlo.divide %5, %898 : tensor<i32>
    %900 = stablehlo.multiply %899, %898 : tensor<i32>
    %901 = stablehlo.subtract %5, %900 : tensor<i32>
    %902 = stablehlo.slice %862 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %903 = stablehlo.constant dense<8> : tensor<i32>
    %904 = stablehlo.constant dense<1> : tensor<i32>
    %905 = stablehlo.constant dense<0> : tensor<i32>
    %906 = stablehlo.reshape %902 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %907 = stablehlo.dynamic_update_slice %891, %906, %903, %904, %901, %905, %905 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %908 = stablehlo.slice %863 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %909 = stablehlo.constant dense<8> : tensor<i32>
    %910 = stablehlo.constant dense<1> : tensor<i32>
    %911 = stablehlo.constant dense<0> : tensor<i32>
    %912 = stablehlo.reshape %908 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %913 = stablehlo.dynamic_update_slice %897, %912, %909, %910, %901, %911, %911 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %914 = stablehlo.concatenate %872, %881, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %915 = stablehlo.reshape %914 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %916 = stablehlo.convert %arg130 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %917 = stablehlo.dot_general %915, %916, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %918 = stablehlo.composite "mlxla.rms_norm" %917, %arg131 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %919 = stablehlo.add %847, %918 : tensor<2x1152xf32>
    %920 = stablehlo.composite "mlxla.rms_norm" %919, %arg132 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %921 = stablehlo.convert %arg134 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %922 = stablehlo.dot_general %920, %921, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %923 = stablehlo.multiply %922, %922 : tensor<2x6912xf32>
    %924 = stablehlo.multiply %923, %922 : tensor<2x6912xf32>
    %925 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %926 = stablehlo.multiply %924, %925 : tensor<2x6912xf32>
    %927 = stablehlo.add %922, %926 : tensor<2x6912xf32>
    %928 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %929 = stablehlo.multiply %927, %928 : tensor<2x6912xf32>
    %930 = stablehlo.tanh %929 : tensor<2x6912xf32>
    %931 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %932 = stablehlo.add %930, %931 : tensor<2x6912xf32>
    %933 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %934 = stablehlo.multiply %922, %933 : tensor<2x6912xf32>
    %935 = stablehlo.multiply %934, %932 : tensor<2x6912xf32>
    %936 = stablehlo.convert %arg135 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %937 = stablehlo.dot_general %920, %936, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %938 = stablehlo.multiply %935, %937 : tensor<2x6912xf32>
    %939 = stablehlo.convert %arg136 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %940 = stablehlo.dot_general %938, %939, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %941 = stablehlo.composite "mlxla.rms_norm" %940, %arg133 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %942 = stablehlo.add %919, %941 : tensor<2x1152xf32>
    %943 = stablehlo.composite "mlxla.rms_norm" %942, %arg137 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %944 = stablehlo.convert %arg138 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %945 = stablehlo.dot_general %943, %944, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %946 = stablehlo.reshape %945 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %947 = stablehlo.composite "mlxla.rms_norm" %946, %arg141 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %948 = stablehlo.composite "mlxla.rope" %947, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %949 = stablehlo.convert %arg139 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %950 = stablehlo.dot_general %943, %949, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %951 = stablehlo.reshape %950 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %952 = stablehlo.composite "mlxla.rms_norm" %951, %arg142 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %953 = stablehlo.composite "mlxla.rope" %952, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %954 = stablehlo.convert %arg140 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %955 = stablehlo.dot_general %943, %954, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %956 = stablehlo.reshape %955 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %957 = stablehlo.convert %953 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %958 = stablehlo.convert %956 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %959 = stablehlo.slice %948 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %960 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %961 = stablehlo.slice %907 [9:10, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %962 = stablehlo.reshape %961 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %963 = stablehlo.slice %913 [9:10, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %964 = stablehlo.reshape %963 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %965 = stablehlo.slice %957 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %966 = stablehlo.slice %958 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %967 = stablehlo.composite "mlxla.window_attention" %959, %962, %964, %965, %966, %960, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %968 = stablehlo.slice %948 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %969 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %970 = stablehlo.slice %907 [9:10, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %971 = stablehlo.reshape %970 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %972 = stablehlo.slice %913 [9:10, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %973 = stablehlo.reshape %972 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %974 = stablehlo.slice %957 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %975 = stablehlo.slice %958 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %976 = stablehlo.composite "mlxla.window_attention" %968, %971, %973, %974, %975, %969, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %977 = stablehlo.constant dense<512> : tensor<i32>
    %978 = stablehlo.divide %1, %977 : tensor<i32>
    %979 = stablehlo.multiply %978, %977 : tensor<i32>
    %980 = stablehlo.subtract %1, %979 : tensor<i32>
    %981 = stablehlo.slice %957 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %982 = stablehlo.constant dense<9> : tensor<i32>
    %983 = stablehlo.constant dense<0> : tensor<i32>
    %984 = stablehlo.constant dense<0> : tensor<i32>
    %985 = stablehlo.reshape %981 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %986 = stablehlo.dynamic_update_slice %907, %985, %982, %983, %980, %984, %984 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %987 = stablehlo.slice %958 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %988 = stablehlo.constant dense<9> : tensor<i32>
    %989 = stablehlo.constant dense<0> : tensor<i32>
    %990 = stablehlo.constant dense<0> : tensor<i32>
    %991 = stablehlo.reshape %987 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %992 = stablehlo.dynamic_update_slice %913, %991, %988, %989, %980, %990, %990 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %993 = stablehlo.constant dense<512> : tensor<i32>
    %994 = stablehlo.divide %5, %993 : tensor<i32>
    %995 = stablehlo.multiply %994, %993 : tensor<i32>
    %996 = stablehlo.subtract %5, %995 : tensor<i32>
    %997 = stablehlo.slice %957 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %998 = stablehlo.constant dense<9> : tensor<i32>
    %999 = stablehlo.constant dense<1> : tensor<i32>
    %1000 = stablehlo.constant dense<0> : tensor<i32>
    %1001 = stablehlo.reshape %997 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1002 = stablehlo.dynamic_update_slice %986, %1001, %998, %999, %996, %1000, %1000 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1003 = stablehlo.slice %958 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1004 = stablehlo.constant dense<9> : tensor<i32>
    %1005 = stablehlo.constant dense<1> : tensor<i32>
    %1006 = stablehlo.constant dense<0> : tensor<i32>
    %1007 = stablehlo.reshape %1003 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1008 = stablehlo.dynamic_update_slice %992, %1007, %1004, %1005, %996, %1006, %1006 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1009 = stablehlo.concatenate %967, %976, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1010 = stablehlo.reshape %1009 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1011 = stablehlo.convert %arg143 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1012 = stablehlo.dot_general %1010, %1011, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1013 = stablehlo.composite "mlxla.rms_norm" %1012, %arg144 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1014 = stablehlo.add %942, %1013 : tensor<2x1152xf32>
    %1015 = stablehlo.composite "mlxla.rms_norm" %1014, %arg145 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1016 = stablehlo.convert %arg147 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1017 = stablehlo.dot_general %1015, %1016, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1018 = stablehlo.multiply %1017, %1017 : tensor<2x6912xf32>
    %1019 = stablehlo.multiply %1018, %1017 : tensor<2x6912xf32>
    %1020 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1021 = stablehlo.multiply %1019, %1020 : tensor<2x6912xf32>
    %1022 = stablehlo.add %1017, %1021 : tensor<2x6912xf32>
    %1023 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1024 = stablehlo.multiply %1022, %1023 : tensor<2x6912xf32>
    %1025 = stablehlo.tanh %1024 : tensor<2x6912xf32>
    %1026 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1027 = stablehlo.add %1025, %1026 : tensor<2x6912xf32>
    %1028 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1029 = stablehlo.multiply %1017, %1028 : tensor<2x6912xf32>
    %1030 = stablehlo.multiply %1029, %1027 : tensor<2x6912xf32>
    %1031 = stablehlo.convert %arg148 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1032 = stablehlo.dot_general %1015, %1031, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1033 = stablehlo.multiply %1030, %1032 : tensor<2x6912xf32>
    %1034 = stablehlo.convert %arg149 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1035 = stablehlo.dot_general %1033, %1034, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1036 = stablehlo.composite "mlxla.rms_norm" %1035, %arg146 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1037 = stablehlo.add %1014, %1036 : tensor<2x1152xf32>
    %1038 = stablehlo.composite "mlxla.rms_norm" %1037, %arg150 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1039 = stablehlo.convert %arg151 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1040 = stablehlo.dot_general %1038, %1039, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1041 = stablehlo.reshape %1040 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1042 = stablehlo.composite "mlxla.rms_norm" %1041, %arg154 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1043 = stablehlo.composite "mlxla.rope" %1042, %arg1 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1044 = stablehlo.convert %arg152 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1045 = stablehlo.dot_general %1038, %1044, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1046 = stablehlo.reshape %1045 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1047 = stablehlo.composite "mlxla.rms_norm" %1046, %arg155 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1048 = stablehlo.composite "mlxla.rope" %1047, %arg1 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1049 = stablehlo.convert %arg153 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1050 = stablehlo.dot_general %1038, %1049, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1051 = stablehlo.reshape %1050 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1052 = stablehlo.convert %1048 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1053 = stablehlo.convert %1051 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1054 = stablehlo.constant dense<1> : tensor<i32>
    %1055 = stablehlo.constant dense<0> : tensor<i32>
    %1056 = stablehlo.constant dense<0> : tensor<i32>
    %1057 = stablehlo.slice %1052 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1058 = stablehlo.reshape %1057 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1059 = stablehlo.dynamic_update_slice %516, %1058, %1054, %1056, %1, %1055, %1055 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1060 = stablehlo.slice %1053 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1061 = stablehlo.reshape %1060 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1062 = stablehlo.dynamic_update_slice %519, %1061, %1054, %1056, %1, %1055, %1055 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1063 = stablehlo.constant dense<1> : tensor<i32>
    %1064 = stablehlo.slice %1052 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1065 = stablehlo.reshape %1064 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1066 = stablehlo.dynamic_update_slice %1059, %1065, %1054, %1063, %5, %1055, %1055 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1067 = stablehlo.slice %1053 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1068 = stablehlo.reshape %1067 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1069 = stablehlo.dynamic_update_slice %1062, %1068, %1054, %1063, %5, %1055, %1055 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1070 = stablehlo.slice %1043 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1071 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1072 = stablehlo.slice %1066 [1:2, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1073 = stablehlo.reshape %1072 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1074 = stablehlo.slice %1069 [1:2, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1075 = stablehlo.reshape %1074 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1076 = stablehlo.composite "mlxla.attention" %1070, %1073, %1075, %1071, %3 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1077 = stablehlo.slice %1043 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1078 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1079 = stablehlo.slice %1066 [1:2, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1080 = stablehlo.reshape %1079 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1081 = stablehlo.slice %1069 [1:2, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1082 = stablehlo.reshape %1081 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1083 = stablehlo.composite "mlxla.attention" %1077, %1080, %1082, %1078, %7 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1084 = stablehlo.concatenate %1076, %1083, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1085 = stablehlo.reshape %1084 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1086 = stablehlo.convert %arg156 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1087 = stablehlo.dot_general %1085, %1086, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1088 = stablehlo.composite "mlxla.rms_norm" %1087, %arg157 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1089 = stablehlo.add %1037, %1088 : tensor<2x1152xf32>
    %1090 = stablehlo.composite "mlxla.rms_norm" %1089, %arg158 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1091 = stablehlo.convert %arg160 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1092 = stablehlo.dot_general %1090, %1091, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1093 = stablehlo.multiply %1092, %1092 : tensor<2x6912xf32>
    %1094 = stablehlo.multiply %1093, %1092 : tensor<2x6912xf32>
    %1095 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1096 = stablehlo.multiply %1094, %1095 : tensor<2x6912xf32>
    %1097 = stablehlo.add %1092, %1096 : tensor<2x6912xf32>
    %1098 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1099 = stablehlo.multiply %1097, %1098 : tensor<2x6912xf32>
    %1100 = stablehlo.tanh %1099 : tensor<2x6912xf32>
    %1101 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1102 = stablehlo.add %1100, %1101 : tensor<2x6912xf32>
    %1103 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1104 = stablehlo.multiply %1092, %1103 : tensor<2x6912xf32>
    %1105 = stablehlo.multiply %1104, %1102 : tensor<2x6912xf32>
    %1106 = stablehlo.convert %arg161 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1107 = stablehlo.dot_general %1090, %1106, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1108 = stablehlo.multiply %1105, %1107 : tensor<2x6912xf32>
    %1109 = stablehlo.convert %arg162 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1110 = stablehlo.dot_general %1108, %1109, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1111 = stablehlo.composite "mlxla.rms_norm" %1110, %arg159 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1112 = stablehlo.add %1089, %1111 : tensor<2x1152xf32>
    %1113 = stablehlo.composite "mlxla.rms_norm" %1112, %arg163 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1114 = stablehlo.convert %arg164 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1115 = stablehlo.dot_general %1113, %1114, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1116 = stablehlo.reshape %1115 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1117 = stablehlo.composite "mlxla.rms_norm" %1116, %arg167 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1118 = stablehlo.composite "mlxla.rope" %1117, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1119 = stablehlo.convert %arg165 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1120 = stablehlo.dot_general %1113, %1119, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1121 = stablehlo.reshape %1120 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1122 = stablehlo.composite "mlxla.rms_norm" %1121, %arg168 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1123 = stablehlo.composite "mlxla.rope" %1122, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1124 = stablehlo.convert %arg166 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1125 = stablehlo.dot_general %1113, %1124, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1126 = stablehlo.reshape %1125 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1127 = stablehlo.convert %1123 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1128 = stablehlo.convert %1126 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1129 = stablehlo.slice %1118 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1130 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1131 = stablehlo.slice %1002 [10:11, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1132 = stablehlo.reshape %1131 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1133 = stablehlo.slice %1008 [10:11, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1134 = stablehlo.reshape %1133 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1135 = stablehlo.slice %1127 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1136 = stablehlo.slice %1128 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1137 = stablehlo.composite "mlxla.window_attention" %1129, %1132, %1134, %1135, %1136, %1130, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1138 = stablehlo.slice %1118 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1139 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1140 = stablehlo.slice %1002 [10:11, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1141 = stablehlo.reshape %1140 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1142 = stablehlo.slice %1008 [10:11, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1143 = stablehlo.reshape %1142 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1144 = stablehlo.slice %1127 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1145 = stablehlo.slice %1128 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1146 = stablehlo.composite "mlxla.window_attention" %1138, %1141, %1143, %1144, %1145, %1139, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1147 = stablehlo.constant dense<512> : tensor<i32>
    %1148 = stablehlo.divide %1, %1147 : tensor<i32>
    %1149 = stablehlo.multiply %1148, %1147 : tensor<i32>
    %1150 = stablehlo.subtract %1, %1149 : tensor<i32>
    %1151 = stablehlo.slice %1127 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1152 = stablehlo.constant dense<10> : tensor<i32>
    %1153 = stablehlo.constant dense<0> : tensor<i32>
    %1154 = stablehlo.constant dense<0> : tensor<i32>
    %1155 = stablehlo.reshape %1151 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1156 = stablehlo.dynamic_update_slice %1002, %1155, %1152, %1153, %1150, %1154, %1154 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1157 = stablehlo.slice %1128 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1158 = stablehlo.constant dense<10> : tensor<i32>
    %1159 = stablehlo.constant dense<0> : tensor<i32>
    %1160 = stablehlo.constant dense<0> : tensor<i32>
    %1161 = stablehlo.reshape %1157 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1162 = stablehlo.dynamic_update_slice %1008, %1161, %1158, %1159, %1150, %1160, %1160 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1163 = stablehlo.constant dense<512> : tensor<i32>
    %1164 = stablehlo.divide %5, %1163 : tensor<i32>
    %1165 = stablehlo.multiply %1164, %1163 : tensor<i32>
    %1166 = stablehlo.subtract %5, %1165 : tensor<i32>
    %1167 = stablehlo.slice %1127 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1168 = stablehlo.constant dense<10> : tensor<i32>
    %1169 = stablehlo.constant dense<1> : tensor<i32>
    %1170 = stablehlo.constant dense<0> : tensor<i32>
    %1171 = stablehlo.reshape %1167 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1172 = stablehlo.dynamic_update_slice %1156, %1171, %1168, %1169, %1166, %1170, %1170 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1173 = stablehlo.slice %1128 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1174 = stablehlo.constant dense<10> : tensor<i32>
    %1175 = stablehlo.constant dense<1> : tensor<i32>
    %1176 = stablehlo.constant dense<0> : tensor<i32>
    %1177 = stablehlo.reshape %1173 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1178 = stablehlo.dynamic_update_slice %1162, %1177, %1174, %1175, %1166, %1176, %1176 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1179 = stablehlo.concatenate %1137, %1146, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1180 = stablehlo.reshape %1179 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1181 = stablehlo.convert %arg169 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1182 = stablehlo.dot_general %1180, %1181, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1183 = stablehlo.composite "mlxla.rms_norm" %1182, %arg170 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1184 = stablehlo.add %1112, %1183 : tensor<2x1152xf32>
    %1185 = stablehlo.composite "mlxla.rms_norm" %1184, %arg171 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1186 = stablehlo.convert %arg173 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1187 = stablehlo.dot_general %1185, %1186, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1188 = stablehlo.multiply %1187, %1187 : tensor<2x6912xf32>
    %1189 = stablehlo.multiply %1188, %1187 : tensor<2x6912xf32>
    %1190 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1191 = stablehlo.multiply %1189, %1190 : tensor<2x6912xf32>
    %1192 = stablehlo.add %1187, %1191 : tensor<2x6912xf32>
    %1193 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1194 = stablehlo.multiply %1192, %1193 : tensor<2x6912xf32>
    %1195 = stablehlo.tanh %1194 : tensor<2x6912xf32>
    %1196 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1197 = stablehlo.add %1195, %1196 : tensor<2x6912xf32>
    %1198 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1199 = stablehlo.multiply %1187, %1198 : tensor<2x6912xf32>
    %1200 = stablehlo.multiply %1199, %1197 : tensor<2x6912xf32>
    %1201 = stablehlo.convert %arg174 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1202 = stablehlo.dot_general %1185, %1201, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1203 = stablehlo.multiply %1200, %1202 : tensor<2x6912xf32>
    %1204 = stablehlo.convert %arg175 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1205 = stablehlo.dot_general %1203, %1204, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1206 = stablehlo.composite "mlxla.rms_norm" %1205, %arg172 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1207 = stablehlo.add %1184, %1206 : tensor<2x1152xf32>
    %1208 = stablehlo.composite "mlxla.rms_norm" %1207, %arg176 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1209 = stablehlo.convert %arg177 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1210 = stablehlo.dot_general %1208, %1209, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1211 = stablehlo.reshape %1210 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1212 = stablehlo.composite "mlxla.rms_norm" %1211, %arg180 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1213 = stablehlo.composite "mlxla.rope" %1212, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1214 = stablehlo.convert %arg178 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1215 = stablehlo.dot_general %1208, %1214, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1216 = stablehlo.reshape %1215 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1217 = stablehlo.composite "mlxla.rms_norm" %1216, %arg181 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1218 = stablehlo.composite "mlxla.rope" %1217, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1219 = stablehlo.convert %arg179 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1220 = stablehlo.dot_general %1208, %1219, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1221 = stablehlo.reshape %1220 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1222 = stablehlo.convert %1218 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1223 = stablehlo.convert %1221 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1224 = stablehlo.slice %1213 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1225 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1226 = stablehlo.slice %1172 [11:12, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1227 = stablehlo.reshape %1226 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1228 = stablehlo.slice %1178 [11:12, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1229 = stablehlo.reshape %1228 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1230 = stablehlo.slice %1222 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1231 = stablehlo.slice %1223 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1232 = stablehlo.composite "mlxla.window_attention" %1224, %1227, %1229, %1230, %1231, %1225, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1233 = stablehlo.slice %1213 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1234 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1235 = stablehlo.slice %1172 [11:12, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1236 = stablehlo.reshape %1235 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1237 = stablehlo.slice %1178 [11:12, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1238 = stablehlo.reshape %1237 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1239 = stablehlo.slice %1222 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1240 = stablehlo.slice %1223 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1241 = stablehlo.composite "mlxla.window_attention" %1233, %1236, %1238, %1239, %1240, %1234, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1242 = stablehlo.constant dense<512> : tensor<i32>
    %1243 = stablehlo.divide %1, %1242 : tensor<i32>
    %1244 = stablehlo.multiply %1243, %1242 : tensor<i32>
    %1245 = stablehlo.subtract %1, %1244 : tensor<i32>
    %1246 = stablehlo.slice %1222 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1247 = stablehlo.constant dense<11> : tensor<i32>
    %1248 = stablehlo.constant dense<0> : tensor<i32>
    %1249 = stablehlo.constant dense<0> : tensor<i32>
    %1250 = stablehlo.reshape %1246 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1251 = stablehlo.dynamic_update_slice %1172, %1250, %1247, %1248, %1245, %1249, %1249 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1252 = stablehlo.slice %1223 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1253 = stablehlo.constant dense<11> : tensor<i32>
    %1254 = stablehlo.constant dense<0> : tensor<i32>
    %1255 = stablehlo.constant dense<0> : tensor<i32>
    %1256 = stablehlo.reshape %1252 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1257 = stablehlo.dynamic_update_slice %1178, %1256, %1253, %1254, %1245, %1255, %1255 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1258 = stablehlo.constant dense<512> : tensor<i32>
    %1259 = stablehlo.divide %5, %1258 : tensor<i32>
    %1260 = stablehlo.multiply %1259, %1258 : tensor<i32>
    %1261 = stablehlo.subtract %5, %1260 : tensor<i32>
    %1262 = stablehlo.slice %1222 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1263 = stablehlo.constant dense<11> : tensor<i32>
    %1264 = stablehlo.constant dense<1> : tensor<i32>
    %1265 = stablehlo.constant dense<0> : tensor<i32>
    %1266 = stablehlo.reshape %1262 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1267 = stablehlo.dynamic_update_slice %1251, %1266, %1263, %1264, %1261, %1265, %1265 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1268 = stablehlo.slice %1223 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1269 = stablehlo.constant dense<11> : tensor<i32>
    %1270 = stablehlo.constant dense<1> : tensor<i32>
    %1271 = stablehlo.constant dense<0> : tensor<i32>
    %1272 = stablehlo.reshape %1268 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1273 = stablehlo.dynamic_update_slice %1257, %1272, %1269, %1270, %1261, %1271, %1271 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1274 = stablehlo.concatenate %1232, %1241, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1275 = stablehlo.reshape %1274 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1276 = stablehlo.convert %arg182 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1277 = stablehlo.dot_general %1275, %1276, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1278 = stablehlo.composite "mlxla.rms_norm" %1277, %arg183 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1279 = stablehlo.add %1207, %1278 : tensor<2x1152xf32>
    %1280 = stablehlo.composite "mlxla.rms_norm" %1279, %arg184 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1281 = stablehlo.convert %arg186 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1282 = stablehlo.dot_general %1280, %1281, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1283 = stablehlo.multiply %1282, %1282 : tensor<2x6912xf32>
    %1284 = stablehlo.multiply %1283, %1282 : tensor<2x6912xf32>
    %1285 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1286 = stablehlo.multiply %1284, %1285 : tensor<2x6912xf32>
    %1287 = stablehlo.add %1282, %1286 : tensor<2x6912xf32>
    %1288 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1289 = stablehlo.multiply %1287, %1288 : tensor<2x6912xf32>
    %1290 = stablehlo.tanh %1289 : tensor<2x6912xf32>
    %1291 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1292 = stablehlo.add %1290, %1291 : tensor<2x6912xf32>
    %1293 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1294 = stablehlo.multiply %1282, %1293 : tensor<2x6912xf32>
    %1295 = stablehlo.multiply %1294, %1292 : tensor<2x6912xf32>
    %1296 = stablehlo.convert %arg187 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1297 = stablehlo.dot_general %1280, %1296, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1298 = stablehlo.multiply %1295, %1297 : tensor<2x6912xf32>
    %1299 = stablehlo.convert %arg188 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1300 = stablehlo.dot_general %1298, %1299, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1301 = stablehlo.composite "mlxla.rms_norm" %1300, %arg185 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1302 = stablehlo.add %1279, %1301 : tensor<2x1152xf32>
    %1303 = stablehlo.composite "mlxla.rms_norm" %1302, %arg189 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1304 = stablehlo.convert %arg190 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1305 = stablehlo.dot_general %1303, %1304, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1306 = stablehlo.reshape %1305 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1307 = stablehlo.composite "mlxla.rms_norm" %1306, %arg193 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1308 = stablehlo.composite "mlxla.rope" %1307, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1309 = stablehlo.convert %arg191 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1310 = stablehlo.dot_general %1303, %1309, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1311 = stablehlo.reshape %1310 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1312 = stablehlo.composite "mlxla.rms_norm" %1311, %arg194 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1313 = stablehlo.composite "mlxla.rope" %1312, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1314 = stablehlo.convert %arg192 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1315 = stablehlo.dot_general %1303, %1314, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1316 = stablehlo.reshape %1315 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1317 = stablehlo.convert %1313 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1318 = stablehlo.convert %1316 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1319 = stablehlo.slice %1308 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1320 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1321 = stablehlo.slice %1267 [12:13, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1322 = stablehlo.reshape %1321 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1323 = stablehlo.slice %1273 [12:13, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1324 = stablehlo.reshape %1323 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1325 = stablehlo.slice %1317 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1326 = stablehlo.slice %1318 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1327 = stablehlo.composite "mlxla.window_attention" %1319, %1322, %1324, %1325, %1326, %1320, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1328 = stablehlo.slice %1308 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1329 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1330 = stablehlo.slice %1267 [12:13, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1331 = stablehlo.reshape %1330 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1332 = stablehlo.slice %1273 [12:13, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1333 = stablehlo.reshape %1332 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1334 = stablehlo.slice %1317 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1335 = stablehlo.slice %1318 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1336 = stablehlo.composite "mlxla.window_attention" %1328, %1331, %1333, %1334, %1335, %1329, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1337 = stablehlo.constant dense<512> : tensor<i32>
    %1338 = stablehlo.divide %1, %1337 : tensor<i32>
    %1339 = stablehlo.multiply %1338, %1337 : tensor<i32>
    %1340 = stablehlo.subtract %1, %1339 : tensor<i32>
    %1341 = stablehlo.slice %1317 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1342 = stablehlo.constant dense<12> : tensor<i32>
    %1343 = stablehlo.constant dense<0> : tensor<i32>
    %1344 = stablehlo.constant dense<0> : tensor<i32>
    %1345 = stablehlo.reshape %1341 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1346 = stablehlo.dynamic_update_slice %1267, %1345, %1342, %1343, %1340, %1344, %1344 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1347 = stablehlo.slice %1318 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1348 = stablehlo.constant dense<12> : tensor<i32>
    %1349 = stablehlo.constant dense<0> : tensor<i32>
    %1350 = stablehlo.constant dense<0> : tensor<i32>
    %1351 = stablehlo.reshape %1347 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1352 = stablehlo.dynamic_update_slice %1273, %1351, %1348, %1349, %1340, %1350, %1350 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1353 = stablehlo.constant dense<512> : tensor<i32>
    %1354 = stablehlo.divide %5, %1353 : tensor<i32>
    %1355 = stablehlo.multiply %1354, %1353 : tensor<i32>
    %1356 = stablehlo.subtract %5, %1355 : tensor<i32>
    %1357 = stablehlo.slice %1317 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1358 = stablehlo.constant dense<12> : tensor<i32>
    %1359 = stablehlo.constant dense<1> : tensor<i32>
    %1360 = stablehlo.constant dense<0> : tensor<i32>
    %1361 = stablehlo.reshape %1357 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1362 = stablehlo.dynamic_update_slice %1346, %1361, %1358, %1359, %1356, %1360, %1360 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1363 = stablehlo.slice %1318 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1364 = stablehlo.constant dense<12> : tensor<i32>
    %1365 = stablehlo.constant dense<1> : tensor<i32>
    %1366 = stablehlo.constant dense<0> : tensor<i32>
    %1367 = stablehlo.reshape %1363 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1368 = stablehlo.dynamic_update_slice %1352, %1367, %1364, %1365, %1356, %1366, %1366 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1369 = stablehlo.concatenate %1327, %1336, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1370 = stablehlo.reshape %1369 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1371 = stablehlo.convert %arg195 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1372 = stablehlo.dot_general %1370, %1371, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1373 = stablehlo.composite "mlxla.rms_norm" %1372, %arg196 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1374 = stablehlo.add %1302, %1373 : tensor<2x1152xf32>
    %1375 = stablehlo.composite "mlxla.rms_norm" %1374, %arg197 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1376 = stablehlo.convert %arg199 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1377 = stablehlo.dot_general %1375, %1376, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1378 = stablehlo.multiply %1377, %1377 : tensor<2x6912xf32>
    %1379 = stablehlo.multiply %1378, %1377 : tensor<2x6912xf32>
    %1380 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1381 = stablehlo.multiply %1379, %1380 : tensor<2x6912xf32>
    %1382 = stablehlo.add %1377, %1381 : tensor<2x6912xf32>
    %1383 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1384 = stablehlo.multiply %1382, %1383 : tensor<2x6912xf32>
    %1385 = stablehlo.tanh %1384 : tensor<2x6912xf32>
    %1386 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1387 = stablehlo.add %1385, %1386 : tensor<2x6912xf32>
    %1388 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1389 = stablehlo.multiply %1377, %1388 : tensor<2x6912xf32>
    %1390 = stablehlo.multiply %1389, %1387 : tensor<2x6912xf32>
    %1391 = stablehlo.convert %arg200 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1392 = stablehlo.dot_general %1375, %1391, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1393 = stablehlo.multiply %1390, %1392 : tensor<2x6912xf32>
    %1394 = stablehlo.convert %arg201 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1395 = stablehlo.dot_general %1393, %1394, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1396 = stablehlo.composite "mlxla.rms_norm" %1395, %arg198 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1397 = stablehlo.add %1374, %1396 : tensor<2x1152xf32>
    %1398 = stablehlo.composite "mlxla.rms_norm" %1397, %arg202 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1399 = stablehlo.convert %arg203 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1400 = stablehlo.dot_general %1398, %1399, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1401 = stablehlo.reshape %1400 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1402 = stablehlo.composite "mlxla.rms_norm" %1401, %arg206 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1403 = stablehlo.composite "mlxla.rope" %1402, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1404 = stablehlo.convert %arg204 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1405 = stablehlo.dot_general %1398, %1404, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1406 = stablehlo.reshape %1405 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1407 = stablehlo.composite "mlxla.rms_norm" %1406, %arg207 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1408 = stablehlo.composite "mlxla.rope" %1407, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1409 = stablehlo.convert %arg205 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1410 = stablehlo.dot_general %1398, %1409, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1411 = stablehlo.reshape %1410 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1412 = stablehlo.convert %1408 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1413 = stablehlo.convert %1411 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1414 = stablehlo.slice %1403 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1415 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1416 = stablehlo.slice %1362 [13:14, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1417 = stablehlo.reshape %1416 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1418 = stablehlo.slice %1368 [13:14, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1419 = stablehlo.reshape %1418 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1420 = stablehlo.slice %1412 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1421 = stablehlo.slice %1413 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1422 = stablehlo.composite "mlxla.window_attention" %1414, %1417, %1419, %1420, %1421, %1415, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1423 = stablehlo.slice %1403 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1424 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1425 = stablehlo.slice %1362 [13:14, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1426 = stablehlo.reshape %1425 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1427 = stablehlo.slice %1368 [13:14, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1428 = stablehlo.reshape %1427 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1429 = stablehlo.slice %1412 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1430 = stablehlo.slice %1413 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1431 = stablehlo.composite "mlxla.window_attention" %1423, %1426, %1428, %1429, %1430, %1424, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1432 = stablehlo.constant dense<512> : tensor<i32>
    %1433 = stablehlo.divide %1, %1432 : tensor<i32>
    %1434 = stablehlo.multiply %1433, %1432 : tensor<i32>
    %1435 = stablehlo.subtract %1, %1434 : tensor<i32>
    %1436 = stablehlo.slice %1412 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1437 = stablehlo.constant dense<13> : tensor<i32>
    %1438 = stablehlo.constant dense<0> : tensor<i32>
    %1439 = stablehlo.constant dense<0> : tensor<i32>
    %1440 = stablehlo.reshape %1436 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1441 = stablehlo.dynamic_update_slice %1362, %1440, %1437, %1438, %1435, %1439, %1439 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1442 = stablehlo.slice %1413 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1443 = stablehlo.constant dense<13> : tensor<i32>
    %1444 = stablehlo.constant dense<0> : tensor<i32>
    %1445 = stablehlo.constant dense<0> : tensor<i32>
    %1446 = stablehlo.reshape %1442 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1447 = stablehlo.dynamic_update_slice %1368, %1446, %1443, %1444, %1435, %1445, %1445 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1448 = stablehlo.constant dense<512> : tensor<i32>
    %1449 = stablehlo.divide %5, %1448 : tensor<i32>
    %1450 = stablehlo.multiply %1449, %1448 : tensor<i32>
    %1451 = stablehlo.subtract %5, %1450 : tensor<i32>
    %1452 = stablehlo.slice %1412 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1453 = stablehlo.constant dense<13> : tensor<i32>
    %1454 = stablehlo.constant dense<1> : tensor<i32>
    %1455 = stablehlo.constant dense<0> : tensor<i32>
    %1456 = stablehlo.reshape %1452 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1457 = stablehlo.dynamic_update_slice %1441, %1456, %1453, %1454, %1451, %1455, %1455 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1458 = stablehlo.slice %1413 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1459 = stablehlo.constant dense<13> : tensor<i32>
    %1460 = stablehlo.constant dense<1> : tensor<i32>
    %1461 = stablehlo.constant dense<0> : tensor<i32>
    %1462 = stablehlo.reshape %1458 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1463 = stablehlo.dynamic_update_slice %1447, %1462, %1459, %1460, %1451, %1461, %1461 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1464 = stablehlo.concatenate %1422, %1431, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1465 = stablehlo.reshape %1464 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1466 = stablehlo.convert %arg208 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1467 = stablehlo.dot_general %1465, %1466, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1468 = stablehlo.composite "mlxla.rms_norm" %1467, %arg209 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1469 = stablehlo.add %1397, %1468 : tensor<2x1152xf32>
    %1470 = stablehlo.composite "mlxla.rms_norm" %1469, %arg210 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1471 = stablehlo.convert %arg212 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1472 = stablehlo.dot_general %1470, %1471, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1473 = stablehlo.multiply %1472, %1472 : tensor<2x6912xf32>
    %1474 = stablehlo.multiply %1473, %1472 : tensor<2x6912xf32>
    %1475 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1476 = stablehlo.multiply %1474, %1475 : tensor<2x6912xf32>
    %1477 = stablehlo.add %1472, %1476 : tensor<2x6912xf32>
    %1478 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1479 = stablehlo.multiply %1477, %1478 : tensor<2x6912xf32>
    %1480 = stablehlo.tanh %1479 : tensor<2x6912xf32>
    %1481 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1482 = stablehlo.add %1480, %1481 : tensor<2x6912xf32>
    %1483 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1484 = stablehlo.multiply %1472, %1483 : tensor<2x6912xf32>
    %1485 = stablehlo.multiply %1484, %1482 : tensor<2x6912xf32>
    %1486 = stablehlo.convert %arg213 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1487 = stablehlo.dot_general %1470, %1486, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1488 = stablehlo.multiply %1485, %1487 : tensor<2x6912xf32>
    %1489 = stablehlo.convert %arg214 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1490 = stablehlo.dot_general %1488, %1489, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1491 = stablehlo.composite "mlxla.rms_norm" %1490, %arg211 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1492 = stablehlo.add %1469, %1491 : tensor<2x1152xf32>
    %1493 = stablehlo.composite "mlxla.rms_norm" %1492, %arg215 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1494 = stablehlo.convert %arg216 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1495 = stablehlo.dot_general %1493, %1494, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1496 = stablehlo.reshape %1495 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1497 = stablehlo.composite "mlxla.rms_norm" %1496, %arg219 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1498 = stablehlo.composite "mlxla.rope" %1497, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1499 = stablehlo.convert %arg217 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1500 = stablehlo.dot_general %1493, %1499, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1501 = stablehlo.reshape %1500 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1502 = stablehlo.composite "mlxla.rms_norm" %1501, %arg220 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1503 = stablehlo.composite "mlxla.rope" %1502, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1504 = stablehlo.convert %arg218 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1505 = stablehlo.dot_general %1493, %1504, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1506 = stablehlo.reshape %1505 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1507 = stablehlo.convert %1503 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1508 = stablehlo.convert %1506 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1509 = stablehlo.slice %1498 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1510 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1511 = stablehlo.slice %1457 [14:15, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1512 = stablehlo.reshape %1511 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1513 = stablehlo.slice %1463 [14:15, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1514 = stablehlo.reshape %1513 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1515 = stablehlo.slice %1507 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1516 = stablehlo.slice %1508 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1517 = stablehlo.composite "mlxla.window_attention" %1509, %1512, %1514, %1515, %1516, %1510, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1518 = stablehlo.slice %1498 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1519 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1520 = stablehlo.slice %1457 [14:15, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1521 = stablehlo.reshape %1520 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1522 = stablehlo.slice %1463 [14:15, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1523 = stablehlo.reshape %1522 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1524 = stablehlo.slice %1507 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1525 = stablehlo.slice %1508 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1526 = stablehlo.composite "mlxla.window_attention" %1518, %1521, %1523, %1524, %1525, %1519, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1527 = stablehlo.constant dense<512> : tensor<i32>
    %1528 = stablehlo.divide %1, %1527 : tensor<i32>
    %1529 = stablehlo.multiply %1528, %1527 : tensor<i32>
    %1530 = stablehlo.subtract %1, %1529 : tensor<i32>
    %1531 = stablehlo.slice %1507 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1532 = stablehlo.constant dense<14> : tensor<i32>
    %1533 = stablehlo.constant dense<0> : tensor<i32>
    %1534 = stablehlo.constant dense<0> : tensor<i32>
    %1535 = stablehlo.reshape %1531 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1536 = stablehlo.dynamic_update_slice %1457, %1535, %1532, %1533, %1530, %1534, %1534 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1537 = stablehlo.slice %1508 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1538 = stablehlo.constant dense<14> : tensor<i32>
    %1539 = stablehlo.constant dense<0> : tensor<i32>
    %1540 = stablehlo.constant dense<0> : tensor<i32>
    %1541 = stablehlo.reshape %1537 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1542 = stablehlo.dynamic_update_slice %1463, %1541, %1538, %1539, %1530, %1540, %1540 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1543 = stablehlo.constant dense<512> : tensor<i32>
    %1544 = stablehlo.divide %5, %1543 : tensor<i32>
    %1545 = stablehlo.multiply %1544, %1543 : tensor<i32>
    %1546 = stablehlo.subtract %5, %1545 : tensor<i32>
    %1547 = stablehlo.slice %1507 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1548 = stablehlo.constant dense<14> : tensor<i32>
    %1549 = stablehlo.constant dense<1> : tensor<i32>
    %1550 = stablehlo.constant dense<0> : tensor<i32>
    %1551 = stablehlo.reshape %1547 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1552 = stablehlo.dynamic_update_slice %1536, %1551, %1548, %1549, %1546, %1550, %1550 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1553 = stablehlo.slice %1508 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1554 = stablehlo.constant dense<14> : tensor<i32>
    %1555 = stablehlo.constant dense<1> : tensor<i32>
    %1556 = stablehlo.constant dense<0> : tensor<i32>
    %1557 = stablehlo.reshape %1553 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1558 = stablehlo.dynamic_update_slice %1542, %1557, %1554, %1555, %1546, %1556, %1556 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1559 = stablehlo.concatenate %1517, %1526, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1560 = stablehlo.reshape %1559 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1561 = stablehlo.convert %arg221 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1562 = stablehlo.dot_general %1560, %1561, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1563 = stablehlo.composite "mlxla.rms_norm" %1562, %arg222 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1564 = stablehlo.add %1492, %1563 : tensor<2x1152xf32>
    %1565 = stablehlo.composite "mlxla.rms_norm" %1564, %arg223 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1566 = stablehlo.convert %arg225 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1567 = stablehlo.dot_general %1565, %1566, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1568 = stablehlo.multiply %1567, %1567 : tensor<2x6912xf32>
    %1569 = stablehlo.multiply %1568, %1567 : tensor<2x6912xf32>
    %1570 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1571 = stablehlo.multiply %1569, %1570 : tensor<2x6912xf32>
    %1572 = stablehlo.add %1567, %1571 : tensor<2x6912xf32>
    %1573 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1574 = stablehlo.multiply %1572, %1573 : tensor<2x6912xf32>
    %1575 = stablehlo.tanh %1574 : tensor<2x6912xf32>
    %1576 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1577 = stablehlo.add %1575, %1576 : tensor<2x6912xf32>
    %1578 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1579 = stablehlo.multiply %1567, %1578 : tensor<2x6912xf32>
    %1580 = stablehlo.multiply %1579, %1577 : tensor<2x6912xf32>
    %1581 = stablehlo.convert %arg226 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1582 = stablehlo.dot_general %1565, %1581, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1583 = stablehlo.multiply %1580, %1582 : tensor<2x6912xf32>
    %1584 = stablehlo.convert %arg227 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1585 = stablehlo.dot_general %1583, %1584, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1586 = stablehlo.composite "mlxla.rms_norm" %1585, %arg224 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1587 = stablehlo.add %1564, %1586 : tensor<2x1152xf32>
    %1588 = stablehlo.composite "mlxla.rms_norm" %1587, %arg228 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1589 = stablehlo.convert %arg229 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1590 = stablehlo.dot_general %1588, %1589, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1591 = stablehlo.reshape %1590 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1592 = stablehlo.composite "mlxla.rms_norm" %1591, %arg232 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1593 = stablehlo.composite "mlxla.rope" %1592, %arg1 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1594 = stablehlo.convert %arg230 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1595 = stablehlo.dot_general %1588, %1594, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1596 = stablehlo.reshape %1595 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1597 = stablehlo.composite "mlxla.rms_norm" %1596, %arg233 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1598 = stablehlo.composite "mlxla.rope" %1597, %arg1 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1599 = stablehlo.convert %arg231 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1600 = stablehlo.dot_general %1588, %1599, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1601 = stablehlo.reshape %1600 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1602 = stablehlo.convert %1598 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1603 = stablehlo.convert %1601 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1604 = stablehlo.constant dense<2> : tensor<i32>
    %1605 = stablehlo.constant dense<0> : tensor<i32>
    %1606 = stablehlo.constant dense<0> : tensor<i32>
    %1607 = stablehlo.slice %1602 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1608 = stablehlo.reshape %1607 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1609 = stablehlo.dynamic_update_slice %1066, %1608, %1604, %1606, %1, %1605, %1605 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1610 = stablehlo.slice %1603 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1611 = stablehlo.reshape %1610 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1612 = stablehlo.dynamic_update_slice %1069, %1611, %1604, %1606, %1, %1605, %1605 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1613 = stablehlo.constant dense<1> : tensor<i32>
    %1614 = stablehlo.slice %1602 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1615 = stablehlo.reshape %1614 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1616 = stablehlo.dynamic_update_slice %1609, %1615, %1604, %1613, %5, %1605, %1605 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1617 = stablehlo.slice %1603 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1618 = stablehlo.reshape %1617 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1619 = stablehlo.dynamic_update_slice %1612, %1618, %1604, %1613, %5, %1605, %1605 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %1620 = stablehlo.slice %1593 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1621 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1622 = stablehlo.slice %1616 [2:3, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1623 = stablehlo.reshape %1622 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1624 = stablehlo.slice %1619 [2:3, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1625 = stablehlo.reshape %1624 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1626 = stablehlo.composite "mlxla.attention" %1620, %1623, %1625, %1621, %3 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1627 = stablehlo.slice %1593 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1628 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1629 = stablehlo.slice %1616 [2:3, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1630 = stablehlo.reshape %1629 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1631 = stablehlo.slice %1619 [2:3, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1632 = stablehlo.reshape %1631 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1633 = stablehlo.composite "mlxla.attention" %1627, %1630, %1632, %1628, %7 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1634 = stablehlo.concatenate %1626, %1633, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1635 = stablehlo.reshape %1634 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1636 = stablehlo.convert %arg234 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1637 = stablehlo.dot_general %1635, %1636, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1638 = stablehlo.composite "mlxla.rms_norm" %1637, %arg235 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1639 = stablehlo.add %1587, %1638 : tensor<2x1152xf32>
    %1640 = stablehlo.composite "mlxla.rms_norm" %1639, %arg236 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1641 = stablehlo.convert %arg238 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1642 = stablehlo.dot_general %1640, %1641, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1643 = stablehlo.multiply %1642, %1642 : tensor<2x6912xf32>
    %1644 = stablehlo.multiply %1643, %1642 : tensor<2x6912xf32>
    %1645 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1646 = stablehlo.multiply %1644, %1645 : tensor<2x6912xf32>
    %1647 = stablehlo.add %1642, %1646 : tensor<2x6912xf32>
    %1648 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1649 = stablehlo.multiply %1647, %1648 : tensor<2x6912xf32>
    %1650 = stablehlo.tanh %1649 : tensor<2x6912xf32>
    %1651 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1652 = stablehlo.add %1650, %1651 : tensor<2x6912xf32>
    %1653 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1654 = stablehlo.multiply %1642, %1653 : tensor<2x6912xf32>
    %1655 = stablehlo.multiply %1654, %1652 : tensor<2x6912xf32>
    %1656 = stablehlo.convert %arg239 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1657 = stablehlo.dot_general %1640, %1656, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1658 = stablehlo.multiply %1655, %1657 : tensor<2x6912xf32>
    %1659 = stablehlo.convert %arg240 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1660 = stablehlo.dot_general %1658, %1659, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1661 = stablehlo.composite "mlxla.rms_norm" %1660, %arg237 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1662 = stablehlo.add %1639, %1661 : tensor<2x1152xf32>
    %1663 = stablehlo.composite "mlxla.rms_norm" %1662, %arg241 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1664 = stablehlo.convert %arg242 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1665 = stablehlo.dot_general %1663, %1664, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1666 = stablehlo.reshape %1665 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1667 = stablehlo.composite "mlxla.rms_norm" %1666, %arg245 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1668 = stablehlo.composite "mlxla.rope" %1667, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1669 = stablehlo.convert %arg243 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1670 = stablehlo.dot_general %1663, %1669, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1671 = stablehlo.reshape %1670 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1672 = stablehlo.composite "mlxla.rms_norm" %1671, %arg246 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1673 = stablehlo.composite "mlxla.rope" %1672, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1674 = stablehlo.convert %arg244 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1675 = stablehlo.dot_general %1663, %1674, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1676 = stablehlo.reshape %1675 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1677 = stablehlo.convert %1673 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1678 = stablehlo.convert %1676 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1679 = stablehlo.slice %1668 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1680 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1681 = stablehlo.slice %1552 [15:16, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1682 = stablehlo.reshape %1681 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1683 = stablehlo.slice %1558 [15:16, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1684 = stablehlo.reshape %1683 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1685 = stablehlo.slice %1677 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1686 = stablehlo.slice %1678 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1687 = stablehlo.composite "mlxla.window_attention" %1679, %1682, %1684, %1685, %1686, %1680, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1688 = stablehlo.slice %1668 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1689 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1690 = stablehlo.slice %1552 [15:16, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1691 = stablehlo.reshape %1690 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1692 = stablehlo.slice %1558 [15:16, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1693 = stablehlo.reshape %1692 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1694 = stablehlo.slice %1677 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1695 = stablehlo.slice %1678 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1696 = stablehlo.composite "mlxla.window_attention" %1688, %1691, %1693, %1694, %1695, %1689, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1697 = stablehlo.constant dense<512> : tensor<i32>
    %1698 = stablehlo.divide %1, %1697 : tensor<i32>
    %1699 = stablehlo.multiply %1698, %1697 : tensor<i32>
    %1700 = stablehlo.subtract %1, %1699 : tensor<i32>
    %1701 = stablehlo.slice %1677 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1702 = stablehlo.constant dense<15> : tensor<i32>
    %1703 = stablehlo.constant dense<0> : tensor<i32>
    %1704 = stablehlo.constant dense<0> : tensor<i32>
    %1705 = stablehlo.reshape %1701 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1706 = stablehlo.dynamic_update_slice %1552, %1705, %1702, %1703, %1700, %1704, %1704 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1707 = stablehlo.slice %1678 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1708 = stablehlo.constant dense<15> : tensor<i32>
    %1709 = stablehlo.constant dense<0> : tensor<i32>
    %1710 = stablehlo.constant dense<0> : tensor<i32>
    %1711 = stablehlo.reshape %1707 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1712 = stablehlo.dynamic_update_slice %1558, %1711, %1708, %1709, %1700, %1710, %1710 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1713 = stablehlo.constant dense<512> : tensor<i32>
    %1714 = stablehlo.divide %5, %1713 : tensor<i32>
    %1715 = stablehlo.multiply %1714, %1713 : tensor<i32>
    %1716 = stablehlo.subtract %5, %1715 : tensor<i32>
    %1717 = stablehlo.slice %1677 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1718 = stablehlo.constant dense<15> : tensor<i32>
    %1719 = stablehlo.constant dense<1> : tensor<i32>
    %1720 = stablehlo.constant dense<0> : tensor<i32>
    %1721 = stablehlo.reshape %1717 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1722 = stablehlo.dynamic_update_slice %1706, %1721, %1718, %1719, %1716, %1720, %1720 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1723 = stablehlo.slice %1678 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1724 = stablehlo.constant dense<15> : tensor<i32>
    %1725 = stablehlo.constant dense<1> : tensor<i32>
    %1726 = stablehlo.constant dense<0> : tensor<i32>
    %1727 = stablehlo.reshape %1723 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1728 = stablehlo.dynamic_update_slice %1712, %1727, %1724, %1725, %1716, %1726, %1726 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1729 = stablehlo.concatenate %1687, %1696, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1730 = stablehlo.reshape %1729 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1731 = stablehlo.convert %arg247 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1732 = stablehlo.dot_general %1730, %1731, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1733 = stablehlo.composite "mlxla.rms_norm" %1732, %arg248 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1734 = stablehlo.add %1662, %1733 : tensor<2x1152xf32>
    %1735 = stablehlo.composite "mlxla.rms_norm" %1734, %arg249 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1736 = stablehlo.convert %arg251 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1737 = stablehlo.dot_general %1735, %1736, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1738 = stablehlo.multiply %1737, %1737 : tensor<2x6912xf32>
    %1739 = stablehlo.multiply %1738, %1737 : tensor<2x6912xf32>
    %1740 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1741 = stablehlo.multiply %1739, %1740 : tensor<2x6912xf32>
    %1742 = stablehlo.add %1737, %1741 : tensor<2x6912xf32>
    %1743 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1744 = stablehlo.multiply %1742, %1743 : tensor<2x6912xf32>
    %1745 = stablehlo.tanh %1744 : tensor<2x6912xf32>
    %1746 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1747 = stablehlo.add %1745, %1746 : tensor<2x6912xf32>
    %1748 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1749 = stablehlo.multiply %1737, %1748 : tensor<2x6912xf32>
    %1750 = stablehlo.multiply %1749, %1747 : tensor<2x6912xf32>
    %1751 = stablehlo.convert %arg252 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1752 = stablehlo.dot_general %1735, %1751, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1753 = stablehlo.multiply %1750, %1752 : tensor<2x6912xf32>
    %1754 = stablehlo.convert %arg253 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1755 = stablehlo.dot_general %1753, %1754, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1756 = stablehlo.composite "mlxla.rms_norm" %1755, %arg250 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1757 = stablehlo.add %1734, %1756 : tensor<2x1152xf32>
    %1758 = stablehlo.composite "mlxla.rms_norm" %1757, %arg254 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1759 = stablehlo.convert %arg255 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1760 = stablehlo.dot_general %1758, %1759, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1761 = stablehlo.reshape %1760 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1762 = stablehlo.composite "mlxla.rms_norm" %1761, %arg258 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1763 = stablehlo.composite "mlxla.rope" %1762, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1764 = stablehlo.convert %arg256 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1765 = stablehlo.dot_general %1758, %1764, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1766 = stablehlo.reshape %1765 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1767 = stablehlo.composite "mlxla.rms_norm" %1766, %arg259 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1768 = stablehlo.composite "mlxla.rope" %1767, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1769 = stablehlo.convert %arg257 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1770 = stablehlo.dot_general %1758, %1769, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1771 = stablehlo.reshape %1770 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1772 = stablehlo.convert %1768 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1773 = stablehlo.convert %1771 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1774 = stablehlo.slice %1763 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1775 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1776 = stablehlo.slice %1722 [16:17, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1777 = stablehlo.reshape %1776 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1778 = stablehlo.slice %1728 [16:17, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1779 = stablehlo.reshape %1778 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1780 = stablehlo.slice %1772 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1781 = stablehlo.slice %1773 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1782 = stablehlo.composite "mlxla.window_attention" %1774, %1777, %1779, %1780, %1781, %1775, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1783 = stablehlo.slice %1763 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1784 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1785 = stablehlo.slice %1722 [16:17, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1786 = stablehlo.reshape %1785 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1787 = stablehlo.slice %1728 [16:17, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1788 = stablehlo.reshape %1787 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1789 = stablehlo.slice %1772 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1790 = stablehlo.slice %1773 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1791 = stablehlo.composite "mlxla.window_attention" %1783, %1786, %1788, %1789, %1790, %1784, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1792 = stablehlo.constant dense<512> : tensor<i32>
    %1793 = stablehlo.divide %1, %1792 : tensor<i32>
    %1794 = stablehlo.multiply %1793, %1792 : tensor<i32>
    %1795 = stablehlo.subtract %1, %1794 : tensor<i32>
    %1796 = stablehlo.slice %1772 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1797 = stablehlo.constant dense<16> : tensor<i32>
    %1798 = stablehlo.constant dense<0> : tensor<i32>
    %1799 = stablehlo.constant dense<0> : tensor<i32>
    %1800 = stablehlo.reshape %1796 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1801 = stablehlo.dynamic_update_slice %1722, %1800, %1797, %1798, %1795, %1799, %1799 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1802 = stablehlo.slice %1773 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1803 = stablehlo.constant dense<16> : tensor<i32>
    %1804 = stablehlo.constant dense<0> : tensor<i32>
    %1805 = stablehlo.constant dense<0> : tensor<i32>
    %1806 = stablehlo.reshape %1802 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1807 = stablehlo.dynamic_update_slice %1728, %1806, %1803, %1804, %1795, %1805, %1805 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1808 = stablehlo.constant dense<512> : tensor<i32>
    %1809 = stablehlo.divide %5, %1808 : tensor<i32>
    %1810 = stablehlo.multiply %1809, %1808 : tensor<i32>
    %1811 = stablehlo.subtract %5, %1810 : tensor<i32>
    %1812 = stablehlo.slice %1772 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1813 = stablehlo.constant dense<16> : tensor<i32>
    %1814 = stablehlo.constant dense<1> : tensor<i32>
    %1815 = stablehlo.constant dense<0> : tensor<i32>
    %1816 = stablehlo.reshape %1812 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1817 = stablehlo.dynamic_update_slice %1801, %1816, %1813, %1814, %1811, %1815, %1815 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1818 = stablehlo.slice %1773 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1819 = stablehlo.constant dense<16> : tensor<i32>
    %1820 = stablehlo.constant dense<1> : tensor<i32>
    %1821 = stablehlo.constant dense<0> : tensor<i32>
    %1822 = stablehlo.reshape %1818 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1823 = stablehlo.dynamic_update_slice %1807, %1822, %1819, %1820, %1811, %1821, %1821 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1824 = stablehlo.concatenate %1782, %1791, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1825 = stablehlo.reshape %1824 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1826 = stablehlo.convert %arg260 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1827 = stablehlo.dot_general %1825, %1826, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1828 = stablehlo.composite "mlxla.rms_norm" %1827, %arg261 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1829 = stablehlo.add %1757, %1828 : tensor<2x1152xf32>
    %1830 = stablehlo.composite "mlxla.rms_norm" %1829, %arg262 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1831 = stablehlo.convert %arg264 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1832 = stablehlo.dot_general %1830, %1831, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1833 = stablehlo.multiply %1832, %1832 : tensor<2x6912xf32>
    %1834 = stablehlo.multiply %1833, %1832 : tensor<2x6912xf32>
    %1835 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1836 = stablehlo.multiply %1834, %1835 : tensor<2x6912xf32>
    %1837 = stablehlo.add %1832, %1836 : tensor<2x6912xf32>
    %1838 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1839 = stablehlo.multiply %1837, %1838 : tensor<2x6912xf32>
    %1840 = stablehlo.tanh %1839 : tensor<2x6912xf32>
    %1841 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1842 = stablehlo.add %1840, %1841 : tensor<2x6912xf32>
    %1843 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1844 = stablehlo.multiply %1832, %1843 : tensor<2x6912xf32>
    %1845 = stablehlo.multiply %1844, %1842 : tensor<2x6912xf32>
    %1846 = stablehlo.convert %arg265 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1847 = stablehlo.dot_general %1830, %1846, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1848 = stablehlo.multiply %1845, %1847 : tensor<2x6912xf32>
    %1849 = stablehlo.convert %arg266 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1850 = stablehlo.dot_general %1848, %1849, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1851 = stablehlo.composite "mlxla.rms_norm" %1850, %arg263 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1852 = stablehlo.add %1829, %1851 : tensor<2x1152xf32>
    %1853 = stablehlo.composite "mlxla.rms_norm" %1852, %arg267 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1854 = stablehlo.convert %arg268 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1855 = stablehlo.dot_general %1853, %1854, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1856 = stablehlo.reshape %1855 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1857 = stablehlo.composite "mlxla.rms_norm" %1856, %arg271 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1858 = stablehlo.composite "mlxla.rope" %1857, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1859 = stablehlo.convert %arg269 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1860 = stablehlo.dot_general %1853, %1859, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1861 = stablehlo.reshape %1860 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1862 = stablehlo.composite "mlxla.rms_norm" %1861, %arg272 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1863 = stablehlo.composite "mlxla.rope" %1862, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1864 = stablehlo.convert %arg270 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1865 = stablehlo.dot_general %1853, %1864, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1866 = stablehlo.reshape %1865 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1867 = stablehlo.convert %1863 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1868 = stablehlo.convert %1866 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1869 = stablehlo.slice %1858 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1870 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1871 = stablehlo.slice %1817 [17:18, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1872 = stablehlo.reshape %1871 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1873 = stablehlo.slice %1823 [17:18, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1874 = stablehlo.reshape %1873 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1875 = stablehlo.slice %1867 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1876 = stablehlo.slice %1868 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1877 = stablehlo.composite "mlxla.window_attention" %1869, %1872, %1874, %1875, %1876, %1870, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1878 = stablehlo.slice %1858 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1879 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1880 = stablehlo.slice %1817 [17:18, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1881 = stablehlo.reshape %1880 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1882 = stablehlo.slice %1823 [17:18, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1883 = stablehlo.reshape %1882 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1884 = stablehlo.slice %1867 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1885 = stablehlo.slice %1868 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1886 = stablehlo.composite "mlxla.window_attention" %1878, %1881, %1883, %1884, %1885, %1879, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1887 = stablehlo.constant dense<512> : tensor<i32>
    %1888 = stablehlo.divide %1, %1887 : tensor<i32>
    %1889 = stablehlo.multiply %1888, %1887 : tensor<i32>
    %1890 = stablehlo.subtract %1, %1889 : tensor<i32>
    %1891 = stablehlo.slice %1867 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1892 = stablehlo.constant dense<17> : tensor<i32>
    %1893 = stablehlo.constant dense<0> : tensor<i32>
    %1894 = stablehlo.constant dense<0> : tensor<i32>
    %1895 = stablehlo.reshape %1891 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1896 = stablehlo.dynamic_update_slice %1817, %1895, %1892, %1893, %1890, %1894, %1894 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1897 = stablehlo.slice %1868 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1898 = stablehlo.constant dense<17> : tensor<i32>
    %1899 = stablehlo.constant dense<0> : tensor<i32>
    %1900 = stablehlo.constant dense<0> : tensor<i32>
    %1901 = stablehlo.reshape %1897 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1902 = stablehlo.dynamic_update_slice %1823, %1901, %1898, %1899, %1890, %1900, %1900 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1903 = stablehlo.constant dense<512> : tensor<i32>
    %1904 = stablehlo.divide %5, %1903 : tensor<i32>
    %1905 = stablehlo.multiply %1904, %1903 : tensor<i32>
    %1906 = stablehlo.subtract %5, %1905 : tensor<i32>
    %1907 = stablehlo.slice %1867 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1908 = stablehlo.constant dense<17> : tensor<i32>
    %1909 = stablehlo.constant dense<1> : tensor<i32>
    %1910 = stablehlo.constant dense<0> : tensor<i32>
    %1911 = stablehlo.reshape %1907 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1912 = stablehlo.dynamic_update_slice %1896, %1911, %1908, %1909, %1906, %1910, %1910 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1913 = stablehlo.slice %1868 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1914 = stablehlo.constant dense<17> : tensor<i32>
    %1915 = stablehlo.constant dense<1> : tensor<i32>
    %1916 = stablehlo.constant dense<0> : tensor<i32>
    %1917 = stablehlo.reshape %1913 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1918 = stablehlo.dynamic_update_slice %1902, %1917, %1914, %1915, %1906, %1916, %1916 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1919 = stablehlo.concatenate %1877, %1886, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %1920 = stablehlo.reshape %1919 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %1921 = stablehlo.convert %arg273 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1922 = stablehlo.dot_general %1920, %1921, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %1923 = stablehlo.composite "mlxla.rms_norm" %1922, %arg274 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1924 = stablehlo.add %1852, %1923 : tensor<2x1152xf32>
    %1925 = stablehlo.composite "mlxla.rms_norm" %1924, %arg275 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1926 = stablehlo.convert %arg277 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1927 = stablehlo.dot_general %1925, %1926, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1928 = stablehlo.multiply %1927, %1927 : tensor<2x6912xf32>
    %1929 = stablehlo.multiply %1928, %1927 : tensor<2x6912xf32>
    %1930 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %1931 = stablehlo.multiply %1929, %1930 : tensor<2x6912xf32>
    %1932 = stablehlo.add %1927, %1931 : tensor<2x6912xf32>
    %1933 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %1934 = stablehlo.multiply %1932, %1933 : tensor<2x6912xf32>
    %1935 = stablehlo.tanh %1934 : tensor<2x6912xf32>
    %1936 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %1937 = stablehlo.add %1935, %1936 : tensor<2x6912xf32>
    %1938 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %1939 = stablehlo.multiply %1927, %1938 : tensor<2x6912xf32>
    %1940 = stablehlo.multiply %1939, %1937 : tensor<2x6912xf32>
    %1941 = stablehlo.convert %arg278 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1942 = stablehlo.dot_general %1925, %1941, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %1943 = stablehlo.multiply %1940, %1942 : tensor<2x6912xf32>
    %1944 = stablehlo.convert %arg279 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1945 = stablehlo.dot_general %1943, %1944, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %1946 = stablehlo.composite "mlxla.rms_norm" %1945, %arg276 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1947 = stablehlo.add %1924, %1946 : tensor<2x1152xf32>
    %1948 = stablehlo.composite "mlxla.rms_norm" %1947, %arg280 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %1949 = stablehlo.convert %arg281 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1950 = stablehlo.dot_general %1948, %1949, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %1951 = stablehlo.reshape %1950 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %1952 = stablehlo.composite "mlxla.rms_norm" %1951, %arg284 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %1953 = stablehlo.composite "mlxla.rope" %1952, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %1954 = stablehlo.convert %arg282 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1955 = stablehlo.dot_general %1948, %1954, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1956 = stablehlo.reshape %1955 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1957 = stablehlo.composite "mlxla.rms_norm" %1956, %arg285 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %1958 = stablehlo.composite "mlxla.rope" %1957, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %1959 = stablehlo.convert %arg283 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1960 = stablehlo.dot_general %1948, %1959, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %1961 = stablehlo.reshape %1960 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %1962 = stablehlo.convert %1958 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1963 = stablehlo.convert %1961 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %1964 = stablehlo.slice %1953 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1965 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1966 = stablehlo.slice %1912 [18:19, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1967 = stablehlo.reshape %1966 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1968 = stablehlo.slice %1918 [18:19, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1969 = stablehlo.reshape %1968 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1970 = stablehlo.slice %1962 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1971 = stablehlo.slice %1963 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1972 = stablehlo.composite "mlxla.window_attention" %1964, %1967, %1969, %1970, %1971, %1965, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1973 = stablehlo.slice %1953 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %1974 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %1975 = stablehlo.slice %1912 [18:19, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1976 = stablehlo.reshape %1975 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1977 = stablehlo.slice %1918 [18:19, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1978 = stablehlo.reshape %1977 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1979 = stablehlo.slice %1962 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1980 = stablehlo.slice %1963 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1981 = stablehlo.composite "mlxla.window_attention" %1973, %1976, %1978, %1979, %1980, %1974, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1982 = stablehlo.constant dense<512> : tensor<i32>
    %1983 = stablehlo.divide %1, %1982 : tensor<i32>
    %1984 = stablehlo.multiply %1983, %1982 : tensor<i32>
    %1985 = stablehlo.subtract %1, %1984 : tensor<i32>
    %1986 = stablehlo.slice %1962 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1987 = stablehlo.constant dense<18> : tensor<i32>
    %1988 = stablehlo.constant dense<0> : tensor<i32>
    %1989 = stablehlo.constant dense<0> : tensor<i32>
    %1990 = stablehlo.reshape %1986 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1991 = stablehlo.dynamic_update_slice %1912, %1990, %1987, %1988, %1985, %1989, %1989 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1992 = stablehlo.slice %1963 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %1993 = stablehlo.constant dense<18> : tensor<i32>
    %1994 = stablehlo.constant dense<0> : tensor<i32>
    %1995 = stablehlo.constant dense<0> : tensor<i32>
    %1996 = stablehlo.reshape %1992 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1997 = stablehlo.dynamic_update_slice %1918, %1996, %1993, %1994, %1985, %1995, %1995 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %1998 = stablehlo.constant dense<512> : tensor<i32>
    %1999 = stablehlo.divide %5, %1998 : tensor<i32>
    %2000 = stablehlo.multiply %1999, %1998 : tensor<i32>
    %2001 = stablehlo.subtract %5, %2000 : tensor<i32>
    %2002 = stablehlo.slice %1962 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2003 = stablehlo.constant dense<18> : tensor<i32>
    %2004 = stablehlo.constant dense<1> : tensor<i32>
    %2005 = stablehlo.constant dense<0> : tensor<i32>
    %2006 = stablehlo.reshape %2002 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2007 = stablehlo.dynamic_update_slice %1991, %2006, %2003, %2004, %2001, %2005, %2005 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2008 = stablehlo.slice %1963 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2009 = stablehlo.constant dense<18> : tensor<i32>
    %2010 = stablehlo.constant dense<1> : tensor<i32>
    %2011 = stablehlo.constant dense<0> : tensor<i32>
    %2012 = stablehlo.reshape %2008 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2013 = stablehlo.dynamic_update_slice %1997, %2012, %2009, %2010, %2001, %2011, %2011 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2014 = stablehlo.concatenate %1972, %1981, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2015 = stablehlo.reshape %2014 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2016 = stablehlo.convert %arg286 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2017 = stablehlo.dot_general %2015, %2016, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2018 = stablehlo.composite "mlxla.rms_norm" %2017, %arg287 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2019 = stablehlo.add %1947, %2018 : tensor<2x1152xf32>
    %2020 = stablehlo.composite "mlxla.rms_norm" %2019, %arg288 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2021 = stablehlo.convert %arg290 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2022 = stablehlo.dot_general %2020, %2021, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2023 = stablehlo.multiply %2022, %2022 : tensor<2x6912xf32>
    %2024 = stablehlo.multiply %2023, %2022 : tensor<2x6912xf32>
    %2025 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2026 = stablehlo.multiply %2024, %2025 : tensor<2x6912xf32>
    %2027 = stablehlo.add %2022, %2026 : tensor<2x6912xf32>
    %2028 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2029 = stablehlo.multiply %2027, %2028 : tensor<2x6912xf32>
    %2030 = stablehlo.tanh %2029 : tensor<2x6912xf32>
    %2031 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2032 = stablehlo.add %2030, %2031 : tensor<2x6912xf32>
    %2033 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2034 = stablehlo.multiply %2022, %2033 : tensor<2x6912xf32>
    %2035 = stablehlo.multiply %2034, %2032 : tensor<2x6912xf32>
    %2036 = stablehlo.convert %arg291 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2037 = stablehlo.dot_general %2020, %2036, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2038 = stablehlo.multiply %2035, %2037 : tensor<2x6912xf32>
    %2039 = stablehlo.convert %arg292 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2040 = stablehlo.dot_general %2038, %2039, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2041 = stablehlo.composite "mlxla.rms_norm" %2040, %arg289 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2042 = stablehlo.add %2019, %2041 : tensor<2x1152xf32>
    %2043 = stablehlo.composite "mlxla.rms_norm" %2042, %arg293 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2044 = stablehlo.convert %arg294 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2045 = stablehlo.dot_general %2043, %2044, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2046 = stablehlo.reshape %2045 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2047 = stablehlo.composite "mlxla.rms_norm" %2046, %arg297 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2048 = stablehlo.composite "mlxla.rope" %2047, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2049 = stablehlo.convert %arg295 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2050 = stablehlo.dot_general %2043, %2049, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2051 = stablehlo.reshape %2050 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2052 = stablehlo.composite "mlxla.rms_norm" %2051, %arg298 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2053 = stablehlo.composite "mlxla.rope" %2052, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2054 = stablehlo.convert %arg296 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2055 = stablehlo.dot_general %2043, %2054, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2056 = stablehlo.reshape %2055 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2057 = stablehlo.convert %2053 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2058 = stablehlo.convert %2056 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2059 = stablehlo.slice %2048 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2060 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2061 = stablehlo.slice %2007 [19:20, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2062 = stablehlo.reshape %2061 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2063 = stablehlo.slice %2013 [19:20, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2064 = stablehlo.reshape %2063 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2065 = stablehlo.slice %2057 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2066 = stablehlo.slice %2058 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2067 = stablehlo.composite "mlxla.window_attention" %2059, %2062, %2064, %2065, %2066, %2060, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2068 = stablehlo.slice %2048 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2069 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2070 = stablehlo.slice %2007 [19:20, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2071 = stablehlo.reshape %2070 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2072 = stablehlo.slice %2013 [19:20, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2073 = stablehlo.reshape %2072 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2074 = stablehlo.slice %2057 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2075 = stablehlo.slice %2058 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2076 = stablehlo.composite "mlxla.window_attention" %2068, %2071, %2073, %2074, %2075, %2069, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2077 = stablehlo.constant dense<512> : tensor<i32>
    %2078 = stablehlo.divide %1, %2077 : tensor<i32>
    %2079 = stablehlo.multiply %2078, %2077 : tensor<i32>
    %2080 = stablehlo.subtract %1, %2079 : tensor<i32>
    %2081 = stablehlo.slice %2057 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2082 = stablehlo.constant dense<19> : tensor<i32>
    %2083 = stablehlo.constant dense<0> : tensor<i32>
    %2084 = stablehlo.constant dense<0> : tensor<i32>
    %2085 = stablehlo.reshape %2081 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2086 = stablehlo.dynamic_update_slice %2007, %2085, %2082, %2083, %2080, %2084, %2084 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2087 = stablehlo.slice %2058 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2088 = stablehlo.constant dense<19> : tensor<i32>
    %2089 = stablehlo.constant dense<0> : tensor<i32>
    %2090 = stablehlo.constant dense<0> : tensor<i32>
    %2091 = stablehlo.reshape %2087 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2092 = stablehlo.dynamic_update_slice %2013, %2091, %2088, %2089, %2080, %2090, %2090 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2093 = stablehlo.constant dense<512> : tensor<i32>
    %2094 = stablehlo.divide %5, %2093 : tensor<i32>
    %2095 = stablehlo.multiply %2094, %2093 : tensor<i32>
    %2096 = stablehlo.subtract %5, %2095 : tensor<i32>
    %2097 = stablehlo.slice %2057 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2098 = stablehlo.constant dense<19> : tensor<i32>
    %2099 = stablehlo.constant dense<1> : tensor<i32>
    %2100 = stablehlo.constant dense<0> : tensor<i32>
    %2101 = stablehlo.reshape %2097 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2102 = stablehlo.dynamic_update_slice %2086, %2101, %2098, %2099, %2096, %2100, %2100 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2103 = stablehlo.slice %2058 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2104 = stablehlo.constant dense<19> : tensor<i32>
    %2105 = stablehlo.constant dense<1> : tensor<i32>
    %2106 = stablehlo.constant dense<0> : tensor<i32>
    %2107 = stablehlo.reshape %2103 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2108 = stablehlo.dynamic_update_slice %2092, %2107, %2104, %2105, %2096, %2106, %2106 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2109 = stablehlo.concatenate %2067, %2076, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2110 = stablehlo.reshape %2109 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2111 = stablehlo.convert %arg299 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2112 = stablehlo.dot_general %2110, %2111, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2113 = stablehlo.composite "mlxla.rms_norm" %2112, %arg300 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2114 = stablehlo.add %2042, %2113 : tensor<2x1152xf32>
    %2115 = stablehlo.composite "mlxla.rms_norm" %2114, %arg301 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2116 = stablehlo.convert %arg303 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2117 = stablehlo.dot_general %2115, %2116, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2118 = stablehlo.multiply %2117, %2117 : tensor<2x6912xf32>
    %2119 = stablehlo.multiply %2118, %2117 : tensor<2x6912xf32>
    %2120 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2121 = stablehlo.multiply %2119, %2120 : tensor<2x6912xf32>
    %2122 = stablehlo.add %2117, %2121 : tensor<2x6912xf32>
    %2123 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2124 = stablehlo.multiply %2122, %2123 : tensor<2x6912xf32>
    %2125 = stablehlo.tanh %2124 : tensor<2x6912xf32>
    %2126 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2127 = stablehlo.add %2125, %2126 : tensor<2x6912xf32>
    %2128 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2129 = stablehlo.multiply %2117, %2128 : tensor<2x6912xf32>
    %2130 = stablehlo.multiply %2129, %2127 : tensor<2x6912xf32>
    %2131 = stablehlo.convert %arg304 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2132 = stablehlo.dot_general %2115, %2131, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2133 = stablehlo.multiply %2130, %2132 : tensor<2x6912xf32>
    %2134 = stablehlo.convert %arg305 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2135 = stablehlo.dot_general %2133, %2134, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2136 = stablehlo.composite "mlxla.rms_norm" %2135, %arg302 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2137 = stablehlo.add %2114, %2136 : tensor<2x1152xf32>
    %2138 = stablehlo.composite "mlxla.rms_norm" %2137, %arg306 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2139 = stablehlo.convert %arg307 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2140 = stablehlo.dot_general %2138, %2139, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2141 = stablehlo.reshape %2140 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2142 = stablehlo.composite "mlxla.rms_norm" %2141, %arg310 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2143 = stablehlo.composite "mlxla.rope" %2142, %arg1 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2144 = stablehlo.convert %arg308 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2145 = stablehlo.dot_general %2138, %2144, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2146 = stablehlo.reshape %2145 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2147 = stablehlo.composite "mlxla.rms_norm" %2146, %arg311 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2148 = stablehlo.composite "mlxla.rope" %2147, %arg1 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_faf82dd9b5a53760} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2149 = stablehlo.convert %arg309 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2150 = stablehlo.dot_general %2138, %2149, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2151 = stablehlo.reshape %2150 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2152 = stablehlo.convert %2148 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2153 = stablehlo.convert %2151 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2154 = stablehlo.constant dense<3> : tensor<i32>
    %2155 = stablehlo.constant dense<0> : tensor<i32>
    %2156 = stablehlo.constant dense<0> : tensor<i32>
    %2157 = stablehlo.slice %2152 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2158 = stablehlo.reshape %2157 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2159 = stablehlo.dynamic_update_slice %1616, %2158, %2154, %2156, %1, %2155, %2155 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %2160 = stablehlo.slice %2153 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2161 = stablehlo.reshape %2160 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2162 = stablehlo.dynamic_update_slice %1619, %2161, %2154, %2156, %1, %2155, %2155 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %2163 = stablehlo.constant dense<1> : tensor<i32>
    %2164 = stablehlo.slice %2152 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2165 = stablehlo.reshape %2164 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2166 = stablehlo.dynamic_update_slice %2159, %2165, %2154, %2163, %5, %2155, %2155 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %2167 = stablehlo.slice %2153 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2168 = stablehlo.reshape %2167 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2169 = stablehlo.dynamic_update_slice %2162, %2168, %2154, %2163, %5, %2155, %2155 : (tensor<4x2x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x640x1x256xf16>
    %2170 = stablehlo.slice %2143 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2171 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2172 = stablehlo.slice %2166 [3:4, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2173 = stablehlo.reshape %2172 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2174 = stablehlo.slice %2169 [3:4, 0:1, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2175 = stablehlo.reshape %2174 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2176 = stablehlo.composite "mlxla.attention" %2170, %2173, %2175, %2171, %3 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2177 = stablehlo.slice %2143 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2178 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2179 = stablehlo.slice %2166 [3:4, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2180 = stablehlo.reshape %2179 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2181 = stablehlo.slice %2169 [3:4, 1:2, 0:640, 0:1, 0:256] : (tensor<4x2x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %2182 = stablehlo.reshape %2181 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %2183 = stablehlo.composite "mlxla.attention" %2177, %2180, %2182, %2178, %7 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2184 = stablehlo.concatenate %2176, %2183, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2185 = stablehlo.reshape %2184 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2186 = stablehlo.convert %arg312 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2187 = stablehlo.dot_general %2185, %2186, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2188 = stablehlo.composite "mlxla.rms_norm" %2187, %arg313 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2189 = stablehlo.add %2137, %2188 : tensor<2x1152xf32>
    %2190 = stablehlo.composite "mlxla.rms_norm" %2189, %arg314 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2191 = stablehlo.convert %arg316 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2192 = stablehlo.dot_general %2190, %2191, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2193 = stablehlo.multiply %2192, %2192 : tensor<2x6912xf32>
    %2194 = stablehlo.multiply %2193, %2192 : tensor<2x6912xf32>
    %2195 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2196 = stablehlo.multiply %2194, %2195 : tensor<2x6912xf32>
    %2197 = stablehlo.add %2192, %2196 : tensor<2x6912xf32>
    %2198 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2199 = stablehlo.multiply %2197, %2198 : tensor<2x6912xf32>
    %2200 = stablehlo.tanh %2199 : tensor<2x6912xf32>
    %2201 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2202 = stablehlo.add %2200, %2201 : tensor<2x6912xf32>
    %2203 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2204 = stablehlo.multiply %2192, %2203 : tensor<2x6912xf32>
    %2205 = stablehlo.multiply %2204, %2202 : tensor<2x6912xf32>
    %2206 = stablehlo.convert %arg317 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2207 = stablehlo.dot_general %2190, %2206, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2208 = stablehlo.multiply %2205, %2207 : tensor<2x6912xf32>
    %2209 = stablehlo.convert %arg318 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2210 = stablehlo.dot_general %2208, %2209, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2211 = stablehlo.composite "mlxla.rms_norm" %2210, %arg315 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2212 = stablehlo.add %2189, %2211 : tensor<2x1152xf32>
    %2213 = stablehlo.composite "mlxla.rms_norm" %2212, %arg319 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2214 = stablehlo.convert %arg320 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2215 = stablehlo.dot_general %2213, %2214, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2216 = stablehlo.reshape %2215 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2217 = stablehlo.composite "mlxla.rms_norm" %2216, %arg323 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2218 = stablehlo.composite "mlxla.rope" %2217, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2219 = stablehlo.convert %arg321 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2220 = stablehlo.dot_general %2213, %2219, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2221 = stablehlo.reshape %2220 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2222 = stablehlo.composite "mlxla.rms_norm" %2221, %arg324 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2223 = stablehlo.composite "mlxla.rope" %2222, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2224 = stablehlo.convert %arg322 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2225 = stablehlo.dot_general %2213, %2224, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2226 = stablehlo.reshape %2225 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2227 = stablehlo.convert %2223 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2228 = stablehlo.convert %2226 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2229 = stablehlo.slice %2218 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2230 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2231 = stablehlo.slice %2102 [20:21, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2232 = stablehlo.reshape %2231 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2233 = stablehlo.slice %2108 [20:21, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2234 = stablehlo.reshape %2233 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2235 = stablehlo.slice %2227 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2236 = stablehlo.slice %2228 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2237 = stablehlo.composite "mlxla.window_attention" %2229, %2232, %2234, %2235, %2236, %2230, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2238 = stablehlo.slice %2218 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2239 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2240 = stablehlo.slice %2102 [20:21, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2241 = stablehlo.reshape %2240 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2242 = stablehlo.slice %2108 [20:21, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2243 = stablehlo.reshape %2242 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2244 = stablehlo.slice %2227 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2245 = stablehlo.slice %2228 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2246 = stablehlo.composite "mlxla.window_attention" %2238, %2241, %2243, %2244, %2245, %2239, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2247 = stablehlo.constant dense<512> : tensor<i32>
    %2248 = stablehlo.divide %1, %2247 : tensor<i32>
    %2249 = stablehlo.multiply %2248, %2247 : tensor<i32>
    %2250 = stablehlo.subtract %1, %2249 : tensor<i32>
    %2251 = stablehlo.slice %2227 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2252 = stablehlo.constant dense<20> : tensor<i32>
    %2253 = stablehlo.constant dense<0> : tensor<i32>
    %2254 = stablehlo.constant dense<0> : tensor<i32>
    %2255 = stablehlo.reshape %2251 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2256 = stablehlo.dynamic_update_slice %2102, %2255, %2252, %2253, %2250, %2254, %2254 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2257 = stablehlo.slice %2228 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2258 = stablehlo.constant dense<20> : tensor<i32>
    %2259 = stablehlo.constant dense<0> : tensor<i32>
    %2260 = stablehlo.constant dense<0> : tensor<i32>
    %2261 = stablehlo.reshape %2257 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2262 = stablehlo.dynamic_update_slice %2108, %2261, %2258, %2259, %2250, %2260, %2260 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2263 = stablehlo.constant dense<512> : tensor<i32>
    %2264 = stablehlo.divide %5, %2263 : tensor<i32>
    %2265 = stablehlo.multiply %2264, %2263 : tensor<i32>
    %2266 = stablehlo.subtract %5, %2265 : tensor<i32>
    %2267 = stablehlo.slice %2227 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2268 = stablehlo.constant dense<20> : tensor<i32>
    %2269 = stablehlo.constant dense<1> : tensor<i32>
    %2270 = stablehlo.constant dense<0> : tensor<i32>
    %2271 = stablehlo.reshape %2267 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2272 = stablehlo.dynamic_update_slice %2256, %2271, %2268, %2269, %2266, %2270, %2270 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2273 = stablehlo.slice %2228 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2274 = stablehlo.constant dense<20> : tensor<i32>
    %2275 = stablehlo.constant dense<1> : tensor<i32>
    %2276 = stablehlo.constant dense<0> : tensor<i32>
    %2277 = stablehlo.reshape %2273 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2278 = stablehlo.dynamic_update_slice %2262, %2277, %2274, %2275, %2266, %2276, %2276 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2279 = stablehlo.concatenate %2237, %2246, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2280 = stablehlo.reshape %2279 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2281 = stablehlo.convert %arg325 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2282 = stablehlo.dot_general %2280, %2281, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2283 = stablehlo.composite "mlxla.rms_norm" %2282, %arg326 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2284 = stablehlo.add %2212, %2283 : tensor<2x1152xf32>
    %2285 = stablehlo.composite "mlxla.rms_norm" %2284, %arg327 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2286 = stablehlo.convert %arg329 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2287 = stablehlo.dot_general %2285, %2286, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2288 = stablehlo.multiply %2287, %2287 : tensor<2x6912xf32>
    %2289 = stablehlo.multiply %2288, %2287 : tensor<2x6912xf32>
    %2290 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2291 = stablehlo.multiply %2289, %2290 : tensor<2x6912xf32>
    %2292 = stablehlo.add %2287, %2291 : tensor<2x6912xf32>
    %2293 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2294 = stablehlo.multiply %2292, %2293 : tensor<2x6912xf32>
    %2295 = stablehlo.tanh %2294 : tensor<2x6912xf32>
    %2296 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2297 = stablehlo.add %2295, %2296 : tensor<2x6912xf32>
    %2298 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2299 = stablehlo.multiply %2287, %2298 : tensor<2x6912xf32>
    %2300 = stablehlo.multiply %2299, %2297 : tensor<2x6912xf32>
    %2301 = stablehlo.convert %arg330 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2302 = stablehlo.dot_general %2285, %2301, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2303 = stablehlo.multiply %2300, %2302 : tensor<2x6912xf32>
    %2304 = stablehlo.convert %arg331 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2305 = stablehlo.dot_general %2303, %2304, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2306 = stablehlo.composite "mlxla.rms_norm" %2305, %arg328 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2307 = stablehlo.add %2284, %2306 : tensor<2x1152xf32>
    %2308 = stablehlo.composite "mlxla.rms_norm" %2307, %arg332 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2309 = stablehlo.convert %arg333 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %2310 = stablehlo.dot_general %2308, %2309, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<1024x1152xf32>) -> tensor<2x1024xf32>
    %2311 = stablehlo.reshape %2310 : (tensor<2x1024xf32>) -> tensor<2x4x256xf32>
    %2312 = stablehlo.composite "mlxla.rms_norm" %2311, %arg336 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x4x256xf32>, tensor<256xf32>) -> tensor<2x4x256xf32>
    %2313 = stablehlo.composite "mlxla.rope" %2312, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x4x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x4x256xf32>, tensor<2xi32>) -> tensor<2x4x256xf32>
    %2314 = stablehlo.convert %arg334 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2315 = stablehlo.dot_general %2308, %2314, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2316 = stablehlo.reshape %2315 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2317 = stablehlo.composite "mlxla.rms_norm" %2316, %arg337 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<2x1x256xf32>, tensor<256xf32>) -> tensor<2x1x256xf32>
    %2318 = stablehlo.composite "mlxla.rope" %2317, %arg1 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_2x1x256xf32_2xi32_e799d9b71a401c74} : (tensor<2x1x256xf32>, tensor<2xi32>) -> tensor<2x1x256xf32>
    %2319 = stablehlo.convert %arg335 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %2320 = stablehlo.dot_general %2308, %2319, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<256x1152xf32>) -> tensor<2x256xf32>
    %2321 = stablehlo.reshape %2320 : (tensor<2x256xf32>) -> tensor<2x1x256xf32>
    %2322 = stablehlo.convert %2318 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2323 = stablehlo.convert %2321 : (tensor<2x1x256xf32>) -> tensor<2x1x256xf16>
    %2324 = stablehlo.slice %2313 [0:1, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2325 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2326 = stablehlo.slice %2272 [21:22, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2327 = stablehlo.reshape %2326 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2328 = stablehlo.slice %2278 [21:22, 0:1, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2329 = stablehlo.reshape %2328 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2330 = stablehlo.slice %2322 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2331 = stablehlo.slice %2323 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2332 = stablehlo.composite "mlxla.window_attention" %2324, %2327, %2329, %2330, %2331, %2325, %3 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2333 = stablehlo.slice %2313 [1:2, 0:4, 0:256] : (tensor<2x4x256xf32>) -> tensor<1x4x256xf32>
    %2334 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %2335 = stablehlo.slice %2272 [21:22, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2336 = stablehlo.reshape %2335 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2337 = stablehlo.slice %2278 [21:22, 1:2, 0:512, 0:1, 0:256] : (tensor<22x2x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %2338 = stablehlo.reshape %2337 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %2339 = stablehlo.slice %2322 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2340 = stablehlo.slice %2323 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2341 = stablehlo.composite "mlxla.window_attention" %2333, %2336, %2338, %2339, %2340, %2334, %7 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %2342 = stablehlo.constant dense<512> : tensor<i32>
    %2343 = stablehlo.divide %1, %2342 : tensor<i32>
    %2344 = stablehlo.multiply %2343, %2342 : tensor<i32>
    %2345 = stablehlo.subtract %1, %2344 : tensor<i32>
    %2346 = stablehlo.slice %2322 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2347 = stablehlo.constant dense<21> : tensor<i32>
    %2348 = stablehlo.constant dense<0> : tensor<i32>
    %2349 = stablehlo.constant dense<0> : tensor<i32>
    %2350 = stablehlo.reshape %2346 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2351 = stablehlo.dynamic_update_slice %2272, %2350, %2347, %2348, %2345, %2349, %2349 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2352 = stablehlo.slice %2323 [0:1, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2353 = stablehlo.constant dense<21> : tensor<i32>
    %2354 = stablehlo.constant dense<0> : tensor<i32>
    %2355 = stablehlo.constant dense<0> : tensor<i32>
    %2356 = stablehlo.reshape %2352 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2357 = stablehlo.dynamic_update_slice %2278, %2356, %2353, %2354, %2345, %2355, %2355 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2358 = stablehlo.constant dense<512> : tensor<i32>
    %2359 = stablehlo.divide %5, %2358 : tensor<i32>
    %2360 = stablehlo.multiply %2359, %2358 : tensor<i32>
    %2361 = stablehlo.subtract %5, %2360 : tensor<i32>
    %2362 = stablehlo.slice %2322 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2363 = stablehlo.constant dense<21> : tensor<i32>
    %2364 = stablehlo.constant dense<1> : tensor<i32>
    %2365 = stablehlo.constant dense<0> : tensor<i32>
    %2366 = stablehlo.reshape %2362 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2367 = stablehlo.dynamic_update_slice %2351, %2366, %2363, %2364, %2361, %2365, %2365 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2368 = stablehlo.slice %2323 [1:2, 0:1, 0:256] : (tensor<2x1x256xf16>) -> tensor<1x1x256xf16>
    %2369 = stablehlo.constant dense<21> : tensor<i32>
    %2370 = stablehlo.constant dense<1> : tensor<i32>
    %2371 = stablehlo.constant dense<0> : tensor<i32>
    %2372 = stablehlo.reshape %2368 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %2373 = stablehlo.dynamic_update_slice %2357, %2372, %2369, %2370, %2361, %2371, %2371 : (tensor<22x2x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x2x512x1x256xf16>
    %2374 = stablehlo.concatenate %2332, %2341, dim = 0 : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<2x4x256xf32>
    %2375 = stablehlo.reshape %2374 : (tensor<2x4x256xf32>) -> tensor<2x1024xf32>
    %2376 = stablehlo.convert %arg338 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %2377 = stablehlo.dot_general %2375, %2376, contracting_dims = [1] x [1] : (tensor<2x1024xf32>, tensor<1152x1024xf32>) -> tensor<2x1152xf32>
    %2378 = stablehlo.composite "mlxla.rms_norm" %2377, %arg339 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2379 = stablehlo.add %2307, %2378 : tensor<2x1152xf32>
    %2380 = stablehlo.composite "mlxla.rms_norm" %2379, %arg340 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2381 = stablehlo.convert %arg342 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2382 = stablehlo.dot_general %2380, %2381, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2383 = stablehlo.multiply %2382, %2382 : tensor<2x6912xf32>
    %2384 = stablehlo.multiply %2383, %2382 : tensor<2x6912xf32>
    %2385 = stablehlo.constant dense<0.044715> : tensor<2x6912xf32>
    %2386 = stablehlo.multiply %2384, %2385 : tensor<2x6912xf32>
    %2387 = stablehlo.add %2382, %2386 : tensor<2x6912xf32>
    %2388 = stablehlo.constant dense<0.7978846> : tensor<2x6912xf32>
    %2389 = stablehlo.multiply %2387, %2388 : tensor<2x6912xf32>
    %2390 = stablehlo.tanh %2389 : tensor<2x6912xf32>
    %2391 = stablehlo.constant dense<1.0> : tensor<2x6912xf32>
    %2392 = stablehlo.add %2390, %2391 : tensor<2x6912xf32>
    %2393 = stablehlo.constant dense<0.5> : tensor<2x6912xf32>
    %2394 = stablehlo.multiply %2382, %2393 : tensor<2x6912xf32>
    %2395 = stablehlo.multiply %2394, %2392 : tensor<2x6912xf32>
    %2396 = stablehlo.convert %arg343 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %2397 = stablehlo.dot_general %2380, %2396, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<6912x1152xf32>) -> tensor<2x6912xf32>
    %2398 = stablehlo.multiply %2395, %2397 : tensor<2x6912xf32>
    %2399 = stablehlo.convert %arg344 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %2400 = stablehlo.dot_general %2398, %2399, contracting_dims = [1] x [1] : (tensor<2x6912xf32>, tensor<1152x6912xf32>) -> tensor<2x1152xf32>
    %2401 = stablehlo.composite "mlxla.rms_norm" %2400, %arg341 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2402 = stablehlo.add %2379, %2401 : tensor<2x1152xf32>
    %2403 = stablehlo.composite "mlxla.rms_norm" %2402, %arg345 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_2x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<2x1152xf32>, tensor<1152xf32>) -> tensor<2x1152xf32>
    %2404 = stablehlo.convert %arg6 : (tensor<262144x1152xbf16>) -> tensor<262144x1152xf32>
    %2405 = stablehlo.dot_general %2403, %2404, contracting_dims = [1] x [1] : (tensor<2x1152xf32>, tensor<262144x1152xf32>) -> tensor<2x262144xf32>
    %2406 = stablehlo.composite "mlxla.argmax" %2405 {decomposition = @mlxla_argmax_2x262144xf32_cbf29ce484222325} : (tensor<2x262144xf32>) -> tensor<2xi32>
    return %2406, %2166, %2169, %2367, %2373 : tensor<2xi32>, tensor<4x2x640x1x256xf16>, tensor<4x2x640x1x256xf16>, tensor<22x2x512x1x256xf16>, tensor<22x2x512x1x256xf16>
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
