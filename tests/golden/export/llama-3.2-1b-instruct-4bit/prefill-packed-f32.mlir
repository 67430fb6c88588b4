module @mlxla {
  func.func @main(%arg0: tensor<8xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "start"}, %arg2: tensor<i32> {mlxla.name = "n_valid"}, %arg3: tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg4: tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg5: tensor<128256x256xui32> {mlxla.name = "model.embed_tokens.weight"}, %arg6: tensor<128256x32xbf16> {mlxla.name = "model.embed_tokens.scales"}, %arg7: tensor<128256x32xbf16> {mlxla.name = "model.embed_tokens.biases"}, %arg8: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg9: tensor<2048x256xui32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg10: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.q_proj.scales"}, %arg11: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.q_proj.biases"}, %arg12: tensor<512x256xui32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg13: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.k_proj.scales"}, %arg14: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.k_proj.biases"}, %arg15: tensor<512x256xui32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg16: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.v_proj.scales"}, %arg17: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.v_proj.biases"}, %arg18: tensor<2048x256xui32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg19: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.o_proj.scales"}, %arg20: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.o_proj.biases"}, %arg21: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg22: tensor<8192x256xui32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg23: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.gate_proj.scales"}, %arg24: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.gate_proj.biases"}, %arg25: tensor<8192x256xui32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg26: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.up_proj.scales"}, %arg27: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.up_proj.biases"}, %arg28: tensor<2048x1024xui32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg29: tensor<2048x128xbf16> {mlxla.name = "model.layers.0.mlp.down_proj.scales"}, %arg30: tensor<2048x128xbf16> {mlxla.name = "model.layers.0.mlp.down_proj.biases"}, %arg31: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg32: tensor<2048x256xui32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg33: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.q_proj.scales"}, %arg34: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.q_proj.biases"}, %arg35: tensor<512x256xui32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg36: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.k_proj.scales"}, %arg37: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.k_proj.biases"}, %arg38: tensor<512x256xui32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg39: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.v_proj.scales"}, %arg40: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.v_proj.biases"}, %arg41: tensor<2048x256xui32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg42: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.o_proj.scales"}, %arg43: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.o_proj.biases"}, %arg44: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg45: tensor<8192x256xui32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg46: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.gate_proj.scales"}, %arg47: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.gate_proj.biases"}, %arg48: tensor<8192x256xui32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg49: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.up_proj.scales"}, %arg50: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.up_proj.biases"}, %arg51: tensor<2048x1024xui32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg52: tensor<2048x128xbf16> {mlxla.name = "model.layers.1.mlp.down_proj.scales"}, %arg53: tensor<2048x128xbf16> {mlxla.name = "model.layers.1.mlp.down_proj.biases"}, %arg54: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg55: tensor<2048x256xui32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg56: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.q_proj.scales"}, %arg57: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.q_proj.biases"}, %arg58: tensor<512x256xui32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg59: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.k_proj.scales"}, %arg60: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.k_proj.biases"}, %arg61: tensor<512x256xui32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg62: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.v_proj.scales"}, %arg63: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.v_proj.biases"}, %arg64: tensor<2048x256xui32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg65: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.o_proj.scales"}, %arg66: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.o_proj.biases"}, %arg67: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg68: tensor<8192x256xui32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg69: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.gate_proj.scales"}, %arg70: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.gate_proj.biases"}, %arg71: tensor<8192x256xui32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg72: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.up_proj.scales"}, %arg73: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.up_proj.biases"}, %arg74: tensor<2048x1024xui32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg75: tensor<2048x128xbf16> {mlxla.name = "model.layers.2.mlp.down_proj.scales"}, %arg76: tensor<2048x128xbf16> {mlxla.name = "model.layers.2.mlp.down_proj.biases"}, %arg77: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg78: tensor<2048x256xui32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg79: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.q_proj.scales"}, %arg80: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.q_proj.biases"}, %arg81: tensor<512x256xui32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg82: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.k_proj.scales"}, %arg83: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.k_proj.biases"}, %arg84: tensor<512x256xui32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg85: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.v_proj.scales"}, %arg86: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.v_proj.biases"}, %arg87: tensor<2048x256xui32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg88: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.o_proj.scales"}, %arg89: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.o_proj.biases"}, %arg90: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg91: tensor<8192x256xui32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg92: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.gate_proj.scales"}, %arg93: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.gate_proj.biases"}, %arg94: tensor<8192x256xui32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg95: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.up_proj.scales"}, %arg96: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.up_proj.biases"}, %arg97: tensor<2048x1024xui32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg98: tensor<2048x128xbf16> {mlxla.name = "model.layers.3.mlp.down_proj.scales"}, %arg99: tensor<2048x128xbf16> {mlxla.name = "model.layers.3.mlp.down_proj.biases"}, %arg100: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg101: tensor<2048x256xui32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg102: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.q_proj.scales"}, %arg103: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.q_proj.biases"}, %arg104: tensor<512x256xui32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg105: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.k_proj.scales"}, %arg106: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.k_proj.biases"}, %arg107: tensor<512x256xui32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg108: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.v_proj.scales"}, %arg109: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.v_proj.biases"}, %arg110: tensor<2048x256xui32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg111: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.o_proj.scales"}, %arg112: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.o_proj.biases"}, %arg113: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg114: tensor<8192x256xui32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg115: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.gate_proj.scales"}, %arg116: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.gate_proj.biases"}, %arg117: tensor<8192x256xui32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg118: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.up_proj.scales"}, %arg119: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.up_proj.biases"}, %arg120: tensor<2048x1024xui32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg121: tensor<2048x128xbf16> {mlxla.name = "model.layers.4.mlp.down_proj.scales"}, %arg122: tensor<2048x128xbf16> {mlxla.name = "model.layers.4.mlp.down_proj.biases"}, %arg123: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg124: tensor<2048x256xui32> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg125: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.q_proj.scales"}, %arg126: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.q_proj.biases"}, %arg127: tensor<512x256xui32> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg128: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.k_proj.scales"}, %arg129: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.k_proj.biases"}, %arg130: tensor<512x256xui32> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg131: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.v_proj.scales"}, %arg132: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.v_proj.biases"}, %arg133: tensor<2048x256xui32> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg134: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.o_proj.scales"}, %arg135: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.o_proj.biases"}, %arg136: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg137: tensor<8192x256xui32> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg138: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.gate_proj.scales"}, %arg139: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.gate_proj.biases"}, %arg140: tensor<8192x256xui32> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg141: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.up_proj.scales"}, %arg142: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.up_proj.biases"}, %arg143: tensor<2048x1024xui32> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg144: tensor<2048x128xbf16> {mlxla.name = "model.layers.5.mlp.down_proj.scales"}, %arg145: tensor<2048x128xbf16> {mlxla.name = "model.layers.5.mlp.down_proj.biases"}, %arg146: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg147: tensor<2048x256xui32> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg148: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.q_proj.scales"}, %arg149: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.q_proj.biases"}, %arg150: tensor<512x256xui32> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg151: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.k_proj.scales"}, %arg152: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.k_proj.biases"}, %arg153: tensor<512x256xui32> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg154: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.v_proj.scales"}, %arg155: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.v_proj.biases"}, %arg156: tensor<2048x256xui32> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg157: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.o_proj.scales"}, %arg158: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.o_proj.biases"}, %arg159: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg160: tensor<8192x256xui32> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg161: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.gate_proj.scales"}, %arg162: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.gate_proj.biases"}, %arg163: tensor<8192x256xui32> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg164: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.up_proj.scales"}, %arg165: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.up_proj.biases"}, %arg166: tensor<2048x1024xui32> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg167: tensor<2048x128xbf16> {mlxla.name = "model.layers.6.mlp.down_proj.scales"}, %arg168: tensor<2048x128xbf16> {mlxla.name = "model.layers.6.mlp.down_proj.biases"}, %arg169: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg170: tensor<2048x256xui32> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg171: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.q_proj.scales"}, %arg172: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.q_proj.biases"}, %arg173: tensor<512x256xui32> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg174: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.k_proj.scales"}, %arg175: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.k_proj.biases"}, %arg176: tensor<512x256xui32> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg177: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.v_proj.scales"}, %arg178: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.v_proj.biases"}, %arg179: tensor<2048x256xui32> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg180: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.o_proj.scales"}, %arg181: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.o_proj.biases"}, %arg182: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg183: tensor<8192x256xui32> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg184: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.gate_proj.scales"}, %arg185: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.gate_proj.biases"}, %arg186: tensor<8192x256xui32> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg187: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.up_proj.scales"}, %arg188: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.up_proj.biases"}, %arg189: tensor<2048x1024xui32> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg190: tensor<2048x128xbf16> {mlxla.name = "model.layers.7.mlp.down_proj.scales"}, %arg191: tensor<2048x128xbf16> {mlxla.name = "model.layers.7.mlp.down_proj.biases"}, %arg192: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg193: tensor<2048x256xui32> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg194: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.q_proj.scales"}, %arg195: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.q_proj.biases"}, %arg196: tensor<512x256xui32> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg197: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.k_proj.scales"}, %arg198: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.k_proj.biases"}, %arg199: tensor<512x256xui32> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg200: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.v_proj.scales"}, %arg201: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.v_proj.biases"}, %arg202: tensor<2048x256xui32> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg203: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.o_proj.scales"}, %arg204: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.o_proj.biases"}, %arg205: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg206: tensor<8192x256xui32> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg207: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.gate_proj.scales"}, %arg208: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.gate_proj.biases"}, %arg209: tensor<8192x256xui32> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg210: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.up_proj.scales"}, %arg211: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.up_proj.biases"}, %arg212: tensor<2048x1024xui32> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg213: tensor<2048x128xbf16> {mlxla.name = "model.layers.8.mlp.down_proj.scales"}, %arg214: tensor<2048x128xbf16> {mlxla.name = "model.layers.8.mlp.down_proj.biases"}, %arg215: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg216: tensor<2048x256xui32> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg217: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.q_proj.scales"}, %arg218: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.q_proj.biases"}, %arg219: tensor<512x256xui32> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg220: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.k_proj.scales"}, %arg221: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.k_proj.biases"}, %arg222: tensor<512x256xui32> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg223: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.v_proj.scales"}, %arg224: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.v_proj.biases"}, %arg225: tensor<2048x256xui32> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg226: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.o_proj.scales"}, %arg227: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.o_proj.biases"}, %arg228: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg229: tensor<8192x256xui32> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg230: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.gate_proj.scales"}, %arg231: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.gate_proj.biases"}, %arg232: tensor<8192x256xui32> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg233: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.up_proj.scales"}, %arg234: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.up_proj.biases"}, %arg235: tensor<2048x1024xui32> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg236: tensor<2048x128xbf16> {mlxla.name = "model.layers.9.mlp.down_proj.scales"}, %arg237: tensor<2048x128xbf16> {mlxla.name = "model.layers.9.mlp.down_proj.biases"}, %arg238: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg239: tensor<2048x256xui32> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg240: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.q_proj.scales"}, %arg241: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.q_proj.biases"}, %arg242: tensor<512x256xui32> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg243: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.k_proj.scales"}, %arg244: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.k_proj.biases"}, %arg245: tensor<512x256xui32> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg246: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.v_proj.scales"}, %arg247: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.v_proj.biases"}, %arg248: tensor<2048x256xui32> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg249: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.o_proj.scales"}, %arg250: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.o_proj.biases"}, %arg251: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg252: tensor<8192x256xui32> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg253: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.gate_proj.scales"}, %arg254: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.gate_proj.biases"}, %arg255: tensor<8192x256xui32> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg256: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.up_proj.scales"}, %arg257: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.up_proj.biases"}, %arg258: tensor<2048x1024xui32> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg259: tensor<2048x128xbf16> {mlxla.name = "model.layers.10.mlp.down_proj.scales"}, %arg260: tensor<2048x128xbf16> {mlxla.name = "model.layers.10.mlp.down_proj.biases"}, %arg261: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg262: tensor<2048x256xui32> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg263: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.q_proj.scales"}, %arg264: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.q_proj.biases"}, %arg265: tensor<512x256xui32> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg266: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.k_proj.scales"}, %arg267: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.k_proj.biases"}, %arg268: tensor<512x256xui32> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg269: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.v_proj.scales"}, %arg270: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.v_proj.biases"}, %arg271: tensor<2048x256xui32> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg272: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.o_proj.scales"}, %arg273: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.o_proj.biases"}, %arg274: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg275: tensor<8192x256xui32> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg276: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.gate_proj.scales"}, %arg277: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.gate_proj.biases"}, %arg278: tensor<8192x256xui32> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg279: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.up_proj.scales"}, %arg280: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.up_proj.biases"}, %arg281: tensor<2048x1024xui32> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg282: tensor<2048x128xbf16> {mlxla.name = "model.layers.11.mlp.down_proj.scales"}, %arg283: tensor<2048x128xbf16> {mlxla.name = "model.layers.11.mlp.down_proj.biases"}, %arg284: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg285: tensor<2048x256xui32> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg286: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.q_proj.scales"}, %arg287: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.q_proj.biases"}, %arg288: tensor<512x256xui32> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg289: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.k_proj.scales"}, %arg290: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.k_proj.biases"}, %arg291: tensor<512x256xui32> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg292: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.v_proj.scales"}, %arg293: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.v_proj.biases"}, %arg294: tensor<2048x256xui32> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg295: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.o_proj.scales"}, %arg296: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.o_proj.biases"}, %arg297: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg298: tensor<8192x256xui32> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg299: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.gate_proj.scales"}, %arg300: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.gate_proj.biases"}, %arg301: tensor<8192x256xui32> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg302: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.up_proj.scales"}, %arg303: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.up_proj.biases"}, %arg304: tensor<2048x1024xui32> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg305: tensor<2048x128xbf16> {mlxla.name = "model.layers.12.mlp.down_proj.scales"}, %arg306: tensor<2048x128xbf16> {mlxla.name = "model.layers.12.mlp.down_proj.biases"}, %arg307: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg308: tensor<2048x256xui32> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg309: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.q_proj.scales"}, %arg310: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.q_proj.biases"}, %arg311: tensor<512x256xui32> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg312: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.k_proj.scales"}, %arg313: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.k_proj.biases"}, %arg314: tensor<512x256xui32> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg315: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.v_proj.scales"}, %arg316: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.v_proj.biases"}, %arg317: tensor<2048x256xui32> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg318: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.o_proj.scales"}, %arg319: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.o_proj.biases"}, %arg320: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg321: tensor<8192x256xui32> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg322: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.gate_proj.scales"}, %arg323: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.gate_proj.biases"}, %arg324: tensor<8192x256xui32> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg325: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.up_proj.scales"}, %arg326: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.up_proj.biases"}, %arg327: tensor<2048x1024xui32> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg328: tensor<2048x128xbf16> {mlxla.name = "model.layers.13.mlp.down_proj.scales"}, %arg329: tensor<2048x128xbf16> {mlxla.name = "model.layers.13.mlp.down_proj.biases"}, %arg330: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg331: tensor<2048x256xui32> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg332: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.q_proj.scales"}, %arg333: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.q_proj.biases"}, %arg334: tensor<512x256xui32> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg335: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.k_proj.scales"}, %arg336: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.k_proj.biases"}, %arg337: tensor<512x256xui32> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg338: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.v_proj.scales"}, %arg339: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.v_proj.biases"}, %arg340: tensor<2048x256xui32> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg341: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.o_proj.scales"}, %arg342: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.o_proj.biases"}, %arg343: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg344: tensor<8192x256xui32> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg345: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.gate_proj.scales"}, %arg346: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.gate_proj.biases"}, %arg347: tensor<8192x256xui32> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg348: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.up_proj.scales"}, %arg349: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.up_proj.biases"}, %arg350: tensor<2048x1024xui32> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg351: tensor<2048x128xbf16> {mlxla.name = "model.layers.14.mlp.down_proj.scales"}, %arg352: tensor<2048x128xbf16> {mlxla.name = "model.layers.14.mlp.down_proj.biases"}, %arg353: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg354: tensor<2048x256xui32> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg355: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.q_proj.scales"}, %arg356: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.q_proj.biases"}, %arg357: tensor<512x256xui32> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg358: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.k_proj.scales"}, %arg359: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.k_proj.biases"}, %arg360: tensor<512x256xui32> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg361: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.v_proj.scales"}, %arg362: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.v_proj.biases"}, %arg363: tensor<2048x256xui32> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg364: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.o_proj.scales"}, %arg365: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.o_proj.biases"}, %arg366: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg367: tensor<8192x256xui32> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg368: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.gate_proj.scales"}, %arg369: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.gate_proj.biases"}, %arg370: tensor<8192x256xui32> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg371: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.up_proj.scales"}, %arg372: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.up_proj.biases"}, %arg373: tensor<2048x1024xui32> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg374: tensor<2048x128xbf16> {mlxla.name = "model.layers.15.mlp.down_proj.scales"}, %arg375: tensor<2048x128xbf16> {mlxla.name = "model.layers.15.mlp.down_proj.biases"}, %arg376: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<16x1x64x8x64xf16> {mlxla.name = "k_cache"}, tensor<16x1x64x8x64xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.iota dim = 0 : tensor<8xi32>
    %1 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.add %1, %0 : tensor<8xi32>
    %3 = stablehlo.constant dense<-1> : tensor<i32>
    %4 = stablehlo.add %arg2, %3 : tensor<i32>
    %5 = stablehlo.add %arg1, %arg2 : tensor<i32>
    %6 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %7 = "stablehlo.gather"(%arg7, %6) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>} : (tensor<128256x32xbf16>, tensor<8x1xi32>) -> tensor<8x32xbf16>
    %8 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %9 = "stablehlo.gather"(%arg6, %8) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>} : (tensor<128256x32xbf16>, tensor<8x1xi32>) -> tensor<8x32xbf16>
    %10 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %11 = "stablehlo.gather"(%arg5, %10) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 256>} : (tensor<128256x256xui32>, tensor<8x1xi32>) -> tensor<8x256xui32>
    %12 = stablehlo.reshape %11 : (tensor<8x256xui32>) -> tensor<8x64x4xui32>
    %13 = stablehlo.slice %12 [0:8, 0:64, 0:1] : (tensor<8x64x4xui32>) -> tensor<8x64x1xui32>
    %14 = stablehlo.slice %12 [0:8, 0:64, 1:2] : (tensor<8x64x4xui32>) -> tensor<8x64x1xui32>
    %15 = stablehlo.slice %12 [0:8, 0:64, 2:3] : (tensor<8x64x4xui32>) -> tensor<8x64x1xui32>
    %16 = stablehlo.slice %12 [0:8, 0:64, 3:4] : (tensor<8x64x4xui32>) -> tensor<8x64x1xui32>
    %17 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [2] : (tensor<32xui32>) -> tensor<8x64x32xui32>
    %19 = stablehlo.concatenate %13, %13, %13, %13, %13, %13, %13, %13, %14, %14, %14, %14, %14, %14, %14, %14, %15, %15, %15, %15, %15, %15, %15, %15, %16, %16, %16, %16, %16, %16, %16, %16, dim = 2 : (tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>, tensor<8x64x1xui32>) -> tensor<8x64x32xui32>
    %20 = stablehlo.shift_right_logical %19, %18 : tensor<8x64x32xui32>
    %21 = stablehlo.constant dense<15> : tensor<8x64x32xui32>
    %22 = stablehlo.and %20, %21 : tensor<8x64x32xui32>
    %23 = stablehlo.reshape %22 : (tensor<8x64x32xui32>) -> tensor<8x2048xui32>
    %24 = stablehlo.convert %23 : (tensor<8x2048xui32>) -> tensor<8x2048xf32>
    %25 = stablehlo.convert %9 : (tensor<8x32xbf16>) -> tensor<8x32xf32>
    %26 = stablehlo.broadcast_in_dim %25, dims = [0, 1] : (tensor<8x32xf32>) -> tensor<8x32x64xf32>
    %27 = stablehlo.reshape %26 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %28 = stablehlo.multiply %24, %27 : tensor<8x2048xf32>
    %29 = stablehlo.convert %7 : (tensor<8x32xbf16>) -> tensor<8x32xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [0, 1] : (tensor<8x32xf32>) -> tensor<8x32x64xf32>
    %31 = stablehlo.reshape %30 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %32 = stablehlo.add %28, %31 : tensor<8x2048xf32>
    %33 = stablehlo.composite "mlxla.rms_norm" %32, %arg8 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %34 = stablehlo.composite "mlxla.quantized_dot" %33, %arg9, %arg10, %arg11 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %35 = stablehlo.reshape %34 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %36 = stablehlo.composite "mlxla.rope" %35, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %37 = stablehlo.composite "mlxla.quantized_dot" %33, %arg12, %arg13, %arg14 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %38 = stablehlo.reshape %37 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %39 = stablehlo.composite "mlxla.rope" %38, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %40 = stablehlo.composite "mlxla.quantized_dot" %33, %arg15, %arg16, %arg17 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %41 = stablehlo.reshape %40 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %42 = stablehlo.convert %39 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %43 = stablehlo.convert %41 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %44 = stablehlo.constant dense<0> : tensor<i32>
    %45 = stablehlo.constant dense<0> : tensor<i32>
    %46 = stablehlo.constant dense<0> : tensor<i32>
    %47 = stablehlo.reshape %42 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %48 = stablehlo.dynamic_update_slice %arg3, %47, %44, %46, %arg1, %45, %45 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %49 = stablehlo.reshape %43 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %50 = stablehlo.dynamic_update_slice %arg4, %49, %44, %46, %arg1, %45, %45 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %51 = stablehlo.slice %50 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %52 = stablehlo.reshape %51 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %53 = stablehlo.slice %48 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %54 = stablehlo.reshape %53 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %55 = stablehlo.composite "mlxla.attention" %36, %54, %52, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %56 = stablehlo.reshape %55 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %57 = stablehlo.composite "mlxla.quantized_dot" %56, %arg18, %arg19, %arg20 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %58 = stablehlo.add %32, %57 : tensor<8x2048xf32>
    %59 = stablehlo.composite "mlxla.rms_norm" %58, %arg21 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %60 = stablehlo.composite "mlxla.quantized_dot" %59, %arg22, %arg23, %arg24 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %61 = stablehlo.composite "mlxla.quantized_dot" %59, %arg25, %arg26, %arg27 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %62 = stablehlo.logistic %60 : tensor<8x8192xf32>
    %63 = stablehlo.multiply %60, %62 : tensor<8x8192xf32>
    %64 = stablehlo.multiply %63, %61 : tensor<8x8192xf32>
    %65 = stablehlo.composite "mlxla.quantized_dot" %64, %arg28, %arg29, %arg30 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<8x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<8x2048xf32>
    %66 = stablehlo.add %58, %65 : tensor<8x2048xf32>
    %67 = stablehlo.composite "mlxla.rms_norm" %66, %arg31 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %68 = stablehlo.composite "mlxla.quantized_dot" %67, %arg32, %arg33, %arg34 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %69 = stablehlo.reshape %68 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %70 = stablehlo.composite "mlxla.rope" %69, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %71 = stablehlo.composite "mlxla.quantized_dot" %67, %arg35, %arg36, %arg37 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %72 = stablehlo.reshape %71 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %73 = stablehlo.composite "mlxla.rope" %72, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %74 = stablehlo.composite "mlxla.quantized_dot" %67, %arg38, %arg39, %arg40 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %75 = stablehlo.reshape %74 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %76 = stablehlo.convert %73 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %77 = stablehlo.convert %75 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %78 = stablehlo.constant dense<1> : tensor<i32>
    %79 = stablehlo.constant dense<0> : tensor<i32>
    %80 = stablehlo.constant dense<0> : tensor<i32>
    %81 = stablehlo.reshape %76 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %82 = stablehlo.dynamic_update_slice %48, %81, %78, %80, %arg1, %79, %79 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %83 = stablehlo.reshape %77 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %84 = stablehlo.dynamic_update_slice %50, %83, %78, %80, %arg1, %79, %79 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %85 = stablehlo.slice %84 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %86 = stablehlo.reshape %85 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %87 = stablehlo.slice %82 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %88 = stablehlo.reshape %87 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %89 = stablehlo.composite "mlxla.attention" %70, %88, %86, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %90 = stablehlo.reshape %89 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %91 = stablehlo.composite "mlxla.quantized_dot" %90, %arg41, %arg42, %arg43 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %92 = stablehlo.add %66, %91 : tensor<8x2048xf32>
    %93 = stablehlo.composite "mlxla.rms_norm" %92, %arg44 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %94 = stablehlo.composite "mlxla.quantized_dot" %93, %arg45, %arg46, %arg47 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %95 = stablehlo.composite "mlxla.quantized_dot" %93, %arg48, %arg49, %arg50 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %96 = stablehlo.logistic %94 : tensor<8x8192xf32>
    %97 = stablehlo.multiply %94, %96 : tensor<8x8192xf32>
    %98 = stablehlo.multiply %97, %95 : tensor<8x8192xf32>
    %99 = stablehlo.composite "mlxla.quantized_dot" %98, %arg51, %arg52, %arg53 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<8x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<8x2048xf32>
    %100 = stablehlo.add %92, %99 : tensor<8x2048xf32>
    %101 = stablehlo.composite "mlxla.rms_norm" %100, %arg54 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %102 = stablehlo.composite "mlxla.quantized_dot" %101, %arg55, %arg56, %arg57 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %103 = stablehlo.reshape %102 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %104 = stablehlo.composite "mlxla.rope" %103, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %105 = stablehlo.composite "mlxla.quantized_dot" %101, %arg58, %arg59, %arg60 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %106 = stablehlo.reshape %105 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %107 = stablehlo.composite "mlxla.rope" %106, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %108 = stablehlo.composite "mlxla.quantized_dot" %101, %arg61, %arg62, %arg63 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %109 = stablehlo.reshape %108 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %110 = stablehlo.convert %107 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %111 = stablehlo.convert %109 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %112 = stablehlo.constant dense<2> : tensor<i32>
    %113 = stablehlo.constant dense<0> : tensor<i32>
    %114 = stablehlo.constant dense<0> : tensor<i32>
    %115 = stablehlo.reshape %110 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %116 = stablehlo.dynamic_update_slice %82, %115, %112, %114, %arg1, %113, %113 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %117 = stablehlo.reshape %111 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %118 = stablehlo.dynamic_update_slice %84, %117, %112, %114, %arg1, %113, %113 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %119 = stablehlo.slice %118 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %120 = stablehlo.reshape %119 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %121 = stablehlo.slice %116 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %122 = stablehlo.reshape %121 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %123 = stablehlo.composite "mlxla.attention" %104, %122, %120, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %124 = stablehlo.reshape %123 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %125 = stablehlo.composite "mlxla.quantized_dot" %124, %arg64, %arg65, %arg66 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %126 = stablehlo.add %100, %125 : tensor<8x2048xf32>
    %127 = stablehlo.composite "mlxla.rms_norm" %126, %arg67 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %128 = stablehlo.composite "mlxla.quantized_dot" %127, %arg68, %arg69, %arg70 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %129 = stablehlo.composite "mlxla.quantized_dot" %127, %arg71, %arg72, %arg73 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %130 = stablehlo.logistic %128 : tensor<8x8192xf32>
    %131 = stablehlo.multiply %128, %130 : tensor<8x8192xf32>
    %132 = stablehlo.multiply %131, %129 : tensor<8x8192xf32>
    %133 = stablehlo.composite "mlxla.quantized_dot" %132, %arg74, %arg75, %arg76 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<8x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<8x2048xf32>
    %134 = stablehlo.add %126, %133 : tensor<8x2048xf32>
    %135 = stablehlo.composite "mlxla.rms_norm" %134, %arg77 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %136 = stablehlo.composite "mlxla.quantized_dot" %135, %arg78, %arg79, %arg80 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %137 = stablehlo.reshape %136 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %138 = stablehlo.composite "mlxla.rope" %137, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %139 = stablehlo.composite "mlxla.quantized_dot" %135, %arg81, %arg82, %arg83 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %140 = stablehlo.reshape %139 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %141 = stablehlo.composite "mlxla.rope" %140, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %142 = stablehlo.composite "mlxla.quantized_dot" %135, %arg84, %arg85, %arg86 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %143 = stablehlo.reshape %142 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %144 = stablehlo.convert %141 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %145 = stablehlo.convert %143 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %146 = stablehlo.constant dense<3> : tensor<i32>
    %147 = stablehlo.constant dense<0> : tensor<i32>
    %148 = stablehlo.constant dense<0> : tensor<i32>
    %149 = stablehlo.reshape %144 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %150 = stablehlo.dynamic_update_slice %116, %149, %146, %148, %arg1, %147, %147 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %151 = stablehlo.reshape %145 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %152 = stablehlo.dynamic_update_slice %118, %151, %146, %148, %arg1, %147, %147 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %153 = stablehlo.slice %152 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %154 = stablehlo.reshape %153 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %155 = stablehlo.slice %150 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %156 = stablehlo.reshape %155 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %157 = stablehlo.composite "mlxla.attention" %138, %156, %154, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %158 = stablehlo.reshape %157 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %159 = stablehlo.composite "mlxla.quantized_dot" %158, %arg87, %arg88, %arg89 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %160 = stablehlo.add %134, %159 : tensor<8x2048xf32>
    %161 = stablehlo.composite "mlxla.rms_norm" %160, %arg90 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %162 = stablehlo.composite "mlxla.quantized_dot" %161, %arg91, %arg92, %arg93 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %163 = stablehlo.composite "mlxla.quantized_dot" %161, %arg94, %arg95, %arg96 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %164 = stablehlo.logistic %162 : tensor<8x8192xf32>
    %165 = stablehlo.multiply %162, %164 : tensor<8x8192xf32>
    %166 = stablehlo.multiply %165, %163 : tensor<8x8192xf32>
    %167 = stablehlo.composite "mlxla.quantized_dot" %166, %arg97, %arg98, %arg99 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<8x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<8x2048xf32>
    %168 = stablehlo.add %160, %167 : tensor<8x2048xf32>
    %169 = stablehlo.composite "mlxla.rms_norm" %168, %arg100 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %170 = stablehlo.composite "mlxla.quantized_dot" %169, %arg101, %arg102, %arg103 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %171 = stablehlo.reshape %170 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %172 = stablehlo.composite "mlxla.rope" %171, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %173 = stablehlo.composite "mlxla.quantized_dot" %169, %arg104, %arg105, %arg106 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %174 = stablehlo.reshape %173 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %175 = stablehlo.composite "mlxla.rope" %174, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %176 = stablehlo.composite "mlxla.quantized_dot" %169, %arg107, %arg108, %arg109 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %177 = stablehlo.reshape %176 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %178 = stablehlo.convert %175 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %179 = stablehlo.convert %177 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %180 = stablehlo.constant dense<4> : tensor<i32>
    %181 = stablehlo.constant dense<0> : tensor<i32>
    %182 = stablehlo.constant dense<0> : tensor<i32>
    %183 = stablehlo.reshape %178 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %184 = stablehlo.dynamic_update_slice %150, %183, %180, %182, %arg1, %181, %181 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %185 = stablehlo.reshape %179 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %186 = stablehlo.dynamic_update_slice %152, %185, %180, %182, %arg1, %181, %181 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %187 = stablehlo.slice %186 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %188 = stablehlo.reshape %187 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %189 = stablehlo.slice %184 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %190 = stablehlo.reshape %189 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %191 = stablehlo.composite "mlxla.attention" %172, %190, %188, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %192 = stablehlo.reshape %191 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %193 = stablehlo.composite "mlxla.quantized_dot" %192, %arg110, %arg111, %arg112 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %194 = stablehlo.add %168, %193 : tensor<8x2048xf32>
    %195 = stablehlo.composite "mlxla.rms_norm" %194, %arg113 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %196 = stablehlo.composite "mlxla.quantized_dot" %195, %arg114, %arg115, %arg116 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %197 = stablehlo.composite "mlxla.quantized_dot" %195, %arg117, %arg118, %arg119 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %198 = stablehlo.logistic %196 : tensor<8x8192xf32>
    %199 = stablehlo.multiply %196, %198 : tensor<8x8192xf32>
    %200 = stablehlo.multiply %199, %197 : tensor<8x8192xf32>
    %201 = stablehlo.composite "mlxla.quantized_dot" %200, %arg120, %arg121, %arg122 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<8x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<8x2048xf32>
    %202 = stablehlo.add %194, %201 : tensor<8x2048xf32>
    %203 = stablehlo.composite "mlxla.rms_norm" %202, %arg123 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %204 = stablehlo.composite "mlxla.quantized_dot" %203, %arg124, %arg125, %arg126 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %205 = stablehlo.reshape %204 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %206 = stablehlo.composite "mlxla.rope" %205, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %207 = stablehlo.composite "mlxla.quantized_dot" %203, %arg127, %arg128, %arg129 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %208 = stablehlo.reshape %207 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %209 = stablehlo.composite "mlxla.rope" %208, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %210 = stablehlo.composite "mlxla.quantized_dot" %203, %arg130, %arg131, %arg132 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %211 = stablehlo.reshape %210 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %212 = stablehlo.convert %209 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %213 = stablehlo.convert %211 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %214 = stablehlo.constant dense<5> : tensor<i32>
    %215 = stablehlo.constant dense<0> : tensor<i32>
    %216 = stablehlo.constant dense<0> : tensor<i32>
    %217 = stablehlo.reshape %212 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %218 = stablehlo.dynamic_update_slice %184, %217, %214, %216, %arg1, %215, %215 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %219 = stablehlo.reshape %213 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %220 = stablehlo.dynamic_update_slice %186, %219, %214, %216, %arg1, %215, %215 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %221 = stablehlo.slice %220 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %222 = stablehlo.reshape %221 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %223 = stablehlo.slice %218 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %224 = stablehlo.reshape %223 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %225 = stablehlo.composite "mlxla.attention" %206, %224, %222, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %226 = stablehlo.reshape %225 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %227 = stablehlo.composite "mlxla.quantized_dot" %226, %arg133, %arg134, %arg135 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %228 = stablehlo.add %202, %227 : tensor<8x2048xf32>
    %229 = stablehlo.composite "mlxla.rms_norm" %228, %arg136 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %230 = stablehlo.composite "mlxla.quantized_dot" %229, %arg137, %arg138, %arg139 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %231 = stablehlo.composite "mlxla.quantized_dot" %229, %arg140, %arg141, %arg142 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %232 = stablehlo.logistic %230 : tensor<8x8192xf32>
    %233 = stablehlo.multiply %230, %232 : tensor<8x8192xf32>
    %234 = stablehlo.multiply %233, %231 : tensor<8x8192xf32>
    %235 = stablehlo.composite "mlxla.quantized_dot" %234, %arg143, %arg144, %arg145 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<8x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<8x2048xf32>
    %236 = stablehlo.add %228, %235 : tensor<8x2048xf32>
    %237 = stablehlo.composite "mlxla.rms_norm" %236, %arg146 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %238 = stablehlo.composite "mlxla.quantized_dot" %237, %arg147, %arg148, %arg149 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %239 = stablehlo.reshape %238 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %240 = stablehlo.composite "mlxla.rope" %239, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %241 = stablehlo.composite "mlxla.quantized_dot" %237, %arg150, %arg151, %arg152 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %242 = stablehlo.reshape %241 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %243 = stablehlo.composite "mlxla.rope" %242, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %244 = stablehlo.composite "mlxla.quantized_dot" %237, %arg153, %arg154, %arg155 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %245 = stablehlo.reshape %244 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %246 = stablehlo.convert %243 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %247 = stablehlo.convert %245 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %248 = stablehlo.constant dense<6> : tensor<i32>
    %249 = stablehlo.constant dense<0> : tensor<i32>
    %250 = stablehlo.constant dense<0> : tensor<i32>
    %251 = stablehlo.reshape %246 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %252 = stablehlo.dynamic_update_slice %218, %251, %248, %250, %arg1, %249, %249 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %253 = stablehlo.reshape %247 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %254 = stablehlo.dynamic_update_slice %220, %253, %248, %250, %arg1, %249, %249 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %255 = stablehlo.slice %254 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %256 = stablehlo.reshape %255 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %257 = stablehlo.slice %252 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %258 = stablehlo.reshape %257 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %259 = stablehlo.composite "mlxla.attention" %240, %258, %256, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %260 = stablehlo.reshape %259 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %261 = stablehlo.composite "mlxla.quantized_dot" %260, %arg156, %arg157, %arg158 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %262 = stablehlo.add %236, %261 : tensor<8x2048xf32>
    %263 = stablehlo.composite "mlxla.rms_norm" %262, %arg159 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %264 = stablehlo.composite "mlxla.quantized_dot" %263, %arg160, %arg161, %arg162 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %265 = stablehlo.composite "mlxla.quantized_dot" %263, %arg163, %arg164, %arg165 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %266 = stablehlo.logistic %264 : tensor<8x8192xf32>
    %267 = stablehlo.multiply %264, %266 : tensor<8x8192xf32>
    %268 = stablehlo.multiply %267, %265 : tensor<8x8192xf32>
    %269 = stablehlo.composite "mlxla.quantized_dot" %268, %arg166, %arg167, %arg168 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<8x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<8x2048xf32>
    %270 = stablehlo.add %262, %269 : tensor<8x2048xf32>
    %271 = stablehlo.composite "mlxla.rms_norm" %270, %arg169 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %272 = stablehlo.composite "mlxla.quantized_dot" %271, %arg170, %arg171, %arg172 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %273 = stablehlo.reshape %272 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %274 = stablehlo.composite "mlxla.rope" %273, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %275 = stablehlo.composite "mlxla.quantized_dot" %271, %arg173, %arg174, %arg175 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %276 = stablehlo.reshape %275 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %277 = stablehlo.composite "mlxla.rope" %276, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %278 = stablehlo.composite "mlxla.quantized_dot" %271, %arg176, %arg177, %arg178 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %279 = stablehlo.reshape %278 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %280 = stablehlo.convert %277 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %281 = stablehlo.convert %279 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %282 = stablehlo.constant dense<7> : tensor<i32>
    %283 = stablehlo.constant dense<0> : tensor<i32>
    %284 = stablehlo.constant dense<0> : tensor<i32>
    %285 = stablehlo.reshape %280 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %286 = stablehlo.dynamic_update_slice %252, %285, %282, %284, %arg1, %283, %283 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %287 = stablehlo.reshape %281 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %288 = stablehlo.dynamic_update_slice %254, %287, %282, %284, %arg1, %283, %283 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %289 = stablehlo.slice %288 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %290 = stablehlo.reshape %289 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %291 = stablehlo.slice %286 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %292 = stablehlo.reshape %291 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %293 = stablehlo.composite "mlxla.attention" %274, %292, %290, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %294 = stablehlo.reshape %293 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %295 = stablehlo.composite "mlxla.quantized_dot" %294, %arg179, %arg180, %arg181 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %296 = stablehlo.add %270, %295 : tensor<8x2048xf32>
    %297 = stablehlo.composite "mlxla.rms_norm" %296, %arg182 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %298 = stablehlo.composite "mlxla.quantized_dot" %297, %arg183, %arg184, %arg185 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %299 = stablehlo.composite "mlxla.quantized_dot" %297, %arg186, %arg187, %arg188 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %300 = stablehlo.logistic %298 : tensor<8x8192xf32>
    %301 = stablehlo.multiply %298, %300 : tensor<8x8192xf32>
    %302 = stablehlo.multiply %301, %299 : tensor<8x8192xf32>
    %303 = stablehlo.composite "mlxla.quantized_dot" %302, %arg189, %arg190, %arg191 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<8x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<8x2048xf32>
    %304 = stablehlo.add %296, %303 : tensor<8x2048xf32>
    %305 = stablehlo.composite "mlxla.rms_norm" %304, %arg192 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %306 = stablehlo.composite "mlxla.quantized_dot" %305, %arg193, %arg194, %arg195 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %307 = stablehlo.reshape %306 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %308 = stablehlo.composite "mlxla.rope" %307, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %309 = stablehlo.composite "mlxla.quantized_dot" %305, %arg196, %arg197, %arg198 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %310 = stablehlo.reshape %309 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %311 = stablehlo.composite "mlxla.rope" %310, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %312 = stablehlo.composite "mlxla.quantized_dot" %305, %arg199, %arg200, %arg201 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %313 = stablehlo.reshape %312 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %314 = stablehlo.convert %311 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %315 = stablehlo.convert %313 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %316 = stablehlo.constant dense<8> : tensor<i32>
    %317 = stablehlo.constant dense<0> : tensor<i32>
    %318 = stablehlo.constant dense<0> : tensor<i32>
    %319 = stablehlo.reshape %314 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %320 = stablehlo.dynamic_update_slice %286, %319, %316, %318, %arg1, %317, %317 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %321 = stablehlo.reshape %315 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %322 = stablehlo.dynamic_update_slice %288, %321, %316, %318, %arg1, %317, %317 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %323 = stablehlo.slice %322 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %324 = stablehlo.reshape %323 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %325 = stablehlo.slice %320 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %326 = stablehlo.reshape %325 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %327 = stablehlo.composite "mlxla.attention" %308, %326, %324, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %328 = stablehlo.reshape %327 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %329 = stablehlo.composite "mlxla.quantized_dot" %328, %arg202, %arg203, %arg204 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %330 = stablehlo.add %304, %329 : tensor<8x2048xf32>
    %331 = stablehlo.composite "mlxla.rms_norm" %330, %arg205 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %332 = stablehlo.composite "mlxla.quantized_dot" %331, %arg206, %arg207, %arg208 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %333 = stablehlo.composite "mlxla.quantized_dot" %331, %arg209, %arg210, %arg211 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %334 = stablehlo.logistic %332 : tensor<8x8192xf32>
    %335 = stablehlo.multiply %332, %334 : tensor<8x8192xf32>
    %336 = stablehlo.multiply %335, %333 : tensor<8x8192xf32>
    %337 = stablehlo.composite "mlxla.quantized_dot" %336, %arg212, %arg213, %arg214 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<8x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<8x2048xf32>
    %338 = stablehlo.add %330, %337 : tensor<8x2048xf32>
    %339 = stablehlo.composite "mlxla.rms_norm" %338, %arg215 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %340 = stablehlo.composite "mlxla.quantized_dot" %339, %arg216, %arg217, %arg218 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %341 = stablehlo.reshape %340 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %342 = stablehlo.composite "mlxla.rope" %341, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %343 = stablehlo.composite "mlxla.quantized_dot" %339, %arg219, %arg220, %arg221 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %344 = stablehlo.reshape %343 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %345 = stablehlo.composite "mlxla.rope" %344, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %346 = stablehlo.composite "mlxla.quantized_dot" %339, %arg222, %arg223, %arg224 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %347 = stablehlo.reshape %346 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %348 = stablehlo.convert %345 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %349 = stablehlo.convert %347 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %350 = stablehlo.constant dense<9> : tensor<i32>
    %351 = stablehlo.constant dense<0> : tensor<i32>
    %352 = stablehlo.constant dense<0> : tensor<i32>
    %353 = stablehlo.reshape %348 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %354 = stablehlo.dynamic_update_slice %320, %353, %350, %352, %arg1, %351, %351 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %355 = stablehlo.reshape %349 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %356 = stablehlo.dynamic_update_slice %322, %355, %350, %352, %arg1, %351, %351 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %357 = stablehlo.slice %356 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %358 = stablehlo.reshape %357 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %359 = stablehlo.slice %354 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %360 = stablehlo.reshape %359 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %361 = stablehlo.composite "mlxla.attention" %342, %360, %358, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %362 = stablehlo.reshape %361 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %363 = stablehlo.composite "mlxla.quantized_dot" %362, %arg225, %arg226, %arg227 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %364 = stablehlo.add %338, %363 : tensor<8x2048xf32>
    %365 = stablehlo.composite "mlxla.rms_norm" %364, %arg228 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %366 = stablehlo.composite "mlxla.quantized_dot" %365, %arg229, %arg230, %arg231 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %367 = stablehlo.composite "mlxla.quantized_dot" %365, %arg232, %arg233, %arg234 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %368 = stablehlo.logistic %366 : tensor<8x8192xf32>
    %369 = stablehlo.multiply %366, %368 : tensor<8x8192xf32>
    %370 = stablehlo.multiply %369, %367 : tensor<8x8192xf32>
    %371 = stablehlo.composite "mlxla.quantized_dot" %370, %arg235, %arg236, %arg237 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<8x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<8x2048xf32>
    %372 = stablehlo.add %364, %371 : tensor<8x2048xf32>
    %373 = stablehlo.composite "mlxla.rms_norm" %372, %arg238 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %374 = stablehlo.composite "mlxla.quantized_dot" %373, %arg239, %arg240, %arg241 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %375 = stablehlo.reshape %374 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %376 = stablehlo.composite "mlxla.rope" %375, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %377 = stablehlo.composite "mlxla.quantized_dot" %373, %arg242, %arg243, %arg244 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %378 = stablehlo.reshape %377 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %379 = stablehlo.composite "mlxla.rope" %378, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %380 = stablehlo.composite "mlxla.quantized_dot" %373, %arg245, %arg246, %arg247 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %381 = stablehlo.reshape %380 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %382 = stablehlo.convert %379 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %383 = stablehlo.convert %381 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %384 = stablehlo.constant dense<10> : tensor<i32>
    %385 = stablehlo.constant dense<0> : tensor<i32>
    %386 = stablehlo.constant dense<0> : tensor<i32>
    %387 = stablehlo.reshape %382 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %388 = stablehlo.dynamic_update_slice %354, %387, %384, %386, %arg1, %385, %385 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %389 = stablehlo.reshape %383 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %390 = stablehlo.dynamic_update_slice %356, %389, %384, %386, %arg1, %385, %385 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %391 = stablehlo.slice %390 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %392 = stablehlo.reshape %391 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %393 = stablehlo.slice %388 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %394 = stablehlo.reshape %393 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %395 = stablehlo.composite "mlxla.attention" %376, %394, %392, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %396 = stablehlo.reshape %395 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %397 = stablehlo.composite "mlxla.quantized_dot" %396, %arg248, %arg249, %arg250 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %398 = stablehlo.add %372, %397 : tensor<8x2048xf32>
    %399 = stablehlo.composite "mlxla.rms_norm" %398, %arg251 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %400 = stablehlo.composite "mlxla.quantized_dot" %399, %arg252, %arg253, %arg254 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %401 = stablehlo.composite "mlxla.quantized_dot" %399, %arg255, %arg256, %arg257 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %402 = stablehlo.logistic %400 : tensor<8x8192xf32>
    %403 = stablehlo.multiply %400, %402 : tensor<8x8192xf32>
    %404 = stablehlo.multiply %403, %401 : tensor<8x8192xf32>
    %405 = stablehlo.composite "mlxla.quantized_dot" %404, %arg258, %arg259, %arg260 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<8x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<8x2048xf32>
    %406 = stablehlo.add %398, %405 : tensor<8x2048xf32>
    %407 = stablehlo.composite "mlxla.rms_norm" %406, %arg261 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %408 = stablehlo.composite "mlxla.quantized_dot" %407, %arg262, %arg263, %arg264 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %409 = stablehlo.reshape %408 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %410 = stablehlo.composite "mlxla.rope" %409, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %411 = stablehlo.composite "mlxla.quantized_dot" %407, %arg265, %arg266, %arg267 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %412 = stablehlo.reshape %411 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %413 = stablehlo.composite "mlxla.rope" %412, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %414 = stablehlo.composite "mlxla.quantized_dot" %407, %arg268, %arg269, %arg270 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %415 = stablehlo.reshape %414 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %416 = stablehlo.convert %413 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %417 = stablehlo.convert %415 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %418 = stablehlo.constant dense<11> : tensor<i32>
    %419 = stablehlo.constant dense<0> : tensor<i32>
    %420 = stablehlo.constant dense<0> : tensor<i32>
    %421 = stablehlo.reshape %416 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %422 = stablehlo.dynamic_update_slice %388, %421, %418, %420, %arg1, %419, %419 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %423 = stablehlo.reshape %417 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %424 = stablehlo.dynamic_update_slice %390, %423, %418, %420, %arg1, %419, %419 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %425 = stablehlo.slice %424 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %426 = stablehlo.reshape %425 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %427 = stablehlo.slice %422 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %428 = stablehlo.reshape %427 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %429 = stablehlo.composite "mlxla.attention" %410, %428, %426, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %430 = stablehlo.reshape %429 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %431 = stablehlo.composite "mlxla.quantized_dot" %430, %arg271, %arg272, %arg273 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %432 = stablehlo.add %406, %431 : tensor<8x2048xf32>
    %433 = stablehlo.composite "mlxla.rms_norm" %432, %arg274 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %434 = stablehlo.composite "mlxla.quantized_dot" %433, %arg275, %arg276, %arg277 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %435 = stablehlo.composite "mlxla.quantized_dot" %433, %arg278, %arg279, %arg280 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %436 = stablehlo.logistic %434 : tensor<8x8192xf32>
    %437 = stablehlo.multiply %434, %436 : tensor<8x8192xf32>
    %438 = stablehlo.multiply %437, %435 : tensor<8x8192xf32>
    %439 = stablehlo.composite "mlxla.quantized_dot" %438, %arg281, %arg282, %arg283 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<8x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<8x2048xf32>
    %440 = stablehlo.add %432, %439 : tensor<8x2048xf32>
    %441 = stablehlo.composite "mlxla.rms_norm" %440, %arg284 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %442 = stablehlo.composite "mlxla.quantized_dot" %441, %arg285, %arg286, %arg287 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %443 = stablehlo.reshape %442 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %444 = stablehlo.composite "mlxla.rope" %443, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %445 = stablehlo.composite "mlxla.quantized_dot" %441, %arg288, %arg289, %arg290 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %446 = stablehlo.reshape %445 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %447 = stablehlo.composite "mlxla.rope" %446, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %448 = stablehlo.composite "mlxla.quantized_dot" %441, %arg291, %arg292, %arg293 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %449 = stablehlo.reshape %448 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %450 = stablehlo.convert %447 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %451 = stablehlo.convert %449 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %452 = stablehlo.constant dense<12> : tensor<i32>
    %453 = stablehlo.constant dense<0> : tensor<i32>
    %454 = stablehlo.constant dense<0> : tensor<i32>
    %455 = stablehlo.reshape %450 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %456 = stablehlo.dynamic_update_slice %422, %455, %452, %454, %arg1, %453, %453 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %457 = stablehlo.reshape %451 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %458 = stablehlo.dynamic_update_slice %424, %457, %452, %454, %arg1, %453, %453 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %459 = stablehlo.slice %458 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %460 = stablehlo.reshape %459 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %461 = stablehlo.slice %456 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %462 = stablehlo.reshape %461 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %463 = stablehlo.composite "mlxla.attention" %444, %462, %460, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %464 = stablehlo.reshape %463 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %465 = stablehlo.composite "mlxla.quantized_dot" %464, %arg294, %arg295, %arg296 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %466 = stablehlo.add %440, %465 : tensor<8x2048xf32>
    %467 = stablehlo.composite "mlxla.rms_norm" %466, %arg297 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %468 = stablehlo.composite "mlxla.quantized_dot" %467, %arg298, %arg299, %arg300 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %469 = stablehlo.composite "mlxla.quantized_dot" %467, %arg301, %arg302, %arg303 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %470 = stablehlo.logistic %468 : tensor<8x8192xf32>
    %471 = stablehlo.multiply %468, %470 : tensor<8x8192xf32>
    %472 = stablehlo.multiply %471, %469 : tensor<8x8192xf32>
    %473 = stablehlo.composite "mlxla.quantized_dot" %472, %arg304, %arg305, %arg306 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<8x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<8x2048xf32>
    %474 = stablehlo.add %466, %473 : tensor<8x2048xf32>
    %475 = stablehlo.composite "mlxla.rms_norm" %474, %arg307 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %476 = stablehlo.composite "mlxla.quantized_dot" %475, %arg308, %arg309, %arg310 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %477 = stablehlo.reshape %476 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %478 = stablehlo.composite "mlxla.rope" %477, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %479 = stablehlo.composite "mlxla.quantized_dot" %475, %arg311, %arg312, %arg313 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %480 = stablehlo.reshape %479 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %481 = stablehlo.composite "mlxla.rope" %480, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %482 = stablehlo.composite "mlxla.quantized_dot" %475, %arg314, %arg315, %arg316 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %483 = stablehlo.reshape %482 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %484 = stablehlo.convert %481 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %485 = stablehlo.convert %483 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %486 = stablehlo.constant dense<13> : tensor<i32>
    %487 = stablehlo.constant dense<0> : tensor<i32>
    %488 = stablehlo.constant dense<0> : tensor<i32>
    %489 = stablehlo.reshape %484 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %490 = stablehlo.dynamic_update_slice %456, %489, %486, %488, %arg1, %487, %487 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %491 = stablehlo.reshape %485 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %492 = stablehlo.dynamic_update_slice %458, %491, %486, %488, %arg1, %487, %487 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %493 = stablehlo.slice %492 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %494 = stablehlo.reshape %493 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %495 = stablehlo.slice %490 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %496 = stablehlo.reshape %495 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %497 = stablehlo.composite "mlxla.attention" %478, %496, %494, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %498 = stablehlo.reshape %497 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %499 = stablehlo.composite "mlxla.quantized_dot" %498, %arg317, %arg318, %arg319 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %500 = stablehlo.add %474, %499 : tensor<8x2048xf32>
    %501 = stablehlo.composite "mlxla.rms_norm" %500, %arg320 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %502 = stablehlo.composite "mlxla.quantized_dot" %501, %arg321, %arg322, %arg323 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %503 = stablehlo.composite "mlxla.quantized_dot" %501, %arg324, %arg325, %arg326 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %504 = stablehlo.logistic %502 : tensor<8x8192xf32>
    %505 = stablehlo.multiply %502, %504 : tensor<8x8192xf32>
    %506 = stablehlo.multiply %505, %503 : tensor<8x8192xf32>
    %507 = stablehlo.composite "mlxla.quantized_dot" %506, %arg327, %arg328, %arg329 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<8x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<8x2048xf32>
    %508 = stablehlo.add %500, %507 : tensor<8x2048xf32>
    %509 = stablehlo.composite "mlxla.rms_norm" %508, %arg330 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %510 = stablehlo.composite "mlxla.quantized_dot" %509, %arg331, %arg332, %arg333 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %511 = stablehlo.reshape %510 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %512 = stablehlo.composite "mlxla.rope" %511, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %513 = stablehlo.composite "mlxla.quantized_dot" %509, %arg334, %arg335, %arg336 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %514 = stablehlo.reshape %513 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %515 = stablehlo.composite "mlxla.rope" %514, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %516 = stablehlo.composite "mlxla.quantized_dot" %509, %arg337, %arg338, %arg339 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %517 = stablehlo.reshape %516 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %518 = stablehlo.convert %515 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %519 = stablehlo.convert %517 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %520 = stablehlo.constant dense<14> : tensor<i32>
    %521 = stablehlo.constant dense<0> : tensor<i32>
    %522 = stablehlo.constant dense<0> : tensor<i32>
    %523 = stablehlo.reshape %518 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %524 = stablehlo.dynamic_update_slice %490, %523, %520, %522, %arg1, %521, %521 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %525 = stablehlo.reshape %519 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %526 = stablehlo.dynamic_update_slice %492, %525, %520, %522, %arg1, %521, %521 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %527 = stablehlo.slice %526 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %528 = stablehlo.reshape %527 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %529 = stablehlo.slice %524 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %530 = stablehlo.reshape %529 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %531 = stablehlo.composite "mlxla.attention" %512, %530, %528, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %532 = stablehlo.reshape %531 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %533 = stablehlo.composite "mlxla.quantized_dot" %532, %arg340, %arg341, %arg342 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %534 = stablehlo.add %508, %533 : tensor<8x2048xf32>
    %535 = stablehlo.composite "mlxla.rms_norm" %534, %arg343 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %536 = stablehlo.composite "mlxla.quantized_dot" %535, %arg344, %arg345, %arg346 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %537 = stablehlo.composite "mlxla.quantized_dot" %535, %arg347, %arg348, %arg349 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %538 = stablehlo.logistic %536 : tensor<8x8192xf32>
    %539 = stablehlo.multiply %536, %538 : tensor<8x8192xf32>
    %540 = stablehlo.multiply %539, %537 : tensor<8x8192xf32>
    %541 = stablehlo.composite "mlxla.quantized_dot" %540, %arg350, %arg351, %arg352 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<8x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<8x2048xf32>
    %542 = stablehlo.add %534, %541 : tensor<8x2048xf32>
    %543 = stablehlo.composite "mlxla.rms_norm" %542, %arg353 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %544 = stablehlo.composite "mlxla.quantized_dot" %543, %arg354, %arg355, %arg356 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %545 = stablehlo.reshape %544 : (tensor<8x2048xf32>) -> tensor<8x32x64xf32>
    %546 = stablehlo.composite "mlxla.rope" %545, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x32x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x32x64xf32>, tensor<8xi32>) -> tensor<8x32x64xf32>
    %547 = stablehlo.composite "mlxla.quantized_dot" %543, %arg357, %arg358, %arg359 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %548 = stablehlo.reshape %547 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %549 = stablehlo.composite "mlxla.rope" %548, %2 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_8x8x64xf32_8xi32_2e52f2855da63bd1} : (tensor<8x8x64xf32>, tensor<8xi32>) -> tensor<8x8x64xf32>
    %550 = stablehlo.composite "mlxla.quantized_dot" %543, %arg360, %arg361, %arg362 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<8x512xf32>
    %551 = stablehlo.reshape %550 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %552 = stablehlo.convert %549 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %553 = stablehlo.convert %551 : (tensor<8x8x64xf32>) -> tensor<8x8x64xf16>
    %554 = stablehlo.constant dense<15> : tensor<i32>
    %555 = stablehlo.constant dense<0> : tensor<i32>
    %556 = stablehlo.constant dense<0> : tensor<i32>
    %557 = stablehlo.reshape %552 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %558 = stablehlo.dynamic_update_slice %524, %557, %554, %556, %arg1, %555, %555 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %559 = stablehlo.reshape %553 : (tensor<8x8x64xf16>) -> tensor<1x1x8x8x64xf16>
    %560 = stablehlo.dynamic_update_slice %526, %559, %554, %556, %arg1, %555, %555 : (tensor<16x1x64x8x64xf16>, tensor<1x1x8x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x1x64x8x64xf16>
    %561 = stablehlo.slice %560 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %562 = stablehlo.reshape %561 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %563 = stablehlo.slice %558 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x1x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %564 = stablehlo.reshape %563 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %565 = stablehlo.composite "mlxla.attention" %546, %564, %562, %2, %5 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_8x32x64xf32_64x8x64xf16_64x8x64xf16_8xi32_i32_5d6592c1bcfb836a} : (tensor<8x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x32x64xf32>
    %566 = stablehlo.reshape %565 : (tensor<8x32x64xf32>) -> tensor<8x2048xf32>
    %567 = stablehlo.composite "mlxla.quantized_dot" %566, %arg363, %arg364, %arg365 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<8x2048xf32>
    %568 = stablehlo.add %542, %567 : tensor<8x2048xf32>
    %569 = stablehlo.composite "mlxla.rms_norm" %568, %arg366 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<8x2048xf32>, tensor<2048xf32>) -> tensor<8x2048xf32>
    %570 = stablehlo.composite "mlxla.quantized_dot" %569, %arg367, %arg368, %arg369 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %571 = stablehlo.composite "mlxla.quantized_dot" %569, %arg370, %arg371, %arg372 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<8x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<8x8192xf32>
    %572 = stablehlo.logistic %570 : tensor<8x8192xf32>
    %573 = stablehlo.multiply %570, %572 : tensor<8x8192xf32>
    %574 = stablehlo.multiply %573, %571 : tensor<8x8192xf32>
    %575 = stablehlo.composite "mlxla.quantized_dot" %574, %arg373, %arg374, %arg375 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_8x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<8x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<8x2048xf32>
    %576 = stablehlo.add %568, %575 : tensor<8x2048xf32>
    %577 = stablehlo.constant dense<0> : tensor<i32>
    %578 = stablehlo.dynamic_slice %576, %4, %577, sizes = [1, 2048] : (tensor<8x2048xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2048xf32>
    %579 = stablehlo.composite "mlxla.rms_norm" %578, %arg376 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<1x2048xf32>, tensor<2048xf32>) -> tensor<1x2048xf32>
    %580 = stablehlo.composite "mlxla.quantized_dot" %579, %arg5, %arg6, %arg7 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_1x2048xf32_128256x256xui32_128256x32xbf16_128256x32xbf16_1606f16f63a9d508} : (tensor<1x2048xf32>, tensor<128256x256xui32>, tensor<128256x32xbf16>, tensor<128256x32xbf16>) -> tensor<1x128256xf32>
    %581 = stablehlo.composite "mlxla.argmax" %580 {decomposition = @mlxla_argmax_1x128256xf32_cbf29ce484222325} : (tensor<1x128256xf32>) -> tensor<1xi32>
    return %581, %558, %560 : tensor<1xi32>, tensor<16x1x64x8x64xf16>, tensor<16x1x64x8x64xf16>
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
  func.func private @mlxla_quantized_dot_8x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508(%arg0: tensor<8x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<2048x256xui32> {mlxla.name = "arg1"}, %arg2: tensor<2048x32xbf16> {mlxla.name = "arg2"}, %arg3: tensor<2048x32xbf16> {mlxla.name = "arg3"}) -> (tensor<8x2048xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<2048x256xui32>) -> tensor<2048x64x4xui32>
    %1 = stablehlo.slice %0 [0:2048, 0:64, 0:1] : (tensor<2048x64x4xui32>) -> tensor<2048x64x1xui32>
    %2 = stablehlo.slice %0 [0:2048, 0:64, 1:2] : (tensor<2048x64x4xui32>) -> tensor<2048x64x1xui32>
    %3 = stablehlo.slice %0 [0:2048, 0:64, 2:3] : (tensor<2048x64x4xui32>) -> tensor<2048x64x1xui32>
    %4 = stablehlo.slice %0 [0:2048, 0:64, 3:4] : (tensor<2048x64x4xui32>) -> tensor<2048x64x1xui32>
    %5 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %6 = stablehlo.broadcast_in_dim %5, dims = [2] : (tensor<32xui32>) -> tensor<2048x64x32xui32>
    %7 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>) -> tensor<2048x64x32xui32>
    %8 = stablehlo.shift_right_logical %7, %6 : tensor<2048x64x32xui32>
    %9 = stablehlo.constant dense<15> : tensor<2048x64x32xui32>
    %10 = stablehlo.and %8, %9 : tensor<2048x64x32xui32>
    %11 = stablehlo.reshape %10 : (tensor<2048x64x32xui32>) -> tensor<2048x2048xui32>
    %12 = stablehlo.convert %11 : (tensor<2048x2048xui32>) -> tensor<2048x2048xf32>
    %13 = stablehlo.convert %arg2 : (tensor<2048x32xbf16>) -> tensor<2048x32xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<2048x32xf32>) -> tensor<2048x32x64xf32>
    %15 = stablehlo.reshape %14 : (tensor<2048x32x64xf32>) -> tensor<2048x2048xf32>
    %16 = stablehlo.multiply %12, %15 : tensor<2048x2048xf32>
    %17 = stablehlo.convert %arg3 : (tensor<2048x32xbf16>) -> tensor<2048x32xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<2048x32xf32>) -> tensor<2048x32x64xf32>
    %19 = stablehlo.reshape %18 : (tensor<2048x32x64xf32>) -> tensor<2048x2048xf32>
    %20 = stablehlo.add %16, %19 : tensor<2048x2048xf32>
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<2048x2048xf32>) -> tensor<8x2048xf32>
    return %21 : tensor<8x2048xf32>
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
  func.func private @mlxla_quantized_dot_8x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508(%arg0: tensor<8x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<512x256xui32> {mlxla.name = "arg1"}, %arg2: tensor<512x32xbf16> {mlxla.name = "arg2"}, %arg3: tensor<512x32xbf16> {mlxla.name = "arg3"}) -> (tensor<8x512xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<512x256xui32>) -> tensor<512x64x4xui32>
    %1 = stablehlo.slice %0 [0:512, 0:64, 0:1] : (tensor<512x64x4xui32>) -> tensor<512x64x1xui32>
    %2 = stablehlo.slice %0 [0:512, 0:64, 1:2] : (tensor<512x64x4xui32>) -> tensor<512x64x1xui32>
    %3 = stablehlo.slice %0 [0:512, 0:64, 2:3] : (tensor<512x64x4xui32>) -> tensor<512x64x1xui32>
    %4 = stablehlo.slice %0 [0:512, 0:64, 3:4] : (tensor<512x64x4xui32>) -> tensor<512x64x1xui32>
    %5 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %6 = stablehlo.broadcast_in_dim %5, dims = [2] : (tensor<32xui32>) -> tensor<512x64x32xui32>
    %7 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>) -> tensor<512x64x32xui32>
    %8 = stablehlo.shift_right_logical %7, %6 : tensor<512x64x32xui32>
    %9 = stablehlo.constant dense<15> : tensor<512x64x32xui32>
    %10 = stablehlo.and %8, %9 : tensor<512x64x32xui32>
    %11 = stablehlo.reshape %10 : (tensor<512x64x32xui32>) -> tensor<512x2048xui32>
    %12 = stablehlo.convert %11 : (tensor<512x2048xui32>) -> tensor<512x2048xf32>
    %13 = stablehlo.convert %arg2 : (tensor<512x32xbf16>) -> tensor<512x32xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<512x32xf32>) -> tensor<512x32x64xf32>
    %15 = stablehlo.reshape %14 : (tensor<512x32x64xf32>) -> tensor<512x2048xf32>
    %16 = stablehlo.multiply %12, %15 : tensor<512x2048xf32>
    %17 = stablehlo.convert %arg3 : (tensor<512x32xbf16>) -> tensor<512x32xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<512x32xf32>) -> tensor<512x32x64xf32>
    %19 = stablehlo.reshape %18 : (tensor<512x32x64xf32>) -> tensor<512x2048xf32>
    %20 = stablehlo.add %16, %19 : tensor<512x2048xf32>
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<512x2048xf32>) -> tensor<8x512xf32>
    return %21 : tensor<8x512xf32>
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
  func.func private @mlxla_quantized_dot_8x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508(%arg0: tensor<8x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<8192x256xui32> {mlxla.name = "arg1"}, %arg2: tensor<8192x32xbf16> {mlxla.name = "arg2"}, %arg3: tensor<8192x32xbf16> {mlxla.name = "arg3"}) -> (tensor<8x8192xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<8192x256xui32>) -> tensor<8192x64x4xui32>
    %1 = stablehlo.slice %0 [0:8192, 0:64, 0:1] : (tensor<8192x64x4xui32>) -> tensor<8192x64x1xui32>
    %2 = stablehlo.slice %0 [0:8192, 0:64, 1:2] : (tensor<8192x64x4xui32>) -> tensor<8192x64x1xui32>
    %3 = stablehlo.slice %0 [0:8192, 0:64, 2:3] : (tensor<8192x64x4xui32>) -> tensor<8192x64x1xui32>
    %4 = stablehlo.slice %0 [0:8192, 0:64, 3:4] : (tensor<8192x64x4xui32>) -> tensor<8192x64x1xui32>
    %5 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %6 = stablehlo.broadcast_in_dim %5, dims = [2] : (tensor<32xui32>) -> tensor<8192x64x32xui32>
    %7 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>) -> tensor<8192x64x32xui32>
    %8 = stablehlo.shift_right_logical %7, %6 : tensor<8192x64x32xui32>
    %9 = stablehlo.constant dense<15> : tensor<8192x64x32xui32>
    %10 = stablehlo.and %8, %9 : tensor<8192x64x32xui32>
    %11 = stablehlo.reshape %10 : (tensor<8192x64x32xui32>) -> tensor<8192x2048xui32>
    %12 = stablehlo.convert %11 : (tensor<8192x2048xui32>) -> tensor<8192x2048xf32>
    %13 = stablehlo.convert %arg2 : (tensor<8192x32xbf16>) -> tensor<8192x32xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<8192x32xf32>) -> tensor<8192x32x64xf32>
    %15 = stablehlo.reshape %14 : (tensor<8192x32x64xf32>) -> tensor<8192x2048xf32>
    %16 = stablehlo.multiply %12, %15 : tensor<8192x2048xf32>
    %17 = stablehlo.convert %arg3 : (tensor<8192x32xbf16>) -> tensor<8192x32xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<8192x32xf32>) -> tensor<8192x32x64xf32>
    %19 = stablehlo.reshape %18 : (tensor<8192x32x64xf32>) -> tensor<8192x2048xf32>
    %20 = stablehlo.add %16, %19 : tensor<8192x2048xf32>
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<8x2048xf32>, tensor<8192x2048xf32>) -> tensor<8x8192xf32>
    return %21 : tensor<8x8192xf32>
  }
  func.func private @mlxla_quantized_dot_8x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508(%arg0: tensor<8x8192xf32> {mlxla.name = "arg0"}, %arg1: tensor<2048x1024xui32> {mlxla.name = "arg1"}, %arg2: tensor<2048x128xbf16> {mlxla.name = "arg2"}, %arg3: tensor<2048x128xbf16> {mlxla.name = "arg3"}) -> (tensor<8x2048xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<2048x1024xui32>) -> tensor<2048x256x4xui32>
    %1 = stablehlo.slice %0 [0:2048, 0:256, 0:1] : (tensor<2048x256x4xui32>) -> tensor<2048x256x1xui32>
    %2 = stablehlo.slice %0 [0:2048, 0:256, 1:2] : (tensor<2048x256x4xui32>) -> tensor<2048x256x1xui32>
    %3 = stablehlo.slice %0 [0:2048, 0:256, 2:3] : (tensor<2048x256x4xui32>) -> tensor<2048x256x1xui32>
    %4 = stablehlo.slice %0 [0:2048, 0:256, 3:4] : (tensor<2048x256x4xui32>) -> tensor<2048x256x1xui32>
    %5 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %6 = stablehlo.broadcast_in_dim %5, dims = [2] : (tensor<32xui32>) -> tensor<2048x256x32xui32>
    %7 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>) -> tensor<2048x256x32xui32>
    %8 = stablehlo.shift_right_logical %7, %6 : tensor<2048x256x32xui32>
    %9 = stablehlo.constant dense<15> : tensor<2048x256x32xui32>
    %10 = stablehlo.and %8, %9 : tensor<2048x256x32xui32>
    %11 = stablehlo.reshape %10 : (tensor<2048x256x32xui32>) -> tensor<2048x8192xui32>
    %12 = stablehlo.convert %11 : (tensor<2048x8192xui32>) -> tensor<2048x8192xf32>
    %13 = stablehlo.convert %arg2 : (tensor<2048x128xbf16>) -> tensor<2048x128xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<2048x128xf32>) -> tensor<2048x128x64xf32>
    %15 = stablehlo.reshape %14 : (tensor<2048x128x64xf32>) -> tensor<2048x8192xf32>
    %16 = stablehlo.multiply %12, %15 : tensor<2048x8192xf32>
    %17 = stablehlo.convert %arg3 : (tensor<2048x128xbf16>) -> tensor<2048x128xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<2048x128xf32>) -> tensor<2048x128x64xf32>
    %19 = stablehlo.reshape %18 : (tensor<2048x128x64xf32>) -> tensor<2048x8192xf32>
    %20 = stablehlo.add %16, %19 : tensor<2048x8192xf32>
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<8x8192xf32>, tensor<2048x8192xf32>) -> tensor<8x2048xf32>
    return %21 : tensor<8x2048xf32>
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
  func.func private @mlxla_quantized_dot_1x2048xf32_128256x256xui32_128256x32xbf16_128256x32xbf16_1606f16f63a9d508(%arg0: tensor<1x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<128256x256xui32> {mlxla.name = "arg1"}, %arg2: tensor<128256x32xbf16> {mlxla.name = "arg2"}, %arg3: tensor<128256x32xbf16> {mlxla.name = "arg3"}) -> (tensor<1x128256xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<128256x256xui32>) -> tensor<128256x64x4xui32>
    %1 = stablehlo.slice %0 [0:128256, 0:64, 0:1] : (tensor<128256x64x4xui32>) -> tensor<128256x64x1xui32>
    %2 = stablehlo.slice %0 [0:128256, 0:64, 1:2] : (tensor<128256x64x4xui32>) -> tensor<128256x64x1xui32>
    %3 = stablehlo.slice %0 [0:128256, 0:64, 2:3] : (tensor<128256x64x4xui32>) -> tensor<128256x64x1xui32>
    %4 = stablehlo.slice %0 [0:128256, 0:64, 3:4] : (tensor<128256x64x4xui32>) -> tensor<128256x64x1xui32>
    %5 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %6 = stablehlo.broadcast_in_dim %5, dims = [2] : (tensor<32xui32>) -> tensor<128256x64x32xui32>
    %7 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>) -> tensor<128256x64x32xui32>
    %8 = stablehlo.shift_right_logical %7, %6 : tensor<128256x64x32xui32>
    %9 = stablehlo.constant dense<15> : tensor<128256x64x32xui32>
    %10 = stablehlo.and %8, %9 : tensor<128256x64x32xui32>
    %11 = stablehlo.reshape %10 : (tensor<128256x64x32xui32>) -> tensor<128256x2048xui32>
    %12 = stablehlo.convert %11 : (tensor<128256x2048xui32>) -> tensor<128256x2048xf32>
    %13 = stablehlo.convert %arg2 : (tensor<128256x32xbf16>) -> tensor<128256x32xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<128256x32xf32>) -> tensor<128256x32x64xf32>
    %15 = stablehlo.reshape %14 : (tensor<128256x32x64xf32>) -> tensor<128256x2048xf32>
    %16 = stablehlo.multiply %12, %15 : tensor<128256x2048xf32>
    %17 = stablehlo.convert %arg3 : (tensor<128256x32xbf16>) -> tensor<128256x32xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<128256x32xf32>) -> tensor<128256x32x64xf32>
    %19 = stablehlo.reshape %18 : (tensor<128256x32x64xf32>) -> tensor<128256x2048xf32>
    %20 = stablehlo.add %16, %19 : tensor<128256x2048xf32>
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<128256x2048xf32>) -> tensor<1x128256xf32>
    return %21 : tensor<1x128256xf32>
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
