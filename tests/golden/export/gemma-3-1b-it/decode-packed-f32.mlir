module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<4x1x640x1x256xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<4x1x640x1x256xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<22x1x512x1x256xf16> {mlxla.name = "k_window_cache", tf.aliasing_output = 3 : i32}, %arg5: tensor<22x1x512x1x256xf16> {mlxla.name = "v_window_cache", tf.aliasing_output = 4 : i32}, %arg6: tensor<262144x1152xbf16> {mlxla.name = "model.embed_tokens.weight"}, %arg7: tensor<1152xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg8: tensor<1024x1152xbf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg9: tensor<256x1152xbf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg10: tensor<256x1152xbf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg11: tensor<256xf32> {mlxla.name = "model.layers.0.self_attn.q_norm.weight"}, %arg12: tensor<256xf32> {mlxla.name = "model.layers.0.self_attn.k_norm.weight"}, %arg13: tensor<1152x1024xbf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg14: tensor<1152xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg15: tensor<1152xf32> {mlxla.name = "model.layers.0.pre_feedforward_layernorm.weight"}, %arg16: tensor<1152xf32> {mlxla.name = "model.layers.0.post_feedforward_layernorm.weight"}, %arg17: tensor<6912x1152xbf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg18: tensor<6912x1152xbf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg19: tensor<1152x6912xbf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg20: tensor<1152xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg21: tensor<1024x1152xbf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg22: tensor<256x1152xbf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg23: tensor<256x1152xbf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg24: tensor<256xf32> {mlxla.name = "model.layers.1.self_attn.q_norm.weight"}, %arg25: tensor<256xf32> {mlxla.name = "model.layers.1.self_attn.k_norm.weight"}, %arg26: tensor<1152x1024xbf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg27: tensor<1152xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg28: tensor<1152xf32> {mlxla.name = "model.layers.1.pre_feedforward_layernorm.weight"}, %arg29: tensor<1152xf32> {mlxla.name = "model.layers.1.post_feedforward_layernorm.weight"}, %arg30: tensor<6912x1152xbf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg31: tensor<6912x1152xbf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg32: tensor<1152x6912xbf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg33: tensor<1152xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg34: tensor<1024x1152xbf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg35: tensor<256x1152xbf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg36: tensor<256x1152xbf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg37: tensor<256xf32> {mlxla.name = "model.layers.2.self_attn.q_norm.weight"}, %arg38: tensor<256xf32> {mlxla.name = "model.layers.2.self_attn.k_norm.weight"}, %arg39: tensor<1152x1024xbf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg40: tensor<1152xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg41: tensor<1152xf32> {mlxla.name = "model.layers.2.pre_feedforward_layernorm.weight"}, %arg42: tensor<1152xf32> {mlxla.name = "model.layers.2.post_feedforward_layernorm.weight"}, %arg43: tensor<6912x1152xbf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg44: tensor<6912x1152xbf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg45: tensor<1152x6912xbf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg46: tensor<1152xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg47: tensor<1024x1152xbf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg48: tensor<256x1152xbf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg49: tensor<256x1152xbf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg50: tensor<256xf32> {mlxla.name = "model.layers.3.self_attn.q_norm.weight"}, %arg51: tensor<256xf32> {mlxla.name = "model.layers.3.self_attn.k_norm.weight"}, %arg52: tensor<1152x1024xbf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg53: tensor<1152xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg54: tensor<1152xf32> {mlxla.name = "model.layers.3.pre_feedforward_layernorm.weight"}, %arg55: tensor<1152xf32> {mlxla.name = "model.layers.3.post_feedforward_layernorm.weight"}, %arg56: tensor<6912x1152xbf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg57: tensor<6912x1152xbf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg58: tensor<1152x6912xbf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg59: tensor<1152xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg60: tensor<1024x1152xbf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg61: tensor<256x1152xbf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg62: tensor<256x1152xbf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg63: tensor<256xf32> {mlxla.name = "model.layers.4.self_attn.q_norm.weight"}, %arg64: tensor<256xf32> {mlxla.name = "model.layers.4.self_attn.k_norm.weight"}, %arg65: tensor<1152x1024xbf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg66: tensor<1152xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg67: tensor<1152xf32> {mlxla.name = "model.layers.4.pre_feedforward_layernorm.weight"}, %arg68: tensor<1152xf32> {mlxla.name = "model.layers.4.post_feedforward_layernorm.weight"}, %arg69: tensor<6912x1152xbf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg70: tensor<6912x1152xbf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg71: tensor<1152x6912xbf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg72: tensor<1152xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg73: tensor<1024x1152xbf16> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg74: tensor<256x1152xbf16> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg75: tensor<256x1152xbf16> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg76: tensor<256xf32> {mlxla.name = "model.layers.5.self_attn.q_norm.weight"}, %arg77: tensor<256xf32> {mlxla.name = "model.layers.5.self_attn.k_norm.weight"}, %arg78: tensor<1152x1024xbf16> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg79: tensor<1152xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg80: tensor<1152xf32> {mlxla.name = "model.layers.5.pre_feedforward_layernorm.weight"}, %arg81: tensor<1152xf32> {mlxla.name = "model.layers.5.post_feedforward_layernorm.weight"}, %arg82: tensor<6912x1152xbf16> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg83: tensor<6912x1152xbf16> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg84: tensor<1152x6912xbf16> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg85: tensor<1152xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg86: tensor<1024x1152xbf16> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg87: tensor<256x1152xbf16> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg88: tensor<256x1152xbf16> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg89: tensor<256xf32> {mlxla.name = "model.layers.6.self_attn.q_norm.weight"}, %arg90: tensor<256xf32> {mlxla.name = "model.layers.6.self_attn.k_norm.weight"}, %arg91: tensor<1152x1024xbf16> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg92: tensor<1152xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg93: tensor<1152xf32> {mlxla.name = "model.layers.6.pre_feedforward_layernorm.weight"}, %arg94: tensor<1152xf32> {mlxla.name = "model.layers.6.post_feedforward_layernorm.weight"}, %arg95: tensor<6912x1152xbf16> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg96: tensor<6912x1152xbf16> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg97: tensor<1152x6912xbf16> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg98: tensor<1152xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg99: tensor<1024x1152xbf16> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg100: tensor<256x1152xbf16> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg101: tensor<256x1152xbf16> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg102: tensor<256xf32> {mlxla.name = "model.layers.7.self_attn.q_norm.weight"}, %arg103: tensor<256xf32> {mlxla.name = "model.layers.7.self_attn.k_norm.weight"}, %arg104: tensor<1152x1024xbf16> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg105: tensor<1152xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg106: tensor<1152xf32> {mlxla.name = "model.layers.7.pre_feedforward_layernorm.weight"}, %arg107: tensor<1152xf32> {mlxla.name = "model.layers.7.post_feedforward_layernorm.weight"}, %arg108: tensor<6912x1152xbf16> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg109: tensor<6912x1152xbf16> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg110: tensor<1152x6912xbf16> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg111: tensor<1152xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg112: tensor<1024x1152xbf16> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg113: tensor<256x1152xbf16> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg114: tensor<256x1152xbf16> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg115: tensor<256xf32> {mlxla.name = "model.layers.8.self_attn.q_norm.weight"}, %arg116: tensor<256xf32> {mlxla.name = "model.layers.8.self_attn.k_norm.weight"}, %arg117: tensor<1152x1024xbf16> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg118: tensor<1152xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg119: tensor<1152xf32> {mlxla.name = "model.layers.8.pre_feedforward_layernorm.weight"}, %arg120: tensor<1152xf32> {mlxla.name = "model.layers.8.post_feedforward_layernorm.weight"}, %arg121: tensor<6912x1152xbf16> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg122: tensor<6912x1152xbf16> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg123: tensor<1152x6912xbf16> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg124: tensor<1152xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg125: tensor<1024x1152xbf16> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg126: tensor<256x1152xbf16> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg127: tensor<256x1152xbf16> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg128: tensor<256xf32> {mlxla.name = "model.layers.9.self_attn.q_norm.weight"}, %arg129: tensor<256xf32> {mlxla.name = "model.layers.9.self_attn.k_norm.weight"}, %arg130: tensor<1152x1024xbf16> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg131: tensor<1152xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg132: tensor<1152xf32> {mlxla.name = "model.layers.9.pre_feedforward_layernorm.weight"}, %arg133: tensor<1152xf32> {mlxla.name = "model.layers.9.post_feedforward_layernorm.weight"}, %arg134: tensor<6912x1152xbf16> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg135: tensor<6912x1152xbf16> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg136: tensor<1152x6912xbf16> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg137: tensor<1152xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg138: tensor<1024x1152xbf16> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg139: tensor<256x1152xbf16> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg140: tensor<256x1152xbf16> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg141: tensor<256xf32> {mlxla.name = "model.layers.10.self_attn.q_norm.weight"}, %arg142: tensor<256xf32> {mlxla.name = "model.layers.10.self_attn.k_norm.weight"}, %arg143: tensor<1152x1024xbf16> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg144: tensor<1152xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg145: tensor<1152xf32> {mlxla.name = "model.layers.10.pre_feedforward_layernorm.weight"}, %arg146: tensor<1152xf32> {mlxla.name = "model.layers.10.post_feedforward_layernorm.weight"}, %arg147: tensor<6912x1152xbf16> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg148: tensor<6912x1152xbf16> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg149: tensor<1152x6912xbf16> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg150: tensor<1152xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg151: tensor<1024x1152xbf16> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg152: tensor<256x1152xbf16> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg153: tensor<256x1152xbf16> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg154: tensor<256xf32> {mlxla.name = "model.layers.11.self_attn.q_norm.weight"}, %arg155: tensor<256xf32> {mlxla.name = "model.layers.11.self_attn.k_norm.weight"}, %arg156: tensor<1152x1024xbf16> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg157: tensor<1152xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg158: tensor<1152xf32> {mlxla.name = "model.layers.11.pre_feedforward_layernorm.weight"}, %arg159: tensor<1152xf32> {mlxla.name = "model.layers.11.post_feedforward_layernorm.weight"}, %arg160: tensor<6912x1152xbf16> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg161: tensor<6912x1152xbf16> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg162: tensor<1152x6912xbf16> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg163: tensor<1152xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg164: tensor<1024x1152xbf16> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg165: tensor<256x1152xbf16> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg166: tensor<256x1152xbf16> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg167: tensor<256xf32> {mlxla.name = "model.layers.12.self_attn.q_norm.weight"}, %arg168: tensor<256xf32> {mlxla.name = "model.layers.12.self_attn.k_norm.weight"}, %arg169: tensor<1152x1024xbf16> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg170: tensor<1152xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg171: tensor<1152xf32> {mlxla.name = "model.layers.12.pre_feedforward_layernorm.weight"}, %arg172: tensor<1152xf32> {mlxla.name = "model.layers.12.post_feedforward_layernorm.weight"}, %arg173: tensor<6912x1152xbf16> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg174: tensor<6912x1152xbf16> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg175: tensor<1152x6912xbf16> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg176: tensor<1152xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg177: tensor<1024x1152xbf16> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg178: tensor<256x1152xbf16> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg179: tensor<256x1152xbf16> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg180: tensor<256xf32> {mlxla.name = "model.layers.13.self_attn.q_norm.weight"}, %arg181: tensor<256xf32> {mlxla.name = "model.layers.13.self_attn.k_norm.weight"}, %arg182: tensor<1152x1024xbf16> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg183: tensor<1152xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg184: tensor<1152xf32> {mlxla.name = "model.layers.13.pre_feedforward_layernorm.weight"}, %arg185: tensor<1152xf32> {mlxla.name = "model.layers.13.post_feedforward_layernorm.weight"}, %arg186: tensor<6912x1152xbf16> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg187: tensor<6912x1152xbf16> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg188: tensor<1152x6912xbf16> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg189: tensor<1152xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg190: tensor<1024x1152xbf16> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg191: tensor<256x1152xbf16> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg192: tensor<256x1152xbf16> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg193: tensor<256xf32> {mlxla.name = "model.layers.14.self_attn.q_norm.weight"}, %arg194: tensor<256xf32> {mlxla.name = "model.layers.14.self_attn.k_norm.weight"}, %arg195: tensor<1152x1024xbf16> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg196: tensor<1152xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg197: tensor<1152xf32> {mlxla.name = "model.layers.14.pre_feedforward_layernorm.weight"}, %arg198: tensor<1152xf32> {mlxla.name = "model.layers.14.post_feedforward_layernorm.weight"}, %arg199: tensor<6912x1152xbf16> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg200: tensor<6912x1152xbf16> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg201: tensor<1152x6912xbf16> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg202: tensor<1152xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg203: tensor<1024x1152xbf16> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg204: tensor<256x1152xbf16> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg205: tensor<256x1152xbf16> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg206: tensor<256xf32> {mlxla.name = "model.layers.15.self_attn.q_norm.weight"}, %arg207: tensor<256xf32> {mlxla.name = "model.layers.15.self_attn.k_norm.weight"}, %arg208: tensor<1152x1024xbf16> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg209: tensor<1152xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg210: tensor<1152xf32> {mlxla.name = "model.layers.15.pre_feedforward_layernorm.weight"}, %arg211: tensor<1152xf32> {mlxla.name = "model.layers.15.post_feedforward_layernorm.weight"}, %arg212: tensor<6912x1152xbf16> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg213: tensor<6912x1152xbf16> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg214: tensor<1152x6912xbf16> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg215: tensor<1152xf32> {mlxla.name = "model.layers.16.input_layernorm.weight"}, %arg216: tensor<1024x1152xbf16> {mlxla.name = "model.layers.16.self_attn.q_proj.weight"}, %arg217: tensor<256x1152xbf16> {mlxla.name = "model.layers.16.self_attn.k_proj.weight"}, %arg218: tensor<256x1152xbf16> {mlxla.name = "model.layers.16.self_attn.v_proj.weight"}, %arg219: tensor<256xf32> {mlxla.name = "model.layers.16.self_attn.q_norm.weight"}, %arg220: tensor<256xf32> {mlxla.name = "model.layers.16.self_attn.k_norm.weight"}, %arg221: tensor<1152x1024xbf16> {mlxla.name = "model.layers.16.self_attn.o_proj.weight"}, %arg222: tensor<1152xf32> {mlxla.name = "model.layers.16.post_attention_layernorm.weight"}, %arg223: tensor<1152xf32> {mlxla.name = "model.layers.16.pre_feedforward_layernorm.weight"}, %arg224: tensor<1152xf32> {mlxla.name = "model.layers.16.post_feedforward_layernorm.weight"}, %arg225: tensor<6912x1152xbf16> {mlxla.name = "model.layers.16.mlp.gate_proj.weight"}, %arg226: tensor<6912x1152xbf16> {mlxla.name = "model.layers.16.mlp.up_proj.weight"}, %arg227: tensor<1152x6912xbf16> {mlxla.name = "model.layers.16.mlp.down_proj.weight"}, %arg228: tensor<1152xf32> {mlxla.name = "model.layers.17.input_layernorm.weight"}, %arg229: tensor<1024x1152xbf16> {mlxla.name = "model.layers.17.self_attn.q_proj.weight"}, %arg230: tensor<256x1152xbf16> {mlxla.name = "model.layers.17.self_attn.k_proj.weight"}, %arg231: tensor<256x1152xbf16> {mlxla.name = "model.layers.17.self_attn.v_proj.weight"}, %arg232: tensor<256xf32> {mlxla.name = "model.layers.17.self_attn.q_norm.weight"}, %arg233: tensor<256xf32> {mlxla.name = "model.layers.17.self_attn.k_norm.weight"}, %arg234: tensor<1152x1024xbf16> {mlxla.name = "model.layers.17.self_attn.o_proj.weight"}, %arg235: tensor<1152xf32> {mlxla.name = "model.layers.17.post_attention_layernorm.weight"}, %arg236: tensor<1152xf32> {mlxla.name = "model.layers.17.pre_feedforward_layernorm.weight"}, %arg237: tensor<1152xf32> {mlxla.name = "model.layers.17.post_feedforward_layernorm.weight"}, %arg238: tensor<6912x1152xbf16> {mlxla.name = "model.layers.17.mlp.gate_proj.weight"}, %arg239: tensor<6912x1152xbf16> {mlxla.name = "model.layers.17.mlp.up_proj.weight"}, %arg240: tensor<1152x6912xbf16> {mlxla.name = "model.layers.17.mlp.down_proj.weight"}, %arg241: tensor<1152xf32> {mlxla.name = "model.layers.18.input_layernorm.weight"}, %arg242: tensor<1024x1152xbf16> {mlxla.name = "model.layers.18.self_attn.q_proj.weight"}, %arg243: tensor<256x1152xbf16> {mlxla.name = "model.layers.18.self_attn.k_proj.weight"}, %arg244: tensor<256x1152xbf16> {mlxla.name = "model.layers.18.self_attn.v_proj.weight"}, %arg245: tensor<256xf32> {mlxla.name = "model.layers.18.self_attn.q_norm.weight"}, %arg246: tensor<256xf32> {mlxla.name = "model.layers.18.self_attn.k_norm.weight"}, %arg247: tensor<1152x1024xbf16> {mlxla.name = "model.layers.18.self_attn.o_proj.weight"}, %arg248: tensor<1152xf32> {mlxla.name = "model.layers.18.post_attention_layernorm.weight"}, %arg249: tensor<1152xf32> {mlxla.name = "model.layers.18.pre_feedforward_layernorm.weight"}, %arg250: tensor<1152xf32> {mlxla.name = "model.layers.18.post_feedforward_layernorm.weight"}, %arg251: tensor<6912x1152xbf16> {mlxla.name = "model.layers.18.mlp.gate_proj.weight"}, %arg252: tensor<6912x1152xbf16> {mlxla.name = "model.layers.18.mlp.up_proj.weight"}, %arg253: tensor<1152x6912xbf16> {mlxla.name = "model.layers.18.mlp.down_proj.weight"}, %arg254: tensor<1152xf32> {mlxla.name = "model.layers.19.input_layernorm.weight"}, %arg255: tensor<1024x1152xbf16> {mlxla.name = "model.layers.19.self_attn.q_proj.weight"}, %arg256: tensor<256x1152xbf16> {mlxla.name = "model.layers.19.self_attn.k_proj.weight"}, %arg257: tensor<256x1152xbf16> {mlxla.name = "model.layers.19.self_attn.v_proj.weight"}, %arg258: tensor<256xf32> {mlxla.name = "model.layers.19.self_attn.q_norm.weight"}, %arg259: tensor<256xf32> {mlxla.name = "model.layers.19.self_attn.k_norm.weight"}, %arg260: tensor<1152x1024xbf16> {mlxla.name = "model.layers.19.self_attn.o_proj.weight"}, %arg261: tensor<1152xf32> {mlxla.name = "model.layers.19.post_attention_layernorm.weight"}, %arg262: tensor<1152xf32> {mlxla.name = "model.layers.19.pre_feedforward_layernorm.weight"}, %arg263: tensor<1152xf32> {mlxla.name = "model.layers.19.post_feedforward_layernorm.weight"}, %arg264: tensor<6912x1152xbf16> {mlxla.name = "model.layers.19.mlp.gate_proj.weight"}, %arg265: tensor<6912x1152xbf16> {mlxla.name = "model.layers.19.mlp.up_proj.weight"}, %arg266: tensor<1152x6912xbf16> {mlxla.name = "model.layers.19.mlp.down_proj.weight"}, %arg267: tensor<1152xf32> {mlxla.name = "model.layers.20.input_layernorm.weight"}, %arg268: tensor<1024x1152xbf16> {mlxla.name = "model.layers.20.self_attn.q_proj.weight"}, %arg269: tensor<256x1152xbf16> {mlxla.name = "model.layers.20.self_attn.k_proj.weight"}, %arg270: tensor<256x1152xbf16> {mlxla.name = "model.layers.20.self_attn.v_proj.weight"}, %arg271: tensor<256xf32> {mlxla.name = "model.layers.20.self_attn.q_norm.weight"}, %arg272: tensor<256xf32> {mlxla.name = "model.layers.20.self_attn.k_norm.weight"}, %arg273: tensor<1152x1024xbf16> {mlxla.name = "model.layers.20.self_attn.o_proj.weight"}, %arg274: tensor<1152xf32> {mlxla.name = "model.layers.20.post_attention_layernorm.weight"}, %arg275: tensor<1152xf32> {mlxla.name = "model.layers.20.pre_feedforward_layernorm.weight"}, %arg276: tensor<1152xf32> {mlxla.name = "model.layers.20.post_feedforward_layernorm.weight"}, %arg277: tensor<6912x1152xbf16> {mlxla.name = "model.layers.20.mlp.gate_proj.weight"}, %arg278: tensor<6912x1152xbf16> {mlxla.name = "model.layers.20.mlp.up_proj.weight"}, %arg279: tensor<1152x6912xbf16> {mlxla.name = "model.layers.20.mlp.down_proj.weight"}, %arg280: tensor<1152xf32> {mlxla.name = "model.layers.21.input_layernorm.weight"}, %arg281: tensor<1024x1152xbf16> {mlxla.name = "model.layers.21.self_attn.q_proj.weight"}, %arg282: tensor<256x1152xbf16> {mlxla.name = "model.layers.21.self_attn.k_proj.weight"}, %arg283: tensor<256x1152xbf16> {mlxla.name = "model.layers.21.self_attn.v_proj.weight"}, %arg284: tensor<256xf32> {mlxla.name = "model.layers.21.self_attn.q_norm.weight"}, %arg285: tensor<256xf32> {mlxla.name = "model.layers.21.self_attn.k_norm.weight"}, %arg286: tensor<1152x1024xbf16> {mlxla.name = "model.layers.21.self_attn.o_proj.weight"}, %arg287: tensor<1152xf32> {mlxla.name = "model.layers.21.post_attention_layernorm.weight"}, %arg288: tensor<1152xf32> {mlxla.name = "model.layers.21.pre_feedforward_layernorm.weight"}, %arg289: tensor<1152xf32> {mlxla.name = "model.layers.21.post_feedforward_layernorm.weight"}, %arg290: tensor<6912x1152xbf16> {mlxla.name = "model.layers.21.mlp.gate_proj.weight"}, %arg291: tensor<6912x1152xbf16> {mlxla.name = "model.layers.21.mlp.up_proj.weight"}, %arg292: tensor<1152x6912xbf16> {mlxla.name = "model.layers.21.mlp.down_proj.weight"}, %arg293: tensor<1152xf32> {mlxla.name = "model.layers.22.input_layernorm.weight"}, %arg294: tensor<1024x1152xbf16> {mlxla.name = "model.layers.22.self_attn.q_proj.weight"}, %arg295: tensor<256x1152xbf16> {mlxla.name = "model.layers.22.self_attn.k_proj.weight"}, %arg296: tensor<256x1152xbf16> {mlxla.name = "model.layers.22.self_attn.v_proj.weight"}, %arg297: tensor<256xf32> {mlxla.name = "model.layers.22.self_attn.q_norm.weight"}, %arg298: tensor<256xf32> {mlxla.name = "model.layers.22.self_attn.k_norm.weight"}, %arg299: tensor<1152x1024xbf16> {mlxla.name = "model.layers.22.self_attn.o_proj.weight"}, %arg300: tensor<1152xf32> {mlxla.name = "model.layers.22.post_attention_layernorm.weight"}, %arg301: tensor<1152xf32> {mlxla.name = "model.layers.22.pre_feedforward_layernorm.weight"}, %arg302: tensor<1152xf32> {mlxla.name = "model.layers.22.post_feedforward_layernorm.weight"}, %arg303: tensor<6912x1152xbf16> {mlxla.name = "model.layers.22.mlp.gate_proj.weight"}, %arg304: tensor<6912x1152xbf16> {mlxla.name = "model.layers.22.mlp.up_proj.weight"}, %arg305: tensor<1152x6912xbf16> {mlxla.name = "model.layers.22.mlp.down_proj.weight"}, %arg306: tensor<1152xf32> {mlxla.name = "model.layers.23.input_layernorm.weight"}, %arg307: tensor<1024x1152xbf16> {mlxla.name = "model.layers.23.self_attn.q_proj.weight"}, %arg308: tensor<256x1152xbf16> {mlxla.name = "model.layers.23.self_attn.k_proj.weight"}, %arg309: tensor<256x1152xbf16> {mlxla.name = "model.layers.23.self_attn.v_proj.weight"}, %arg310: tensor<256xf32> {mlxla.name = "model.layers.23.self_attn.q_norm.weight"}, %arg311: tensor<256xf32> {mlxla.name = "model.layers.23.self_attn.k_norm.weight"}, %arg312: tensor<1152x1024xbf16> {mlxla.name = "model.layers.23.self_attn.o_proj.weight"}, %arg313: tensor<1152xf32> {mlxla.name = "model.layers.23.post_attention_layernorm.weight"}, %arg314: tensor<1152xf32> {mlxla.name = "model.layers.23.pre_feedforward_layernorm.weight"}, %arg315: tensor<1152xf32> {mlxla.name = "model.layers.23.post_feedforward_layernorm.weight"}, %arg316: tensor<6912x1152xbf16> {mlxla.name = "model.layers.23.mlp.gate_proj.weight"}, %arg317: tensor<6912x1152xbf16> {mlxla.name = "model.layers.23.mlp.up_proj.weight"}, %arg318: tensor<1152x6912xbf16> {mlxla.name = "model.layers.23.mlp.down_proj.weight"}, %arg319: tensor<1152xf32> {mlxla.name = "model.layers.24.input_layernorm.weight"}, %arg320: tensor<1024x1152xbf16> {mlxla.name = "model.layers.24.self_attn.q_proj.weight"}, %arg321: tensor<256x1152xbf16> {mlxla.name = "model.layers.24.self_attn.k_proj.weight"}, %arg322: tensor<256x1152xbf16> {mlxla.name = "model.layers.24.self_attn.v_proj.weight"}, %arg323: tensor<256xf32> {mlxla.name = "model.layers.24.self_attn.q_norm.weight"}, %arg324: tensor<256xf32> {mlxla.name = "model.layers.24.self_attn.k_norm.weight"}, %arg325: tensor<1152x1024xbf16> {mlxla.name = "model.layers.24.self_attn.o_proj.weight"}, %arg326: tensor<1152xf32> {mlxla.name = "model.layers.24.post_attention_layernorm.weight"}, %arg327: tensor<1152xf32> {mlxla.name = "model.layers.24.pre_feedforward_layernorm.weight"}, %arg328: tensor<1152xf32> {mlxla.name = "model.layers.24.post_feedforward_layernorm.weight"}, %arg329: tensor<6912x1152xbf16> {mlxla.name = "model.layers.24.mlp.gate_proj.weight"}, %arg330: tensor<6912x1152xbf16> {mlxla.name = "model.layers.24.mlp.up_proj.weight"}, %arg331: tensor<1152x6912xbf16> {mlxla.name = "model.layers.24.mlp.down_proj.weight"}, %arg332: tensor<1152xf32> {mlxla.name = "model.layers.25.input_layernorm.weight"}, %arg333: tensor<1024x1152xbf16> {mlxla.name = "model.layers.25.self_attn.q_proj.weight"}, %arg334: tensor<256x1152xbf16> {mlxla.name = "model.layers.25.self_attn.k_proj.weight"}, %arg335: tensor<256x1152xbf16> {mlxla.name = "model.layers.25.self_attn.v_proj.weight"}, %arg336: tensor<256xf32> {mlxla.name = "model.layers.25.self_attn.q_norm.weight"}, %arg337: tensor<256xf32> {mlxla.name = "model.layers.25.self_attn.k_norm.weight"}, %arg338: tensor<1152x1024xbf16> {mlxla.name = "model.layers.25.self_attn.o_proj.weight"}, %arg339: tensor<1152xf32> {mlxla.name = "model.layers.25.post_attention_layernorm.weight"}, %arg340: tensor<1152xf32> {mlxla.name = "model.layers.25.pre_feedforward_layernorm.weight"}, %arg341: tensor<1152xf32> {mlxla.name = "model.layers.25.post_feedforward_layernorm.weight"}, %arg342: tensor<6912x1152xbf16> {mlxla.name = "model.layers.25.mlp.gate_proj.weight"}, %arg343: tensor<6912x1152xbf16> {mlxla.name = "model.layers.25.mlp.up_proj.weight"}, %arg344: tensor<1152x6912xbf16> {mlxla.name = "model.layers.25.mlp.down_proj.weight"}, %arg345: tensor<1152xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<4x1x640x1x256xf16> {mlxla.name = "k_cache"}, tensor<4x1x640x1x256xf16> {mlxla.name = "v_cache"}, tensor<22x1x512x1x256xf16> {mlxla.name = "k_window_cache"}, tensor<22x1x512x1x256xf16> {mlxla.name = "v_window_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg6, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1152>} : (tensor<262144x1152xbf16>, tensor<1x1xi32>) -> tensor<1x1152xbf16>
    %5 = stablehlo.convert %4 : (tensor<1x1152xbf16>) -> tensor<1x1152xf32>
    %6 = stablehlo.constant dense<34.0> : tensor<1x1152xf32>
    %7 = stablehlo.multiply %5, %6 : tensor<1x1152xf32>
    %8 = stablehlo.composite "mlxla.rms_norm" %7, %arg7 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %9 = stablehlo.convert %arg8 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %10 = stablehlo.dot_general %8, %9, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %11 = stablehlo.reshape %10 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %12 = stablehlo.composite "mlxla.rms_norm" %11, %arg11 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %13 = stablehlo.composite "mlxla.rope" %12, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %14 = stablehlo.convert %arg9 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %15 = stablehlo.dot_general %8, %14, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %16 = stablehlo.reshape %15 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %17 = stablehlo.composite "mlxla.rms_norm" %16, %arg12 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %18 = stablehlo.composite "mlxla.rope" %17, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %19 = stablehlo.convert %arg10 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %20 = stablehlo.dot_general %8, %19, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %21 = stablehlo.reshape %20 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %22 = stablehlo.convert %18 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %23 = stablehlo.convert %21 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %24 = stablehlo.slice %arg4 [0:1, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %25 = stablehlo.reshape %24 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %26 = stablehlo.slice %arg5 [0:1, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %27 = stablehlo.reshape %26 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %28 = stablehlo.composite "mlxla.window_attention" %13, %25, %27, %22, %23, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %29 = stablehlo.constant dense<512> : tensor<i32>
    %30 = stablehlo.divide %arg1, %29 : tensor<i32>
    %31 = stablehlo.multiply %30, %29 : tensor<i32>
    %32 = stablehlo.subtract %arg1, %31 : tensor<i32>
    %33 = stablehlo.constant dense<0> : tensor<i32>
    %34 = stablehlo.constant dense<0> : tensor<i32>
    %35 = stablehlo.constant dense<0> : tensor<i32>
    %36 = stablehlo.reshape %22 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %37 = stablehlo.dynamic_update_slice %arg4, %36, %33, %34, %32, %35, %35 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %38 = stablehlo.constant dense<0> : tensor<i32>
    %39 = stablehlo.constant dense<0> : tensor<i32>
    %40 = stablehlo.constant dense<0> : tensor<i32>
    %41 = stablehlo.reshape %23 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %42 = stablehlo.dynamic_update_slice %arg5, %41, %38, %39, %32, %40, %40 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %43 = stablehlo.reshape %28 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %44 = stablehlo.convert %arg13 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %45 = stablehlo.dot_general %43, %44, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %46 = stablehlo.composite "mlxla.rms_norm" %45, %arg14 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %47 = stablehlo.add %7, %46 : tensor<1x1152xf32>
    %48 = stablehlo.composite "mlxla.rms_norm" %47, %arg15 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %49 = stablehlo.convert %arg17 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %50 = stablehlo.dot_general %48, %49, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %51 = stablehlo.multiply %50, %50 : tensor<1x6912xf32>
    %52 = stablehlo.multiply %51, %50 : tensor<1x6912xf32>
    %53 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %54 = stablehlo.multiply %52, %53 : tensor<1x6912xf32>
    %55 = stablehlo.add %50, %54 : tensor<1x6912xf32>
    %56 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %57 = stablehlo.multiply %55, %56 : tensor<1x6912xf32>
    %58 = stablehlo.tanh %57 : tensor<1x6912xf32>
    %59 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %60 = stablehlo.add %58, %59 : tensor<1x6912xf32>
    %61 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %62 = stablehlo.multiply %50, %61 : tensor<1x6912xf32>
    %63 = stablehlo.multiply %62, %60 : tensor<1x6912xf32>
    %64 = stablehlo.convert %arg18 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %65 = stablehlo.dot_general %48, %64, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %66 = stablehlo.multiply %63, %65 : tensor<1x6912xf32>
    %67 = stablehlo.convert %arg19 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %68 = stablehlo.dot_general %66, %67, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %69 = stablehlo.composite "mlxla.rms_norm" %68, %arg16 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %70 = stablehlo.add %47, %69 : tensor<1x1152xf32>
    %71 = stablehlo.composite "mlxla.rms_norm" %70, %arg20 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %72 = stablehlo.convert %arg21 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %73 = stablehlo.dot_general %71, %72, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %74 = stablehlo.reshape %73 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %75 = stablehlo.composite "mlxla.rms_norm" %74, %arg24 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %76 = stablehlo.composite "mlxla.rope" %75, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %77 = stablehlo.convert %arg22 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %78 = stablehlo.dot_general %71, %77, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %79 = stablehlo.reshape %78 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %80 = stablehlo.composite "mlxla.rms_norm" %79, %arg25 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %81 = stablehlo.composite "mlxla.rope" %80, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %82 = stablehlo.convert %arg23 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %83 = stablehlo.dot_general %71, %82, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %84 = stablehlo.reshape %83 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %85 = stablehlo.convert %81 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %86 = stablehlo.convert %84 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %87 = stablehlo.slice %37 [1:2, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %88 = stablehlo.reshape %87 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %89 = stablehlo.slice %42 [1:2, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %90 = stablehlo.reshape %89 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %91 = stablehlo.composite "mlxla.window_attention" %76, %88, %90, %85, %86, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %92 = stablehlo.constant dense<512> : tensor<i32>
    %93 = stablehlo.divide %arg1, %92 : tensor<i32>
    %94 = stablehlo.multiply %93, %92 : tensor<i32>
    %95 = stablehlo.subtract %arg1, %94 : tensor<i32>
    %96 = stablehlo.constant dense<1> : tensor<i32>
    %97 = stablehlo.constant dense<0> : tensor<i32>
    %98 = stablehlo.constant dense<0> : tensor<i32>
    %99 = stablehlo.reshape %85 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %100 = stablehlo.dynamic_update_slice %37, %99, %96, %97, %95, %98, %98 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %101 = stablehlo.constant dense<1> : tensor<i32>
    %102 = stablehlo.constant dense<0> : tensor<i32>
    %103 = stablehlo.constant dense<0> : tensor<i32>
    %104 = stablehlo.reshape %86 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %105 = stablehlo.dynamic_update_slice %42, %104, %101, %102, %95, %103, %103 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %106 = stablehlo.reshape %91 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %107 = stablehlo.convert %arg26 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %108 = stablehlo.dot_general %106, %107, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %109 = stablehlo.composite "mlxla.rms_norm" %108, %arg27 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %110 = stablehlo.add %70, %109 : tensor<1x1152xf32>
    %111 = stablehlo.composite "mlxla.rms_norm" %110, %arg28 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %112 = stablehlo.convert %arg30 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %113 = stablehlo.dot_general %111, %112, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %114 = stablehlo.multiply %113, %113 : tensor<1x6912xf32>
    %115 = stablehlo.multiply %114, %113 : tensor<1x6912xf32>
    %116 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %117 = stablehlo.multiply %115, %116 : tensor<1x6912xf32>
    %118 = stablehlo.add %113, %117 : tensor<1x6912xf32>
    %119 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %120 = stablehlo.multiply %118, %119 : tensor<1x6912xf32>
    %121 = stablehlo.tanh %120 : tensor<1x6912xf32>
    %122 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %123 = stablehlo.add %121, %122 : tensor<1x6912xf32>
    %124 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %125 = stablehlo.multiply %113, %124 : tensor<1x6912xf32>
    %126 = stablehlo.multiply %125, %123 : tensor<1x6912xf32>
    %127 = stablehlo.convert %arg31 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %128 = stablehlo.dot_general %111, %127, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %129 = stablehlo.multiply %126, %128 : tensor<1x6912xf32>
    %130 = stablehlo.convert %arg32 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %131 = stablehlo.dot_general %129, %130, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %132 = stablehlo.composite "mlxla.rms_norm" %131, %arg29 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %133 = stablehlo.add %110, %132 : tensor<1x1152xf32>
    %134 = stablehlo.composite "mlxla.rms_norm" %133, %arg33 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %135 = stablehlo.convert %arg34 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %136 = stablehlo.dot_general %134, %135, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %137 = stablehlo.reshape %136 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %138 = stablehlo.composite "mlxla.rms_norm" %137, %arg37 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %139 = stablehlo.composite "mlxla.rope" %138, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %140 = stablehlo.convert %arg35 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %141 = stablehlo.dot_general %134, %140, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %142 = stablehlo.reshape %141 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %143 = stablehlo.composite "mlxla.rms_norm" %142, %arg38 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %144 = stablehlo.composite "mlxla.rope" %143, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %145 = stablehlo.convert %arg36 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %146 = stablehlo.dot_general %134, %145, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %147 = stablehlo.reshape %146 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %148 = stablehlo.convert %144 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %149 = stablehlo.convert %147 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %150 = stablehlo.slice %100 [2:3, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %151 = stablehlo.reshape %150 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %152 = stablehlo.slice %105 [2:3, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %153 = stablehlo.reshape %152 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %154 = stablehlo.composite "mlxla.window_attention" %139, %151, %153, %148, %149, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %155 = stablehlo.constant dense<512> : tensor<i32>
    %156 = stablehlo.divide %arg1, %155 : tensor<i32>
    %157 = stablehlo.multiply %156, %155 : tensor<i32>
    %158 = stablehlo.subtract %arg1, %157 : tensor<i32>
    %159 = stablehlo.constant dense<2> : tensor<i32>
    %160 = stablehlo.constant dense<0> : tensor<i32>
    %161 = stablehlo.constant dense<0> : tensor<i32>
    %162 = stablehlo.reshape %148 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %163 = stablehlo.dynamic_update_slice %100, %162, %159, %160, %158, %161, %161 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %164 = stablehlo.constant dense<2> : tensor<i32>
    %165 = stablehlo.constant dense<0> : tensor<i32>
    %166 = stablehlo.constant dense<0> : tensor<i32>
    %167 = stablehlo.reshape %149 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %168 = stablehlo.dynamic_update_slice %105, %167, %164, %165, %158, %166, %166 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %169 = stablehlo.reshape %154 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %170 = stablehlo.convert %arg39 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %171 = stablehlo.dot_general %169, %170, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %172 = stablehlo.composite "mlxla.rms_norm" %171, %arg40 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %173 = stablehlo.add %133, %172 : tensor<1x1152xf32>
    %174 = stablehlo.composite "mlxla.rms_norm" %173, %arg41 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %175 = stablehlo.convert %arg43 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %176 = stablehlo.dot_general %174, %175, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %177 = stablehlo.multiply %176, %176 : tensor<1x6912xf32>
    %178 = stablehlo.multiply %177, %176 : tensor<1x6912xf32>
    %179 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %180 = stablehlo.multiply %178, %179 : tensor<1x6912xf32>
    %181 = stablehlo.add %176, %180 : tensor<1x6912xf32>
    %182 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %183 = stablehlo.multiply %181, %182 : tensor<1x6912xf32>
    %184 = stablehlo.tanh %183 : tensor<1x6912xf32>
    %185 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %186 = stablehlo.add %184, %185 : tensor<1x6912xf32>
    %187 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %188 = stablehlo.multiply %176, %187 : tensor<1x6912xf32>
    %189 = stablehlo.multiply %188, %186 : tensor<1x6912xf32>
    %190 = stablehlo.convert %arg44 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %191 = stablehlo.dot_general %174, %190, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %192 = stablehlo.multiply %189, %191 : tensor<1x6912xf32>
    %193 = stablehlo.convert %arg45 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %194 = stablehlo.dot_general %192, %193, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %195 = stablehlo.composite "mlxla.rms_norm" %194, %arg42 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %196 = stablehlo.add %173, %195 : tensor<1x1152xf32>
    %197 = stablehlo.composite "mlxla.rms_norm" %196, %arg46 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %198 = stablehlo.convert %arg47 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %199 = stablehlo.dot_general %197, %198, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %200 = stablehlo.reshape %199 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %201 = stablehlo.composite "mlxla.rms_norm" %200, %arg50 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %202 = stablehlo.composite "mlxla.rope" %201, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %203 = stablehlo.convert %arg48 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %204 = stablehlo.dot_general %197, %203, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %205 = stablehlo.reshape %204 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %206 = stablehlo.composite "mlxla.rms_norm" %205, %arg51 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %207 = stablehlo.composite "mlxla.rope" %206, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %208 = stablehlo.convert %arg49 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %209 = stablehlo.dot_general %197, %208, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %210 = stablehlo.reshape %209 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %211 = stablehlo.convert %207 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %212 = stablehlo.convert %210 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %213 = stablehlo.slice %163 [3:4, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %214 = stablehlo.reshape %213 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %215 = stablehlo.slice %168 [3:4, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %216 = stablehlo.reshape %215 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %217 = stablehlo.composite "mlxla.window_attention" %202, %214, %216, %211, %212, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %218 = stablehlo.constant dense<512> : tensor<i32>
    %219 = stablehlo.divide %arg1, %218 : tensor<i32>
    %220 = stablehlo.multiply %219, %218 : tensor<i32>
    %221 = stablehlo.subtract %arg1, %220 : tensor<i32>
    %222 = stablehlo.constant dense<3> : tensor<i32>
    %223 = stablehlo.constant dense<0> : tensor<i32>
    %224 = stablehlo.constant dense<0> : tensor<i32>
    %225 = stablehlo.reshape %211 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %226 = stablehlo.dynamic_update_slice %163, %225, %222, %223, %221, %224, %224 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %227 = stablehlo.constant dense<3> : tensor<i32>
    %228 = stablehlo.constant dense<0> : tensor<i32>
    %229 = stablehlo.constant dense<0> : tensor<i32>
    %230 = stablehlo.reshape %212 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %231 = stablehlo.dynamic_update_slice %168, %230, %227, %228, %221, %229, %229 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %232 = stablehlo.reshape %217 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %233 = stablehlo.convert %arg52 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %234 = stablehlo.dot_general %232, %233, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %235 = stablehlo.composite "mlxla.rms_norm" %234, %arg53 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %236 = stablehlo.add %196, %235 : tensor<1x1152xf32>
    %237 = stablehlo.composite "mlxla.rms_norm" %236, %arg54 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %238 = stablehlo.convert %arg56 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %239 = stablehlo.dot_general %237, %238, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %240 = stablehlo.multiply %239, %239 : tensor<1x6912xf32>
    %241 = stablehlo.multiply %240, %239 : tensor<1x6912xf32>
    %242 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %243 = stablehlo.multiply %241, %242 : tensor<1x6912xf32>
    %244 = stablehlo.add %239, %243 : tensor<1x6912xf32>
    %245 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %246 = stablehlo.multiply %244, %245 : tensor<1x6912xf32>
    %247 = stablehlo.tanh %246 : tensor<1x6912xf32>
    %248 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %249 = stablehlo.add %247, %248 : tensor<1x6912xf32>
    %250 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %251 = stablehlo.multiply %239, %250 : tensor<1x6912xf32>
    %252 = stablehlo.multiply %251, %249 : tensor<1x6912xf32>
    %253 = stablehlo.convert %arg57 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %254 = stablehlo.dot_general %237, %253, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %255 = stablehlo.multiply %252, %254 : tensor<1x6912xf32>
    %256 = stablehlo.convert %arg58 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %257 = stablehlo.dot_general %255, %256, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %258 = stablehlo.composite "mlxla.rms_norm" %257, %arg55 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %259 = stablehlo.add %236, %258 : tensor<1x1152xf32>
    %260 = stablehlo.composite "mlxla.rms_norm" %259, %arg59 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %261 = stablehlo.convert %arg60 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %262 = stablehlo.dot_general %260, %261, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %263 = stablehlo.reshape %262 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %264 = stablehlo.composite "mlxla.rms_norm" %263, %arg63 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %265 = stablehlo.composite "mlxla.rope" %264, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %266 = stablehlo.convert %arg61 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %267 = stablehlo.dot_general %260, %266, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %268 = stablehlo.reshape %267 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %269 = stablehlo.composite "mlxla.rms_norm" %268, %arg64 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %270 = stablehlo.composite "mlxla.rope" %269, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %271 = stablehlo.convert %arg62 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %272 = stablehlo.dot_general %260, %271, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %273 = stablehlo.reshape %272 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %274 = stablehlo.convert %270 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %275 = stablehlo.convert %273 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %276 = stablehlo.slice %226 [4:5, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %277 = stablehlo.reshape %276 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %278 = stablehlo.slice %231 [4:5, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %279 = stablehlo.reshape %278 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %280 = stablehlo.composite "mlxla.window_attention" %265, %277, %279, %274, %275, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %281 = stablehlo.constant dense<512> : tensor<i32>
    %282 = stablehlo.divide %arg1, %281 : tensor<i32>
    %283 = stablehlo.multiply %282, %281 : tensor<i32>
    %284 = stablehlo.subtract %arg1, %283 : tensor<i32>
    %285 = stablehlo.constant dense<4> : tensor<i32>
    %286 = stablehlo.constant dense<0> : tensor<i32>
    %287 = stablehlo.constant dense<0> : tensor<i32>
    %288 = stablehlo.reshape %274 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %289 = stablehlo.dynamic_update_slice %226, %288, %285, %286, %284, %287, %287 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %290 = stablehlo.constant dense<4> : tensor<i32>
    %291 = stablehlo.constant dense<0> : tensor<i32>
    %292 = stablehlo.constant dense<0> : tensor<i32>
    %293 = stablehlo.reshape %275 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %294 = stablehlo.dynamic_update_slice %231, %293, %290, %291, %284, %292, %292 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %295 = stablehlo.reshape %280 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %296 = stablehlo.convert %arg65 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %297 = stablehlo.dot_general %295, %296, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %298 = stablehlo.composite "mlxla.rms_norm" %297, %arg66 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %299 = stablehlo.add %259, %298 : tensor<1x1152xf32>
    %300 = stablehlo.composite "mlxla.rms_norm" %299, %arg67 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %301 = stablehlo.convert %arg69 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %302 = stablehlo.dot_general %300, %301, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %303 = stablehlo.multiply %302, %302 : tensor<1x6912xf32>
    %304 = stablehlo.multiply %303, %302 : tensor<1x6912xf32>
    %305 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %306 = stablehlo.multiply %304, %305 : tensor<1x6912xf32>
    %307 = stablehlo.add %302, %306 : tensor<1x6912xf32>
    %308 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %309 = stablehlo.multiply %307, %308 : tensor<1x6912xf32>
    %310 = stablehlo.tanh %309 : tensor<1x6912xf32>
    %311 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %312 = stablehlo.add %310, %311 : tensor<1x6912xf32>
    %313 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %314 = stablehlo.multiply %302, %313 : tensor<1x6912xf32>
    %315 = stablehlo.multiply %314, %312 : tensor<1x6912xf32>
    %316 = stablehlo.convert %arg70 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %317 = stablehlo.dot_general %300, %316, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %318 = stablehlo.multiply %315, %317 : tensor<1x6912xf32>
    %319 = stablehlo.convert %arg71 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %320 = stablehlo.dot_general %318, %319, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %321 = stablehlo.composite "mlxla.rms_norm" %320, %arg68 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %322 = stablehlo.add %299, %321 : tensor<1x1152xf32>
    %323 = stablehlo.composite "mlxla.rms_norm" %322, %arg72 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %324 = stablehlo.convert %arg73 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %325 = stablehlo.dot_general %323, %324, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %326 = stablehlo.reshape %325 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %327 = stablehlo.composite "mlxla.rms_norm" %326, %arg76 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %328 = stablehlo.composite "mlxla.rope" %327, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_faf82dd9b5a53760} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %329 = stablehlo.convert %arg74 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %330 = stablehlo.dot_general %323, %329, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %331 = stablehlo.reshape %330 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %332 = stablehlo.composite "mlxla.rms_norm" %331, %arg77 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %333 = stablehlo.composite "mlxla.rope" %332, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_faf82dd9b5a53760} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %334 = stablehlo.convert %arg75 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %335 = stablehlo.dot_general %323, %334, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %336 = stablehlo.reshape %335 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %337 = stablehlo.convert %333 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %338 = stablehlo.convert %336 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %339 = stablehlo.constant dense<0> : tensor<i32>
    %340 = stablehlo.constant dense<0> : tensor<i32>
    %341 = stablehlo.constant dense<0> : tensor<i32>
    %342 = stablehlo.reshape %337 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %343 = stablehlo.dynamic_update_slice %arg2, %342, %339, %341, %arg1, %340, %340 : (tensor<4x1x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %344 = stablehlo.reshape %338 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %345 = stablehlo.dynamic_update_slice %arg3, %344, %339, %341, %arg1, %340, %340 : (tensor<4x1x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %346 = stablehlo.slice %343 [0:1, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %347 = stablehlo.reshape %346 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %348 = stablehlo.slice %345 [0:1, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %349 = stablehlo.reshape %348 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %350 = stablehlo.composite "mlxla.attention" %328, %347, %349, %0, %2 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %351 = stablehlo.reshape %350 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %352 = stablehlo.convert %arg78 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %353 = stablehlo.dot_general %351, %352, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %354 = stablehlo.composite "mlxla.rms_norm" %353, %arg79 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %355 = stablehlo.add %322, %354 : tensor<1x1152xf32>
    %356 = stablehlo.composite "mlxla.rms_norm" %355, %arg80 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %357 = stablehlo.convert %arg82 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %358 = stablehlo.dot_general %356, %357, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %359 = stablehlo.multiply %358, %358 : tensor<1x6912xf32>
    %360 = stablehlo.multiply %359, %358 : tensor<1x6912xf32>
    %361 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %362 = stablehlo.multiply %360, %361 : tensor<1x6912xf32>
    %363 = stablehlo.add %358, %362 : tensor<1x6912xf32>
    %364 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %365 = stablehlo.multiply %363, %364 : tensor<1x6912xf32>
    %366 = stablehlo.tanh %365 : tensor<1x6912xf32>
    %367 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %368 = stablehlo.add %366, %367 : tensor<1x6912xf32>
    %369 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %370 = stablehlo.multiply %358, %369 : tensor<1x6912xf32>
    %371 = stablehlo.multiply %370, %368 : tensor<1x6912xf32>
    %372 = stablehlo.convert %arg83 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %373 = stablehlo.dot_general %356, %372, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %374 = stablehlo.multiply %371, %373 : tensor<1x6912xf32>
    %375 = stablehlo.convert %arg84 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %376 = stablehlo.dot_general %374, %375, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %377 = stablehlo.composite "mlxla.rms_norm" %376, %arg81 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %378 = stablehlo.add %355, %377 : tensor<1x1152xf32>
    %379 = stablehlo.composite "mlxla.rms_norm" %378, %arg85 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %380 = stablehlo.convert %arg86 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %381 = stablehlo.dot_general %379, %380, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %382 = stablehlo.reshape %381 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %383 = stablehlo.composite "mlxla.rms_norm" %382, %arg89 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %384 = stablehlo.composite "mlxla.rope" %383, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %385 = stablehlo.convert %arg87 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %386 = stablehlo.dot_general %379, %385, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %387 = stablehlo.reshape %386 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %388 = stablehlo.composite "mlxla.rms_norm" %387, %arg90 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %389 = stablehlo.composite "mlxla.rope" %388, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %390 = stablehlo.convert %arg88 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %391 = stablehlo.dot_general %379, %390, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %392 = stablehlo.reshape %391 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %393 = stablehlo.convert %389 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %394 = stablehlo.convert %392 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %395 = stablehlo.slice %289 [5:6, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %396 = stablehlo.reshape %395 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %397 = stablehlo.slice %294 [5:6, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %398 = stablehlo.reshape %397 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %399 = stablehlo.composite "mlxla.window_attention" %384, %396, %398, %393, %394, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %400 = stablehlo.constant dense<512> : tensor<i32>
    %401 = stablehlo.divide %arg1, %400 : tensor<i32>
    %402 = stablehlo.multiply %401, %400 : tensor<i32>
    %403 = stablehlo.subtract %arg1, %402 : tensor<i32>
    %404 = stablehlo.constant dense<5> : tensor<i32>
    %405 = stablehlo.constant dense<0> : tensor<i32>
    %406 = stablehlo.constant dense<0> : tensor<i32>
    %407 = stablehlo.reshape %393 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %408 = stablehlo.dynamic_update_slice %289, %407, %404, %405, %403, %406, %406 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %409 = stablehlo.constant dense<5> : tensor<i32>
    %410 = stablehlo.constant dense<0> : tensor<i32>
    %411 = stablehlo.constant dense<0> : tensor<i32>
    %412 = stablehlo.reshape %394 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %413 = stablehlo.dynamic_update_slice %294, %412, %409, %410, %403, %411, %411 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %414 = stablehlo.reshape %399 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %415 = stablehlo.convert %arg91 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %416 = stablehlo.dot_general %414, %415, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %417 = stablehlo.composite "mlxla.rms_norm" %416, %arg92 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %418 = stablehlo.add %378, %417 : tensor<1x1152xf32>
    %419 = stablehlo.composite "mlxla.rms_norm" %418, %arg93 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %420 = stablehlo.convert %arg95 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %421 = stablehlo.dot_general %419, %420, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %422 = stablehlo.multiply %421, %421 : tensor<1x6912xf32>
    %423 = stablehlo.multiply %422, %421 : tensor<1x6912xf32>
    %424 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %425 = stablehlo.multiply %423, %424 : tensor<1x6912xf32>
    %426 = stablehlo.add %421, %425 : tensor<1x6912xf32>
    %427 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %428 = stablehlo.multiply %426, %427 : tensor<1x6912xf32>
    %429 = stablehlo.tanh %428 : tensor<1x6912xf32>
    %430 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %431 = stablehlo.add %429, %430 : tensor<1x6912xf32>
    %432 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %433 = stablehlo.multiply %421, %432 : tensor<1x6912xf32>
    %434 = stablehlo.multiply %433, %431 : tensor<1x6912xf32>
    %435 = stablehlo.convert %arg96 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %436 = stablehlo.dot_general %419, %435, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %437 = stablehlo.multiply %434, %436 : tensor<1x6912xf32>
    %438 = stablehlo.convert %arg97 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %439 = stablehlo.dot_general %437, %438, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %440 = stablehlo.composite "mlxla.rms_norm" %439, %arg94 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %441 = stablehlo.add %418, %440 : tensor<1x1152xf32>
    %442 = stablehlo.composite "mlxla.rms_norm" %441, %arg98 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %443 = stablehlo.convert %arg99 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %444 = stablehlo.dot_general %442, %443, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %445 = stablehlo.reshape %444 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %446 = stablehlo.composite "mlxla.rms_norm" %445, %arg102 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %447 = stablehlo.composite "mlxla.rope" %446, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %448 = stablehlo.convert %arg100 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %449 = stablehlo.dot_general %442, %448, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %450 = stablehlo.reshape %449 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %451 = stablehlo.composite "mlxla.rms_norm" %450, %arg103 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %452 = stablehlo.composite "mlxla.rope" %451, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %453 = stablehlo.convert %arg101 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %454 = stablehlo.dot_general %442, %453, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %455 = stablehlo.reshape %454 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %456 = stablehlo.convert %452 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %457 = stablehlo.convert %455 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %458 = stablehlo.slice %408 [6:7, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %459 = stablehlo.reshape %458 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %460 = stablehlo.slice %413 [6:7, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %461 = stablehlo.reshape %460 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %462 = stablehlo.composite "mlxla.window_attention" %447, %459, %461, %456, %457, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %463 = stablehlo.constant dense<512> : tensor<i32>
    %464 = stablehlo.divide %arg1, %463 : tensor<i32>
    %465 = stablehlo.multiply %464, %463 : tensor<i32>
    %466 = stablehlo.subtract %arg1, %465 : tensor<i32>
    %467 = stablehlo.constant dense<6> : tensor<i32>
    %468 = stablehlo.constant dense<0> : tensor<i32>
    %469 = stablehlo.constant dense<0> : tensor<i32>
    %470 = stablehlo.reshape %456 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %471 = stablehlo.dynamic_update_slice %408, %470, %467, %468, %466, %469, %469 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %472 = stablehlo.constant dense<6> : tensor<i32>
    %473 = stablehlo.constant dense<0> : tensor<i32>
    %474 = stablehlo.constant dense<0> : tensor<i32>
    %475 = stablehlo.reshape %457 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %476 = stablehlo.dynamic_update_slice %413, %475, %472, %473, %466, %474, %474 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %477 = stablehlo.reshape %462 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %478 = stablehlo.convert %arg104 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %479 = stablehlo.dot_general %477, %478, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %480 = stablehlo.composite "mlxla.rms_norm" %479, %arg105 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %481 = stablehlo.add %441, %480 : tensor<1x1152xf32>
    %482 = stablehlo.composite "mlxla.rms_norm" %481, %arg106 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %483 = stablehlo.convert %arg108 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %484 = stablehlo.dot_general %482, %483, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %485 = stablehlo.multiply %484, %484 : tensor<1x6912xf32>
    %486 = stablehlo.multiply %485, %484 : tensor<1x6912xf32>
    %487 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %488 = stablehlo.multiply %486, %487 : tensor<1x6912xf32>
    %489 = stablehlo.add %484, %488 : tensor<1x6912xf32>
    %490 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %491 = stablehlo.multiply %489, %490 : tensor<1x6912xf32>
    %492 = stablehlo.tanh %491 : tensor<1x6912xf32>
    %493 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %494 = stablehlo.add %492, %493 : tensor<1x6912xf32>
    %495 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %496 = stablehlo.multiply %484, %495 : tensor<1x6912xf32>
    %497 = stablehlo.multiply %496, %494 : tensor<1x6912xf32>
    %498 = stablehlo.convert %arg109 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %499 = stablehlo.dot_general %482, %498, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %500 = stablehlo.multiply %497, %499 : tensor<1x6912xf32>
    %501 = stablehlo.convert %arg110 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %502 = stablehlo.dot_general %500, %501, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %503 = stablehlo.composite "mlxla.rms_norm" %502, %arg107 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %504 = stablehlo.add %481, %503 : tensor<1x1152xf32>
    %505 = stablehlo.composite "mlxla.rms_norm" %504, %arg111 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %506 = stablehlo.convert %arg112 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %507 = stablehlo.dot_general %505, %506, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %508 = stablehlo.reshape %507 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %509 = stablehlo.composite "mlxla.rms_norm" %508, %arg115 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %510 = stablehlo.composite "mlxla.rope" %509, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %511 = stablehlo.convert %arg113 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %512 = stablehlo.dot_general %505, %511, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %513 = stablehlo.reshape %512 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %514 = stablehlo.composite "mlxla.rms_norm" %513, %arg116 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %515 = stablehlo.composite "mlxla.rope" %514, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %516 = stablehlo.convert %arg114 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %517 = stablehlo.dot_general %505, %516, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %518 = stablehlo.reshape %517 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %519 = stablehlo.convert %515 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %520 = stablehlo.convert %518 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %521 = stablehlo.slice %471 [7:8, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %522 = stablehlo.reshape %521 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %523 = stablehlo.slice %476 [7:8, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %524 = stablehlo.reshape %523 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %525 = stablehlo.composite "mlxla.window_attention" %510, %522, %524, %519, %520, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %526 = stablehlo.constant dense<512> : tensor<i32>
    %527 = stablehlo.divide %arg1, %526 : tensor<i32>
    %528 = stablehlo.multiply %527, %526 : tensor<i32>
    %529 = stablehlo.subtract %arg1, %528 : tensor<i32>
    %530 = stablehlo.constant dense<7> : tensor<i32>
    %531 = stablehlo.constant dense<0> : tensor<i32>
    %532 = stablehlo.constant dense<0> : tensor<i32>
    %533 = stablehlo.reshape %519 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %534 = stablehlo.dynamic_update_slice %471, %533, %530, %531, %529, %532, %532 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %535 = stablehlo.constant dense<7> : tensor<i32>
    %536 = stablehlo.constant dense<0> : tensor<i32>
    %537 = stablehlo.constant dense<0> : tensor<i32>
    %538 = stablehlo.reshape %520 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %539 = stablehlo.dynamic_update_slice %476, %538, %535, %536, %529, %537, %537 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %540 = stablehlo.reshape %525 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %541 = stablehlo.convert %arg117 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %542 = stablehlo.dot_general %540, %541, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %543 = stablehlo.composite "mlxla.rms_norm" %542, %arg118 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %544 = stablehlo.add %504, %543 : tensor<1x1152xf32>
    %545 = stablehlo.composite "mlxla.rms_norm" %544, %arg119 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %546 = stablehlo.convert %arg121 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %547 = stablehlo.dot_general %545, %546, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %548 = stablehlo.multiply %547, %547 : tensor<1x6912xf32>
    %549 = stablehlo.multiply %548, %547 : tensor<1x6912xf32>
    %550 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %551 = stablehlo.multiply %549, %550 : tensor<1x6912xf32>
    %552 = stablehlo.add %547, %551 : tensor<1x6912xf32>
    %553 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %554 = stablehlo.multiply %552, %553 : tensor<1x6912xf32>
    %555 = stablehlo.tanh %554 : tensor<1x6912xf32>
    %556 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %557 = stablehlo.add %555, %556 : tensor<1x6912xf32>
    %558 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %559 = stablehlo.multiply %547, %558 : tensor<1x6912xf32>
    %560 = stablehlo.multiply %559, %557 : tensor<1x6912xf32>
    %561 = stablehlo.convert %arg122 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %562 = stablehlo.dot_general %545, %561, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %563 = stablehlo.multiply %560, %562 : tensor<1x6912xf32>
    %564 = stablehlo.convert %arg123 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %565 = stablehlo.dot_general %563, %564, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %566 = stablehlo.composite "mlxla.rms_norm" %565, %arg120 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %567 = stablehlo.add %544, %566 : tensor<1x1152xf32>
    %568 = stablehlo.composite "mlxla.rms_norm" %567, %arg124 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %569 = stablehlo.convert %arg125 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %570 = stablehlo.dot_general %568, %569, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %571 = stablehlo.reshape %570 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %572 = stablehlo.composite "mlxla.rms_norm" %571, %arg128 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %573 = stablehlo.composite "mlxla.rope" %572, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %574 = stablehlo.convert %arg126 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %575 = stablehlo.dot_general %568, %574, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %576 = stablehlo.reshape %575 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %577 = stablehlo.composite "mlxla.rms_norm" %576, %arg129 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %578 = stablehlo.composite "mlxla.rope" %577, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %579 = stablehlo.convert %arg127 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %580 = stablehlo.dot_general %568, %579, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %581 = stablehlo.reshape %580 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %582 = stablehlo.convert %578 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %583 = stablehlo.convert %581 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %584 = stablehlo.slice %534 [8:9, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %585 = stablehlo.reshape %584 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %586 = stablehlo.slice %539 [8:9, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %587 = stablehlo.reshape %586 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %588 = stablehlo.composite "mlxla.window_attention" %573, %585, %587, %582, %583, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %589 = stablehlo.constant dense<512> : tensor<i32>
    %590 = stablehlo.divide %arg1, %589 : tensor<i32>
    %591 = stablehlo.multiply %590, %589 : tensor<i32>
    %592 = stablehlo.subtract %arg1, %591 : tensor<i32>
    %593 = stablehlo.constant dense<8> : tensor<i32>
    %594 = stablehlo.constant dense<0> : tensor<i32>
    %595 = stablehlo.constant dense<0> : tensor<i32>
    %596 = stablehlo.reshape %582 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %597 = stablehlo.dynamic_update_slice %534, %596, %593, %594, %592, %595, %595 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %598 = stablehlo.constant dense<8> : tensor<i32>
    %599 = stablehlo.constant dense<0> : tensor<i32>
    %600 = stablehlo.constant dense<0> : tensor<i32>
    %601 = stablehlo.reshape %583 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %602 = stablehlo.dynamic_update_slice %539, %601, %598, %599, %592, %600, %600 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %603 = stablehlo.reshape %588 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %604 = stablehlo.convert %arg130 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %605 = stablehlo.dot_general %603, %604, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %606 = stablehlo.composite "mlxla.rms_norm" %605, %arg131 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %607 = stablehlo.add %567, %606 : tensor<1x1152xf32>
    %608 = stablehlo.composite "mlxla.rms_norm" %607, %arg132 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %609 = stablehlo.convert %arg134 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %610 = stablehlo.dot_general %608, %609, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %611 = stablehlo.multiply %610, %610 : tensor<1x6912xf32>
    %612 = stablehlo.multiply %611, %610 : tensor<1x6912xf32>
    %613 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %614 = stablehlo.multiply %612, %613 : tensor<1x6912xf32>
    %615 = stablehlo.add %610, %614 : tensor<1x6912xf32>
    %616 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %617 = stablehlo.multiply %615, %616 : tensor<1x6912xf32>
    %618 = stablehlo.tanh %617 : tensor<1x6912xf32>
    %619 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %620 = stablehlo.add %618, %619 : tensor<1x6912xf32>
    %621 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %622 = stablehlo.multiply %610, %621 : tensor<1x6912xf32>
    %623 = stablehlo.multiply %622, %620 : tensor<1x6912xf32>
    %624 = stablehlo.convert %arg135 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %625 = stablehlo.dot_general %608, %624, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %626 = stablehlo.multiply %623, %625 : tensor<1x6912xf32>
    %627 = stablehlo.convert %arg136 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %628 = stablehlo.dot_general %626, %627, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %629 = stablehlo.composite "mlxla.rms_norm" %628, %arg133 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %630 = stablehlo.add %607, %629 : tensor<1x1152xf32>
    %631 = stablehlo.composite "mlxla.rms_norm" %630, %arg137 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %632 = stablehlo.convert %arg138 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %633 = stablehlo.dot_general %631, %632, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %634 = stablehlo.reshape %633 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %635 = stablehlo.composite "mlxla.rms_norm" %634, %arg141 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %636 = stablehlo.composite "mlxla.rope" %635, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %637 = stablehlo.convert %arg139 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %638 = stablehlo.dot_general %631, %637, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %639 = stablehlo.reshape %638 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %640 = stablehlo.composite "mlxla.rms_norm" %639, %arg142 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %641 = stablehlo.composite "mlxla.rope" %640, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %642 = stablehlo.convert %arg140 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %643 = stablehlo.dot_general %631, %642, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %644 = stablehlo.reshape %643 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %645 = stablehlo.convert %641 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %646 = stablehlo.convert %644 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %647 = stablehlo.slice %597 [9:10, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %648 = stablehlo.reshape %647 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %649 = stablehlo.slice %602 [9:10, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %650 = stablehlo.reshape %649 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %651 = stablehlo.composite "mlxla.window_attention" %636, %648, %650, %645, %646, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %652 = stablehlo.constant dense<512> : tensor<i32>
    %653 = stablehlo.divide %arg1, %652 : tensor<i32>
    %654 = stablehlo.multiply %653, %652 : tensor<i32>
    %655 = stablehlo.subtract %arg1, %654 : tensor<i32>
    %656 = stablehlo.constant dense<9> : tensor<i32>
    %657 = stablehlo.constant dense<0> : tensor<i32>
    %658 = stablehlo.constant dense<0> : tensor<i32>
    %659 = stablehlo.reshape %645 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %660 = stablehlo.dynamic_update_slice %597, %659, %656, %657, %655, %658, %658 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %661 = stablehlo.constant dense<9> : tensor<i32>
    %662 = stablehlo.constant dense<0> : tensor<i32>
    %663 = stablehlo.constant dense<0> : tensor<i32>
    %664 = stablehlo.reshape %646 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %665 = stablehlo.dynamic_update_slice %602, %664, %661, %662, %655, %663, %663 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %666 = stablehlo.reshape %651 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %667 = stablehlo.convert %arg143 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %668 = stablehlo.dot_general %666, %667, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %669 = stablehlo.composite "mlxla.rms_norm" %668, %arg144 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %670 = stablehlo.add %630, %669 : tensor<1x1152xf32>
    %671 = stablehlo.composite "mlxla.rms_norm" %670, %arg145 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %672 = stablehlo.convert %arg147 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %673 = stablehlo.dot_general %671, %672, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %674 = stablehlo.multiply %673, %673 : tensor<1x6912xf32>
    %675 = stablehlo.multiply %674, %673 : tensor<1x6912xf32>
    %676 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %677 = stablehlo.multiply %675, %676 : tensor<1x6912xf32>
    %678 = stablehlo.add %673, %677 : tensor<1x6912xf32>
    %679 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %680 = stablehlo.multiply %678, %679 : tensor<1x6912xf32>
    %681 = stablehlo.tanh %680 : tensor<1x6912xf32>
    %682 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %683 = stablehlo.add %681, %682 : tensor<1x6912xf32>
    %684 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %685 = stablehlo.multiply %673, %684 : tensor<1x6912xf32>
    %686 = stablehlo.multiply %685, %683 : tensor<1x6912xf32>
    %687 = stablehlo.convert %arg148 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %688 = stablehlo.dot_general %671, %687, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %689 = stablehlo.multiply %686, %688 : tensor<1x6912xf32>
    %690 = stablehlo.convert %arg149 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %691 = stablehlo.dot_general %689, %690, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %692 = stablehlo.composite "mlxla.rms_norm" %691, %arg146 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %693 = stablehlo.add %670, %692 : tensor<1x1152xf32>
    %694 = stablehlo.composite "mlxla.rms_norm" %693, %arg150 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %695 = stablehlo.convert %arg151 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %696 = stablehlo.dot_general %694, %695, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %697 = stablehlo.reshape %696 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %698 = stablehlo.composite "mlxla.rms_norm" %697, %arg154 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %699 = stablehlo.composite "mlxla.rope" %698, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_faf82dd9b5a53760} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %700 = stablehlo.convert %arg152 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %701 = stablehlo.dot_general %694, %700, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %702 = stablehlo.reshape %701 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %703 = stablehlo.composite "mlxla.rms_norm" %702, %arg155 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %704 = stablehlo.composite "mlxla.rope" %703, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_faf82dd9b5a53760} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %705 = stablehlo.convert %arg153 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %706 = stablehlo.dot_general %694, %705, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %707 = stablehlo.reshape %706 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %708 = stablehlo.convert %704 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %709 = stablehlo.convert %707 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %710 = stablehlo.constant dense<1> : tensor<i32>
    %711 = stablehlo.constant dense<0> : tensor<i32>
    %712 = stablehlo.constant dense<0> : tensor<i32>
    %713 = stablehlo.reshape %708 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %714 = stablehlo.dynamic_update_slice %343, %713, %710, %712, %arg1, %711, %711 : (tensor<4x1x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %715 = stablehlo.reshape %709 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %716 = stablehlo.dynamic_update_slice %345, %715, %710, %712, %arg1, %711, %711 : (tensor<4x1x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %717 = stablehlo.slice %714 [1:2, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %718 = stablehlo.reshape %717 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %719 = stablehlo.slice %716 [1:2, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %720 = stablehlo.reshape %719 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %721 = stablehlo.composite "mlxla.attention" %699, %718, %720, %0, %2 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %722 = stablehlo.reshape %721 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %723 = stablehlo.convert %arg156 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %724 = stablehlo.dot_general %722, %723, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %725 = stablehlo.composite "mlxla.rms_norm" %724, %arg157 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %726 = stablehlo.add %693, %725 : tensor<1x1152xf32>
    %727 = stablehlo.composite "mlxla.rms_norm" %726, %arg158 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %728 = stablehlo.convert %arg160 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %729 = stablehlo.dot_general %727, %728, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %730 = stablehlo.multiply %729, %729 : tensor<1x6912xf32>
    %731 = stablehlo.multiply %730, %729 : tensor<1x6912xf32>
    %732 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %733 = stablehlo.multiply %731, %732 : tensor<1x6912xf32>
    %734 = stablehlo.add %729, %733 : tensor<1x6912xf32>
    %735 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %736 = stablehlo.multiply %734, %735 : tensor<1x6912xf32>
    %737 = stablehlo.tanh %736 : tensor<1x6912xf32>
    %738 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %739 = stablehlo.add %737, %738 : tensor<1x6912xf32>
    %740 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %741 = stablehlo.multiply %729, %740 : tensor<1x6912xf32>
    %742 = stablehlo.multiply %741, %739 : tensor<1x6912xf32>
    %743 = stablehlo.convert %arg161 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %744 = stablehlo.dot_general %727, %743, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %745 = stablehlo.multiply %742, %744 : tensor<1x6912xf32>
    %746 = stablehlo.convert %arg162 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %747 = stablehlo.dot_general %745, %746, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %748 = stablehlo.composite "mlxla.rms_norm" %747, %arg159 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %749 = stablehlo.add %726, %748 : tensor<1x1152xf32>
    %750 = stablehlo.composite "mlxla.rms_norm" %749, %arg163 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %751 = stablehlo.convert %arg164 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %752 = stablehlo.dot_general %750, %751, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %753 = stablehlo.reshape %752 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %754 = stablehlo.composite "mlxla.rms_norm" %753, %arg167 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %755 = stablehlo.composite "mlxla.rope" %754, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %756 = stablehlo.convert %arg165 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %757 = stablehlo.dot_general %750, %756, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %758 = stablehlo.reshape %757 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %759 = stablehlo.composite "mlxla.rms_norm" %758, %arg168 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %760 = stablehlo.composite "mlxla.rope" %759, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %761 = stablehlo.convert %arg166 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %762 = stablehlo.dot_general %750, %761, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %763 = stablehlo.reshape %762 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %764 = stablehlo.convert %760 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %765 = stablehlo.convert %763 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %766 = stablehlo.slice %660 [10:11, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %767 = stablehlo.reshape %766 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %768 = stablehlo.slice %665 [10:11, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %769 = stablehlo.reshape %768 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %770 = stablehlo.composite "mlxla.window_attention" %755, %767, %769, %764, %765, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %771 = stablehlo.constant dense<512> : tensor<i32>
    %772 = stablehlo.divide %arg1, %771 : tensor<i32>
    %773 = stablehlo.multiply %772, %771 : tensor<i32>
    %774 = stablehlo.subtract %arg1, %773 : tensor<i32>
    %775 = stablehlo.constant dense<10> : tensor<i32>
    %776 = stablehlo.constant dense<0> : tensor<i32>
    %777 = stablehlo.constant dense<0> : tensor<i32>
    %778 = stablehlo.reshape %764 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %779 = stablehlo.dynamic_update_slice %660, %778, %775, %776, %774, %777, %777 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %780 = stablehlo.constant dense<10> : tensor<i32>
    %781 = stablehlo.constant dense<0> : tensor<i32>
    %782 = stablehlo.constant dense<0> : tensor<i32>
    %783 = stablehlo.reshape %765 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %784 = stablehlo.dynamic_update_slice %665, %783, %780, %781, %774, %782, %782 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %785 = stablehlo.reshape %770 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %786 = stablehlo.convert %arg169 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %787 = stablehlo.dot_general %785, %786, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %788 = stablehlo.composite "mlxla.rms_norm" %787, %arg170 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %789 = stablehlo.add %749, %788 : tensor<1x1152xf32>
    %790 = stablehlo.composite "mlxla.rms_norm" %789, %arg171 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %791 = stablehlo.convert %arg173 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %792 = stablehlo.dot_general %790, %791, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %793 = stablehlo.multiply %792, %792 : tensor<1x6912xf32>
    %794 = stablehlo.multiply %793, %792 : tensor<1x6912xf32>
    %795 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %796 = stablehlo.multiply %794, %795 : tensor<1x6912xf32>
    %797 = stablehlo.add %792, %796 : tensor<1x6912xf32>
    %798 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %799 = stablehlo.multiply %797, %798 : tensor<1x6912xf32>
    %800 = stablehlo.tanh %799 : tensor<1x6912xf32>
    %801 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %802 = stablehlo.add %800, %801 : tensor<1x6912xf32>
    %803 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %804 = stablehlo.multiply %792, %803 : tensor<1x6912xf32>
    %805 = stablehlo.multiply %804, %802 : tensor<1x6912xf32>
    %806 = stablehlo.convert %arg174 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %807 = stablehlo.dot_general %790, %806, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %808 = stablehlo.multiply %805, %807 : tensor<1x6912xf32>
    %809 = stablehlo.convert %arg175 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %810 = stablehlo.dot_general %808, %809, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %811 = stablehlo.composite "mlxla.rms_norm" %810, %arg172 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %812 = stablehlo.add %789, %811 : tensor<1x1152xf32>
    %813 = stablehlo.composite "mlxla.rms_norm" %812, %arg176 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %814 = stablehlo.convert %arg177 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %815 = stablehlo.dot_general %813, %814, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %816 = stablehlo.reshape %815 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %817 = stablehlo.composite "mlxla.rms_norm" %816, %arg180 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %818 = stablehlo.composite "mlxla.rope" %817, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %819 = stablehlo.convert %arg178 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %820 = stablehlo.dot_general %813, %819, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %821 = stablehlo.reshape %820 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %822 = stablehlo.composite "mlxla.rms_norm" %821, %arg181 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %823 = stablehlo.composite "mlxla.rope" %822, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %824 = stablehlo.convert %arg179 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %825 = stablehlo.dot_general %813, %824, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %826 = stablehlo.reshape %825 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %827 = stablehlo.convert %823 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %828 = stablehlo.convert %826 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %829 = stablehlo.slice %779 [11:12, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %830 = stablehlo.reshape %829 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %831 = stablehlo.slice %784 [11:12, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %832 = stablehlo.reshape %831 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %833 = stablehlo.composite "mlxla.window_attention" %818, %830, %832, %827, %828, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %834 = stablehlo.constant dense<512> : tensor<i32>
    %835 = stablehlo.divide %arg1, %834 : tensor<i32>
    %836 = stablehlo.multiply %835, %834 : tensor<i32>
    %837 = stablehlo.subtract %arg1, %836 : tensor<i32>
    %838 = stablehlo.constant dense<11> : tensor<i32>
    %839 = stablehlo.constant dense<0> : tensor<i32>
    %840 = stablehlo.constant dense<0> : tensor<i32>
    %841 = stablehlo.reshape %827 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %842 = stablehlo.dynamic_update_slice %779, %841, %838, %839, %837, %840, %840 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %843 = stablehlo.constant dense<11> : tensor<i32>
    %844 = stablehlo.constant dense<0> : tensor<i32>
    %845 = stablehlo.constant dense<0> : tensor<i32>
    %846 = stablehlo.reshape %828 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %847 = stablehlo.dynamic_update_slice %784, %846, %843, %844, %837, %845, %845 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %848 = stablehlo.reshape %833 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %849 = stablehlo.convert %arg182 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %850 = stablehlo.dot_general %848, %849, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %851 = stablehlo.composite "mlxla.rms_norm" %850, %arg183 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %852 = stablehlo.add %812, %851 : tensor<1x1152xf32>
    %853 = stablehlo.composite "mlxla.rms_norm" %852, %arg184 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %854 = stablehlo.convert %arg186 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %855 = stablehlo.dot_general %853, %854, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %856 = stablehlo.multiply %855, %855 : tensor<1x6912xf32>
    %857 = stablehlo.multiply %856, %855 : tensor<1x6912xf32>
    %858 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %859 = stablehlo.multiply %857, %858 : tensor<1x6912xf32>
    %860 = stablehlo.add %855, %859 : tensor<1x6912xf32>
    %861 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %862 = stablehlo.multiply %860, %861 : tensor<1x6912xf32>
    %863 = stablehlo.tanh %862 : tensor<1x6912xf32>
    %864 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %865 = stablehlo.add %863, %864 : tensor<1x6912xf32>
    %866 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %867 = stablehlo.multiply %855, %866 : tensor<1x6912xf32>
    %868 = stablehlo.multiply %867, %865 : tensor<1x6912xf32>
    %869 = stablehlo.convert %arg187 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %870 = stablehlo.dot_general %853, %869, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %871 = stablehlo.multiply %868, %870 : tensor<1x6912xf32>
    %872 = stablehlo.convert %arg188 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %873 = stablehlo.dot_general %871, %872, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %874 = stablehlo.composite "mlxla.rms_norm" %873, %arg185 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %875 = stablehlo.add %852, %874 : tensor<1x1152xf32>
    %876 = stablehlo.composite "mlxla.rms_norm" %875, %arg189 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %877 = stablehlo.convert %arg190 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %878 = stablehlo.dot_general %876, %877, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %879 = stablehlo.reshape %878 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %880 = stablehlo.composite "mlxla.rms_norm" %879, %arg193 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %881 = stablehlo.composite "mlxla.rope" %880, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %882 = stablehlo.convert %arg191 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %883 = stablehlo.dot_general %876, %882, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %884 = stablehlo.reshape %883 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %885 = stablehlo.composite "mlxla.rms_norm" %884, %arg194 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %886 = stablehlo.composite "mlxla.rope" %885, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %887 = stablehlo.convert %arg192 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %888 = stablehlo.dot_general %876, %887, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %889 = stablehlo.reshape %888 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %890 = stablehlo.convert %886 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %891 = stablehlo.convert %889 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %892 = stablehlo.slice %842 [12:13, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %893 = stablehlo.reshape %892 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %894 = stablehlo.slice %847 [12:13, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %895 = stablehlo.reshape %894 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %896 = stablehlo.composite "mlxla.window_attention" %881, %893, %895, %890, %891, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %897 = stablehlo.constant dense<512> : tensor<i32>
    %898 = stablehlo.divide %arg1, %897 : tensor<i32>
    %899 = stablehlo.multiply %898, %897 : tensor<i32>
    %900 = stablehlo.subtract %arg1, %899 : tensor<i32>
    %901 = stablehlo.constant dense<12> : tensor<i32>
    %902 = stablehlo.constant dense<0> : tensor<i32>
    %903 = stablehlo.constant dense<0> : tensor<i32>
    %904 = stablehlo.reshape %890 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %905 = stablehlo.dynamic_update_slice %842, %904, %901, %902, %900, %903, %903 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %906 = stablehlo.constant dense<12> : tensor<i32>
    %907 = stablehlo.constant dense<0> : tensor<i32>
    %908 = stablehlo.constant dense<0> : tensor<i32>
    %909 = stablehlo.reshape %891 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %910 = stablehlo.dynamic_update_slice %847, %909, %906, %907, %900, %908, %908 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %911 = stablehlo.reshape %896 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %912 = stablehlo.convert %arg195 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %913 = stablehlo.dot_general %911, %912, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %914 = stablehlo.composite "mlxla.rms_norm" %913, %arg196 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %915 = stablehlo.add %875, %914 : tensor<1x1152xf32>
    %916 = stablehlo.composite "mlxla.rms_norm" %915, %arg197 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %917 = stablehlo.convert %arg199 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %918 = stablehlo.dot_general %916, %917, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %919 = stablehlo.multiply %918, %918 : tensor<1x6912xf32>
    %920 = stablehlo.multiply %919, %918 : tensor<1x6912xf32>
    %921 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %922 = stablehlo.multiply %920, %921 : tensor<1x6912xf32>
    %923 = stablehlo.add %918, %922 : tensor<1x6912xf32>
    %924 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %925 = stablehlo.multiply %923, %924 : tensor<1x6912xf32>
    %926 = stablehlo.tanh %925 : tensor<1x6912xf32>
    %927 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %928 = stablehlo.add %926, %927 : tensor<1x6912xf32>
    %929 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %930 = stablehlo.multiply %918, %929 : tensor<1x6912xf32>
    %931 = stablehlo.multiply %930, %928 : tensor<1x6912xf32>
    %932 = stablehlo.convert %arg200 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %933 = stablehlo.dot_general %916, %932, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %934 = stablehlo.multiply %931, %933 : tensor<1x6912xf32>
    %935 = stablehlo.convert %arg201 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %936 = stablehlo.dot_general %934, %935, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %937 = stablehlo.composite "mlxla.rms_norm" %936, %arg198 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %938 = stablehlo.add %915, %937 : tensor<1x1152xf32>
    %939 = stablehlo.composite "mlxla.rms_norm" %938, %arg202 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %940 = stablehlo.convert %arg203 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %941 = stablehlo.dot_general %939, %940, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %942 = stablehlo.reshape %941 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %943 = stablehlo.composite "mlxla.rms_norm" %942, %arg206 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %944 = stablehlo.composite "mlxla.rope" %943, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %945 = stablehlo.convert %arg204 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %946 = stablehlo.dot_general %939, %945, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %947 = stablehlo.reshape %946 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %948 = stablehlo.composite "mlxla.rms_norm" %947, %arg207 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %949 = stablehlo.composite "mlxla.rope" %948, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %950 = stablehlo.convert %arg205 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %951 = stablehlo.dot_general %939, %950, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %952 = stablehlo.reshape %951 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %953 = stablehlo.convert %949 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %954 = stablehlo.convert %952 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %955 = stablehlo.slice %905 [13:14, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %956 = stablehlo.reshape %955 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %957 = stablehlo.slice %910 [13:14, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %958 = stablehlo.reshape %957 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %959 = stablehlo.composite "mlxla.window_attention" %944, %956, %958, %953, %954, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %960 = stablehlo.constant dense<512> : tensor<i32>
    %961 = stablehlo.divide %arg1, %960 : tensor<i32>
    %962 = stablehlo.multiply %961, %960 : tensor<i32>
    %963 = stablehlo.subtract %arg1, %962 : tensor<i32>
    %964 = stablehlo.constant dense<13> : tensor<i32>
    %965 = stablehlo.constant dense<0> : tensor<i32>
    %966 = stablehlo.constant dense<0> : tensor<i32>
    %967 = stablehlo.reshape %953 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %968 = stablehlo.dynamic_update_slice %905, %967, %964, %965, %963, %966, %966 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %969 = stablehlo.constant dense<13> : tensor<i32>
    %970 = stablehlo.constant dense<0> : tensor<i32>
    %971 = stablehlo.constant dense<0> : tensor<i32>
    %972 = stablehlo.reshape %954 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %973 = stablehlo.dynamic_update_slice %910, %972, %969, %970, %963, %971, %971 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %974 = stablehlo.reshape %959 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %975 = stablehlo.convert %arg208 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %976 = stablehlo.dot_general %974, %975, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %977 = stablehlo.composite "mlxla.rms_norm" %976, %arg209 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %978 = stablehlo.add %938, %977 : tensor<1x1152xf32>
    %979 = stablehlo.composite "mlxla.rms_norm" %978, %arg210 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %980 = stablehlo.convert %arg212 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %981 = stablehlo.dot_general %979, %980, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %982 = stablehlo.multiply %981, %981 : tensor<1x6912xf32>
    %983 = stablehlo.multiply %982, %981 : tensor<1x6912xf32>
    %984 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %985 = stablehlo.multiply %983, %984 : tensor<1x6912xf32>
    %986 = stablehlo.add %981, %985 : tensor<1x6912xf32>
    %987 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %988 = stablehlo.multiply %986, %987 : tensor<1x6912xf32>
    %989 = stablehlo.tanh %988 : tensor<1x6912xf32>
    %990 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %991 = stablehlo.add %989, %990 : tensor<1x6912xf32>
    %992 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %993 = stablehlo.multiply %981, %992 : tensor<1x6912xf32>
    %994 = stablehlo.multiply %993, %991 : tensor<1x6912xf32>
    %995 = stablehlo.convert %arg213 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %996 = stablehlo.dot_general %979, %995, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %997 = stablehlo.multiply %994, %996 : tensor<1x6912xf32>
    %998 = stablehlo.convert %arg214 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %999 = stablehlo.dot_general %997, %998, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1000 = stablehlo.composite "mlxla.rms_norm" %999, %arg211 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1001 = stablehlo.add %978, %1000 : tensor<1x1152xf32>
    %1002 = stablehlo.composite "mlxla.rms_norm" %1001, %arg215 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1003 = stablehlo.convert %arg216 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1004 = stablehlo.dot_general %1002, %1003, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1005 = stablehlo.reshape %1004 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1006 = stablehlo.composite "mlxla.rms_norm" %1005, %arg219 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1007 = stablehlo.composite "mlxla.rope" %1006, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1008 = stablehlo.convert %arg217 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1009 = stablehlo.dot_general %1002, %1008, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1010 = stablehlo.reshape %1009 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1011 = stablehlo.composite "mlxla.rms_norm" %1010, %arg220 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1012 = stablehlo.composite "mlxla.rope" %1011, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1013 = stablehlo.convert %arg218 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1014 = stablehlo.dot_general %1002, %1013, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1015 = stablehlo.reshape %1014 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1016 = stablehlo.convert %1012 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1017 = stablehlo.convert %1015 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1018 = stablehlo.slice %968 [14:15, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1019 = stablehlo.reshape %1018 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1020 = stablehlo.slice %973 [14:15, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1021 = stablehlo.reshape %1020 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1022 = stablehlo.composite "mlxla.window_attention" %1007, %1019, %1021, %1016, %1017, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1023 = stablehlo.constant dense<512> : tensor<i32>
    %1024 = stablehlo.divide %arg1, %1023 : tensor<i32>
    %1025 = stablehlo.multiply %1024, %1023 : tensor<i32>
    %1026 = stablehlo.subtract %arg1, %1025 : tensor<i32>
    %1027 = stablehlo.constant dense<14> : tensor<i32>
    %1028 = stablehlo.constant dense<0> : tensor<i32>
    %1029 = stablehlo.constant dense<0> : tensor<i32>
    %1030 = stablehlo.reshape %1016 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1031 = stablehlo.dynamic_update_slice %968, %1030, %1027, %1028, %1026, %1029, %1029 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1032 = stablehlo.constant dense<14> : tensor<i32>
    %1033 = stablehlo.constant dense<0> : tensor<i32>
    %1034 = stablehlo.constant dense<0> : tensor<i32>
    %1035 = stablehlo.reshape %1017 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1036 = stablehlo.dynamic_update_slice %973, %1035, %1032, %1033, %1026, %1034, %1034 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1037 = stablehlo.reshape %1022 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1038 = stablehlo.convert %arg221 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1039 = stablehlo.dot_general %1037, %1038, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1040 = stablehlo.composite "mlxla.rms_norm" %1039, %arg222 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1041 = stablehlo.add %1001, %1040 : tensor<1x1152xf32>
    %1042 = stablehlo.composite "mlxla.rms_norm" %1041, %arg223 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1043 = stablehlo.convert %arg225 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1044 = stablehlo.dot_general %1042, %1043, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1045 = stablehlo.multiply %1044, %1044 : tensor<1x6912xf32>
    %1046 = stablehlo.multiply %1045, %1044 : tensor<1x6912xf32>
    %1047 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1048 = stablehlo.multiply %1046, %1047 : tensor<1x6912xf32>
    %1049 = stablehlo.add %1044, %1048 : tensor<1x6912xf32>
    %1050 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1051 = stablehlo.multiply %1049, %1050 : tensor<1x6912xf32>
    %1052 = stablehlo.tanh %1051 : tensor<1x6912xf32>
    %1053 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1054 = stablehlo.add %1052, %1053 : tensor<1x6912xf32>
    %1055 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1056 = stablehlo.multiply %1044, %1055 : tensor<1x6912xf32>
    %1057 = stablehlo.multiply %1056, %1054 : tensor<1x6912xf32>
    %1058 = stablehlo.convert %arg226 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1059 = stablehlo.dot_general %1042, %1058, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1060 = stablehlo.multiply %1057, %1059 : tensor<1x6912xf32>
    %1061 = stablehlo.convert %arg227 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1062 = stablehlo.dot_general %1060, %1061, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1063 = stablehlo.composite "mlxla.rms_norm" %1062, %arg224 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1064 = stablehlo.add %1041, %1063 : tensor<1x1152xf32>
    %1065 = stablehlo.composite "mlxla.rms_norm" %1064, %arg228 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1066 = stablehlo.convert %arg229 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1067 = stablehlo.dot_general %1065, %1066, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1068 = stablehlo.reshape %1067 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1069 = stablehlo.composite "mlxla.rms_norm" %1068, %arg232 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1070 = stablehlo.composite "mlxla.rope" %1069, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_faf82dd9b5a53760} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1071 = stablehlo.convert %arg230 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1072 = stablehlo.dot_general %1065, %1071, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1073 = stablehlo.reshape %1072 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1074 = stablehlo.composite "mlxla.rms_norm" %1073, %arg233 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1075 = stablehlo.composite "mlxla.rope" %1074, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_faf82dd9b5a53760} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1076 = stablehlo.convert %arg231 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1077 = stablehlo.dot_general %1065, %1076, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1078 = stablehlo.reshape %1077 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1079 = stablehlo.convert %1075 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1080 = stablehlo.convert %1078 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1081 = stablehlo.constant dense<2> : tensor<i32>
    %1082 = stablehlo.constant dense<0> : tensor<i32>
    %1083 = stablehlo.constant dense<0> : tensor<i32>
    %1084 = stablehlo.reshape %1079 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1085 = stablehlo.dynamic_update_slice %714, %1084, %1081, %1083, %arg1, %1082, %1082 : (tensor<4x1x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %1086 = stablehlo.reshape %1080 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1087 = stablehlo.dynamic_update_slice %716, %1086, %1081, %1083, %arg1, %1082, %1082 : (tensor<4x1x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %1088 = stablehlo.slice %1085 [2:3, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1089 = stablehlo.reshape %1088 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1090 = stablehlo.slice %1087 [2:3, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1091 = stablehlo.reshape %1090 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1092 = stablehlo.composite "mlxla.attention" %1070, %1089, %1091, %0, %2 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1093 = stablehlo.reshape %1092 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1094 = stablehlo.convert %arg234 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1095 = stablehlo.dot_general %1093, %1094, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1096 = stablehlo.composite "mlxla.rms_norm" %1095, %arg235 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1097 = stablehlo.add %1064, %1096 : tensor<1x1152xf32>
    %1098 = stablehlo.composite "mlxla.rms_norm" %1097, %arg236 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1099 = stablehlo.convert %arg238 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1100 = stablehlo.dot_general %1098, %1099, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1101 = stablehlo.multiply %1100, %1100 : tensor<1x6912xf32>
    %1102 = stablehlo.multiply %1101, %1100 : tensor<1x6912xf32>
    %1103 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1104 = stablehlo.multiply %1102, %1103 : tensor<1x6912xf32>
    %1105 = stablehlo.add %1100, %1104 : tensor<1x6912xf32>
    %1106 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1107 = stablehlo.multiply %1105, %1106 : tensor<1x6912xf32>
    %1108 = stablehlo.tanh %1107 : tensor<1x6912xf32>
    %1109 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1110 = stablehlo.add %1108, %1109 : tensor<1x6912xf32>
    %1111 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1112 = stablehlo.multiply %1100, %1111 : tensor<1x6912xf32>
    %1113 = stablehlo.multiply %1112, %1110 : tensor<1x6912xf32>
    %1114 = stablehlo.convert %arg239 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1115 = stablehlo.dot_general %1098, %1114, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1116 = stablehlo.multiply %1113, %1115 : tensor<1x6912xf32>
    %1117 = stablehlo.convert %arg240 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1118 = stablehlo.dot_general %1116, %1117, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1119 = stablehlo.composite "mlxla.rms_norm" %1118, %arg237 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1120 = stablehlo.add %1097, %1119 : tensor<1x1152xf32>
    %1121 = stablehlo.composite "mlxla.rms_norm" %1120, %arg241 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1122 = stablehlo.convert %arg242 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1123 = stablehlo.dot_general %1121, %1122, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1124 = stablehlo.reshape %1123 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1125 = stablehlo.composite "mlxla.rms_norm" %1124, %arg245 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1126 = stablehlo.composite "mlxla.rope" %1125, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1127 = stablehlo.convert %arg243 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1128 = stablehlo.dot_general %1121, %1127, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1129 = stablehlo.reshape %1128 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1130 = stablehlo.composite "mlxla.rms_norm" %1129, %arg246 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1131 = stablehlo.composite "mlxla.rope" %1130, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1132 = stablehlo.convert %arg244 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1133 = stablehlo.dot_general %1121, %1132, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1134 = stablehlo.reshape %1133 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1135 = stablehlo.convert %1131 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1136 = stablehlo.convert %1134 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1137 = stablehlo.slice %1031 [15:16, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1138 = stablehlo.reshape %1137 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1139 = stablehlo.slice %1036 [15:16, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1140 = stablehlo.reshape %1139 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1141 = stablehlo.composite "mlxla.window_attention" %1126, %1138, %1140, %1135, %1136, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1142 = stablehlo.constant dense<512> : tensor<i32>
    %1143 = stablehlo.divide %arg1, %1142 : tensor<i32>
    %1144 = stablehlo.multiply %1143, %1142 : tensor<i32>
    %1145 = stablehlo.subtract %arg1, %1144 : tensor<i32>
    %1146 = stablehlo.constant dense<15> : tensor<i32>
    %1147 = stablehlo.constant dense<0> : tensor<i32>
    %1148 = stablehlo.constant dense<0> : tensor<i32>
    %1149 = stablehlo.reshape %1135 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1150 = stablehlo.dynamic_update_slice %1031, %1149, %1146, %1147, %1145, %1148, %1148 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1151 = stablehlo.constant dense<15> : tensor<i32>
    %1152 = stablehlo.constant dense<0> : tensor<i32>
    %1153 = stablehlo.constant dense<0> : tensor<i32>
    %1154 = stablehlo.reshape %1136 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1155 = stablehlo.dynamic_update_slice %1036, %1154, %1151, %1152, %1145, %1153, %1153 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1156 = stablehlo.reshape %1141 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1157 = stablehlo.convert %arg247 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1158 = stablehlo.dot_general %1156, %1157, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1159 = stablehlo.composite "mlxla.rms_norm" %1158, %arg248 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1160 = stablehlo.add %1120, %1159 : tensor<1x1152xf32>
    %1161 = stablehlo.composite "mlxla.rms_norm" %1160, %arg249 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1162 = stablehlo.convert %arg251 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1163 = stablehlo.dot_general %1161, %1162, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1164 = stablehlo.multiply %1163, %1163 : tensor<1x6912xf32>
    %1165 = stablehlo.multiply %1164, %1163 : tensor<1x6912xf32>
    %1166 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1167 = stablehlo.multiply %1165, %1166 : tensor<1x6912xf32>
    %1168 = stablehlo.add %1163, %1167 : tensor<1x6912xf32>
    %1169 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1170 = stablehlo.multiply %1168, %1169 : tensor<1x6912xf32>
    %1171 = stablehlo.tanh %1170 : tensor<1x6912xf32>
    %1172 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1173 = stablehlo.add %1171, %1172 : tensor<1x6912xf32>
    %1174 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1175 = stablehlo.multiply %1163, %1174 : tensor<1x6912xf32>
    %1176 = stablehlo.multiply %1175, %1173 : tensor<1x6912xf32>
    %1177 = stablehlo.convert %arg252 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1178 = stablehlo.dot_general %1161, %1177, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1179 = stablehlo.multiply %1176, %1178 : tensor<1x6912xf32>
    %1180 = stablehlo.convert %arg253 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1181 = stablehlo.dot_general %1179, %1180, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1182 = stablehlo.composite "mlxla.rms_norm" %1181, %arg250 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1183 = stablehlo.add %1160, %1182 : tensor<1x1152xf32>
    %1184 = stablehlo.composite "mlxla.rms_norm" %1183, %arg254 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1185 = stablehlo.convert %arg255 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1186 = stablehlo.dot_general %1184, %1185, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1187 = stablehlo.reshape %1186 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1188 = stablehlo.composite "mlxla.rms_norm" %1187, %arg258 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1189 = stablehlo.composite "mlxla.rope" %1188, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1190 = stablehlo.convert %arg256 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1191 = stablehlo.dot_general %1184, %1190, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1192 = stablehlo.reshape %1191 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1193 = stablehlo.composite "mlxla.rms_norm" %1192, %arg259 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1194 = stablehlo.composite "mlxla.rope" %1193, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1195 = stablehlo.convert %arg257 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1196 = stablehlo.dot_general %1184, %1195, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1197 = stablehlo.reshape %1196 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1198 = stablehlo.convert %1194 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1199 = stablehlo.convert %1197 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1200 = stablehlo.slice %1150 [16:17, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1201 = stablehlo.reshape %1200 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1202 = stablehlo.slice %1155 [16:17, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1203 = stablehlo.reshape %1202 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1204 = stablehlo.composite "mlxla.window_attention" %1189, %1201, %1203, %1198, %1199, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1205 = stablehlo.constant dense<512> : tensor<i32>
    %1206 = stablehlo.divide %arg1, %1205 : tensor<i32>
    %1207 = stablehlo.multiply %1206, %1205 : tensor<i32>
    %1208 = stablehlo.subtract %arg1, %1207 : tensor<i32>
    %1209 = stablehlo.constant dense<16> : tensor<i32>
    %1210 = stablehlo.constant dense<0> : tensor<i32>
    %1211 = stablehlo.constant dense<0> : tensor<i32>
    %1212 = stablehlo.reshape %1198 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1213 = stablehlo.dynamic_update_slice %1150, %1212, %1209, %1210, %1208, %1211, %1211 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1214 = stablehlo.constant dense<16> : tensor<i32>
    %1215 = stablehlo.constant dense<0> : tensor<i32>
    %1216 = stablehlo.constant dense<0> : tensor<i32>
    %1217 = stablehlo.reshape %1199 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1218 = stablehlo.dynamic_update_slice %1155, %1217, %1214, %1215, %1208, %1216, %1216 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1219 = stablehlo.reshape %1204 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1220 = stablehlo.convert %arg260 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1221 = stablehlo.dot_general %1219, %1220, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1222 = stablehlo.composite "mlxla.rms_norm" %1221, %arg261 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1223 = stablehlo.add %1183, %1222 : tensor<1x1152xf32>
    %1224 = stablehlo.composite "mlxla.rms_norm" %1223, %arg262 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1225 = stablehlo.convert %arg264 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1226 = stablehlo.dot_general %1224, %1225, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1227 = stablehlo.multiply %1226, %1226 : tensor<1x6912xf32>
    %1228 = stablehlo.multiply %1227, %1226 : tensor<1x6912xf32>
    %1229 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1230 = stablehlo.multiply %1228, %1229 : tensor<1x6912xf32>
    %1231 = stablehlo.add %1226, %1230 : tensor<1x6912xf32>
    %1232 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1233 = stablehlo.multiply %1231, %1232 : tensor<1x6912xf32>
    %1234 = stablehlo.tanh %1233 : tensor<1x6912xf32>
    %1235 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1236 = stablehlo.add %1234, %1235 : tensor<1x6912xf32>
    %1237 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1238 = stablehlo.multiply %1226, %1237 : tensor<1x6912xf32>
    %1239 = stablehlo.multiply %1238, %1236 : tensor<1x6912xf32>
    %1240 = stablehlo.convert %arg265 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1241 = stablehlo.dot_general %1224, %1240, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1242 = stablehlo.multiply %1239, %1241 : tensor<1x6912xf32>
    %1243 = stablehlo.convert %arg266 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1244 = stablehlo.dot_general %1242, %1243, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1245 = stablehlo.composite "mlxla.rms_norm" %1244, %arg263 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1246 = stablehlo.add %1223, %1245 : tensor<1x1152xf32>
    %1247 = stablehlo.composite "mlxla.rms_norm" %1246, %arg267 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1248 = stablehlo.convert %arg268 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1249 = stablehlo.dot_general %1247, %1248, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1250 = stablehlo.reshape %1249 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1251 = stablehlo.composite "mlxla.rms_norm" %1250, %arg271 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1252 = stablehlo.composite "mlxla.rope" %1251, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1253 = stablehlo.convert %arg269 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1254 = stablehlo.dot_general %1247, %1253, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1255 = stablehlo.reshape %1254 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1256 = stablehlo.composite "mlxla.rms_norm" %1255, %arg272 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1257 = stablehlo.composite "mlxla.rope" %1256, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1258 = stablehlo.convert %arg270 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1259 = stablehlo.dot_general %1247, %1258, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1260 = stablehlo.reshape %1259 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1261 = stablehlo.convert %1257 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1262 = stablehlo.convert %1260 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1263 = stablehlo.slice %1213 [17:18, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1264 = stablehlo.reshape %1263 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1265 = stablehlo.slice %1218 [17:18, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1266 = stablehlo.reshape %1265 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1267 = stablehlo.composite "mlxla.window_attention" %1252, %1264, %1266, %1261, %1262, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1268 = stablehlo.constant dense<512> : tensor<i32>
    %1269 = stablehlo.divide %arg1, %1268 : tensor<i32>
    %1270 = stablehlo.multiply %1269, %1268 : tensor<i32>
    %1271 = stablehlo.subtract %arg1, %1270 : tensor<i32>
    %1272 = stablehlo.constant dense<17> : tensor<i32>
    %1273 = stablehlo.constant dense<0> : tensor<i32>
    %1274 = stablehlo.constant dense<0> : tensor<i32>
    %1275 = stablehlo.reshape %1261 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1276 = stablehlo.dynamic_update_slice %1213, %1275, %1272, %1273, %1271, %1274, %1274 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1277 = stablehlo.constant dense<17> : tensor<i32>
    %1278 = stablehlo.constant dense<0> : tensor<i32>
    %1279 = stablehlo.constant dense<0> : tensor<i32>
    %1280 = stablehlo.reshape %1262 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1281 = stablehlo.dynamic_update_slice %1218, %1280, %1277, %1278, %1271, %1279, %1279 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1282 = stablehlo.reshape %1267 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1283 = stablehlo.convert %arg273 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1284 = stablehlo.dot_general %1282, %1283, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1285 = stablehlo.composite "mlxla.rms_norm" %1284, %arg274 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1286 = stablehlo.add %1246, %1285 : tensor<1x1152xf32>
    %1287 = stablehlo.composite "mlxla.rms_norm" %1286, %arg275 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1288 = stablehlo.convert %arg277 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1289 = stablehlo.dot_general %1287, %1288, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1290 = stablehlo.multiply %1289, %1289 : tensor<1x6912xf32>
    %1291 = stablehlo.multiply %1290, %1289 : tensor<1x6912xf32>
    %1292 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1293 = stablehlo.multiply %1291, %1292 : tensor<1x6912xf32>
    %1294 = stablehlo.add %1289, %1293 : tensor<1x6912xf32>
    %1295 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1296 = stablehlo.multiply %1294, %1295 : tensor<1x6912xf32>
    %1297 = stablehlo.tanh %1296 : tensor<1x6912xf32>
    %1298 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1299 = stablehlo.add %1297, %1298 : tensor<1x6912xf32>
    %1300 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1301 = stablehlo.multiply %1289, %1300 : tensor<1x6912xf32>
    %1302 = stablehlo.multiply %1301, %1299 : tensor<1x6912xf32>
    %1303 = stablehlo.convert %arg278 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1304 = stablehlo.dot_general %1287, %1303, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1305 = stablehlo.multiply %1302, %1304 : tensor<1x6912xf32>
    %1306 = stablehlo.convert %arg279 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1307 = stablehlo.dot_general %1305, %1306, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1308 = stablehlo.composite "mlxla.rms_norm" %1307, %arg276 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1309 = stablehlo.add %1286, %1308 : tensor<1x1152xf32>
    %1310 = stablehlo.composite "mlxla.rms_norm" %1309, %arg280 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1311 = stablehlo.convert %arg281 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1312 = stablehlo.dot_general %1310, %1311, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1313 = stablehlo.reshape %1312 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1314 = stablehlo.composite "mlxla.rms_norm" %1313, %arg284 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1315 = stablehlo.composite "mlxla.rope" %1314, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1316 = stablehlo.convert %arg282 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1317 = stablehlo.dot_general %1310, %1316, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1318 = stablehlo.reshape %1317 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1319 = stablehlo.composite "mlxla.rms_norm" %1318, %arg285 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1320 = stablehlo.composite "mlxla.rope" %1319, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1321 = stablehlo.convert %arg283 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1322 = stablehlo.dot_general %1310, %1321, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1323 = stablehlo.reshape %1322 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1324 = stablehlo.convert %1320 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1325 = stablehlo.convert %1323 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1326 = stablehlo.slice %1276 [18:19, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1327 = stablehlo.reshape %1326 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1328 = stablehlo.slice %1281 [18:19, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1329 = stablehlo.reshape %1328 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1330 = stablehlo.composite "mlxla.window_attention" %1315, %1327, %1329, %1324, %1325, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1331 = stablehlo.constant dense<512> : tensor<i32>
    %1332 = stablehlo.divide %arg1, %1331 : tensor<i32>
    %1333 = stablehlo.multiply %1332, %1331 : tensor<i32>
    %1334 = stablehlo.subtract %arg1, %1333 : tensor<i32>
    %1335 = stablehlo.constant dense<18> : tensor<i32>
    %1336 = stablehlo.constant dense<0> : tensor<i32>
    %1337 = stablehlo.constant dense<0> : tensor<i32>
    %1338 = stablehlo.reshape %1324 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1339 = stablehlo.dynamic_update_slice %1276, %1338, %1335, %1336, %1334, %1337, %1337 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1340 = stablehlo.constant dense<18> : tensor<i32>
    %1341 = stablehlo.constant dense<0> : tensor<i32>
    %1342 = stablehlo.constant dense<0> : tensor<i32>
    %1343 = stablehlo.reshape %1325 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1344 = stablehlo.dynamic_update_slice %1281, %1343, %1340, %1341, %1334, %1342, %1342 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1345 = stablehlo.reshape %1330 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1346 = stablehlo.convert %arg286 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1347 = stablehlo.dot_general %1345, %1346, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1348 = stablehlo.composite "mlxla.rms_norm" %1347, %arg287 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1349 = stablehlo.add %1309, %1348 : tensor<1x1152xf32>
    %1350 = stablehlo.composite "mlxla.rms_norm" %1349, %arg288 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1351 = stablehlo.convert %arg290 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1352 = stablehlo.dot_general %1350, %1351, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1353 = stablehlo.multiply %1352, %1352 : tensor<1x6912xf32>
    %1354 = stablehlo.multiply %1353, %1352 : tensor<1x6912xf32>
    %1355 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1356 = stablehlo.multiply %1354, %1355 : tensor<1x6912xf32>
    %1357 = stablehlo.add %1352, %1356 : tensor<1x6912xf32>
    %1358 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1359 = stablehlo.multiply %1357, %1358 : tensor<1x6912xf32>
    %1360 = stablehlo.tanh %1359 : tensor<1x6912xf32>
    %1361 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1362 = stablehlo.add %1360, %1361 : tensor<1x6912xf32>
    %1363 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1364 = stablehlo.multiply %1352, %1363 : tensor<1x6912xf32>
    %1365 = stablehlo.multiply %1364, %1362 : tensor<1x6912xf32>
    %1366 = stablehlo.convert %arg291 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1367 = stablehlo.dot_general %1350, %1366, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1368 = stablehlo.multiply %1365, %1367 : tensor<1x6912xf32>
    %1369 = stablehlo.convert %arg292 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1370 = stablehlo.dot_general %1368, %1369, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1371 = stablehlo.composite "mlxla.rms_norm" %1370, %arg289 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1372 = stablehlo.add %1349, %1371 : tensor<1x1152xf32>
    %1373 = stablehlo.composite "mlxla.rms_norm" %1372, %arg293 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1374 = stablehlo.convert %arg294 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1375 = stablehlo.dot_general %1373, %1374, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1376 = stablehlo.reshape %1375 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1377 = stablehlo.composite "mlxla.rms_norm" %1376, %arg297 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1378 = stablehlo.composite "mlxla.rope" %1377, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1379 = stablehlo.convert %arg295 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1380 = stablehlo.dot_general %1373, %1379, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1381 = stablehlo.reshape %1380 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1382 = stablehlo.composite "mlxla.rms_norm" %1381, %arg298 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1383 = stablehlo.composite "mlxla.rope" %1382, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1384 = stablehlo.convert %arg296 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1385 = stablehlo.dot_general %1373, %1384, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1386 = stablehlo.reshape %1385 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1387 = stablehlo.convert %1383 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1388 = stablehlo.convert %1386 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1389 = stablehlo.slice %1339 [19:20, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1390 = stablehlo.reshape %1389 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1391 = stablehlo.slice %1344 [19:20, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1392 = stablehlo.reshape %1391 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1393 = stablehlo.composite "mlxla.window_attention" %1378, %1390, %1392, %1387, %1388, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1394 = stablehlo.constant dense<512> : tensor<i32>
    %1395 = stablehlo.divide %arg1, %1394 : tensor<i32>
    %1396 = stablehlo.multiply %1395, %1394 : tensor<i32>
    %1397 = stablehlo.subtract %arg1, %1396 : tensor<i32>
    %1398 = stablehlo.constant dense<19> : tensor<i32>
    %1399 = stablehlo.constant dense<0> : tensor<i32>
    %1400 = stablehlo.constant dense<0> : tensor<i32>
    %1401 = stablehlo.reshape %1387 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1402 = stablehlo.dynamic_update_slice %1339, %1401, %1398, %1399, %1397, %1400, %1400 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1403 = stablehlo.constant dense<19> : tensor<i32>
    %1404 = stablehlo.constant dense<0> : tensor<i32>
    %1405 = stablehlo.constant dense<0> : tensor<i32>
    %1406 = stablehlo.reshape %1388 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1407 = stablehlo.dynamic_update_slice %1344, %1406, %1403, %1404, %1397, %1405, %1405 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1408 = stablehlo.reshape %1393 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1409 = stablehlo.convert %arg299 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1410 = stablehlo.dot_general %1408, %1409, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1411 = stablehlo.composite "mlxla.rms_norm" %1410, %arg300 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1412 = stablehlo.add %1372, %1411 : tensor<1x1152xf32>
    %1413 = stablehlo.composite "mlxla.rms_norm" %1412, %arg301 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1414 = stablehlo.convert %arg303 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1415 = stablehlo.dot_general %1413, %1414, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1416 = stablehlo.multiply %1415, %1415 : tensor<1x6912xf32>
    %1417 = stablehlo.multiply %1416, %1415 : tensor<1x6912xf32>
    %1418 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1419 = stablehlo.multiply %1417, %1418 : tensor<1x6912xf32>
    %1420 = stablehlo.add %1415, %1419 : tensor<1x6912xf32>
    %1421 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1422 = stablehlo.multiply %1420, %1421 : tensor<1x6912xf32>
    %1423 = stablehlo.tanh %1422 : tensor<1x6912xf32>
    %1424 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1425 = stablehlo.add %1423, %1424 : tensor<1x6912xf32>
    %1426 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1427 = stablehlo.multiply %1415, %1426 : tensor<1x6912xf32>
    %1428 = stablehlo.multiply %1427, %1425 : tensor<1x6912xf32>
    %1429 = stablehlo.convert %arg304 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1430 = stablehlo.dot_general %1413, %1429, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1431 = stablehlo.multiply %1428, %1430 : tensor<1x6912xf32>
    %1432 = stablehlo.convert %arg305 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1433 = stablehlo.dot_general %1431, %1432, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1434 = stablehlo.composite "mlxla.rms_norm" %1433, %arg302 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1435 = stablehlo.add %1412, %1434 : tensor<1x1152xf32>
    %1436 = stablehlo.composite "mlxla.rms_norm" %1435, %arg306 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1437 = stablehlo.convert %arg307 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1438 = stablehlo.dot_general %1436, %1437, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1439 = stablehlo.reshape %1438 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1440 = stablehlo.composite "mlxla.rms_norm" %1439, %arg310 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1441 = stablehlo.composite "mlxla.rope" %1440, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_faf82dd9b5a53760} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1442 = stablehlo.convert %arg308 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1443 = stablehlo.dot_general %1436, %1442, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1444 = stablehlo.reshape %1443 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1445 = stablehlo.composite "mlxla.rms_norm" %1444, %arg311 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1446 = stablehlo.composite "mlxla.rope" %1445, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_faf82dd9b5a53760} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1447 = stablehlo.convert %arg309 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1448 = stablehlo.dot_general %1436, %1447, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1449 = stablehlo.reshape %1448 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1450 = stablehlo.convert %1446 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1451 = stablehlo.convert %1449 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1452 = stablehlo.constant dense<3> : tensor<i32>
    %1453 = stablehlo.constant dense<0> : tensor<i32>
    %1454 = stablehlo.constant dense<0> : tensor<i32>
    %1455 = stablehlo.reshape %1450 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1456 = stablehlo.dynamic_update_slice %1085, %1455, %1452, %1454, %arg1, %1453, %1453 : (tensor<4x1x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %1457 = stablehlo.reshape %1451 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1458 = stablehlo.dynamic_update_slice %1087, %1457, %1452, %1454, %arg1, %1453, %1453 : (tensor<4x1x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %1459 = stablehlo.slice %1456 [3:4, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1460 = stablehlo.reshape %1459 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1461 = stablehlo.slice %1458 [3:4, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1462 = stablehlo.reshape %1461 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1463 = stablehlo.composite "mlxla.attention" %1441, %1460, %1462, %0, %2 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1464 = stablehlo.reshape %1463 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1465 = stablehlo.convert %arg312 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1466 = stablehlo.dot_general %1464, %1465, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1467 = stablehlo.composite "mlxla.rms_norm" %1466, %arg313 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1468 = stablehlo.add %1435, %1467 : tensor<1x1152xf32>
    %1469 = stablehlo.composite "mlxla.rms_norm" %1468, %arg314 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1470 = stablehlo.convert %arg316 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1471 = stablehlo.dot_general %1469, %1470, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1472 = stablehlo.multiply %1471, %1471 : tensor<1x6912xf32>
    %1473 = stablehlo.multiply %1472, %1471 : tensor<1x6912xf32>
    %1474 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1475 = stablehlo.multiply %1473, %1474 : tensor<1x6912xf32>
    %1476 = stablehlo.add %1471, %1475 : tensor<1x6912xf32>
    %1477 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1478 = stablehlo.multiply %1476, %1477 : tensor<1x6912xf32>
    %1479 = stablehlo.tanh %1478 : tensor<1x6912xf32>
    %1480 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1481 = stablehlo.add %1479, %1480 : tensor<1x6912xf32>
    %1482 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1483 = stablehlo.multiply %1471, %1482 : tensor<1x6912xf32>
    %1484 = stablehlo.multiply %1483, %1481 : tensor<1x6912xf32>
    %1485 = stablehlo.convert %arg317 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1486 = stablehlo.dot_general %1469, %1485, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1487 = stablehlo.multiply %1484, %1486 : tensor<1x6912xf32>
    %1488 = stablehlo.convert %arg318 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1489 = stablehlo.dot_general %1487, %1488, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1490 = stablehlo.composite "mlxla.rms_norm" %1489, %arg315 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1491 = stablehlo.add %1468, %1490 : tensor<1x1152xf32>
    %1492 = stablehlo.composite "mlxla.rms_norm" %1491, %arg319 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1493 = stablehlo.convert %arg320 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1494 = stablehlo.dot_general %1492, %1493, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1495 = stablehlo.reshape %1494 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1496 = stablehlo.composite "mlxla.rms_norm" %1495, %arg323 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1497 = stablehlo.composite "mlxla.rope" %1496, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1498 = stablehlo.convert %arg321 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1499 = stablehlo.dot_general %1492, %1498, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1500 = stablehlo.reshape %1499 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1501 = stablehlo.composite "mlxla.rms_norm" %1500, %arg324 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1502 = stablehlo.composite "mlxla.rope" %1501, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1503 = stablehlo.convert %arg322 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1504 = stablehlo.dot_general %1492, %1503, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1505 = stablehlo.reshape %1504 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1506 = stablehlo.convert %1502 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1507 = stablehlo.convert %1505 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1508 = stablehlo.slice %1402 [20:21, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1509 = stablehlo.reshape %1508 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1510 = stablehlo.slice %1407 [20:21, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1511 = stablehlo.reshape %1510 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1512 = stablehlo.composite "mlxla.window_attention" %1497, %1509, %1511, %1506, %1507, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1513 = stablehlo.constant dense<512> : tensor<i32>
    %1514 = stablehlo.divide %arg1, %1513 : tensor<i32>
    %1515 = stablehlo.multiply %1514, %1513 : tensor<i32>
    %1516 = stablehlo.subtract %arg1, %1515 : tensor<i32>
    %1517 = stablehlo.constant dense<20> : tensor<i32>
    %1518 = stablehlo.constant dense<0> : tensor<i32>
    %1519 = stablehlo.constant dense<0> : tensor<i32>
    %1520 = stablehlo.reshape %1506 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1521 = stablehlo.dynamic_update_slice %1402, %1520, %1517, %1518, %1516, %1519, %1519 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1522 = stablehlo.constant dense<20> : tensor<i32>
    %1523 = stablehlo.constant dense<0> : tensor<i32>
    %1524 = stablehlo.constant dense<0> : tensor<i32>
    %1525 = stablehlo.reshape %1507 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1526 = stablehlo.dynamic_update_slice %1407, %1525, %1522, %1523, %1516, %1524, %1524 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1527 = stablehlo.reshape %1512 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1528 = stablehlo.convert %arg325 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1529 = stablehlo.dot_general %1527, %1528, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1530 = stablehlo.composite "mlxla.rms_norm" %1529, %arg326 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1531 = stablehlo.add %1491, %1530 : tensor<1x1152xf32>
    %1532 = stablehlo.composite "mlxla.rms_norm" %1531, %arg327 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1533 = stablehlo.convert %arg329 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1534 = stablehlo.dot_general %1532, %1533, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1535 = stablehlo.multiply %1534, %1534 : tensor<1x6912xf32>
    %1536 = stablehlo.multiply %1535, %1534 : tensor<1x6912xf32>
    %1537 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1538 = stablehlo.multiply %1536, %1537 : tensor<1x6912xf32>
    %1539 = stablehlo.add %1534, %1538 : tensor<1x6912xf32>
    %1540 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1541 = stablehlo.multiply %1539, %1540 : tensor<1x6912xf32>
    %1542 = stablehlo.tanh %1541 : tensor<1x6912xf32>
    %1543 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1544 = stablehlo.add %1542, %1543 : tensor<1x6912xf32>
    %1545 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1546 = stablehlo.multiply %1534, %1545 : tensor<1x6912xf32>
    %1547 = stablehlo.multiply %1546, %1544 : tensor<1x6912xf32>
    %1548 = stablehlo.convert %arg330 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1549 = stablehlo.dot_general %1532, %1548, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1550 = stablehlo.multiply %1547, %1549 : tensor<1x6912xf32>
    %1551 = stablehlo.convert %arg331 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1552 = stablehlo.dot_general %1550, %1551, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1553 = stablehlo.composite "mlxla.rms_norm" %1552, %arg328 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1554 = stablehlo.add %1531, %1553 : tensor<1x1152xf32>
    %1555 = stablehlo.composite "mlxla.rms_norm" %1554, %arg332 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1556 = stablehlo.convert %arg333 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1557 = stablehlo.dot_general %1555, %1556, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1558 = stablehlo.reshape %1557 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1559 = stablehlo.composite "mlxla.rms_norm" %1558, %arg336 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1560 = stablehlo.composite "mlxla.rope" %1559, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1561 = stablehlo.convert %arg334 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1562 = stablehlo.dot_general %1555, %1561, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1563 = stablehlo.reshape %1562 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1564 = stablehlo.composite "mlxla.rms_norm" %1563, %arg337 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1565 = stablehlo.composite "mlxla.rope" %1564, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1566 = stablehlo.convert %arg335 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1567 = stablehlo.dot_general %1555, %1566, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1568 = stablehlo.reshape %1567 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1569 = stablehlo.convert %1565 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1570 = stablehlo.convert %1568 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1571 = stablehlo.slice %1521 [21:22, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1572 = stablehlo.reshape %1571 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1573 = stablehlo.slice %1526 [21:22, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1574 = stablehlo.reshape %1573 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1575 = stablehlo.composite "mlxla.window_attention" %1560, %1572, %1574, %1569, %1570, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1576 = stablehlo.constant dense<512> : tensor<i32>
    %1577 = stablehlo.divide %arg1, %1576 : tensor<i32>
    %1578 = stablehlo.multiply %1577, %1576 : tensor<i32>
    %1579 = stablehlo.subtract %arg1, %1578 : tensor<i32>
    %1580 = stablehlo.constant dense<21> : tensor<i32>
    %1581 = stablehlo.constant dense<0> : tensor<i32>
    %1582 = stablehlo.constant dense<0> : tensor<i32>
    %1583 = stablehlo.reshape %1569 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1584 = stablehlo.dynamic_update_slice %1521, %1583, %1580, %1581, %1579, %1582, %1582 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1585 = stablehlo.constant dense<21> : tensor<i32>
    %1586 = stablehlo.constant dense<0> : tensor<i32>
    %1587 = stablehlo.constant dense<0> : tensor<i32>
    %1588 = stablehlo.reshape %1570 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1589 = stablehlo.dynamic_update_slice %1526, %1588, %1585, %1586, %1579, %1587, %1587 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1590 = stablehlo.reshape %1575 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1591 = stablehlo.convert %arg338 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1592 = stablehlo.dot_general %1590, %1591, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1593 = stablehlo.composite "mlxla.rms_norm" %1592, %arg339 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1594 = stablehlo.add %1554, %1593 : tensor<1x1152xf32>
    %1595 = stablehlo.composite "mlxla.rms_norm" %1594, %arg340 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1596 = stablehlo.convert %arg342 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1597 = stablehlo.dot_general %1595, %1596, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1598 = stablehlo.multiply %1597, %1597 : tensor<1x6912xf32>
    %1599 = stablehlo.multiply %1598, %1597 : tensor<1x6912xf32>
    %1600 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1601 = stablehlo.multiply %1599, %1600 : tensor<1x6912xf32>
    %1602 = stablehlo.add %1597, %1601 : tensor<1x6912xf32>
    %1603 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1604 = stablehlo.multiply %1602, %1603 : tensor<1x6912xf32>
    %1605 = stablehlo.tanh %1604 : tensor<1x6912xf32>
    %1606 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1607 = stablehlo.add %1605, %1606 : tensor<1x6912xf32>
    %1608 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1609 = stablehlo.multiply %1597, %1608 : tensor<1x6912xf32>
    %1610 = stablehlo.multiply %1609, %1607 : tensor<1x6912xf32>
    %1611 = stablehlo.convert %arg343 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1612 = stablehlo.dot_general %1595, %1611, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1613 = stablehlo.multiply %1610, %1612 : tensor<1x6912xf32>
    %1614 = stablehlo.convert %arg344 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1615 = stablehlo.dot_general %1613, %1614, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1616 = stablehlo.composite "mlxla.rms_norm" %1615, %arg341 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1617 = stablehlo.add %1594, %1616 : tensor<1x1152xf32>
    %1618 = stablehlo.composite "mlxla.rms_norm" %1617, %arg345 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1619 = stablehlo.convert %arg6 : (tensor<262144x1152xbf16>) -> tensor<262144x1152xf32>
    %1620 = stablehlo.dot_general %1618, %1619, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<262144x1152xf32>) -> tensor<1x262144xf32>
    %1621 = stablehlo.composite "mlxla.argmax" %1620 {decomposition = @mlxla_argmax_1x262144xf32_cbf29ce484222325} : (tensor<1x262144xf32>) -> tensor<1xi32>
    return %1621, %1456, %1458, %1584, %1589 : tensor<1xi32>, tensor<4x1x640x1x256xf16>, tensor<4x1x640x1x256xf16>, tensor<22x1x512x1x256xf16>, tensor<22x1x512x1x256xf16>
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
  func.func private @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064(%arg0: tensor<1x4x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<256xf32> {mlxla.name = "arg1"}) -> (tensor<1x4x256xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<1x4x256xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [2] : (tensor<1x4x256xf32>, tensor<f32>) -> tensor<1x4xf32>
    %3 = stablehlo.constant dense<256.0> : tensor<1x4xf32>
    %4 = stablehlo.divide %2, %3 : tensor<1x4xf32>
    %5 = stablehlo.constant dense<1.0e-06> : tensor<1x4xf32>
    %6 = stablehlo.add %4, %5 : tensor<1x4xf32>
    %7 = stablehlo.rsqrt %6 : tensor<1x4xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<1x4x256xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<1x4x256xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [2] : (tensor<256xf32>) -> tensor<1x4x256xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<1x4x256xf32>
    return %11 : tensor<1x4x256xf32>
  }
  func.func private @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74(%arg0: tensor<1x4x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x4x256xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf32>) -> tensor<1x128xf32>
    %2 = stablehlo.constant dense<[1.0, 0.93057203, 0.86596435, 0.80584216, 0.7498942, 0.69783056, 0.64938164, 0.6042964, 0.56234133, 0.5232991, 0.48696753, 0.45315838, 0.4216965, 0.39241898, 0.3651741, 0.33982083, 0.31622776, 0.29427272, 0.27384198, 0.25482967, 0.23713738, 0.22067341, 0.2053525, 0.1910953, 0.17782794, 0.16548172, 0.15399265, 0.14330126, 0.13335215, 0.12409378, 0.115478195, 0.10746078, 0.1, 0.09305721, 0.08659643, 0.08058422, 0.07498942, 0.06978306, 0.064938165, 0.06042964, 0.056234132, 0.052329913, 0.048696753, 0.045315836, 0.04216965, 0.0392419, 0.03651741, 0.033982083, 0.031622775, 0.029427271, 0.027384195, 0.025482967, 0.023713738, 0.02206734, 0.020535251, 0.01910953, 0.017782794, 0.016548172, 0.015399265, 0.014330125, 0.013335214, 0.012409378, 0.01154782, 0.010746079, 0.01, 0.00930572, 0.008659643, 0.008058422, 0.0074989423, 0.006978306, 0.006493816, 0.006042964, 0.0056234132, 0.005232991, 0.0048696753, 0.0045315837, 0.004216965, 0.0039241896, 0.0036517412, 0.0033982084, 0.0031622776, 0.0029427272, 0.0027384197, 0.0025482967, 0.0023713738, 0.0022067341, 0.002053525, 0.001910953, 0.0017782794, 0.0016548171, 0.0015399265, 0.0014330125, 0.0013335214, 0.0012409377, 0.001154782, 0.0010746078, 0.001, 0.00093057205, 0.00086596434, 0.00080584217, 0.0007498942, 0.0006978306, 0.0006493816, 0.0006042964, 0.0005623413, 0.0005232991, 0.00048696753, 0.00045315837, 0.00042169652, 0.00039241897, 0.0003651741, 0.00033982084, 0.00031622776, 0.00029427273, 0.00027384196, 0.00025482968, 0.00023713737, 0.0002206734, 0.00020535251, 0.0001910953, 0.00017782794, 0.00016548172, 0.00015399266, 0.00014330125, 0.00013335215, 0.00012409377, 0.0001154782, 0.000107460786]> : tensor<128xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<1x128xf32>
    %5 = stablehlo.cosine %4 : tensor<1x128xf32>
    %6 = stablehlo.sine %4 : tensor<1x128xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x128xf32>, tensor<1x128xf32>) -> tensor<1x256xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x128xf32>, tensor<1x128xf32>) -> tensor<1x256xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x256xf32>) -> tensor<1x4x256xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<1x256xf32>) -> tensor<1x4x256xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:4, 0:128] : (tensor<1x4x256xf32>) -> tensor<1x4x128xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:4, 128:256] : (tensor<1x4x256xf32>) -> tensor<1x4x128xf32>
    %13 = stablehlo.negate %12 : tensor<1x4x128xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x256xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<1x4x256xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<1x4x256xf32>
    %17 = stablehlo.add %15, %16 : tensor<1x4x256xf32>
    return %17 : tensor<1x4x256xf32>
  }
  func.func private @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064(%arg0: tensor<1x1x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<256xf32> {mlxla.name = "arg1"}) -> (tensor<1x1x256xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<1x1x256xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [2] : (tensor<1x1x256xf32>, tensor<f32>) -> tensor<1x1xf32>
    %3 = stablehlo.constant dense<256.0> : tensor<1x1xf32>
    %4 = stablehlo.divide %2, %3 : tensor<1x1xf32>
    %5 = stablehlo.constant dense<1.0e-06> : tensor<1x1xf32>
    %6 = stablehlo.add %4, %5 : tensor<1x1xf32>
    %7 = stablehlo.rsqrt %6 : tensor<1x1xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x256xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<1x1x256xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<1x1x256xf32>
    return %11 : tensor<1x1x256xf32>
  }
  func.func private @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74(%arg0: tensor<1x1x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x1x256xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf32>) -> tensor<1x128xf32>
    %2 = stablehlo.constant dense<[1.0, 0.93057203, 0.86596435, 0.80584216, 0.7498942, 0.69783056, 0.64938164, 0.6042964, 0.56234133, 0.5232991, 0.48696753, 0.45315838, 0.4216965, 0.39241898, 0.3651741, 0.33982083, 0.31622776, 0.29427272, 0.27384198, 0.25482967, 0.23713738, 0.22067341, 0.2053525, 0.1910953, 0.17782794, 0.16548172, 0.15399265, 0.14330126, 0.13335215, 0.12409378, 0.115478195, 0.10746078, 0.1, 0.09305721, 0.08659643, 0.08058422, 0.07498942, 0.06978306, 0.064938165, 0.06042964, 0.056234132, 0.052329913, 0.048696753, 0.045315836, 0.04216965, 0.0392419, 0.03651741, 0.033982083, 0.031622775, 0.029427271, 0.027384195, 0.025482967, 0.023713738, 0.02206734, 0.020535251, 0.01910953, 0.017782794, 0.016548172, 0.015399265, 0.014330125, 0.013335214, 0.012409378, 0.01154782, 0.010746079, 0.01, 0.00930572, 0.008659643, 0.008058422, 0.0074989423, 0.006978306, 0.006493816, 0.006042964, 0.0056234132, 0.005232991, 0.0048696753, 0.0045315837, 0.004216965, 0.0039241896, 0.0036517412, 0.0033982084, 0.0031622776, 0.0029427272, 0.0027384197, 0.0025482967, 0.0023713738, 0.0022067341, 0.002053525, 0.001910953, 0.0017782794, 0.0016548171, 0.0015399265, 0.0014330125, 0.0013335214, 0.0012409377, 0.001154782, 0.0010746078, 0.001, 0.00093057205, 0.00086596434, 0.00080584217, 0.0007498942, 0.0006978306, 0.0006493816, 0.0006042964, 0.0005623413, 0.0005232991, 0.00048696753, 0.00045315837, 0.00042169652, 0.00039241897, 0.0003651741, 0.00033982084, 0.00031622776, 0.00029427273, 0.00027384196, 0.00025482968, 0.00023713737, 0.0002206734, 0.00020535251, 0.0001910953, 0.00017782794, 0.00016548172, 0.00015399266, 0.00014330125, 0.00013335215, 0.00012409377, 0.0001154782, 0.000107460786]> : tensor<128xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<1x128xf32>
    %5 = stablehlo.cosine %4 : tensor<1x128xf32>
    %6 = stablehlo.sine %4 : tensor<1x128xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x128xf32>, tensor<1x128xf32>) -> tensor<1x256xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x128xf32>, tensor<1x128xf32>) -> tensor<1x256xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:1, 0:128] : (tensor<1x1x256xf32>) -> tensor<1x1x128xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:1, 128:256] : (tensor<1x1x256xf32>) -> tensor<1x1x128xf32>
    %13 = stablehlo.negate %12 : tensor<1x1x128xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x256xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<1x1x256xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<1x1x256xf32>
    %17 = stablehlo.add %15, %16 : tensor<1x1x256xf32>
    return %17 : tensor<1x1x256xf32>
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
  func.func private @mlxla_rope_1x4x256xf32_1xi32_faf82dd9b5a53760(%arg0: tensor<1x4x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x4x256xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf32>) -> tensor<1x128xf32>
    %2 = stablehlo.constant dense<[1.0, 0.89768714, 0.80584216, 0.72339416, 0.64938164, 0.58294153, 0.5232991, 0.46975887, 0.4216965, 0.3785515, 0.33982083, 0.3050528, 0.27384198, 0.24582441, 0.22067341, 0.19809568, 0.17782794, 0.15963386, 0.14330126, 0.1286397, 0.115478195, 0.103663296, 0.09305721, 0.08353625, 0.07498942, 0.06731704, 0.06042964, 0.05424691, 0.048696753, 0.04371445, 0.0392419, 0.035226945, 0.031622775, 0.02838736, 0.025482967, 0.022875732, 0.020535251, 0.01843423, 0.016548172, 0.01485508, 0.013335214, 0.011970851, 0.010746079, 0.009646616, 0.008659643, 0.0077736503, 0.006978306, 0.0062643355, 0.0056234132, 0.005048066, 0.0045315837, 0.0040679444, 0.0036517412, 0.0032781211, 0.0029427272, 0.0026416483, 0.0023713738, 0.0021287517, 0.001910953, 0.0017154379, 0.0015399265, 0.0013823722, 0.0012409377, 0.0011139739, 0.001, 0.00089768716, 0.00080584217, 0.00072339416, 0.0006493816, 0.0005829415, 0.0005232991, 0.00046975887, 0.00042169652, 0.00037855151, 0.00033982084, 0.0003050528, 0.00027384196, 0.0002458244, 0.0002206734, 0.00019809567, 0.00017782794, 0.00015963386, 0.00014330125, 0.00012863969, 0.0001154782, 0.00010366329, 9.3057206e-05, 8.353625e-05, 7.4989424e-05, 6.7317036e-05, 6.042964e-05, 5.424691e-05, 4.869675e-05, 4.3714448e-05, 3.92419e-05, 3.5226945e-05, 3.1622778e-05, 2.838736e-05, 2.5482968e-05, 2.2875733e-05, 2.053525e-05, 1.843423e-05, 1.654817e-05, 1.485508e-05, 1.3335214e-05, 1.197085e-05, 1.0746078e-05, 9.6466165e-06, 8.659643e-06, 7.77365e-06, 6.978306e-06, 6.2643353e-06, 5.6234135e-06, 5.0480658e-06, 4.5315837e-06, 4.0679442e-06, 3.6517413e-06, 3.278121e-06, 2.9427272e-06, 2.6416483e-06, 2.3713737e-06, 2.1287517e-06, 1.910953e-06, 1.7154379e-06, 1.5399265e-06, 1.3823723e-06, 1.2409378e-06, 1.1139739e-06]> : tensor<128xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<1x128xf32>
    %5 = stablehlo.cosine %4 : tensor<1x128xf32>
    %6 = stablehlo.sine %4 : tensor<1x128xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x128xf32>, tensor<1x128xf32>) -> tensor<1x256xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x128xf32>, tensor<1x128xf32>) -> tensor<1x256xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x256xf32>) -> tensor<1x4x256xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<1x256xf32>) -> tensor<1x4x256xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:4, 0:128] : (tensor<1x4x256xf32>) -> tensor<1x4x128xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:4, 128:256] : (tensor<1x4x256xf32>) -> tensor<1x4x128xf32>
    %13 = stablehlo.negate %12 : tensor<1x4x128xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x256xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<1x4x256xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<1x4x256xf32>
    %17 = stablehlo.add %15, %16 : tensor<1x4x256xf32>
    return %17 : tensor<1x4x256xf32>
  }
  func.func private @mlxla_rope_1x1x256xf32_1xi32_faf82dd9b5a53760(%arg0: tensor<1x1x256xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x1x256xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf32>) -> tensor<1x128xf32>
    %2 = stablehlo.constant dense<[1.0, 0.89768714, 0.80584216, 0.72339416, 0.64938164, 0.58294153, 0.5232991, 0.46975887, 0.4216965, 0.3785515, 0.33982083, 0.3050528, 0.27384198, 0.24582441, 0.22067341, 0.19809568, 0.17782794, 0.15963386, 0.14330126, 0.1286397, 0.115478195, 0.103663296, 0.09305721, 0.08353625, 0.07498942, 0.06731704, 0.06042964, 0.05424691, 0.048696753, 0.04371445, 0.0392419, 0.035226945, 0.031622775, 0.02838736, 0.025482967, 0.022875732, 0.020535251, 0.01843423, 0.016548172, 0.01485508, 0.013335214, 0.011970851, 0.010746079, 0.009646616, 0.008659643, 0.0077736503, 0.006978306, 0.0062643355, 0.0056234132, 0.005048066, 0.0045315837, 0.0040679444, 0.0036517412, 0.0032781211, 0.0029427272, 0.0026416483, 0.0023713738, 0.0021287517, 0.001910953, 0.0017154379, 0.0015399265, 0.0013823722, 0.0012409377, 0.0011139739, 0.001, 0.00089768716, 0.00080584217, 0.00072339416, 0.0006493816, 0.0005829415, 0.0005232991, 0.00046975887, 0.00042169652, 0.00037855151, 0.00033982084, 0.0003050528, 0.00027384196, 0.0002458244, 0.0002206734, 0.00019809567, 0.00017782794, 0.00015963386, 0.00014330125, 0.00012863969, 0.0001154782, 0.00010366329, 9.3057206e-05, 8.353625e-05, 7.4989424e-05, 6.7317036e-05, 6.042964e-05, 5.424691e-05, 4.869675e-05, 4.3714448e-05, 3.92419e-05, 3.5226945e-05, 3.1622778e-05, 2.838736e-05, 2.5482968e-05, 2.2875733e-05, 2.053525e-05, 1.843423e-05, 1.654817e-05, 1.485508e-05, 1.3335214e-05, 1.197085e-05, 1.0746078e-05, 9.6466165e-06, 8.659643e-06, 7.77365e-06, 6.978306e-06, 6.2643353e-06, 5.6234135e-06, 5.0480658e-06, 4.5315837e-06, 4.0679442e-06, 3.6517413e-06, 3.278121e-06, 2.9427272e-06, 2.6416483e-06, 2.3713737e-06, 2.1287517e-06, 1.910953e-06, 1.7154379e-06, 1.5399265e-06, 1.3823723e-06, 1.2409378e-06, 1.1139739e-06]> : tensor<128xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<1x128xf32>
    %5 = stablehlo.cosine %4 : tensor<1x128xf32>
    %6 = stablehlo.sine %4 : tensor<1x128xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x128xf32>, tensor<1x128xf32>) -> tensor<1x256xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x128xf32>, tensor<1x128xf32>) -> tensor<1x256xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:1, 0:128] : (tensor<1x1x256xf32>) -> tensor<1x1x128xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:1, 128:256] : (tensor<1x1x256xf32>) -> tensor<1x1x128xf32>
    %13 = stablehlo.negate %12 : tensor<1x1x128xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x256xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<1x1x256xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<1x1x256xf32>
    %17 = stablehlo.add %15, %16 : tensor<1x1x256xf32>
    return %17 : tensor<1x1x256xf32>
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
