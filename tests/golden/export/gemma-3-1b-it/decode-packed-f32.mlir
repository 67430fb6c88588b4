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
    %29 = stablehlo.constant dense<0> : tensor<i32>
    %30 = stablehlo.constant dense<0> : tensor<i32>
    %31 = stablehlo.constant dense<0> : tensor<i32>
    %32 = stablehlo.constant dense<512> : tensor<i32>
    %33 = stablehlo.divide %arg1, %32 : tensor<i32>
    %34 = stablehlo.multiply %33, %32 : tensor<i32>
    %35 = stablehlo.subtract %arg1, %34 : tensor<i32>
    %36 = stablehlo.reshape %22 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %37 = stablehlo.dynamic_update_slice %arg4, %36, %29, %30, %35, %31, %31 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %38 = stablehlo.constant dense<0> : tensor<i32>
    %39 = stablehlo.constant dense<0> : tensor<i32>
    %40 = stablehlo.constant dense<0> : tensor<i32>
    %41 = stablehlo.constant dense<512> : tensor<i32>
    %42 = stablehlo.divide %arg1, %41 : tensor<i32>
    %43 = stablehlo.multiply %42, %41 : tensor<i32>
    %44 = stablehlo.subtract %arg1, %43 : tensor<i32>
    %45 = stablehlo.reshape %23 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %46 = stablehlo.dynamic_update_slice %arg5, %45, %38, %39, %44, %40, %40 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %47 = stablehlo.reshape %28 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %48 = stablehlo.convert %arg13 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %49 = stablehlo.dot_general %47, %48, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %50 = stablehlo.composite "mlxla.rms_norm" %49, %arg14 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %51 = stablehlo.add %7, %50 : tensor<1x1152xf32>
    %52 = stablehlo.composite "mlxla.rms_norm" %51, %arg15 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %53 = stablehlo.convert %arg17 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %54 = stablehlo.dot_general %52, %53, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %55 = stablehlo.multiply %54, %54 : tensor<1x6912xf32>
    %56 = stablehlo.multiply %55, %54 : tensor<1x6912xf32>
    %57 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %58 = stablehlo.multiply %56, %57 : tensor<1x6912xf32>
    %59 = stablehlo.add %54, %58 : tensor<1x6912xf32>
    %60 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %61 = stablehlo.multiply %59, %60 : tensor<1x6912xf32>
    %62 = stablehlo.tanh %61 : tensor<1x6912xf32>
    %63 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %64 = stablehlo.add %62, %63 : tensor<1x6912xf32>
    %65 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %66 = stablehlo.multiply %54, %65 : tensor<1x6912xf32>
    %67 = stablehlo.multiply %66, %64 : tensor<1x6912xf32>
    %68 = stablehlo.convert %arg18 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %69 = stablehlo.dot_general %52, %68, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %70 = stablehlo.multiply %67, %69 : tensor<1x6912xf32>
    %71 = stablehlo.convert %arg19 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %72 = stablehlo.dot_general %70, %71, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %73 = stablehlo.composite "mlxla.rms_norm" %72, %arg16 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %74 = stablehlo.add %51, %73 : tensor<1x1152xf32>
    %75 = stablehlo.composite "mlxla.rms_norm" %74, %arg20 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %76 = stablehlo.convert %arg21 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %77 = stablehlo.dot_general %75, %76, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %79 = stablehlo.composite "mlxla.rms_norm" %78, %arg24 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %80 = stablehlo.composite "mlxla.rope" %79, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %81 = stablehlo.convert %arg22 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %82 = stablehlo.dot_general %75, %81, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %83 = stablehlo.reshape %82 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %84 = stablehlo.composite "mlxla.rms_norm" %83, %arg25 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %85 = stablehlo.composite "mlxla.rope" %84, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %86 = stablehlo.convert %arg23 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %87 = stablehlo.dot_general %75, %86, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %88 = stablehlo.reshape %87 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %89 = stablehlo.convert %85 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %90 = stablehlo.convert %88 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %91 = stablehlo.slice %37 [1:2, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %92 = stablehlo.reshape %91 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %93 = stablehlo.slice %46 [1:2, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %94 = stablehlo.reshape %93 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %95 = stablehlo.composite "mlxla.window_attention" %80, %92, %94, %89, %90, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %96 = stablehlo.constant dense<1> : tensor<i32>
    %97 = stablehlo.constant dense<0> : tensor<i32>
    %98 = stablehlo.constant dense<0> : tensor<i32>
    %99 = stablehlo.constant dense<512> : tensor<i32>
    %100 = stablehlo.divide %arg1, %99 : tensor<i32>
    %101 = stablehlo.multiply %100, %99 : tensor<i32>
    %102 = stablehlo.subtract %arg1, %101 : tensor<i32>
    %103 = stablehlo.reshape %89 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %104 = stablehlo.dynamic_update_slice %37, %103, %96, %97, %102, %98, %98 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %105 = stablehlo.constant dense<1> : tensor<i32>
    %106 = stablehlo.constant dense<0> : tensor<i32>
    %107 = stablehlo.constant dense<0> : tensor<i32>
    %108 = stablehlo.constant dense<512> : tensor<i32>
    %109 = stablehlo.divide %arg1, %108 : tensor<i32>
    %110 = stablehlo.multiply %109, %108 : tensor<i32>
    %111 = stablehlo.subtract %arg1, %110 : tensor<i32>
    %112 = stablehlo.reshape %90 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %113 = stablehlo.dynamic_update_slice %46, %112, %105, %106, %111, %107, %107 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %114 = stablehlo.reshape %95 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %115 = stablehlo.convert %arg26 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %116 = stablehlo.dot_general %114, %115, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %117 = stablehlo.composite "mlxla.rms_norm" %116, %arg27 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %118 = stablehlo.add %74, %117 : tensor<1x1152xf32>
    %119 = stablehlo.composite "mlxla.rms_norm" %118, %arg28 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %120 = stablehlo.convert %arg30 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %121 = stablehlo.dot_general %119, %120, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %122 = stablehlo.multiply %121, %121 : tensor<1x6912xf32>
    %123 = stablehlo.multiply %122, %121 : tensor<1x6912xf32>
    %124 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %125 = stablehlo.multiply %123, %124 : tensor<1x6912xf32>
    %126 = stablehlo.add %121, %125 : tensor<1x6912xf32>
    %127 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %128 = stablehlo.multiply %126, %127 : tensor<1x6912xf32>
    %129 = stablehlo.tanh %128 : tensor<1x6912xf32>
    %130 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %131 = stablehlo.add %129, %130 : tensor<1x6912xf32>
    %132 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %133 = stablehlo.multiply %121, %132 : tensor<1x6912xf32>
    %134 = stablehlo.multiply %133, %131 : tensor<1x6912xf32>
    %135 = stablehlo.convert %arg31 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %136 = stablehlo.dot_general %119, %135, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %137 = stablehlo.multiply %134, %136 : tensor<1x6912xf32>
    %138 = stablehlo.convert %arg32 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %139 = stablehlo.dot_general %137, %138, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %140 = stablehlo.composite "mlxla.rms_norm" %139, %arg29 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %141 = stablehlo.add %118, %140 : tensor<1x1152xf32>
    %142 = stablehlo.composite "mlxla.rms_norm" %141, %arg33 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %143 = stablehlo.convert %arg34 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %144 = stablehlo.dot_general %142, %143, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %145 = stablehlo.reshape %144 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %146 = stablehlo.composite "mlxla.rms_norm" %145, %arg37 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %147 = stablehlo.composite "mlxla.rope" %146, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %148 = stablehlo.convert %arg35 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %149 = stablehlo.dot_general %142, %148, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %151 = stablehlo.composite "mlxla.rms_norm" %150, %arg38 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %152 = stablehlo.composite "mlxla.rope" %151, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %153 = stablehlo.convert %arg36 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %154 = stablehlo.dot_general %142, %153, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %155 = stablehlo.reshape %154 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %156 = stablehlo.convert %152 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %157 = stablehlo.convert %155 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %158 = stablehlo.slice %104 [2:3, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %159 = stablehlo.reshape %158 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %160 = stablehlo.slice %113 [2:3, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %161 = stablehlo.reshape %160 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %162 = stablehlo.composite "mlxla.window_attention" %147, %159, %161, %156, %157, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %163 = stablehlo.constant dense<2> : tensor<i32>
    %164 = stablehlo.constant dense<0> : tensor<i32>
    %165 = stablehlo.constant dense<0> : tensor<i32>
    %166 = stablehlo.constant dense<512> : tensor<i32>
    %167 = stablehlo.divide %arg1, %166 : tensor<i32>
    %168 = stablehlo.multiply %167, %166 : tensor<i32>
    %169 = stablehlo.subtract %arg1, %168 : tensor<i32>
    %170 = stablehlo.reshape %156 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %171 = stablehlo.dynamic_update_slice %104, %170, %163, %164, %169, %165, %165 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %172 = stablehlo.constant dense<2> : tensor<i32>
    %173 = stablehlo.constant dense<0> : tensor<i32>
    %174 = stablehlo.constant dense<0> : tensor<i32>
    %175 = stablehlo.constant dense<512> : tensor<i32>
    %176 = stablehlo.divide %arg1, %175 : tensor<i32>
    %177 = stablehlo.multiply %176, %175 : tensor<i32>
    %178 = stablehlo.subtract %arg1, %177 : tensor<i32>
    %179 = stablehlo.reshape %157 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %180 = stablehlo.dynamic_update_slice %113, %179, %172, %173, %178, %174, %174 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %181 = stablehlo.reshape %162 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %182 = stablehlo.convert %arg39 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %183 = stablehlo.dot_general %181, %182, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %184 = stablehlo.composite "mlxla.rms_norm" %183, %arg40 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %185 = stablehlo.add %141, %184 : tensor<1x1152xf32>
    %186 = stablehlo.composite "mlxla.rms_norm" %185, %arg41 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %187 = stablehlo.convert %arg43 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %188 = stablehlo.dot_general %186, %187, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %189 = stablehlo.multiply %188, %188 : tensor<1x6912xf32>
    %190 = stablehlo.multiply %189, %188 : tensor<1x6912xf32>
    %191 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %192 = stablehlo.multiply %190, %191 : tensor<1x6912xf32>
    %193 = stablehlo.add %188, %192 : tensor<1x6912xf32>
    %194 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %195 = stablehlo.multiply %193, %194 : tensor<1x6912xf32>
    %196 = stablehlo.tanh %195 : tensor<1x6912xf32>
    %197 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %198 = stablehlo.add %196, %197 : tensor<1x6912xf32>
    %199 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %200 = stablehlo.multiply %188, %199 : tensor<1x6912xf32>
    %201 = stablehlo.multiply %200, %198 : tensor<1x6912xf32>
    %202 = stablehlo.convert %arg44 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %203 = stablehlo.dot_general %186, %202, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %204 = stablehlo.multiply %201, %203 : tensor<1x6912xf32>
    %205 = stablehlo.convert %arg45 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %206 = stablehlo.dot_general %204, %205, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %207 = stablehlo.composite "mlxla.rms_norm" %206, %arg42 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %208 = stablehlo.add %185, %207 : tensor<1x1152xf32>
    %209 = stablehlo.composite "mlxla.rms_norm" %208, %arg46 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %210 = stablehlo.convert %arg47 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %211 = stablehlo.dot_general %209, %210, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %212 = stablehlo.reshape %211 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %213 = stablehlo.composite "mlxla.rms_norm" %212, %arg50 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %214 = stablehlo.composite "mlxla.rope" %213, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %215 = stablehlo.convert %arg48 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %216 = stablehlo.dot_general %209, %215, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %217 = stablehlo.reshape %216 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %218 = stablehlo.composite "mlxla.rms_norm" %217, %arg51 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %219 = stablehlo.composite "mlxla.rope" %218, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %220 = stablehlo.convert %arg49 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %221 = stablehlo.dot_general %209, %220, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %222 = stablehlo.reshape %221 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %223 = stablehlo.convert %219 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %224 = stablehlo.convert %222 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %225 = stablehlo.slice %171 [3:4, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %226 = stablehlo.reshape %225 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %227 = stablehlo.slice %180 [3:4, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %228 = stablehlo.reshape %227 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %229 = stablehlo.composite "mlxla.window_attention" %214, %226, %228, %223, %224, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %230 = stablehlo.constant dense<3> : tensor<i32>
    %231 = stablehlo.constant dense<0> : tensor<i32>
    %232 = stablehlo.constant dense<0> : tensor<i32>
    %233 = stablehlo.constant dense<512> : tensor<i32>
    %234 = stablehlo.divide %arg1, %233 : tensor<i32>
    %235 = stablehlo.multiply %234, %233 : tensor<i32>
    %236 = stablehlo.subtract %arg1, %235 : tensor<i32>
    %237 = stablehlo.reshape %223 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %238 = stablehlo.dynamic_update_slice %171, %237, %230, %231, %236, %232, %232 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %239 = stablehlo.constant dense<3> : tensor<i32>
    %240 = stablehlo.constant dense<0> : tensor<i32>
    %241 = stablehlo.constant dense<0> : tensor<i32>
    %242 = stablehlo.constant dense<512> : tensor<i32>
    %243 = stablehlo.divide %arg1, %242 : tensor<i32>
    %244 = stablehlo.multiply %243, %242 : tensor<i32>
    %245 = stablehlo.subtract %arg1, %244 : tensor<i32>
    %246 = stablehlo.reshape %224 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %247 = stablehlo.dynamic_update_slice %180, %246, %239, %240, %245, %241, %241 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %248 = stablehlo.reshape %229 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %249 = stablehlo.convert %arg52 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %250 = stablehlo.dot_general %248, %249, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %251 = stablehlo.composite "mlxla.rms_norm" %250, %arg53 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %252 = stablehlo.add %208, %251 : tensor<1x1152xf32>
    %253 = stablehlo.composite "mlxla.rms_norm" %252, %arg54 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %254 = stablehlo.convert %arg56 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %255 = stablehlo.dot_general %253, %254, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %256 = stablehlo.multiply %255, %255 : tensor<1x6912xf32>
    %257 = stablehlo.multiply %256, %255 : tensor<1x6912xf32>
    %258 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %259 = stablehlo.multiply %257, %258 : tensor<1x6912xf32>
    %260 = stablehlo.add %255, %259 : tensor<1x6912xf32>
    %261 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %262 = stablehlo.multiply %260, %261 : tensor<1x6912xf32>
    %263 = stablehlo.tanh %262 : tensor<1x6912xf32>
    %264 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %265 = stablehlo.add %263, %264 : tensor<1x6912xf32>
    %266 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %267 = stablehlo.multiply %255, %266 : tensor<1x6912xf32>
    %268 = stablehlo.multiply %267, %265 : tensor<1x6912xf32>
    %269 = stablehlo.convert %arg57 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %270 = stablehlo.dot_general %253, %269, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %271 = stablehlo.multiply %268, %270 : tensor<1x6912xf32>
    %272 = stablehlo.convert %arg58 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %273 = stablehlo.dot_general %271, %272, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %274 = stablehlo.composite "mlxla.rms_norm" %273, %arg55 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %275 = stablehlo.add %252, %274 : tensor<1x1152xf32>
    %276 = stablehlo.composite "mlxla.rms_norm" %275, %arg59 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %277 = stablehlo.convert %arg60 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %278 = stablehlo.dot_general %276, %277, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %279 = stablehlo.reshape %278 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %280 = stablehlo.composite "mlxla.rms_norm" %279, %arg63 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %281 = stablehlo.composite "mlxla.rope" %280, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %282 = stablehlo.convert %arg61 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %283 = stablehlo.dot_general %276, %282, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %284 = stablehlo.reshape %283 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %285 = stablehlo.composite "mlxla.rms_norm" %284, %arg64 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %286 = stablehlo.composite "mlxla.rope" %285, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %287 = stablehlo.convert %arg62 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %288 = stablehlo.dot_general %276, %287, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %289 = stablehlo.reshape %288 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %290 = stablehlo.convert %286 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %291 = stablehlo.convert %289 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %292 = stablehlo.slice %238 [4:5, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %293 = stablehlo.reshape %292 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %294 = stablehlo.slice %247 [4:5, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %295 = stablehlo.reshape %294 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %296 = stablehlo.composite "mlxla.window_attention" %281, %293, %295, %290, %291, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %297 = stablehlo.constant dense<4> : tensor<i32>
    %298 = stablehlo.constant dense<0> : tensor<i32>
    %299 = stablehlo.constant dense<0> : tensor<i32>
    %300 = stablehlo.constant dense<512> : tensor<i32>
    %301 = stablehlo.divide %arg1, %300 : tensor<i32>
    %302 = stablehlo.multiply %301, %300 : tensor<i32>
    %303 = stablehlo.subtract %arg1, %302 : tensor<i32>
    %304 = stablehlo.reshape %290 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %305 = stablehlo.dynamic_update_slice %238, %304, %297, %298, %303, %299, %299 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %306 = stablehlo.constant dense<4> : tensor<i32>
    %307 = stablehlo.constant dense<0> : tensor<i32>
    %308 = stablehlo.constant dense<0> : tensor<i32>
    %309 = stablehlo.constant dense<512> : tensor<i32>
    %310 = stablehlo.divide %arg1, %309 : tensor<i32>
    %311 = stablehlo.multiply %310, %309 : tensor<i32>
    %312 = stablehlo.subtract %arg1, %311 : tensor<i32>
    %313 = stablehlo.reshape %291 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %314 = stablehlo.dynamic_update_slice %247, %313, %306, %307, %312, %308, %308 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %315 = stablehlo.reshape %296 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %316 = stablehlo.convert %arg65 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %317 = stablehlo.dot_general %315, %316, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %318 = stablehlo.composite "mlxla.rms_norm" %317, %arg66 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %319 = stablehlo.add %275, %318 : tensor<1x1152xf32>
    %320 = stablehlo.composite "mlxla.rms_norm" %319, %arg67 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %321 = stablehlo.convert %arg69 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %322 = stablehlo.dot_general %320, %321, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %323 = stablehlo.multiply %322, %322 : tensor<1x6912xf32>
    %324 = stablehlo.multiply %323, %322 : tensor<1x6912xf32>
    %325 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %326 = stablehlo.multiply %324, %325 : tensor<1x6912xf32>
    %327 = stablehlo.add %322, %326 : tensor<1x6912xf32>
    %328 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %329 = stablehlo.multiply %327, %328 : tensor<1x6912xf32>
    %330 = stablehlo.tanh %329 : tensor<1x6912xf32>
    %331 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %332 = stablehlo.add %330, %331 : tensor<1x6912xf32>
    %333 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %334 = stablehlo.multiply %322, %333 : tensor<1x6912xf32>
    %335 = stablehlo.multiply %334, %332 : tensor<1x6912xf32>
    %336 = stablehlo.convert %arg70 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %337 = stablehlo.dot_general %320, %336, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %338 = stablehlo.multiply %335, %337 : tensor<1x6912xf32>
    %339 = stablehlo.convert %arg71 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %340 = stablehlo.dot_general %338, %339, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %341 = stablehlo.composite "mlxla.rms_norm" %340, %arg68 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %342 = stablehlo.add %319, %341 : tensor<1x1152xf32>
    %343 = stablehlo.composite "mlxla.rms_norm" %342, %arg72 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %344 = stablehlo.convert %arg73 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %345 = stablehlo.dot_general %343, %344, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %346 = stablehlo.reshape %345 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %347 = stablehlo.composite "mlxla.rms_norm" %346, %arg76 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %348 = stablehlo.composite "mlxla.rope" %347, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_faf82dd9b5a53760} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %349 = stablehlo.convert %arg74 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %350 = stablehlo.dot_general %343, %349, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %351 = stablehlo.reshape %350 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %352 = stablehlo.composite "mlxla.rms_norm" %351, %arg77 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %353 = stablehlo.composite "mlxla.rope" %352, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_faf82dd9b5a53760} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %354 = stablehlo.convert %arg75 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %355 = stablehlo.dot_general %343, %354, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %356 = stablehlo.reshape %355 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %357 = stablehlo.convert %353 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %358 = stablehlo.convert %356 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %359 = stablehlo.constant dense<0> : tensor<i32>
    %360 = stablehlo.constant dense<0> : tensor<i32>
    %361 = stablehlo.constant dense<0> : tensor<i32>
    %362 = stablehlo.reshape %357 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %363 = stablehlo.dynamic_update_slice %arg2, %362, %359, %361, %arg1, %360, %360 : (tensor<4x1x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %364 = stablehlo.reshape %358 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %365 = stablehlo.dynamic_update_slice %arg3, %364, %359, %361, %arg1, %360, %360 : (tensor<4x1x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %366 = stablehlo.slice %363 [0:1, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %367 = stablehlo.reshape %366 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %368 = stablehlo.slice %365 [0:1, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %369 = stablehlo.reshape %368 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %370 = stablehlo.composite "mlxla.attention" %348, %367, %369, %0, %2 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %371 = stablehlo.reshape %370 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %372 = stablehlo.convert %arg78 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %373 = stablehlo.dot_general %371, %372, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %374 = stablehlo.composite "mlxla.rms_norm" %373, %arg79 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %375 = stablehlo.add %342, %374 : tensor<1x1152xf32>
    %376 = stablehlo.composite "mlxla.rms_norm" %375, %arg80 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %377 = stablehlo.convert %arg82 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %378 = stablehlo.dot_general %376, %377, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %379 = stablehlo.multiply %378, %378 : tensor<1x6912xf32>
    %380 = stablehlo.multiply %379, %378 : tensor<1x6912xf32>
    %381 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %382 = stablehlo.multiply %380, %381 : tensor<1x6912xf32>
    %383 = stablehlo.add %378, %382 : tensor<1x6912xf32>
    %384 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %385 = stablehlo.multiply %383, %384 : tensor<1x6912xf32>
    %386 = stablehlo.tanh %385 : tensor<1x6912xf32>
    %387 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %388 = stablehlo.add %386, %387 : tensor<1x6912xf32>
    %389 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %390 = stablehlo.multiply %378, %389 : tensor<1x6912xf32>
    %391 = stablehlo.multiply %390, %388 : tensor<1x6912xf32>
    %392 = stablehlo.convert %arg83 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %393 = stablehlo.dot_general %376, %392, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %394 = stablehlo.multiply %391, %393 : tensor<1x6912xf32>
    %395 = stablehlo.convert %arg84 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %396 = stablehlo.dot_general %394, %395, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %397 = stablehlo.composite "mlxla.rms_norm" %396, %arg81 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %398 = stablehlo.add %375, %397 : tensor<1x1152xf32>
    %399 = stablehlo.composite "mlxla.rms_norm" %398, %arg85 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %400 = stablehlo.convert %arg86 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %401 = stablehlo.dot_general %399, %400, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %402 = stablehlo.reshape %401 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %403 = stablehlo.composite "mlxla.rms_norm" %402, %arg89 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %404 = stablehlo.composite "mlxla.rope" %403, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %405 = stablehlo.convert %arg87 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %406 = stablehlo.dot_general %399, %405, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %407 = stablehlo.reshape %406 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %408 = stablehlo.composite "mlxla.rms_norm" %407, %arg90 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %409 = stablehlo.composite "mlxla.rope" %408, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %410 = stablehlo.convert %arg88 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %411 = stablehlo.dot_general %399, %410, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %412 = stablehlo.reshape %411 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %413 = stablehlo.convert %409 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %414 = stablehlo.convert %412 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %415 = stablehlo.slice %305 [5:6, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %416 = stablehlo.reshape %415 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %417 = stablehlo.slice %314 [5:6, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %418 = stablehlo.reshape %417 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %419 = stablehlo.composite "mlxla.window_attention" %404, %416, %418, %413, %414, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %420 = stablehlo.constant dense<5> : tensor<i32>
    %421 = stablehlo.constant dense<0> : tensor<i32>
    %422 = stablehlo.constant dense<0> : tensor<i32>
    %423 = stablehlo.constant dense<512> : tensor<i32>
    %424 = stablehlo.divide %arg1, %423 : tensor<i32>
    %425 = stablehlo.multiply %424, %423 : tensor<i32>
    %426 = stablehlo.subtract %arg1, %425 : tensor<i32>
    %427 = stablehlo.reshape %413 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %428 = stablehlo.dynamic_update_slice %305, %427, %420, %421, %426, %422, %422 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %429 = stablehlo.constant dense<5> : tensor<i32>
    %430 = stablehlo.constant dense<0> : tensor<i32>
    %431 = stablehlo.constant dense<0> : tensor<i32>
    %432 = stablehlo.constant dense<512> : tensor<i32>
    %433 = stablehlo.divide %arg1, %432 : tensor<i32>
    %434 = stablehlo.multiply %433, %432 : tensor<i32>
    %435 = stablehlo.subtract %arg1, %434 : tensor<i32>
    %436 = stablehlo.reshape %414 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %437 = stablehlo.dynamic_update_slice %314, %436, %429, %430, %435, %431, %431 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %438 = stablehlo.reshape %419 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %439 = stablehlo.convert %arg91 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %440 = stablehlo.dot_general %438, %439, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %441 = stablehlo.composite "mlxla.rms_norm" %440, %arg92 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %442 = stablehlo.add %398, %441 : tensor<1x1152xf32>
    %443 = stablehlo.composite "mlxla.rms_norm" %442, %arg93 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %444 = stablehlo.convert %arg95 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %445 = stablehlo.dot_general %443, %444, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %446 = stablehlo.multiply %445, %445 : tensor<1x6912xf32>
    %447 = stablehlo.multiply %446, %445 : tensor<1x6912xf32>
    %448 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %449 = stablehlo.multiply %447, %448 : tensor<1x6912xf32>
    %450 = stablehlo.add %445, %449 : tensor<1x6912xf32>
    %451 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %452 = stablehlo.multiply %450, %451 : tensor<1x6912xf32>
    %453 = stablehlo.tanh %452 : tensor<1x6912xf32>
    %454 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %455 = stablehlo.add %453, %454 : tensor<1x6912xf32>
    %456 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %457 = stablehlo.multiply %445, %456 : tensor<1x6912xf32>
    %458 = stablehlo.multiply %457, %455 : tensor<1x6912xf32>
    %459 = stablehlo.convert %arg96 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %460 = stablehlo.dot_general %443, %459, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %461 = stablehlo.multiply %458, %460 : tensor<1x6912xf32>
    %462 = stablehlo.convert %arg97 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %463 = stablehlo.dot_general %461, %462, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %464 = stablehlo.composite "mlxla.rms_norm" %463, %arg94 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %465 = stablehlo.add %442, %464 : tensor<1x1152xf32>
    %466 = stablehlo.composite "mlxla.rms_norm" %465, %arg98 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %467 = stablehlo.convert %arg99 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %468 = stablehlo.dot_general %466, %467, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %469 = stablehlo.reshape %468 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %470 = stablehlo.composite "mlxla.rms_norm" %469, %arg102 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %471 = stablehlo.composite "mlxla.rope" %470, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %472 = stablehlo.convert %arg100 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %473 = stablehlo.dot_general %466, %472, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %474 = stablehlo.reshape %473 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %475 = stablehlo.composite "mlxla.rms_norm" %474, %arg103 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %476 = stablehlo.composite "mlxla.rope" %475, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %477 = stablehlo.convert %arg101 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %478 = stablehlo.dot_general %466, %477, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %479 = stablehlo.reshape %478 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %480 = stablehlo.convert %476 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %481 = stablehlo.convert %479 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %482 = stablehlo.slice %428 [6:7, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %483 = stablehlo.reshape %482 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %484 = stablehlo.slice %437 [6:7, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %485 = stablehlo.reshape %484 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %486 = stablehlo.composite "mlxla.window_attention" %471, %483, %485, %480, %481, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %487 = stablehlo.constant dense<6> : tensor<i32>
    %488 = stablehlo.constant dense<0> : tensor<i32>
    %489 = stablehlo.constant dense<0> : tensor<i32>
    %490 = stablehlo.constant dense<512> : tensor<i32>
    %491 = stablehlo.divide %arg1, %490 : tensor<i32>
    %492 = stablehlo.multiply %491, %490 : tensor<i32>
    %493 = stablehlo.subtract %arg1, %492 : tensor<i32>
    %494 = stablehlo.reshape %480 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %495 = stablehlo.dynamic_update_slice %428, %494, %487, %488, %493, %489, %489 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %496 = stablehlo.constant dense<6> : tensor<i32>
    %497 = stablehlo.constant dense<0> : tensor<i32>
    %498 = stablehlo.constant dense<0> : tensor<i32>
    %499 = stablehlo.constant dense<512> : tensor<i32>
    %500 = stablehlo.divide %arg1, %499 : tensor<i32>
    %501 = stablehlo.multiply %500, %499 : tensor<i32>
    %502 = stablehlo.subtract %arg1, %501 : tensor<i32>
    %503 = stablehlo.reshape %481 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %504 = stablehlo.dynamic_update_slice %437, %503, %496, %497, %502, %498, %498 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %505 = stablehlo.reshape %486 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %506 = stablehlo.convert %arg104 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %507 = stablehlo.dot_general %505, %506, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %508 = stablehlo.composite "mlxla.rms_norm" %507, %arg105 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %509 = stablehlo.add %465, %508 : tensor<1x1152xf32>
    %510 = stablehlo.composite "mlxla.rms_norm" %509, %arg106 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %511 = stablehlo.convert %arg108 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %512 = stablehlo.dot_general %510, %511, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %513 = stablehlo.multiply %512, %512 : tensor<1x6912xf32>
    %514 = stablehlo.multiply %513, %512 : tensor<1x6912xf32>
    %515 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %516 = stablehlo.multiply %514, %515 : tensor<1x6912xf32>
    %517 = stablehlo.add %512, %516 : tensor<1x6912xf32>
    %518 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %519 = stablehlo.multiply %517, %518 : tensor<1x6912xf32>
    %520 = stablehlo.tanh %519 : tensor<1x6912xf32>
    %521 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %522 = stablehlo.add %520, %521 : tensor<1x6912xf32>
    %523 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %524 = stablehlo.multiply %512, %523 : tensor<1x6912xf32>
    %525 = stablehlo.multiply %524, %522 : tensor<1x6912xf32>
    %526 = stablehlo.convert %arg109 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %527 = stablehlo.dot_general %510, %526, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %528 = stablehlo.multiply %525, %527 : tensor<1x6912xf32>
    %529 = stablehlo.convert %arg110 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %530 = stablehlo.dot_general %528, %529, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %531 = stablehlo.composite "mlxla.rms_norm" %530, %arg107 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %532 = stablehlo.add %509, %531 : tensor<1x1152xf32>
    %533 = stablehlo.composite "mlxla.rms_norm" %532, %arg111 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %534 = stablehlo.convert %arg112 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %535 = stablehlo.dot_general %533, %534, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %536 = stablehlo.reshape %535 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %537 = stablehlo.composite "mlxla.rms_norm" %536, %arg115 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %538 = stablehlo.composite "mlxla.rope" %537, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %539 = stablehlo.convert %arg113 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %540 = stablehlo.dot_general %533, %539, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %541 = stablehlo.reshape %540 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %542 = stablehlo.composite "mlxla.rms_norm" %541, %arg116 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %543 = stablehlo.composite "mlxla.rope" %542, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %544 = stablehlo.convert %arg114 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %545 = stablehlo.dot_general %533, %544, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %546 = stablehlo.reshape %545 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %547 = stablehlo.convert %543 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %548 = stablehlo.convert %546 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %549 = stablehlo.slice %495 [7:8, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %550 = stablehlo.reshape %549 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %551 = stablehlo.slice %504 [7:8, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %552 = stablehlo.reshape %551 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %553 = stablehlo.composite "mlxla.window_attention" %538, %550, %552, %547, %548, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %554 = stablehlo.constant dense<7> : tensor<i32>
    %555 = stablehlo.constant dense<0> : tensor<i32>
    %556 = stablehlo.constant dense<0> : tensor<i32>
    %557 = stablehlo.constant dense<512> : tensor<i32>
    %558 = stablehlo.divide %arg1, %557 : tensor<i32>
    %559 = stablehlo.multiply %558, %557 : tensor<i32>
    %560 = stablehlo.subtract %arg1, %559 : tensor<i32>
    %561 = stablehlo.reshape %547 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %562 = stablehlo.dynamic_update_slice %495, %561, %554, %555, %560, %556, %556 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %563 = stablehlo.constant dense<7> : tensor<i32>
    %564 = stablehlo.constant dense<0> : tensor<i32>
    %565 = stablehlo.constant dense<0> : tensor<i32>
    %566 = stablehlo.constant dense<512> : tensor<i32>
    %567 = stablehlo.divide %arg1, %566 : tensor<i32>
    %568 = stablehlo.multiply %567, %566 : tensor<i32>
    %569 = stablehlo.subtract %arg1, %568 : tensor<i32>
    %570 = stablehlo.reshape %548 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %571 = stablehlo.dynamic_update_slice %504, %570, %563, %564, %569, %565, %565 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %572 = stablehlo.reshape %553 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %573 = stablehlo.convert %arg117 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %574 = stablehlo.dot_general %572, %573, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %575 = stablehlo.composite "mlxla.rms_norm" %574, %arg118 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %576 = stablehlo.add %532, %575 : tensor<1x1152xf32>
    %577 = stablehlo.composite "mlxla.rms_norm" %576, %arg119 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %578 = stablehlo.convert %arg121 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %579 = stablehlo.dot_general %577, %578, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %580 = stablehlo.multiply %579, %579 : tensor<1x6912xf32>
    %581 = stablehlo.multiply %580, %579 : tensor<1x6912xf32>
    %582 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %583 = stablehlo.multiply %581, %582 : tensor<1x6912xf32>
    %584 = stablehlo.add %579, %583 : tensor<1x6912xf32>
    %585 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %586 = stablehlo.multiply %584, %585 : tensor<1x6912xf32>
    %587 = stablehlo.tanh %586 : tensor<1x6912xf32>
    %588 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %589 = stablehlo.add %587, %588 : tensor<1x6912xf32>
    %590 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %591 = stablehlo.multiply %579, %590 : tensor<1x6912xf32>
    %592 = stablehlo.multiply %591, %589 : tensor<1x6912xf32>
    %593 = stablehlo.convert %arg122 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %594 = stablehlo.dot_general %577, %593, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %595 = stablehlo.multiply %592, %594 : tensor<1x6912xf32>
    %596 = stablehlo.convert %arg123 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %597 = stablehlo.dot_general %595, %596, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %598 = stablehlo.composite "mlxla.rms_norm" %597, %arg120 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %599 = stablehlo.add %576, %598 : tensor<1x1152xf32>
    %600 = stablehlo.composite "mlxla.rms_norm" %599, %arg124 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %601 = stablehlo.convert %arg125 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %602 = stablehlo.dot_general %600, %601, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %603 = stablehlo.reshape %602 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %604 = stablehlo.composite "mlxla.rms_norm" %603, %arg128 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %605 = stablehlo.composite "mlxla.rope" %604, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %606 = stablehlo.convert %arg126 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %607 = stablehlo.dot_general %600, %606, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %608 = stablehlo.reshape %607 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %609 = stablehlo.composite "mlxla.rms_norm" %608, %arg129 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %610 = stablehlo.composite "mlxla.rope" %609, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %611 = stablehlo.convert %arg127 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %612 = stablehlo.dot_general %600, %611, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %613 = stablehlo.reshape %612 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %614 = stablehlo.convert %610 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %615 = stablehlo.convert %613 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %616 = stablehlo.slice %562 [8:9, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %617 = stablehlo.reshape %616 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %618 = stablehlo.slice %571 [8:9, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %619 = stablehlo.reshape %618 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %620 = stablehlo.composite "mlxla.window_attention" %605, %617, %619, %614, %615, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %621 = stablehlo.constant dense<8> : tensor<i32>
    %622 = stablehlo.constant dense<0> : tensor<i32>
    %623 = stablehlo.constant dense<0> : tensor<i32>
    %624 = stablehlo.constant dense<512> : tensor<i32>
    %625 = stablehlo.divide %arg1, %624 : tensor<i32>
    %626 = stablehlo.multiply %625, %624 : tensor<i32>
    %627 = stablehlo.subtract %arg1, %626 : tensor<i32>
    %628 = stablehlo.reshape %614 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %629 = stablehlo.dynamic_update_slice %562, %628, %621, %622, %627, %623, %623 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %630 = stablehlo.constant dense<8> : tensor<i32>
    %631 = stablehlo.constant dense<0> : tensor<i32>
    %632 = stablehlo.constant dense<0> : tensor<i32>
    %633 = stablehlo.constant dense<512> : tensor<i32>
    %634 = stablehlo.divide %arg1, %633 : tensor<i32>
    %635 = stablehlo.multiply %634, %633 : tensor<i32>
    %636 = stablehlo.subtract %arg1, %635 : tensor<i32>
    %637 = stablehlo.reshape %615 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %638 = stablehlo.dynamic_update_slice %571, %637, %630, %631, %636, %632, %632 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %639 = stablehlo.reshape %620 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %640 = stablehlo.convert %arg130 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %641 = stablehlo.dot_general %639, %640, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %642 = stablehlo.composite "mlxla.rms_norm" %641, %arg131 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %643 = stablehlo.add %599, %642 : tensor<1x1152xf32>
    %644 = stablehlo.composite "mlxla.rms_norm" %643, %arg132 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %645 = stablehlo.convert %arg134 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %646 = stablehlo.dot_general %644, %645, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %647 = stablehlo.multiply %646, %646 : tensor<1x6912xf32>
    %648 = stablehlo.multiply %647, %646 : tensor<1x6912xf32>
    %649 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %650 = stablehlo.multiply %648, %649 : tensor<1x6912xf32>
    %651 = stablehlo.add %646, %650 : tensor<1x6912xf32>
    %652 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %653 = stablehlo.multiply %651, %652 : tensor<1x6912xf32>
    %654 = stablehlo.tanh %653 : tensor<1x6912xf32>
    %655 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %656 = stablehlo.add %654, %655 : tensor<1x6912xf32>
    %657 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %658 = stablehlo.multiply %646, %657 : tensor<1x6912xf32>
    %659 = stablehlo.multiply %658, %656 : tensor<1x6912xf32>
    %660 = stablehlo.convert %arg135 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %661 = stablehlo.dot_general %644, %660, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %662 = stablehlo.multiply %659, %661 : tensor<1x6912xf32>
    %663 = stablehlo.convert %arg136 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %664 = stablehlo.dot_general %662, %663, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %665 = stablehlo.composite "mlxla.rms_norm" %664, %arg133 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %666 = stablehlo.add %643, %665 : tensor<1x1152xf32>
    %667 = stablehlo.composite "mlxla.rms_norm" %666, %arg137 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %668 = stablehlo.convert %arg138 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %669 = stablehlo.dot_general %667, %668, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %670 = stablehlo.reshape %669 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %671 = stablehlo.composite "mlxla.rms_norm" %670, %arg141 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %672 = stablehlo.composite "mlxla.rope" %671, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %673 = stablehlo.convert %arg139 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %674 = stablehlo.dot_general %667, %673, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %675 = stablehlo.reshape %674 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %676 = stablehlo.composite "mlxla.rms_norm" %675, %arg142 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %677 = stablehlo.composite "mlxla.rope" %676, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %678 = stablehlo.convert %arg140 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %679 = stablehlo.dot_general %667, %678, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %680 = stablehlo.reshape %679 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %681 = stablehlo.convert %677 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %682 = stablehlo.convert %680 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %683 = stablehlo.slice %629 [9:10, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %684 = stablehlo.reshape %683 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %685 = stablehlo.slice %638 [9:10, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %686 = stablehlo.reshape %685 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %687 = stablehlo.composite "mlxla.window_attention" %672, %684, %686, %681, %682, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %688 = stablehlo.constant dense<9> : tensor<i32>
    %689 = stablehlo.constant dense<0> : tensor<i32>
    %690 = stablehlo.constant dense<0> : tensor<i32>
    %691 = stablehlo.constant dense<512> : tensor<i32>
    %692 = stablehlo.divide %arg1, %691 : tensor<i32>
    %693 = stablehlo.multiply %692, %691 : tensor<i32>
    %694 = stablehlo.subtract %arg1, %693 : tensor<i32>
    %695 = stablehlo.reshape %681 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %696 = stablehlo.dynamic_update_slice %629, %695, %688, %689, %694, %690, %690 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %697 = stablehlo.constant dense<9> : tensor<i32>
    %698 = stablehlo.constant dense<0> : tensor<i32>
    %699 = stablehlo.constant dense<0> : tensor<i32>
    %700 = stablehlo.constant dense<512> : tensor<i32>
    %701 = stablehlo.divide %arg1, %700 : tensor<i32>
    %702 = stablehlo.multiply %701, %700 : tensor<i32>
    %703 = stablehlo.subtract %arg1, %702 : tensor<i32>
    %704 = stablehlo.reshape %682 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %705 = stablehlo.dynamic_update_slice %638, %704, %697, %698, %703, %699, %699 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %706 = stablehlo.reshape %687 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %707 = stablehlo.convert %arg143 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %708 = stablehlo.dot_general %706, %707, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %709 = stablehlo.composite "mlxla.rms_norm" %708, %arg144 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %710 = stablehlo.add %666, %709 : tensor<1x1152xf32>
    %711 = stablehlo.composite "mlxla.rms_norm" %710, %arg145 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %712 = stablehlo.convert %arg147 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %713 = stablehlo.dot_general %711, %712, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %714 = stablehlo.multiply %713, %713 : tensor<1x6912xf32>
    %715 = stablehlo.multiply %714, %713 : tensor<1x6912xf32>
    %716 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %717 = stablehlo.multiply %715, %716 : tensor<1x6912xf32>
    %718 = stablehlo.add %713, %717 : tensor<1x6912xf32>
    %719 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %720 = stablehlo.multiply %718, %719 : tensor<1x6912xf32>
    %721 = stablehlo.tanh %720 : tensor<1x6912xf32>
    %722 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %723 = stablehlo.add %721, %722 : tensor<1x6912xf32>
    %724 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %725 = stablehlo.multiply %713, %724 : tensor<1x6912xf32>
    %726 = stablehlo.multiply %725, %723 : tensor<1x6912xf32>
    %727 = stablehlo.convert %arg148 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %728 = stablehlo.dot_general %711, %727, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %729 = stablehlo.multiply %726, %728 : tensor<1x6912xf32>
    %730 = stablehlo.convert %arg149 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %731 = stablehlo.dot_general %729, %730, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %732 = stablehlo.composite "mlxla.rms_norm" %731, %arg146 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %733 = stablehlo.add %710, %732 : tensor<1x1152xf32>
    %734 = stablehlo.composite "mlxla.rms_norm" %733, %arg150 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %735 = stablehlo.convert %arg151 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %736 = stablehlo.dot_general %734, %735, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %737 = stablehlo.reshape %736 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %738 = stablehlo.composite "mlxla.rms_norm" %737, %arg154 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %739 = stablehlo.composite "mlxla.rope" %738, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_faf82dd9b5a53760} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %740 = stablehlo.convert %arg152 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %741 = stablehlo.dot_general %734, %740, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %742 = stablehlo.reshape %741 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %743 = stablehlo.composite "mlxla.rms_norm" %742, %arg155 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %744 = stablehlo.composite "mlxla.rope" %743, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_faf82dd9b5a53760} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %745 = stablehlo.convert %arg153 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %746 = stablehlo.dot_general %734, %745, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %747 = stablehlo.reshape %746 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %748 = stablehlo.convert %744 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %749 = stablehlo.convert %747 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %750 = stablehlo.constant dense<1> : tensor<i32>
    %751 = stablehlo.constant dense<0> : tensor<i32>
    %752 = stablehlo.constant dense<0> : tensor<i32>
    %753 = stablehlo.reshape %748 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %754 = stablehlo.dynamic_update_slice %363, %753, %750, %752, %arg1, %751, %751 : (tensor<4x1x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %755 = stablehlo.reshape %749 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %756 = stablehlo.dynamic_update_slice %365, %755, %750, %752, %arg1, %751, %751 : (tensor<4x1x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %757 = stablehlo.slice %754 [1:2, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %758 = stablehlo.reshape %757 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %759 = stablehlo.slice %756 [1:2, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %760 = stablehlo.reshape %759 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %761 = stablehlo.composite "mlxla.attention" %739, %758, %760, %0, %2 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %762 = stablehlo.reshape %761 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %763 = stablehlo.convert %arg156 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %764 = stablehlo.dot_general %762, %763, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %765 = stablehlo.composite "mlxla.rms_norm" %764, %arg157 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %766 = stablehlo.add %733, %765 : tensor<1x1152xf32>
    %767 = stablehlo.composite "mlxla.rms_norm" %766, %arg158 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %768 = stablehlo.convert %arg160 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %769 = stablehlo.dot_general %767, %768, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %770 = stablehlo.multiply %769, %769 : tensor<1x6912xf32>
    %771 = stablehlo.multiply %770, %769 : tensor<1x6912xf32>
    %772 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %773 = stablehlo.multiply %771, %772 : tensor<1x6912xf32>
    %774 = stablehlo.add %769, %773 : tensor<1x6912xf32>
    %775 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %776 = stablehlo.multiply %774, %775 : tensor<1x6912xf32>
    %777 = stablehlo.tanh %776 : tensor<1x6912xf32>
    %778 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %779 = stablehlo.add %777, %778 : tensor<1x6912xf32>
    %780 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %781 = stablehlo.multiply %769, %780 : tensor<1x6912xf32>
    %782 = stablehlo.multiply %781, %779 : tensor<1x6912xf32>
    %783 = stablehlo.convert %arg161 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %784 = stablehlo.dot_general %767, %783, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %785 = stablehlo.multiply %782, %784 : tensor<1x6912xf32>
    %786 = stablehlo.convert %arg162 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %787 = stablehlo.dot_general %785, %786, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %788 = stablehlo.composite "mlxla.rms_norm" %787, %arg159 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %789 = stablehlo.add %766, %788 : tensor<1x1152xf32>
    %790 = stablehlo.composite "mlxla.rms_norm" %789, %arg163 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %791 = stablehlo.convert %arg164 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %792 = stablehlo.dot_general %790, %791, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %793 = stablehlo.reshape %792 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %794 = stablehlo.composite "mlxla.rms_norm" %793, %arg167 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %795 = stablehlo.composite "mlxla.rope" %794, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %796 = stablehlo.convert %arg165 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %797 = stablehlo.dot_general %790, %796, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %798 = stablehlo.reshape %797 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %799 = stablehlo.composite "mlxla.rms_norm" %798, %arg168 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %800 = stablehlo.composite "mlxla.rope" %799, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %801 = stablehlo.convert %arg166 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %802 = stablehlo.dot_general %790, %801, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %803 = stablehlo.reshape %802 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %804 = stablehlo.convert %800 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %805 = stablehlo.convert %803 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %806 = stablehlo.slice %696 [10:11, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %807 = stablehlo.reshape %806 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %808 = stablehlo.slice %705 [10:11, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %809 = stablehlo.reshape %808 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %810 = stablehlo.composite "mlxla.window_attention" %795, %807, %809, %804, %805, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %811 = stablehlo.constant dense<10> : tensor<i32>
    %812 = stablehlo.constant dense<0> : tensor<i32>
    %813 = stablehlo.constant dense<0> : tensor<i32>
    %814 = stablehlo.constant dense<512> : tensor<i32>
    %815 = stablehlo.divide %arg1, %814 : tensor<i32>
    %816 = stablehlo.multiply %815, %814 : tensor<i32>
    %817 = stablehlo.subtract %arg1, %816 : tensor<i32>
    %818 = stablehlo.reshape %804 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %819 = stablehlo.dynamic_update_slice %696, %818, %811, %812, %817, %813, %813 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %820 = stablehlo.constant dense<10> : tensor<i32>
    %821 = stablehlo.constant dense<0> : tensor<i32>
    %822 = stablehlo.constant dense<0> : tensor<i32>
    %823 = stablehlo.constant dense<512> : tensor<i32>
    %824 = stablehlo.divide %arg1, %823 : tensor<i32>
    %825 = stablehlo.multiply %824, %823 : tensor<i32>
    %826 = stablehlo.subtract %arg1, %825 : tensor<i32>
    %827 = stablehlo.reshape %805 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %828 = stablehlo.dynamic_update_slice %705, %827, %820, %821, %826, %822, %822 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %829 = stablehlo.reshape %810 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %830 = stablehlo.convert %arg169 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %831 = stablehlo.dot_general %829, %830, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %832 = stablehlo.composite "mlxla.rms_norm" %831, %arg170 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %833 = stablehlo.add %789, %832 : tensor<1x1152xf32>
    %834 = stablehlo.composite "mlxla.rms_norm" %833, %arg171 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %835 = stablehlo.convert %arg173 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %836 = stablehlo.dot_general %834, %835, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %837 = stablehlo.multiply %836, %836 : tensor<1x6912xf32>
    %838 = stablehlo.multiply %837, %836 : tensor<1x6912xf32>
    %839 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %840 = stablehlo.multiply %838, %839 : tensor<1x6912xf32>
    %841 = stablehlo.add %836, %840 : tensor<1x6912xf32>
    %842 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %843 = stablehlo.multiply %841, %842 : tensor<1x6912xf32>
    %844 = stablehlo.tanh %843 : tensor<1x6912xf32>
    %845 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %846 = stablehlo.add %844, %845 : tensor<1x6912xf32>
    %847 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %848 = stablehlo.multiply %836, %847 : tensor<1x6912xf32>
    %849 = stablehlo.multiply %848, %846 : tensor<1x6912xf32>
    %850 = stablehlo.convert %arg174 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %851 = stablehlo.dot_general %834, %850, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %852 = stablehlo.multiply %849, %851 : tensor<1x6912xf32>
    %853 = stablehlo.convert %arg175 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %854 = stablehlo.dot_general %852, %853, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %855 = stablehlo.composite "mlxla.rms_norm" %854, %arg172 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %856 = stablehlo.add %833, %855 : tensor<1x1152xf32>
    %857 = stablehlo.composite "mlxla.rms_norm" %856, %arg176 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %858 = stablehlo.convert %arg177 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %859 = stablehlo.dot_general %857, %858, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %860 = stablehlo.reshape %859 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %861 = stablehlo.composite "mlxla.rms_norm" %860, %arg180 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %862 = stablehlo.composite "mlxla.rope" %861, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %863 = stablehlo.convert %arg178 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %864 = stablehlo.dot_general %857, %863, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %865 = stablehlo.reshape %864 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %866 = stablehlo.composite "mlxla.rms_norm" %865, %arg181 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %867 = stablehlo.composite "mlxla.rope" %866, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %868 = stablehlo.convert %arg179 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %869 = stablehlo.dot_general %857, %868, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %870 = stablehlo.reshape %869 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %871 = stablehlo.convert %867 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %872 = stablehlo.convert %870 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %873 = stablehlo.slice %819 [11:12, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %874 = stablehlo.reshape %873 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %875 = stablehlo.slice %828 [11:12, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %876 = stablehlo.reshape %875 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %877 = stablehlo.composite "mlxla.window_attention" %862, %874, %876, %871, %872, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %878 = stablehlo.constant dense<11> : tensor<i32>
    %879 = stablehlo.constant dense<0> : tensor<i32>
    %880 = stablehlo.constant dense<0> : tensor<i32>
    %881 = stablehlo.constant dense<512> : tensor<i32>
    %882 = stablehlo.divide %arg1, %881 : tensor<i32>
    %883 = stablehlo.multiply %882, %881 : tensor<i32>
    %884 = stablehlo.subtract %arg1, %883 : tensor<i32>
    %885 = stablehlo.reshape %871 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %886 = stablehlo.dynamic_update_slice %819, %885, %878, %879, %884, %880, %880 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %887 = stablehlo.constant dense<11> : tensor<i32>
    %888 = stablehlo.constant dense<0> : tensor<i32>
    %889 = stablehlo.constant dense<0> : tensor<i32>
    %890 = stablehlo.constant dense<512> : tensor<i32>
    %891 = stablehlo.divide %arg1, %890 : tensor<i32>
    %892 = stablehlo.multiply %891, %890 : tensor<i32>
    %893 = stablehlo.subtract %arg1, %892 : tensor<i32>
    %894 = stablehlo.reshape %872 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %895 = stablehlo.dynamic_update_slice %828, %894, %887, %888, %893, %889, %889 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %896 = stablehlo.reshape %877 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %897 = stablehlo.convert %arg182 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %898 = stablehlo.dot_general %896, %897, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %899 = stablehlo.composite "mlxla.rms_norm" %898, %arg183 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %900 = stablehlo.add %856, %899 : tensor<1x1152xf32>
    %901 = stablehlo.composite "mlxla.rms_norm" %900, %arg184 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %902 = stablehlo.convert %arg186 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %903 = stablehlo.dot_general %901, %902, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %904 = stablehlo.multiply %903, %903 : tensor<1x6912xf32>
    %905 = stablehlo.multiply %904, %903 : tensor<1x6912xf32>
    %906 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %907 = stablehlo.multiply %905, %906 : tensor<1x6912xf32>
    %908 = stablehlo.add %903, %907 : tensor<1x6912xf32>
    %909 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %910 = stablehlo.multiply %908, %909 : tensor<1x6912xf32>
    %911 = stablehlo.tanh %910 : tensor<1x6912xf32>
    %912 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %913 = stablehlo.add %911, %912 : tensor<1x6912xf32>
    %914 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %915 = stablehlo.multiply %903, %914 : tensor<1x6912xf32>
    %916 = stablehlo.multiply %915, %913 : tensor<1x6912xf32>
    %917 = stablehlo.convert %arg187 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %918 = stablehlo.dot_general %901, %917, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %919 = stablehlo.multiply %916, %918 : tensor<1x6912xf32>
    %920 = stablehlo.convert %arg188 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %921 = stablehlo.dot_general %919, %920, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %922 = stablehlo.composite "mlxla.rms_norm" %921, %arg185 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %923 = stablehlo.add %900, %922 : tensor<1x1152xf32>
    %924 = stablehlo.composite "mlxla.rms_norm" %923, %arg189 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %925 = stablehlo.convert %arg190 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %926 = stablehlo.dot_general %924, %925, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %927 = stablehlo.reshape %926 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %928 = stablehlo.composite "mlxla.rms_norm" %927, %arg193 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %929 = stablehlo.composite "mlxla.rope" %928, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %930 = stablehlo.convert %arg191 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %931 = stablehlo.dot_general %924, %930, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %932 = stablehlo.reshape %931 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %933 = stablehlo.composite "mlxla.rms_norm" %932, %arg194 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %934 = stablehlo.composite "mlxla.rope" %933, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %935 = stablehlo.convert %arg192 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %936 = stablehlo.dot_general %924, %935, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %937 = stablehlo.reshape %936 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %938 = stablehlo.convert %934 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %939 = stablehlo.convert %937 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %940 = stablehlo.slice %886 [12:13, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %941 = stablehlo.reshape %940 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %942 = stablehlo.slice %895 [12:13, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %943 = stablehlo.reshape %942 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %944 = stablehlo.composite "mlxla.window_attention" %929, %941, %943, %938, %939, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %945 = stablehlo.constant dense<12> : tensor<i32>
    %946 = stablehlo.constant dense<0> : tensor<i32>
    %947 = stablehlo.constant dense<0> : tensor<i32>
    %948 = stablehlo.constant dense<512> : tensor<i32>
    %949 = stablehlo.divide %arg1, %948 : tensor<i32>
    %950 = stablehlo.multiply %949, %948 : tensor<i32>
    %951 = stablehlo.subtract %arg1, %950 : tensor<i32>
    %952 = stablehlo.reshape %938 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %953 = stablehlo.dynamic_update_slice %886, %952, %945, %946, %951, %947, %947 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %954 = stablehlo.constant dense<12> : tensor<i32>
    %955 = stablehlo.constant dense<0> : tensor<i32>
    %956 = stablehlo.constant dense<0> : tensor<i32>
    %957 = stablehlo.constant dense<512> : tensor<i32>
    %958 = stablehlo.divide %arg1, %957 : tensor<i32>
    %959 = stablehlo.multiply %958, %957 : tensor<i32>
    %960 = stablehlo.subtract %arg1, %959 : tensor<i32>
    %961 = stablehlo.reshape %939 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %962 = stablehlo.dynamic_update_slice %895, %961, %954, %955, %960, %956, %956 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %963 = stablehlo.reshape %944 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %964 = stablehlo.convert %arg195 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %965 = stablehlo.dot_general %963, %964, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %966 = stablehlo.composite "mlxla.rms_norm" %965, %arg196 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %967 = stablehlo.add %923, %966 : tensor<1x1152xf32>
    %968 = stablehlo.composite "mlxla.rms_norm" %967, %arg197 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %969 = stablehlo.convert %arg199 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %970 = stablehlo.dot_general %968, %969, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %971 = stablehlo.multiply %970, %970 : tensor<1x6912xf32>
    %972 = stablehlo.multiply %971, %970 : tensor<1x6912xf32>
    %973 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %974 = stablehlo.multiply %972, %973 : tensor<1x6912xf32>
    %975 = stablehlo.add %970, %974 : tensor<1x6912xf32>
    %976 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %977 = stablehlo.multiply %975, %976 : tensor<1x6912xf32>
    %978 = stablehlo.tanh %977 : tensor<1x6912xf32>
    %979 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %980 = stablehlo.add %978, %979 : tensor<1x6912xf32>
    %981 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %982 = stablehlo.multiply %970, %981 : tensor<1x6912xf32>
    %983 = stablehlo.multiply %982, %980 : tensor<1x6912xf32>
    %984 = stablehlo.convert %arg200 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %985 = stablehlo.dot_general %968, %984, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %986 = stablehlo.multiply %983, %985 : tensor<1x6912xf32>
    %987 = stablehlo.convert %arg201 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %988 = stablehlo.dot_general %986, %987, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %989 = stablehlo.composite "mlxla.rms_norm" %988, %arg198 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %990 = stablehlo.add %967, %989 : tensor<1x1152xf32>
    %991 = stablehlo.composite "mlxla.rms_norm" %990, %arg202 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %992 = stablehlo.convert %arg203 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %993 = stablehlo.dot_general %991, %992, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %994 = stablehlo.reshape %993 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %995 = stablehlo.composite "mlxla.rms_norm" %994, %arg206 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %996 = stablehlo.composite "mlxla.rope" %995, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %997 = stablehlo.convert %arg204 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %998 = stablehlo.dot_general %991, %997, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %999 = stablehlo.reshape %998 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1000 = stablehlo.composite "mlxla.rms_norm" %999, %arg207 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1001 = stablehlo.composite "mlxla.rope" %1000, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1002 = stablehlo.convert %arg205 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1003 = stablehlo.dot_general %991, %1002, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1004 = stablehlo.reshape %1003 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1005 = stablehlo.convert %1001 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1006 = stablehlo.convert %1004 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1007 = stablehlo.slice %953 [13:14, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1008 = stablehlo.reshape %1007 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1009 = stablehlo.slice %962 [13:14, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1010 = stablehlo.reshape %1009 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1011 = stablehlo.composite "mlxla.window_attention" %996, %1008, %1010, %1005, %1006, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1012 = stablehlo.constant dense<13> : tensor<i32>
    %1013 = stablehlo.constant dense<0> : tensor<i32>
    %1014 = stablehlo.constant dense<0> : tensor<i32>
    %1015 = stablehlo.constant dense<512> : tensor<i32>
    %1016 = stablehlo.divide %arg1, %1015 : tensor<i32>
    %1017 = stablehlo.multiply %1016, %1015 : tensor<i32>
    %1018 = stablehlo.subtract %arg1, %1017 : tensor<i32>
    %1019 = stablehlo.reshape %1005 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1020 = stablehlo.dynamic_update_slice %953, %1019, %1012, %1013, %1018, %1014, %1014 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1021 = stablehlo.constant dense<13> : tensor<i32>
    %1022 = stablehlo.constant dense<0> : tensor<i32>
    %1023 = stablehlo.constant dense<0> : tensor<i32>
    %1024 = stablehlo.constant dense<512> : tensor<i32>
    %1025 = stablehlo.divide %arg1, %1024 : tensor<i32>
    %1026 = stablehlo.multiply %1025, %1024 : tensor<i32>
    %1027 = stablehlo.subtract %arg1, %1026 : tensor<i32>
    %1028 = stablehlo.reshape %1006 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1029 = stablehlo.dynamic_update_slice %962, %1028, %1021, %1022, %1027, %1023, %1023 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1030 = stablehlo.reshape %1011 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1031 = stablehlo.convert %arg208 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1032 = stablehlo.dot_general %1030, %1031, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1033 = stablehlo.composite "mlxla.rms_norm" %1032, %arg209 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1034 = stablehlo.add %990, %1033 : tensor<1x1152xf32>
    %1035 = stablehlo.composite "mlxla.rms_norm" %1034, %arg210 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1036 = stablehlo.convert %arg212 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1037 = stablehlo.dot_general %1035, %1036, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1038 = stablehlo.multiply %1037, %1037 : tensor<1x6912xf32>
    %1039 = stablehlo.multiply %1038, %1037 : tensor<1x6912xf32>
    %1040 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1041 = stablehlo.multiply %1039, %1040 : tensor<1x6912xf32>
    %1042 = stablehlo.add %1037, %1041 : tensor<1x6912xf32>
    %1043 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1044 = stablehlo.multiply %1042, %1043 : tensor<1x6912xf32>
    %1045 = stablehlo.tanh %1044 : tensor<1x6912xf32>
    %1046 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1047 = stablehlo.add %1045, %1046 : tensor<1x6912xf32>
    %1048 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1049 = stablehlo.multiply %1037, %1048 : tensor<1x6912xf32>
    %1050 = stablehlo.multiply %1049, %1047 : tensor<1x6912xf32>
    %1051 = stablehlo.convert %arg213 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1052 = stablehlo.dot_general %1035, %1051, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1053 = stablehlo.multiply %1050, %1052 : tensor<1x6912xf32>
    %1054 = stablehlo.convert %arg214 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1055 = stablehlo.dot_general %1053, %1054, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1056 = stablehlo.composite "mlxla.rms_norm" %1055, %arg211 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1057 = stablehlo.add %1034, %1056 : tensor<1x1152xf32>
    %1058 = stablehlo.composite "mlxla.rms_norm" %1057, %arg215 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1059 = stablehlo.convert %arg216 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1060 = stablehlo.dot_general %1058, %1059, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1061 = stablehlo.reshape %1060 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1062 = stablehlo.composite "mlxla.rms_norm" %1061, %arg219 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1063 = stablehlo.composite "mlxla.rope" %1062, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1064 = stablehlo.convert %arg217 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1065 = stablehlo.dot_general %1058, %1064, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1066 = stablehlo.reshape %1065 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1067 = stablehlo.composite "mlxla.rms_norm" %1066, %arg220 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1068 = stablehlo.composite "mlxla.rope" %1067, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1069 = stablehlo.convert %arg218 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1070 = stablehlo.dot_general %1058, %1069, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1071 = stablehlo.reshape %1070 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1072 = stablehlo.convert %1068 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1073 = stablehlo.convert %1071 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1074 = stablehlo.slice %1020 [14:15, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1075 = stablehlo.reshape %1074 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1076 = stablehlo.slice %1029 [14:15, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1077 = stablehlo.reshape %1076 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1078 = stablehlo.composite "mlxla.window_attention" %1063, %1075, %1077, %1072, %1073, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1079 = stablehlo.constant dense<14> : tensor<i32>
    %1080 = stablehlo.constant dense<0> : tensor<i32>
    %1081 = stablehlo.constant dense<0> : tensor<i32>
    %1082 = stablehlo.constant dense<512> : tensor<i32>
    %1083 = stablehlo.divide %arg1, %1082 : tensor<i32>
    %1084 = stablehlo.multiply %1083, %1082 : tensor<i32>
    %1085 = stablehlo.subtract %arg1, %1084 : tensor<i32>
    %1086 = stablehlo.reshape %1072 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1087 = stablehlo.dynamic_update_slice %1020, %1086, %1079, %1080, %1085, %1081, %1081 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1088 = stablehlo.constant dense<14> : tensor<i32>
    %1089 = stablehlo.constant dense<0> : tensor<i32>
    %1090 = stablehlo.constant dense<0> : tensor<i32>
    %1091 = stablehlo.constant dense<512> : tensor<i32>
    %1092 = stablehlo.divide %arg1, %1091 : tensor<i32>
    %1093 = stablehlo.multiply %1092, %1091 : tensor<i32>
    %1094 = stablehlo.subtract %arg1, %1093 : tensor<i32>
    %1095 = stablehlo.reshape %1073 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1096 = stablehlo.dynamic_update_slice %1029, %1095, %1088, %1089, %1094, %1090, %1090 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1097 = stablehlo.reshape %1078 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1098 = stablehlo.convert %arg221 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1099 = stablehlo.dot_general %1097, %1098, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1100 = stablehlo.composite "mlxla.rms_norm" %1099, %arg222 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1101 = stablehlo.add %1057, %1100 : tensor<1x1152xf32>
    %1102 = stablehlo.composite "mlxla.rms_norm" %1101, %arg223 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1103 = stablehlo.convert %arg225 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1104 = stablehlo.dot_general %1102, %1103, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1105 = stablehlo.multiply %1104, %1104 : tensor<1x6912xf32>
    %1106 = stablehlo.multiply %1105, %1104 : tensor<1x6912xf32>
    %1107 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1108 = stablehlo.multiply %1106, %1107 : tensor<1x6912xf32>
    %1109 = stablehlo.add %1104, %1108 : tensor<1x6912xf32>
    %1110 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1111 = stablehlo.multiply %1109, %1110 : tensor<1x6912xf32>
    %1112 = stablehlo.tanh %1111 : tensor<1x6912xf32>
    %1113 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1114 = stablehlo.add %1112, %1113 : tensor<1x6912xf32>
    %1115 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1116 = stablehlo.multiply %1104, %1115 : tensor<1x6912xf32>
    %1117 = stablehlo.multiply %1116, %1114 : tensor<1x6912xf32>
    %1118 = stablehlo.convert %arg226 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1119 = stablehlo.dot_general %1102, %1118, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1120 = stablehlo.multiply %1117, %1119 : tensor<1x6912xf32>
    %1121 = stablehlo.convert %arg227 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1122 = stablehlo.dot_general %1120, %1121, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1123 = stablehlo.composite "mlxla.rms_norm" %1122, %arg224 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1124 = stablehlo.add %1101, %1123 : tensor<1x1152xf32>
    %1125 = stablehlo.composite "mlxla.rms_norm" %1124, %arg228 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1126 = stablehlo.convert %arg229 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1127 = stablehlo.dot_general %1125, %1126, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1128 = stablehlo.reshape %1127 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1129 = stablehlo.composite "mlxla.rms_norm" %1128, %arg232 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1130 = stablehlo.composite "mlxla.rope" %1129, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_faf82dd9b5a53760} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1131 = stablehlo.convert %arg230 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1132 = stablehlo.dot_general %1125, %1131, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1133 = stablehlo.reshape %1132 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1134 = stablehlo.composite "mlxla.rms_norm" %1133, %arg233 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1135 = stablehlo.composite "mlxla.rope" %1134, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_faf82dd9b5a53760} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1136 = stablehlo.convert %arg231 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1137 = stablehlo.dot_general %1125, %1136, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1138 = stablehlo.reshape %1137 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1139 = stablehlo.convert %1135 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1140 = stablehlo.convert %1138 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1141 = stablehlo.constant dense<2> : tensor<i32>
    %1142 = stablehlo.constant dense<0> : tensor<i32>
    %1143 = stablehlo.constant dense<0> : tensor<i32>
    %1144 = stablehlo.reshape %1139 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1145 = stablehlo.dynamic_update_slice %754, %1144, %1141, %1143, %arg1, %1142, %1142 : (tensor<4x1x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %1146 = stablehlo.reshape %1140 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1147 = stablehlo.dynamic_update_slice %756, %1146, %1141, %1143, %arg1, %1142, %1142 : (tensor<4x1x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %1148 = stablehlo.slice %1145 [2:3, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1149 = stablehlo.reshape %1148 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1150 = stablehlo.slice %1147 [2:3, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1151 = stablehlo.reshape %1150 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1152 = stablehlo.composite "mlxla.attention" %1130, %1149, %1151, %0, %2 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1153 = stablehlo.reshape %1152 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1154 = stablehlo.convert %arg234 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1155 = stablehlo.dot_general %1153, %1154, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1156 = stablehlo.composite "mlxla.rms_norm" %1155, %arg235 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1157 = stablehlo.add %1124, %1156 : tensor<1x1152xf32>
    %1158 = stablehlo.composite "mlxla.rms_norm" %1157, %arg236 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1159 = stablehlo.convert %arg238 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1160 = stablehlo.dot_general %1158, %1159, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1161 = stablehlo.multiply %1160, %1160 : tensor<1x6912xf32>
    %1162 = stablehlo.multiply %1161, %1160 : tensor<1x6912xf32>
    %1163 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1164 = stablehlo.multiply %1162, %1163 : tensor<1x6912xf32>
    %1165 = stablehlo.add %1160, %1164 : tensor<1x6912xf32>
    %1166 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1167 = stablehlo.multiply %1165, %1166 : tensor<1x6912xf32>
    %1168 = stablehlo.tanh %1167 : tensor<1x6912xf32>
    %1169 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1170 = stablehlo.add %1168, %1169 : tensor<1x6912xf32>
    %1171 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1172 = stablehlo.multiply %1160, %1171 : tensor<1x6912xf32>
    %1173 = stablehlo.multiply %1172, %1170 : tensor<1x6912xf32>
    %1174 = stablehlo.convert %arg239 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1175 = stablehlo.dot_general %1158, %1174, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1176 = stablehlo.multiply %1173, %1175 : tensor<1x6912xf32>
    %1177 = stablehlo.convert %arg240 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1178 = stablehlo.dot_general %1176, %1177, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1179 = stablehlo.composite "mlxla.rms_norm" %1178, %arg237 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1180 = stablehlo.add %1157, %1179 : tensor<1x1152xf32>
    %1181 = stablehlo.composite "mlxla.rms_norm" %1180, %arg241 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1182 = stablehlo.convert %arg242 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1183 = stablehlo.dot_general %1181, %1182, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1184 = stablehlo.reshape %1183 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1185 = stablehlo.composite "mlxla.rms_norm" %1184, %arg245 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1186 = stablehlo.composite "mlxla.rope" %1185, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1187 = stablehlo.convert %arg243 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1188 = stablehlo.dot_general %1181, %1187, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1189 = stablehlo.reshape %1188 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1190 = stablehlo.composite "mlxla.rms_norm" %1189, %arg246 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1191 = stablehlo.composite "mlxla.rope" %1190, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1192 = stablehlo.convert %arg244 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1193 = stablehlo.dot_general %1181, %1192, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1194 = stablehlo.reshape %1193 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1195 = stablehlo.convert %1191 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1196 = stablehlo.convert %1194 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1197 = stablehlo.slice %1087 [15:16, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1198 = stablehlo.reshape %1197 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1199 = stablehlo.slice %1096 [15:16, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1200 = stablehlo.reshape %1199 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1201 = stablehlo.composite "mlxla.window_attention" %1186, %1198, %1200, %1195, %1196, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1202 = stablehlo.constant dense<15> : tensor<i32>
    %1203 = stablehlo.constant dense<0> : tensor<i32>
    %1204 = stablehlo.constant dense<0> : tensor<i32>
    %1205 = stablehlo.constant dense<512> : tensor<i32>
    %1206 = stablehlo.divide %arg1, %1205 : tensor<i32>
    %1207 = stablehlo.multiply %1206, %1205 : tensor<i32>
    %1208 = stablehlo.subtract %arg1, %1207 : tensor<i32>
    %1209 = stablehlo.reshape %1195 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1210 = stablehlo.dynamic_update_slice %1087, %1209, %1202, %1203, %1208, %1204, %1204 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1211 = stablehlo.constant dense<15> : tensor<i32>
    %1212 = stablehlo.constant dense<0> : tensor<i32>
    %1213 = stablehlo.constant dense<0> : tensor<i32>
    %1214 = stablehlo.constant dense<512> : tensor<i32>
    %1215 = stablehlo.divide %arg1, %1214 : tensor<i32>
    %1216 = stablehlo.multiply %1215, %1214 : tensor<i32>
    %1217 = stablehlo.subtract %arg1, %1216 : tensor<i32>
    %1218 = stablehlo.reshape %1196 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1219 = stablehlo.dynamic_update_slice %1096, %1218, %1211, %1212, %1217, %1213, %1213 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1220 = stablehlo.reshape %1201 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1221 = stablehlo.convert %arg247 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1222 = stablehlo.dot_general %1220, %1221, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1223 = stablehlo.composite "mlxla.rms_norm" %1222, %arg248 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1224 = stablehlo.add %1180, %1223 : tensor<1x1152xf32>
    %1225 = stablehlo.composite "mlxla.rms_norm" %1224, %arg249 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1226 = stablehlo.convert %arg251 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1227 = stablehlo.dot_general %1225, %1226, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1228 = stablehlo.multiply %1227, %1227 : tensor<1x6912xf32>
    %1229 = stablehlo.multiply %1228, %1227 : tensor<1x6912xf32>
    %1230 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1231 = stablehlo.multiply %1229, %1230 : tensor<1x6912xf32>
    %1232 = stablehlo.add %1227, %1231 : tensor<1x6912xf32>
    %1233 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1234 = stablehlo.multiply %1232, %1233 : tensor<1x6912xf32>
    %1235 = stablehlo.tanh %1234 : tensor<1x6912xf32>
    %1236 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1237 = stablehlo.add %1235, %1236 : tensor<1x6912xf32>
    %1238 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1239 = stablehlo.multiply %1227, %1238 : tensor<1x6912xf32>
    %1240 = stablehlo.multiply %1239, %1237 : tensor<1x6912xf32>
    %1241 = stablehlo.convert %arg252 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1242 = stablehlo.dot_general %1225, %1241, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1243 = stablehlo.multiply %1240, %1242 : tensor<1x6912xf32>
    %1244 = stablehlo.convert %arg253 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1245 = stablehlo.dot_general %1243, %1244, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1246 = stablehlo.composite "mlxla.rms_norm" %1245, %arg250 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1247 = stablehlo.add %1224, %1246 : tensor<1x1152xf32>
    %1248 = stablehlo.composite "mlxla.rms_norm" %1247, %arg254 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1249 = stablehlo.convert %arg255 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1250 = stablehlo.dot_general %1248, %1249, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1251 = stablehlo.reshape %1250 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1252 = stablehlo.composite "mlxla.rms_norm" %1251, %arg258 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1253 = stablehlo.composite "mlxla.rope" %1252, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1254 = stablehlo.convert %arg256 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1255 = stablehlo.dot_general %1248, %1254, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1256 = stablehlo.reshape %1255 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1257 = stablehlo.composite "mlxla.rms_norm" %1256, %arg259 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1258 = stablehlo.composite "mlxla.rope" %1257, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1259 = stablehlo.convert %arg257 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1260 = stablehlo.dot_general %1248, %1259, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1261 = stablehlo.reshape %1260 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1262 = stablehlo.convert %1258 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1263 = stablehlo.convert %1261 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1264 = stablehlo.slice %1210 [16:17, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1265 = stablehlo.reshape %1264 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1266 = stablehlo.slice %1219 [16:17, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1267 = stablehlo.reshape %1266 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1268 = stablehlo.composite "mlxla.window_attention" %1253, %1265, %1267, %1262, %1263, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1269 = stablehlo.constant dense<16> : tensor<i32>
    %1270 = stablehlo.constant dense<0> : tensor<i32>
    %1271 = stablehlo.constant dense<0> : tensor<i32>
    %1272 = stablehlo.constant dense<512> : tensor<i32>
    %1273 = stablehlo.divide %arg1, %1272 : tensor<i32>
    %1274 = stablehlo.multiply %1273, %1272 : tensor<i32>
    %1275 = stablehlo.subtract %arg1, %1274 : tensor<i32>
    %1276 = stablehlo.reshape %1262 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1277 = stablehlo.dynamic_update_slice %1210, %1276, %1269, %1270, %1275, %1271, %1271 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1278 = stablehlo.constant dense<16> : tensor<i32>
    %1279 = stablehlo.constant dense<0> : tensor<i32>
    %1280 = stablehlo.constant dense<0> : tensor<i32>
    %1281 = stablehlo.constant dense<512> : tensor<i32>
    %1282 = stablehlo.divide %arg1, %1281 : tensor<i32>
    %1283 = stablehlo.multiply %1282, %1281 : tensor<i32>
    %1284 = stablehlo.subtract %arg1, %1283 : tensor<i32>
    %1285 = stablehlo.reshape %1263 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1286 = stablehlo.dynamic_update_slice %1219, %1285, %1278, %1279, %1284, %1280, %1280 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1287 = stablehlo.reshape %1268 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1288 = stablehlo.convert %arg260 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1289 = stablehlo.dot_general %1287, %1288, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1290 = stablehlo.composite "mlxla.rms_norm" %1289, %arg261 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1291 = stablehlo.add %1247, %1290 : tensor<1x1152xf32>
    %1292 = stablehlo.composite "mlxla.rms_norm" %1291, %arg262 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1293 = stablehlo.convert %arg264 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1294 = stablehlo.dot_general %1292, %1293, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1295 = stablehlo.multiply %1294, %1294 : tensor<1x6912xf32>
    %1296 = stablehlo.multiply %1295, %1294 : tensor<1x6912xf32>
    %1297 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1298 = stablehlo.multiply %1296, %1297 : tensor<1x6912xf32>
    %1299 = stablehlo.add %1294, %1298 : tensor<1x6912xf32>
    %1300 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1301 = stablehlo.multiply %1299, %1300 : tensor<1x6912xf32>
    %1302 = stablehlo.tanh %1301 : tensor<1x6912xf32>
    %1303 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1304 = stablehlo.add %1302, %1303 : tensor<1x6912xf32>
    %1305 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1306 = stablehlo.multiply %1294, %1305 : tensor<1x6912xf32>
    %1307 = stablehlo.multiply %1306, %1304 : tensor<1x6912xf32>
    %1308 = stablehlo.convert %arg265 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1309 = stablehlo.dot_general %1292, %1308, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1310 = stablehlo.multiply %1307, %1309 : tensor<1x6912xf32>
    %1311 = stablehlo.convert %arg266 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1312 = stablehlo.dot_general %1310, %1311, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1313 = stablehlo.composite "mlxla.rms_norm" %1312, %arg263 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1314 = stablehlo.add %1291, %1313 : tensor<1x1152xf32>
    %1315 = stablehlo.composite "mlxla.rms_norm" %1314, %arg267 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1316 = stablehlo.convert %arg268 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1317 = stablehlo.dot_general %1315, %1316, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1318 = stablehlo.reshape %1317 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1319 = stablehlo.composite "mlxla.rms_norm" %1318, %arg271 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1320 = stablehlo.composite "mlxla.rope" %1319, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1321 = stablehlo.convert %arg269 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1322 = stablehlo.dot_general %1315, %1321, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1323 = stablehlo.reshape %1322 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1324 = stablehlo.composite "mlxla.rms_norm" %1323, %arg272 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1325 = stablehlo.composite "mlxla.rope" %1324, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1326 = stablehlo.convert %arg270 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1327 = stablehlo.dot_general %1315, %1326, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1328 = stablehlo.reshape %1327 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1329 = stablehlo.convert %1325 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1330 = stablehlo.convert %1328 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1331 = stablehlo.slice %1277 [17:18, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1332 = stablehlo.reshape %1331 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1333 = stablehlo.slice %1286 [17:18, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1334 = stablehlo.reshape %1333 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1335 = stablehlo.composite "mlxla.window_attention" %1320, %1332, %1334, %1329, %1330, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1336 = stablehlo.constant dense<17> : tensor<i32>
    %1337 = stablehlo.constant dense<0> : tensor<i32>
    %1338 = stablehlo.constant dense<0> : tensor<i32>
    %1339 = stablehlo.constant dense<512> : tensor<i32>
    %1340 = stablehlo.divide %arg1, %1339 : tensor<i32>
    %1341 = stablehlo.multiply %1340, %1339 : tensor<i32>
    %1342 = stablehlo.subtract %arg1, %1341 : tensor<i32>
    %1343 = stablehlo.reshape %1329 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1344 = stablehlo.dynamic_update_slice %1277, %1343, %1336, %1337, %1342, %1338, %1338 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1345 = stablehlo.constant dense<17> : tensor<i32>
    %1346 = stablehlo.constant dense<0> : tensor<i32>
    %1347 = stablehlo.constant dense<0> : tensor<i32>
    %1348 = stablehlo.constant dense<512> : tensor<i32>
    %1349 = stablehlo.divide %arg1, %1348 : tensor<i32>
    %1350 = stablehlo.multiply %1349, %1348 : tensor<i32>
    %1351 = stablehlo.subtract %arg1, %1350 : tensor<i32>
    %1352 = stablehlo.reshape %1330 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1353 = stablehlo.dynamic_update_slice %1286, %1352, %1345, %1346, %1351, %1347, %1347 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1354 = stablehlo.reshape %1335 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1355 = stablehlo.convert %arg273 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1356 = stablehlo.dot_general %1354, %1355, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1357 = stablehlo.composite "mlxla.rms_norm" %1356, %arg274 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1358 = stablehlo.add %1314, %1357 : tensor<1x1152xf32>
    %1359 = stablehlo.composite "mlxla.rms_norm" %1358, %arg275 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1360 = stablehlo.convert %arg277 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1361 = stablehlo.dot_general %1359, %1360, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1362 = stablehlo.multiply %1361, %1361 : tensor<1x6912xf32>
    %1363 = stablehlo.multiply %1362, %1361 : tensor<1x6912xf32>
    %1364 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1365 = stablehlo.multiply %1363, %1364 : tensor<1x6912xf32>
    %1366 = stablehlo.add %1361, %1365 : tensor<1x6912xf32>
    %1367 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1368 = stablehlo.multiply %1366, %1367 : tensor<1x6912xf32>
    %1369 = stablehlo.tanh %1368 : tensor<1x6912xf32>
    %1370 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1371 = stablehlo.add %1369, %1370 : tensor<1x6912xf32>
    %1372 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1373 = stablehlo.multiply %1361, %1372 : tensor<1x6912xf32>
    %1374 = stablehlo.multiply %1373, %1371 : tensor<1x6912xf32>
    %1375 = stablehlo.convert %arg278 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1376 = stablehlo.dot_general %1359, %1375, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1377 = stablehlo.multiply %1374, %1376 : tensor<1x6912xf32>
    %1378 = stablehlo.convert %arg279 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1379 = stablehlo.dot_general %1377, %1378, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1380 = stablehlo.composite "mlxla.rms_norm" %1379, %arg276 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1381 = stablehlo.add %1358, %1380 : tensor<1x1152xf32>
    %1382 = stablehlo.composite "mlxla.rms_norm" %1381, %arg280 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1383 = stablehlo.convert %arg281 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1384 = stablehlo.dot_general %1382, %1383, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1385 = stablehlo.reshape %1384 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1386 = stablehlo.composite "mlxla.rms_norm" %1385, %arg284 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1387 = stablehlo.composite "mlxla.rope" %1386, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1388 = stablehlo.convert %arg282 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1389 = stablehlo.dot_general %1382, %1388, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1390 = stablehlo.reshape %1389 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1391 = stablehlo.composite "mlxla.rms_norm" %1390, %arg285 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1392 = stablehlo.composite "mlxla.rope" %1391, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1393 = stablehlo.convert %arg283 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1394 = stablehlo.dot_general %1382, %1393, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1395 = stablehlo.reshape %1394 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1396 = stablehlo.convert %1392 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1397 = stablehlo.convert %1395 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1398 = stablehlo.slice %1344 [18:19, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1399 = stablehlo.reshape %1398 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1400 = stablehlo.slice %1353 [18:19, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1401 = stablehlo.reshape %1400 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1402 = stablehlo.composite "mlxla.window_attention" %1387, %1399, %1401, %1396, %1397, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1403 = stablehlo.constant dense<18> : tensor<i32>
    %1404 = stablehlo.constant dense<0> : tensor<i32>
    %1405 = stablehlo.constant dense<0> : tensor<i32>
    %1406 = stablehlo.constant dense<512> : tensor<i32>
    %1407 = stablehlo.divide %arg1, %1406 : tensor<i32>
    %1408 = stablehlo.multiply %1407, %1406 : tensor<i32>
    %1409 = stablehlo.subtract %arg1, %1408 : tensor<i32>
    %1410 = stablehlo.reshape %1396 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1411 = stablehlo.dynamic_update_slice %1344, %1410, %1403, %1404, %1409, %1405, %1405 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1412 = stablehlo.constant dense<18> : tensor<i32>
    %1413 = stablehlo.constant dense<0> : tensor<i32>
    %1414 = stablehlo.constant dense<0> : tensor<i32>
    %1415 = stablehlo.constant dense<512> : tensor<i32>
    %1416 = stablehlo.divide %arg1, %1415 : tensor<i32>
    %1417 = stablehlo.multiply %1416, %1415 : tensor<i32>
    %1418 = stablehlo.subtract %arg1, %1417 : tensor<i32>
    %1419 = stablehlo.reshape %1397 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1420 = stablehlo.dynamic_update_slice %1353, %1419, %1412, %1413, %1418, %1414, %1414 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1421 = stablehlo.reshape %1402 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1422 = stablehlo.convert %arg286 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1423 = stablehlo.dot_general %1421, %1422, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1424 = stablehlo.composite "mlxla.rms_norm" %1423, %arg287 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1425 = stablehlo.add %1381, %1424 : tensor<1x1152xf32>
    %1426 = stablehlo.composite "mlxla.rms_norm" %1425, %arg288 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1427 = stablehlo.convert %arg290 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1428 = stablehlo.dot_general %1426, %1427, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1429 = stablehlo.multiply %1428, %1428 : tensor<1x6912xf32>
    %1430 = stablehlo.multiply %1429, %1428 : tensor<1x6912xf32>
    %1431 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1432 = stablehlo.multiply %1430, %1431 : tensor<1x6912xf32>
    %1433 = stablehlo.add %1428, %1432 : tensor<1x6912xf32>
    %1434 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1435 = stablehlo.multiply %1433, %1434 : tensor<1x6912xf32>
    %1436 = stablehlo.tanh %1435 : tensor<1x6912xf32>
    %1437 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1438 = stablehlo.add %1436, %1437 : tensor<1x6912xf32>
    %1439 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1440 = stablehlo.multiply %1428, %1439 : tensor<1x6912xf32>
    %1441 = stablehlo.multiply %1440, %1438 : tensor<1x6912xf32>
    %1442 = stablehlo.convert %arg291 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1443 = stablehlo.dot_general %1426, %1442, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1444 = stablehlo.multiply %1441, %1443 : tensor<1x6912xf32>
    %1445 = stablehlo.convert %arg292 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1446 = stablehlo.dot_general %1444, %1445, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1447 = stablehlo.composite "mlxla.rms_norm" %1446, %arg289 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1448 = stablehlo.add %1425, %1447 : tensor<1x1152xf32>
    %1449 = stablehlo.composite "mlxla.rms_norm" %1448, %arg293 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1450 = stablehlo.convert %arg294 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1451 = stablehlo.dot_general %1449, %1450, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1452 = stablehlo.reshape %1451 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1453 = stablehlo.composite "mlxla.rms_norm" %1452, %arg297 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1454 = stablehlo.composite "mlxla.rope" %1453, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1455 = stablehlo.convert %arg295 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1456 = stablehlo.dot_general %1449, %1455, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1457 = stablehlo.reshape %1456 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1458 = stablehlo.composite "mlxla.rms_norm" %1457, %arg298 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1459 = stablehlo.composite "mlxla.rope" %1458, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1460 = stablehlo.convert %arg296 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1461 = stablehlo.dot_general %1449, %1460, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1462 = stablehlo.reshape %1461 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1463 = stablehlo.convert %1459 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1464 = stablehlo.convert %1462 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1465 = stablehlo.slice %1411 [19:20, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1466 = stablehlo.reshape %1465 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1467 = stablehlo.slice %1420 [19:20, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1468 = stablehlo.reshape %1467 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1469 = stablehlo.composite "mlxla.window_attention" %1454, %1466, %1468, %1463, %1464, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1470 = stablehlo.constant dense<19> : tensor<i32>
    %1471 = stablehlo.constant dense<0> : tensor<i32>
    %1472 = stablehlo.constant dense<0> : tensor<i32>
    %1473 = stablehlo.constant dense<512> : tensor<i32>
    %1474 = stablehlo.divide %arg1, %1473 : tensor<i32>
    %1475 = stablehlo.multiply %1474, %1473 : tensor<i32>
    %1476 = stablehlo.subtract %arg1, %1475 : tensor<i32>
    %1477 = stablehlo.reshape %1463 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1478 = stablehlo.dynamic_update_slice %1411, %1477, %1470, %1471, %1476, %1472, %1472 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1479 = stablehlo.constant dense<19> : tensor<i32>
    %1480 = stablehlo.constant dense<0> : tensor<i32>
    %1481 = stablehlo.constant dense<0> : tensor<i32>
    %1482 = stablehlo.constant dense<512> : tensor<i32>
    %1483 = stablehlo.divide %arg1, %1482 : tensor<i32>
    %1484 = stablehlo.multiply %1483, %1482 : tensor<i32>
    %1485 = stablehlo.subtract %arg1, %1484 : tensor<i32>
    %1486 = stablehlo.reshape %1464 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1487 = stablehlo.dynamic_update_slice %1420, %1486, %1479, %1480, %1485, %1481, %1481 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1488 = stablehlo.reshape %1469 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1489 = stablehlo.convert %arg299 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1490 = stablehlo.dot_general %1488, %1489, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1491 = stablehlo.composite "mlxla.rms_norm" %1490, %arg300 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1492 = stablehlo.add %1448, %1491 : tensor<1x1152xf32>
    %1493 = stablehlo.composite "mlxla.rms_norm" %1492, %arg301 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1494 = stablehlo.convert %arg303 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1495 = stablehlo.dot_general %1493, %1494, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1496 = stablehlo.multiply %1495, %1495 : tensor<1x6912xf32>
    %1497 = stablehlo.multiply %1496, %1495 : tensor<1x6912xf32>
    %1498 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1499 = stablehlo.multiply %1497, %1498 : tensor<1x6912xf32>
    %1500 = stablehlo.add %1495, %1499 : tensor<1x6912xf32>
    %1501 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1502 = stablehlo.multiply %1500, %1501 : tensor<1x6912xf32>
    %1503 = stablehlo.tanh %1502 : tensor<1x6912xf32>
    %1504 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1505 = stablehlo.add %1503, %1504 : tensor<1x6912xf32>
    %1506 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1507 = stablehlo.multiply %1495, %1506 : tensor<1x6912xf32>
    %1508 = stablehlo.multiply %1507, %1505 : tensor<1x6912xf32>
    %1509 = stablehlo.convert %arg304 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1510 = stablehlo.dot_general %1493, %1509, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1511 = stablehlo.multiply %1508, %1510 : tensor<1x6912xf32>
    %1512 = stablehlo.convert %arg305 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1513 = stablehlo.dot_general %1511, %1512, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1514 = stablehlo.composite "mlxla.rms_norm" %1513, %arg302 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1515 = stablehlo.add %1492, %1514 : tensor<1x1152xf32>
    %1516 = stablehlo.composite "mlxla.rms_norm" %1515, %arg306 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1517 = stablehlo.convert %arg307 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1518 = stablehlo.dot_general %1516, %1517, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1519 = stablehlo.reshape %1518 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1520 = stablehlo.composite "mlxla.rms_norm" %1519, %arg310 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1521 = stablehlo.composite "mlxla.rope" %1520, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_faf82dd9b5a53760} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1522 = stablehlo.convert %arg308 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1523 = stablehlo.dot_general %1516, %1522, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1524 = stablehlo.reshape %1523 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1525 = stablehlo.composite "mlxla.rms_norm" %1524, %arg311 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1526 = stablehlo.composite "mlxla.rope" %1525, %0 {composite_attributes = {scaling = "none", theta = 1.0e+06 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_faf82dd9b5a53760} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1527 = stablehlo.convert %arg309 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1528 = stablehlo.dot_general %1516, %1527, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1529 = stablehlo.reshape %1528 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1530 = stablehlo.convert %1526 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1531 = stablehlo.convert %1529 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1532 = stablehlo.constant dense<3> : tensor<i32>
    %1533 = stablehlo.constant dense<0> : tensor<i32>
    %1534 = stablehlo.constant dense<0> : tensor<i32>
    %1535 = stablehlo.reshape %1530 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1536 = stablehlo.dynamic_update_slice %1145, %1535, %1532, %1534, %arg1, %1533, %1533 : (tensor<4x1x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %1537 = stablehlo.reshape %1531 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1538 = stablehlo.dynamic_update_slice %1147, %1537, %1532, %1534, %arg1, %1533, %1533 : (tensor<4x1x640x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x1x640x1x256xf16>
    %1539 = stablehlo.slice %1536 [3:4, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1540 = stablehlo.reshape %1539 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1541 = stablehlo.slice %1538 [3:4, 0:1, 0:640, 0:1, 0:256] : (tensor<4x1x640x1x256xf16>) -> tensor<1x1x640x1x256xf16>
    %1542 = stablehlo.reshape %1541 : (tensor<1x1x640x1x256xf16>) -> tensor<640x1x256xf16>
    %1543 = stablehlo.composite "mlxla.attention" %1521, %1540, %1542, %0, %2 {composite_attributes = {scale = 0.0625 : f64}, decomposition = @mlxla_attention_1x4x256xf32_640x1x256xf16_640x1x256xf16_1xi32_i32_5d4d8ac1bce6e3f1} : (tensor<1x4x256xf32>, tensor<640x1x256xf16>, tensor<640x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1544 = stablehlo.reshape %1543 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1545 = stablehlo.convert %arg312 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1546 = stablehlo.dot_general %1544, %1545, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1547 = stablehlo.composite "mlxla.rms_norm" %1546, %arg313 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1548 = stablehlo.add %1515, %1547 : tensor<1x1152xf32>
    %1549 = stablehlo.composite "mlxla.rms_norm" %1548, %arg314 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1550 = stablehlo.convert %arg316 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1551 = stablehlo.dot_general %1549, %1550, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1552 = stablehlo.multiply %1551, %1551 : tensor<1x6912xf32>
    %1553 = stablehlo.multiply %1552, %1551 : tensor<1x6912xf32>
    %1554 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1555 = stablehlo.multiply %1553, %1554 : tensor<1x6912xf32>
    %1556 = stablehlo.add %1551, %1555 : tensor<1x6912xf32>
    %1557 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1558 = stablehlo.multiply %1556, %1557 : tensor<1x6912xf32>
    %1559 = stablehlo.tanh %1558 : tensor<1x6912xf32>
    %1560 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1561 = stablehlo.add %1559, %1560 : tensor<1x6912xf32>
    %1562 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1563 = stablehlo.multiply %1551, %1562 : tensor<1x6912xf32>
    %1564 = stablehlo.multiply %1563, %1561 : tensor<1x6912xf32>
    %1565 = stablehlo.convert %arg317 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1566 = stablehlo.dot_general %1549, %1565, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1567 = stablehlo.multiply %1564, %1566 : tensor<1x6912xf32>
    %1568 = stablehlo.convert %arg318 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1569 = stablehlo.dot_general %1567, %1568, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1570 = stablehlo.composite "mlxla.rms_norm" %1569, %arg315 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1571 = stablehlo.add %1548, %1570 : tensor<1x1152xf32>
    %1572 = stablehlo.composite "mlxla.rms_norm" %1571, %arg319 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1573 = stablehlo.convert %arg320 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1574 = stablehlo.dot_general %1572, %1573, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1575 = stablehlo.reshape %1574 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1576 = stablehlo.composite "mlxla.rms_norm" %1575, %arg323 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1577 = stablehlo.composite "mlxla.rope" %1576, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1578 = stablehlo.convert %arg321 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1579 = stablehlo.dot_general %1572, %1578, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1580 = stablehlo.reshape %1579 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1581 = stablehlo.composite "mlxla.rms_norm" %1580, %arg324 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1582 = stablehlo.composite "mlxla.rope" %1581, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1583 = stablehlo.convert %arg322 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1584 = stablehlo.dot_general %1572, %1583, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1585 = stablehlo.reshape %1584 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1586 = stablehlo.convert %1582 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1587 = stablehlo.convert %1585 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1588 = stablehlo.slice %1478 [20:21, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1589 = stablehlo.reshape %1588 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1590 = stablehlo.slice %1487 [20:21, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1591 = stablehlo.reshape %1590 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1592 = stablehlo.composite "mlxla.window_attention" %1577, %1589, %1591, %1586, %1587, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1593 = stablehlo.constant dense<20> : tensor<i32>
    %1594 = stablehlo.constant dense<0> : tensor<i32>
    %1595 = stablehlo.constant dense<0> : tensor<i32>
    %1596 = stablehlo.constant dense<512> : tensor<i32>
    %1597 = stablehlo.divide %arg1, %1596 : tensor<i32>
    %1598 = stablehlo.multiply %1597, %1596 : tensor<i32>
    %1599 = stablehlo.subtract %arg1, %1598 : tensor<i32>
    %1600 = stablehlo.reshape %1586 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1601 = stablehlo.dynamic_update_slice %1478, %1600, %1593, %1594, %1599, %1595, %1595 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1602 = stablehlo.constant dense<20> : tensor<i32>
    %1603 = stablehlo.constant dense<0> : tensor<i32>
    %1604 = stablehlo.constant dense<0> : tensor<i32>
    %1605 = stablehlo.constant dense<512> : tensor<i32>
    %1606 = stablehlo.divide %arg1, %1605 : tensor<i32>
    %1607 = stablehlo.multiply %1606, %1605 : tensor<i32>
    %1608 = stablehlo.subtract %arg1, %1607 : tensor<i32>
    %1609 = stablehlo.reshape %1587 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1610 = stablehlo.dynamic_update_slice %1487, %1609, %1602, %1603, %1608, %1604, %1604 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1611 = stablehlo.reshape %1592 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1612 = stablehlo.convert %arg325 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1613 = stablehlo.dot_general %1611, %1612, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1614 = stablehlo.composite "mlxla.rms_norm" %1613, %arg326 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1615 = stablehlo.add %1571, %1614 : tensor<1x1152xf32>
    %1616 = stablehlo.composite "mlxla.rms_norm" %1615, %arg327 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1617 = stablehlo.convert %arg329 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1618 = stablehlo.dot_general %1616, %1617, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1619 = stablehlo.multiply %1618, %1618 : tensor<1x6912xf32>
    %1620 = stablehlo.multiply %1619, %1618 : tensor<1x6912xf32>
    %1621 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1622 = stablehlo.multiply %1620, %1621 : tensor<1x6912xf32>
    %1623 = stablehlo.add %1618, %1622 : tensor<1x6912xf32>
    %1624 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1625 = stablehlo.multiply %1623, %1624 : tensor<1x6912xf32>
    %1626 = stablehlo.tanh %1625 : tensor<1x6912xf32>
    %1627 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1628 = stablehlo.add %1626, %1627 : tensor<1x6912xf32>
    %1629 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1630 = stablehlo.multiply %1618, %1629 : tensor<1x6912xf32>
    %1631 = stablehlo.multiply %1630, %1628 : tensor<1x6912xf32>
    %1632 = stablehlo.convert %arg330 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1633 = stablehlo.dot_general %1616, %1632, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1634 = stablehlo.multiply %1631, %1633 : tensor<1x6912xf32>
    %1635 = stablehlo.convert %arg331 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1636 = stablehlo.dot_general %1634, %1635, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1637 = stablehlo.composite "mlxla.rms_norm" %1636, %arg328 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1638 = stablehlo.add %1615, %1637 : tensor<1x1152xf32>
    %1639 = stablehlo.composite "mlxla.rms_norm" %1638, %arg332 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1640 = stablehlo.convert %arg333 : (tensor<1024x1152xbf16>) -> tensor<1024x1152xf32>
    %1641 = stablehlo.dot_general %1639, %1640, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<1024x1152xf32>) -> tensor<1x1024xf32>
    %1642 = stablehlo.reshape %1641 : (tensor<1x1024xf32>) -> tensor<1x4x256xf32>
    %1643 = stablehlo.composite "mlxla.rms_norm" %1642, %arg336 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x4x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x4x256xf32>, tensor<256xf32>) -> tensor<1x4x256xf32>
    %1644 = stablehlo.composite "mlxla.rope" %1643, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x256xf32>, tensor<1xi32>) -> tensor<1x4x256xf32>
    %1645 = stablehlo.convert %arg334 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1646 = stablehlo.dot_general %1639, %1645, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1647 = stablehlo.reshape %1646 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1648 = stablehlo.composite "mlxla.rms_norm" %1647, %arg337 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1x256xf32_256xf32_dfd08a87bd568064} : (tensor<1x1x256xf32>, tensor<256xf32>) -> tensor<1x1x256xf32>
    %1649 = stablehlo.composite "mlxla.rope" %1648, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x1x256xf32_1xi32_e799d9b71a401c74} : (tensor<1x1x256xf32>, tensor<1xi32>) -> tensor<1x1x256xf32>
    %1650 = stablehlo.convert %arg335 : (tensor<256x1152xbf16>) -> tensor<256x1152xf32>
    %1651 = stablehlo.dot_general %1639, %1650, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<256x1152xf32>) -> tensor<1x256xf32>
    %1652 = stablehlo.reshape %1651 : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
    %1653 = stablehlo.convert %1649 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1654 = stablehlo.convert %1652 : (tensor<1x1x256xf32>) -> tensor<1x1x256xf16>
    %1655 = stablehlo.slice %1601 [21:22, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1656 = stablehlo.reshape %1655 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1657 = stablehlo.slice %1610 [21:22, 0:1, 0:512, 0:1, 0:256] : (tensor<22x1x512x1x256xf16>) -> tensor<1x1x512x1x256xf16>
    %1658 = stablehlo.reshape %1657 : (tensor<1x1x512x1x256xf16>) -> tensor<512x1x256xf16>
    %1659 = stablehlo.composite "mlxla.window_attention" %1644, %1656, %1658, %1653, %1654, %0, %2 {composite_attributes = {scale = 0.0625 : f64, window = 512 : i64}, decomposition = @mlxla_window_attention_1x4x256xf32_512x1x256xf16_512x1x256xf16_1x1x256xf16_1x1x256xf16_1xi32_i32_dd446234a71a3dfa} : (tensor<1x4x256xf32>, tensor<512x1x256xf16>, tensor<512x1x256xf16>, tensor<1x1x256xf16>, tensor<1x1x256xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x4x256xf32>
    %1660 = stablehlo.constant dense<21> : tensor<i32>
    %1661 = stablehlo.constant dense<0> : tensor<i32>
    %1662 = stablehlo.constant dense<0> : tensor<i32>
    %1663 = stablehlo.constant dense<512> : tensor<i32>
    %1664 = stablehlo.divide %arg1, %1663 : tensor<i32>
    %1665 = stablehlo.multiply %1664, %1663 : tensor<i32>
    %1666 = stablehlo.subtract %arg1, %1665 : tensor<i32>
    %1667 = stablehlo.reshape %1653 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1668 = stablehlo.dynamic_update_slice %1601, %1667, %1660, %1661, %1666, %1662, %1662 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1669 = stablehlo.constant dense<21> : tensor<i32>
    %1670 = stablehlo.constant dense<0> : tensor<i32>
    %1671 = stablehlo.constant dense<0> : tensor<i32>
    %1672 = stablehlo.constant dense<512> : tensor<i32>
    %1673 = stablehlo.divide %arg1, %1672 : tensor<i32>
    %1674 = stablehlo.multiply %1673, %1672 : tensor<i32>
    %1675 = stablehlo.subtract %arg1, %1674 : tensor<i32>
    %1676 = stablehlo.reshape %1654 : (tensor<1x1x256xf16>) -> tensor<1x1x1x1x256xf16>
    %1677 = stablehlo.dynamic_update_slice %1610, %1676, %1669, %1670, %1675, %1671, %1671 : (tensor<22x1x512x1x256xf16>, tensor<1x1x1x1x256xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<22x1x512x1x256xf16>
    %1678 = stablehlo.reshape %1659 : (tensor<1x4x256xf32>) -> tensor<1x1024xf32>
    %1679 = stablehlo.convert %arg338 : (tensor<1152x1024xbf16>) -> tensor<1152x1024xf32>
    %1680 = stablehlo.dot_general %1678, %1679, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<1152x1024xf32>) -> tensor<1x1152xf32>
    %1681 = stablehlo.composite "mlxla.rms_norm" %1680, %arg339 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1682 = stablehlo.add %1638, %1681 : tensor<1x1152xf32>
    %1683 = stablehlo.composite "mlxla.rms_norm" %1682, %arg340 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1684 = stablehlo.convert %arg342 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1685 = stablehlo.dot_general %1683, %1684, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1686 = stablehlo.multiply %1685, %1685 : tensor<1x6912xf32>
    %1687 = stablehlo.multiply %1686, %1685 : tensor<1x6912xf32>
    %1688 = stablehlo.constant dense<0.044715> : tensor<1x6912xf32>
    %1689 = stablehlo.multiply %1687, %1688 : tensor<1x6912xf32>
    %1690 = stablehlo.add %1685, %1689 : tensor<1x6912xf32>
    %1691 = stablehlo.constant dense<0.7978846> : tensor<1x6912xf32>
    %1692 = stablehlo.multiply %1690, %1691 : tensor<1x6912xf32>
    %1693 = stablehlo.tanh %1692 : tensor<1x6912xf32>
    %1694 = stablehlo.constant dense<1.0> : tensor<1x6912xf32>
    %1695 = stablehlo.add %1693, %1694 : tensor<1x6912xf32>
    %1696 = stablehlo.constant dense<0.5> : tensor<1x6912xf32>
    %1697 = stablehlo.multiply %1685, %1696 : tensor<1x6912xf32>
    %1698 = stablehlo.multiply %1697, %1695 : tensor<1x6912xf32>
    %1699 = stablehlo.convert %arg343 : (tensor<6912x1152xbf16>) -> tensor<6912x1152xf32>
    %1700 = stablehlo.dot_general %1683, %1699, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<6912x1152xf32>) -> tensor<1x6912xf32>
    %1701 = stablehlo.multiply %1698, %1700 : tensor<1x6912xf32>
    %1702 = stablehlo.convert %arg344 : (tensor<1152x6912xbf16>) -> tensor<1152x6912xf32>
    %1703 = stablehlo.dot_general %1701, %1702, contracting_dims = [1] x [1] : (tensor<1x6912xf32>, tensor<1152x6912xf32>) -> tensor<1x1152xf32>
    %1704 = stablehlo.composite "mlxla.rms_norm" %1703, %arg341 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1705 = stablehlo.add %1682, %1704 : tensor<1x1152xf32>
    %1706 = stablehlo.composite "mlxla.rms_norm" %1705, %arg345 {composite_attributes = {epsilon = 1.0e-06 : f64}, decomposition = @mlxla_rms_norm_1x1152xf32_1152xf32_dfd08a87bd568064} : (tensor<1x1152xf32>, tensor<1152xf32>) -> tensor<1x1152xf32>
    %1707 = stablehlo.convert %arg6 : (tensor<262144x1152xbf16>) -> tensor<262144x1152xf32>
    %1708 = stablehlo.dot_general %1706, %1707, contracting_dims = [1] x [1] : (tensor<1x1152xf32>, tensor<262144x1152xf32>) -> tensor<1x262144xf32>
    %1709 = stablehlo.composite "mlxla.argmax" %1708 {decomposition = @mlxla_argmax_1x262144xf32_cbf29ce484222325} : (tensor<1x262144xf32>) -> tensor<1xi32>
    return %1709, %1536, %1538, %1668, %1677 : tensor<1xi32>, tensor<4x1x640x1x256xf16>, tensor<4x1x640x1x256xf16>, tensor<22x1x512x1x256xf16>, tensor<22x1x512x1x256xf16>
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
