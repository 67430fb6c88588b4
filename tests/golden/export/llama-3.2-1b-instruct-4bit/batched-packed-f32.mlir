module @mlxla {
  func.func @main(%arg0: tensor<2xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<16x2x64x8x64xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<16x2x64x8x64xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<128256x256xui32> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<128256x32xbf16> {mlxla.name = "model.embed_tokens.scales"}, %arg6: tensor<128256x32xbf16> {mlxla.name = "model.embed_tokens.biases"}, %arg7: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg8: tensor<2048x256xui32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg9: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.q_proj.scales"}, %arg10: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.q_proj.biases"}, %arg11: tensor<512x256xui32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg12: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.k_proj.scales"}, %arg13: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.k_proj.biases"}, %arg14: tensor<512x256xui32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg15: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.v_proj.scales"}, %arg16: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.v_proj.biases"}, %arg17: tensor<2048x256xui32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg18: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.o_proj.scales"}, %arg19: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.o_proj.biases"}, %arg20: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg21: tensor<8192x256xui32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg22: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.gate_proj.scales"}, %arg23: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.gate_proj.biases"}, %arg24: tensor<8192x256xui32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg25: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.up_proj.scales"}, %arg26: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.up_proj.biases"}, %arg27: tensor<2048x1024xui32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg28: tensor<2048x128xbf16> {mlxla.name = "model.layers.0.mlp.down_proj.scales"}, %arg29: tensor<2048x128xbf16> {mlxla.name = "model.layers.0.mlp.down_proj.biases"}, %arg30: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg31: tensor<2048x256xui32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg32: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.q_proj.scales"}, %arg33: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.q_proj.biases"}, %arg34: tensor<512x256xui32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg35: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.k_proj.scales"}, %arg36: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.k_proj.biases"}, %arg37: tensor<512x256xui32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg38: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.v_proj.scales"}, %arg39: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.v_proj.biases"}, %arg40: tensor<2048x256xui32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg41: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.o_proj.scales"}, %arg42: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.o_proj.biases"}, %arg43: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg44: tensor<8192x256xui32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg45: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.gate_proj.scales"}, %arg46: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.gate_proj.biases"}, %arg47: tensor<8192x256xui32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg48: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.up_proj.scales"}, %arg49: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.up_proj.biases"}, %arg50: tensor<2048x1024xui32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg51: tensor<2048x128xbf16> {mlxla.name = "model.layers.1.mlp.down_proj.scales"}, %arg52: tensor<2048x128xbf16> {mlxla.name = "model.layers.1.mlp.down_proj.biases"}, %arg53: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg54: tensor<2048x256xui32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg55: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.q_proj.scales"}, %arg56: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.q_proj.biases"}, %arg57: tensor<512x256xui32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg58: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.k_proj.scales"}, %arg59: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.k_proj.biases"}, %arg60: tensor<512x256xui32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg61: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.v_proj.scales"}, %arg62: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.v_proj.biases"}, %arg63: tensor<2048x256xui32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg64: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.o_proj.scales"}, %arg65: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.o_proj.biases"}, %arg66: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg67: tensor<8192x256xui32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg68: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.gate_proj.scales"}, %arg69: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.gate_proj.biases"}, %arg70: tensor<8192x256xui32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg71: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.up_proj.scales"}, %arg72: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.up_proj.biases"}, %arg73: tensor<2048x1024xui32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg74: tensor<2048x128xbf16> {mlxla.name = "model.layers.2.mlp.down_proj.scales"}, %arg75: tensor<2048x128xbf16> {mlxla.name = "model.layers.2.mlp.down_proj.biases"}, %arg76: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg77: tensor<2048x256xui32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg78: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.q_proj.scales"}, %arg79: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.q_proj.biases"}, %arg80: tensor<512x256xui32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg81: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.k_proj.scales"}, %arg82: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.k_proj.biases"}, %arg83: tensor<512x256xui32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg84: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.v_proj.scales"}, %arg85: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.v_proj.biases"}, %arg86: tensor<2048x256xui32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg87: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.o_proj.scales"}, %arg88: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.o_proj.biases"}, %arg89: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg90: tensor<8192x256xui32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg91: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.gate_proj.scales"}, %arg92: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.gate_proj.biases"}, %arg93: tensor<8192x256xui32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg94: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.up_proj.scales"}, %arg95: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.up_proj.biases"}, %arg96: tensor<2048x1024xui32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg97: tensor<2048x128xbf16> {mlxla.name = "model.layers.3.mlp.down_proj.scales"}, %arg98: tensor<2048x128xbf16> {mlxla.name = "model.layers.3.mlp.down_proj.biases"}, %arg99: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg100: tensor<2048x256xui32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg101: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.q_proj.scales"}, %arg102: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.q_proj.biases"}, %arg103: tensor<512x256xui32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg104: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.k_proj.scales"}, %arg105: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.k_proj.biases"}, %arg106: tensor<512x256xui32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg107: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.v_proj.scales"}, %arg108: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.v_proj.biases"}, %arg109: tensor<2048x256xui32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg110: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.o_proj.scales"}, %arg111: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.o_proj.biases"}, %arg112: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg113: tensor<8192x256xui32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg114: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.gate_proj.scales"}, %arg115: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.gate_proj.biases"}, %arg116: tensor<8192x256xui32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg117: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.up_proj.scales"}, %arg118: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.up_proj.biases"}, %arg119: tensor<2048x1024xui32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg120: tensor<2048x128xbf16> {mlxla.name = "model.layers.4.mlp.down_proj.scales"}, %arg121: tensor<2048x128xbf16> {mlxla.name = "model.layers.4.mlp.down_proj.biases"}, %arg122: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg123: tensor<2048x256xui32> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg124: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.q_proj.scales"}, %arg125: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.q_proj.biases"}, %arg126: tensor<512x256xui32> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg127: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.k_proj.scales"}, %arg128: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.k_proj.biases"}, %arg129: tensor<512x256xui32> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg130: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.v_proj.scales"}, %arg131: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.v_proj.biases"}, %arg132: tensor<2048x256xui32> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg133: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.o_proj.scales"}, %arg134: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.o_proj.biases"}, %arg135: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg136: tensor<8192x256xui32> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg137: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.gate_proj.scales"}, %arg138: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.gate_proj.biases"}, %arg139: tensor<8192x256xui32> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg140: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.up_proj.scales"}, %arg141: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.up_proj.biases"}, %arg142: tensor<2048x1024xui32> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg143: tensor<2048x128xbf16> {mlxla.name = "model.layers.5.mlp.down_proj.scales"}, %arg144: tensor<2048x128xbf16> {mlxla.name = "model.layers.5.mlp.down_proj.biases"}, %arg145: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg146: tensor<2048x256xui32> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg147: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.q_proj.scales"}, %arg148: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.q_proj.biases"}, %arg149: tensor<512x256xui32> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg150: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.k_proj.scales"}, %arg151: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.k_proj.biases"}, %arg152: tensor<512x256xui32> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg153: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.v_proj.scales"}, %arg154: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.v_proj.biases"}, %arg155: tensor<2048x256xui32> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg156: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.o_proj.scales"}, %arg157: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.o_proj.biases"}, %arg158: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg159: tensor<8192x256xui32> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg160: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.gate_proj.scales"}, %arg161: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.gate_proj.biases"}, %arg162: tensor<8192x256xui32> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg163: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.up_proj.scales"}, %arg164: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.up_proj.biases"}, %arg165: tensor<2048x1024xui32> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg166: tensor<2048x128xbf16> {mlxla.name = "model.layers.6.mlp.down_proj.scales"}, %arg167: tensor<2048x128xbf16> {mlxla.name = "model.layers.6.mlp.down_proj.biases"}, %arg168: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg169: tensor<2048x256xui32> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg170: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.q_proj.scales"}, %arg171: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.q_proj.biases"}, %arg172: tensor<512x256xui32> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg173: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.k_proj.scales"}, %arg174: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.k_proj.biases"}, %arg175: tensor<512x256xui32> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg176: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.v_proj.scales"}, %arg177: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.v_proj.biases"}, %arg178: tensor<2048x256xui32> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg179: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.o_proj.scales"}, %arg180: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.o_proj.biases"}, %arg181: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg182: tensor<8192x256xui32> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg183: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.gate_proj.scales"}, %arg184: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.gate_proj.biases"}, %arg185: tensor<8192x256xui32> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg186: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.up_proj.scales"}, %arg187: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.up_proj.biases"}, %arg188: tensor<2048x1024xui32> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg189: tensor<2048x128xbf16> {mlxla.name = "model.layers.7.mlp.down_proj.scales"}, %arg190: tensor<2048x128xbf16> {mlxla.name = "model.layers.7.mlp.down_proj.biases"}, %arg191: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg192: tensor<2048x256xui32> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg193: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.q_proj.scales"}, %arg194: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.q_proj.biases"}, %arg195: tensor<512x256xui32> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg196: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.k_proj.scales"}, %arg197: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.k_proj.biases"}, %arg198: tensor<512x256xui32> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg199: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.v_proj.scales"}, %arg200: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.v_proj.biases"}, %arg201: tensor<2048x256xui32> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg202: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.o_proj.scales"}, %arg203: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.o_proj.biases"}, %arg204: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg205: tensor<8192x256xui32> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg206: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.gate_proj.scales"}, %arg207: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.gate_proj.biases"}, %arg208: tensor<8192x256xui32> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg209: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.up_proj.scales"}, %arg210: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.up_proj.biases"}, %arg211: tensor<2048x1024xui32> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg212: tensor<2048x128xbf16> {mlxla.name = "model.layers.8.mlp.down_proj.scales"}, %arg213: tensor<2048x128xbf16> {mlxla.name = "model.layers.8.mlp.down_proj.biases"}, %arg214: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg215: tensor<2048x256xui32> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg216: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.q_proj.scales"}, %arg217: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.q_proj.biases"}, %arg218: tensor<512x256xui32> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg219: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.k_proj.scales"}, %arg220: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.k_proj.biases"}, %arg221: tensor<512x256xui32> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg222: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.v_proj.scales"}, %arg223: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.v_proj.biases"}, %arg224: tensor<2048x256xui32> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg225: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.o_proj.scales"}, %arg226: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.o_proj.biases"}, %arg227: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg228: tensor<8192x256xui32> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg229: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.gate_proj.scales"}, %arg230: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.gate_proj.biases"}, %arg231: tensor<8192x256xui32> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg232: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.up_proj.scales"}, %arg233: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.up_proj.biases"}, %arg234: tensor<2048x1024xui32> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg235: tensor<2048x128xbf16> {mlxla.name = "model.layers.9.mlp.down_proj.scales"}, %arg236: tensor<2048x128xbf16> {mlxla.name = "model.layers.9.mlp.down_proj.biases"}, %arg237: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg238: tensor<2048x256xui32> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg239: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.q_proj.scales"}, %arg240: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.q_proj.biases"}, %arg241: tensor<512x256xui32> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg242: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.k_proj.scales"}, %arg243: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.k_proj.biases"}, %arg244: tensor<512x256xui32> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg245: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.v_proj.scales"}, %arg246: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.v_proj.biases"}, %arg247: tensor<2048x256xui32> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg248: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.o_proj.scales"}, %arg249: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.o_proj.biases"}, %arg250: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg251: tensor<8192x256xui32> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg252: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.gate_proj.scales"}, %arg253: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.gate_proj.biases"}, %arg254: tensor<8192x256xui32> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg255: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.up_proj.scales"}, %arg256: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.up_proj.biases"}, %arg257: tensor<2048x1024xui32> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg258: tensor<2048x128xbf16> {mlxla.name = "model.layers.10.mlp.down_proj.scales"}, %arg259: tensor<2048x128xbf16> {mlxla.name = "model.layers.10.mlp.down_proj.biases"}, %arg260: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg261: tensor<2048x256xui32> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg262: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.q_proj.scales"}, %arg263: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.q_proj.biases"}, %arg264: tensor<512x256xui32> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg265: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.k_proj.scales"}, %arg266: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.k_proj.biases"}, %arg267: tensor<512x256xui32> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg268: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.v_proj.scales"}, %arg269: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.v_proj.biases"}, %arg270: tensor<2048x256xui32> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg271: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.o_proj.scales"}, %arg272: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.o_proj.biases"}, %arg273: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg274: tensor<8192x256xui32> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg275: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.gate_proj.scales"}, %arg276: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.gate_proj.biases"}, %arg277: tensor<8192x256xui32> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg278: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.up_proj.scales"}, %arg279: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.up_proj.biases"}, %arg280: tensor<2048x1024xui32> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg281: tensor<2048x128xbf16> {mlxla.name = "model.layers.11.mlp.down_proj.scales"}, %arg282: tensor<2048x128xbf16> {mlxla.name = "model.layers.11.mlp.down_proj.biases"}, %arg283: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg284: tensor<2048x256xui32> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg285: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.q_proj.scales"}, %arg286: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.q_proj.biases"}, %arg287: tensor<512x256xui32> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg288: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.k_proj.scales"}, %arg289: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.k_proj.biases"}, %arg290: tensor<512x256xui32> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg291: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.v_proj.scales"}, %arg292: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.v_proj.biases"}, %arg293: tensor<2048x256xui32> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg294: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.o_proj.scales"}, %arg295: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.o_proj.biases"}, %arg296: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg297: tensor<8192x256xui32> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg298: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.gate_proj.scales"}, %arg299: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.gate_proj.biases"}, %arg300: tensor<8192x256xui32> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg301: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.up_proj.scales"}, %arg302: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.up_proj.biases"}, %arg303: tensor<2048x1024xui32> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg304: tensor<2048x128xbf16> {mlxla.name = "model.layers.12.mlp.down_proj.scales"}, %arg305: tensor<2048x128xbf16> {mlxla.name = "model.layers.12.mlp.down_proj.biases"}, %arg306: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg307: tensor<2048x256xui32> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg308: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.q_proj.scales"}, %arg309: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.q_proj.biases"}, %arg310: tensor<512x256xui32> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg311: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.k_proj.scales"}, %arg312: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.k_proj.biases"}, %arg313: tensor<512x256xui32> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg314: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.v_proj.scales"}, %arg315: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.v_proj.biases"}, %arg316: tensor<2048x256xui32> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg317: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.o_proj.scales"}, %arg318: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.o_proj.biases"}, %arg319: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg320: tensor<8192x256xui32> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg321: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.gate_proj.scales"}, %arg322: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.gate_proj.biases"}, %arg323: tensor<8192x256xui32> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg324: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.up_proj.scales"}, %arg325: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.up_proj.biases"}, %arg326: tensor<2048x1024xui32> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg327: tensor<2048x128xbf16> {mlxla.name = "model.layers.13.mlp.down_proj.scales"}, %arg328: tensor<2048x128xbf16> {mlxla.name = "model.layers.13.mlp.down_proj.biases"}, %arg329: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg330: tensor<2048x256xui32> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg331: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.q_proj.scales"}, %arg332: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.q_proj.biases"}, %arg333: tensor<512x256xui32> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg334: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.k_proj.scales"}, %arg335: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.k_proj.biases"}, %arg336: tensor<512x256xui32> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg337: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.v_proj.scales"}, %arg338: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.v_proj.biases"}, %arg339: tensor<2048x256xui32> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg340: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.o_proj.scales"}, %arg341: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.o_proj.biases"}, %arg342: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg343: tensor<8192x256xui32> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg344: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.gate_proj.scales"}, %arg345: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.gate_proj.biases"}, %arg346: tensor<8192x256xui32> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg347: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.up_proj.scales"}, %arg348: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.up_proj.biases"}, %arg349: tensor<2048x1024xui32> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg350: tensor<2048x128xbf16> {mlxla.name = "model.layers.14.mlp.down_proj.scales"}, %arg351: tensor<2048x128xbf16> {mlxla.name = "model.layers.14.mlp.down_proj.biases"}, %arg352: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg353: tensor<2048x256xui32> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg354: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.q_proj.scales"}, %arg355: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.q_proj.biases"}, %arg356: tensor<512x256xui32> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg357: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.k_proj.scales"}, %arg358: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.k_proj.biases"}, %arg359: tensor<512x256xui32> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg360: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.v_proj.scales"}, %arg361: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.v_proj.biases"}, %arg362: tensor<2048x256xui32> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg363: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.o_proj.scales"}, %arg364: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.o_proj.biases"}, %arg365: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg366: tensor<8192x256xui32> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg367: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.gate_proj.scales"}, %arg368: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.gate_proj.biases"}, %arg369: tensor<8192x256xui32> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg370: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.up_proj.scales"}, %arg371: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.up_proj.biases"}, %arg372: tensor<2048x1024xui32> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg373: tensor<2048x128xbf16> {mlxla.name = "model.layers.15.mlp.down_proj.scales"}, %arg374: tensor<2048x128xbf16> {mlxla.name = "model.layers.15.mlp.down_proj.biases"}, %arg375: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<2xi32> {mlxla.name = "next_tokens"}, tensor<16x2x64x8x64xf16> {mlxla.name = "k_cache"}, tensor<16x2x64x8x64xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<2xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.constant dense<1> : tensor<i32>
    %4 = stablehlo.add %arg1, %3 : tensor<i32>
    %5 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %6 = "stablehlo.gather"(%arg6, %5) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>} : (tensor<128256x32xbf16>, tensor<2x1xi32>) -> tensor<2x32xbf16>
    %7 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %8 = "stablehlo.gather"(%arg5, %7) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>} : (tensor<128256x32xbf16>, tensor<2x1xi32>) -> tensor<2x32xbf16>
    %9 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %10 = "stablehlo.gather"(%arg4, %9) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 256>} : (tensor<128256x256xui32>, tensor<2x1xi32>) -> tensor<2x256xui32>
    %11 = stablehlo.reshape %10 : (tensor<2x256xui32>) -> tensor<2x64x4xui32>
    %12 = stablehlo.slice %11 [0:2, 0:64, 0:1] : (tensor<2x64x4xui32>) -> tensor<2x64x1xui32>
    %13 = stablehlo.slice %11 [0:2, 0:64, 1:2] : (tensor<2x64x4xui32>) -> tensor<2x64x1xui32>
    %14 = stablehlo.slice %11 [0:2, 0:64, 2:3] : (tensor<2x64x4xui32>) -> tensor<2x64x1xui32>
    %15 = stablehlo.slice %11 [0:2, 0:64, 3:4] : (tensor<2x64x4xui32>) -> tensor<2x64x1xui32>
    %16 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [2] : (tensor<32xui32>) -> tensor<2x64x32xui32>
    %18 = stablehlo.concatenate %12, %12, %12, %12, %12, %12, %12, %12, %13, %13, %13, %13, %13, %13, %13, %13, %14, %14, %14, %14, %14, %14, %14, %14, %15, %15, %15, %15, %15, %15, %15, %15, dim = 2 : (tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>) -> tensor<2x64x32xui32>
    %19 = stablehlo.shift_right_logical %18, %17 : tensor<2x64x32xui32>
    %20 = stablehlo.constant dense<15> : tensor<2x64x32xui32>
    %21 = stablehlo.and %19, %20 : tensor<2x64x32xui32>
    %22 = stablehlo.reshape %21 : (tensor<2x64x32xui32>) -> tensor<2x2048xui32>
    %23 = stablehlo.convert %22 : (tensor<2x2048xui32>) -> tensor<2x2048xf32>
    %24 = stablehlo.convert %8 : (tensor<2x32xbf16>) -> tensor<2x32xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0, 1] : (tensor<2x32xf32>) -> tensor<2x32x64xf32>
    %26 = stablehlo.reshape %25 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %27 = stablehlo.multiply %23, %26 : tensor<2x2048xf32>
    %28 = stablehlo.convert %6 : (tensor<2x32xbf16>) -> tensor<2x32xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [0, 1] : (tensor<2x32xf32>) -> tensor<2x32x64xf32>
    %30 = stablehlo.reshape %29 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %31 = stablehlo.add %27, %30 : tensor<2x2048xf32>
    %32 = stablehlo.composite "mlxla.rms_norm" %31, %arg7 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %33 = stablehlo.composite "mlxla.quantized_dot" %32, %arg8, %arg9, %arg10 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %34 = stablehlo.reshape %33 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %35 = stablehlo.composite "mlxla.rope" %34, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %36 = stablehlo.composite "mlxla.quantized_dot" %32, %arg11, %arg12, %arg13 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %37 = stablehlo.reshape %36 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %38 = stablehlo.composite "mlxla.rope" %37, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %39 = stablehlo.composite "mlxla.quantized_dot" %32, %arg14, %arg15, %arg16 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %40 = stablehlo.reshape %39 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %41 = stablehlo.convert %38 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %42 = stablehlo.convert %40 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %43 = stablehlo.constant dense<0> : tensor<i32>
    %44 = stablehlo.constant dense<0> : tensor<i32>
    %45 = stablehlo.constant dense<0> : tensor<i32>
    %46 = stablehlo.slice %41 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %47 = stablehlo.reshape %46 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %48 = stablehlo.dynamic_update_slice %arg2, %47, %43, %45, %arg1, %44, %44 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %49 = stablehlo.slice %42 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %50 = stablehlo.reshape %49 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %51 = stablehlo.dynamic_update_slice %arg3, %50, %43, %45, %arg1, %44, %44 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %52 = stablehlo.constant dense<1> : tensor<i32>
    %53 = stablehlo.slice %41 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %54 = stablehlo.reshape %53 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %55 = stablehlo.dynamic_update_slice %48, %54, %43, %52, %arg1, %44, %44 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %56 = stablehlo.slice %42 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %57 = stablehlo.reshape %56 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %58 = stablehlo.dynamic_update_slice %51, %57, %43, %52, %arg1, %44, %44 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %59 = stablehlo.slice %35 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %60 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %61 = stablehlo.slice %58 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %62 = stablehlo.reshape %61 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %63 = stablehlo.slice %55 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %64 = stablehlo.reshape %63 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %65 = stablehlo.composite "mlxla.attention" %59, %64, %62, %60, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %66 = stablehlo.slice %35 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %67 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %68 = stablehlo.slice %58 [0:1, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %69 = stablehlo.reshape %68 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %70 = stablehlo.slice %55 [0:1, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %71 = stablehlo.reshape %70 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %72 = stablehlo.composite "mlxla.attention" %66, %71, %69, %67, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %73 = stablehlo.concatenate %65, %72, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %74 = stablehlo.reshape %73 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %75 = stablehlo.composite "mlxla.quantized_dot" %74, %arg17, %arg18, %arg19 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %76 = stablehlo.add %31, %75 : tensor<2x2048xf32>
    %77 = stablehlo.composite "mlxla.rms_norm" %76, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %78 = stablehlo.composite "mlxla.quantized_dot" %77, %arg21, %arg22, %arg23 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %79 = stablehlo.composite "mlxla.quantized_dot" %77, %arg24, %arg25, %arg26 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %80 = stablehlo.logistic %78 : tensor<2x8192xf32>
    %81 = stablehlo.multiply %78, %80 : tensor<2x8192xf32>
    %82 = stablehlo.multiply %81, %79 : tensor<2x8192xf32>
    %83 = stablehlo.composite "mlxla.quantized_dot" %82, %arg27, %arg28, %arg29 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %84 = stablehlo.add %76, %83 : tensor<2x2048xf32>
    %85 = stablehlo.composite "mlxla.rms_norm" %84, %arg30 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %86 = stablehlo.composite "mlxla.quantized_dot" %85, %arg31, %arg32, %arg33 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %87 = stablehlo.reshape %86 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %88 = stablehlo.composite "mlxla.rope" %87, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %89 = stablehlo.composite "mlxla.quantized_dot" %85, %arg34, %arg35, %arg36 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %90 = stablehlo.reshape %89 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %91 = stablehlo.composite "mlxla.rope" %90, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %92 = stablehlo.composite "mlxla.quantized_dot" %85, %arg37, %arg38, %arg39 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %93 = stablehlo.reshape %92 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %94 = stablehlo.convert %91 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %95 = stablehlo.convert %93 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %96 = stablehlo.constant dense<1> : tensor<i32>
    %97 = stablehlo.constant dense<0> : tensor<i32>
    %98 = stablehlo.constant dense<0> : tensor<i32>
    %99 = stablehlo.slice %94 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %100 = stablehlo.reshape %99 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %101 = stablehlo.dynamic_update_slice %55, %100, %96, %98, %arg1, %97, %97 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %102 = stablehlo.slice %95 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %103 = stablehlo.reshape %102 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %104 = stablehlo.dynamic_update_slice %58, %103, %96, %98, %arg1, %97, %97 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %105 = stablehlo.constant dense<1> : tensor<i32>
    %106 = stablehlo.slice %94 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %107 = stablehlo.reshape %106 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %108 = stablehlo.dynamic_update_slice %101, %107, %96, %105, %arg1, %97, %97 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %109 = stablehlo.slice %95 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %110 = stablehlo.reshape %109 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %111 = stablehlo.dynamic_update_slice %104, %110, %96, %105, %arg1, %97, %97 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %112 = stablehlo.slice %88 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %113 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %114 = stablehlo.slice %111 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %115 = stablehlo.reshape %114 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %116 = stablehlo.slice %108 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %117 = stablehlo.reshape %116 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %118 = stablehlo.composite "mlxla.attention" %112, %117, %115, %113, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %119 = stablehlo.slice %88 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %120 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %121 = stablehlo.slice %111 [1:2, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %122 = stablehlo.reshape %121 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %123 = stablehlo.slice %108 [1:2, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %124 = stablehlo.reshape %123 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %125 = stablehlo.composite "mlxla.attention" %119, %124, %122, %120, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %126 = stablehlo.concatenate %118, %125, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %127 = stablehlo.reshape %126 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %128 = stablehlo.composite "mlxla.quantized_dot" %127, %arg40, %arg41, %arg42 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %129 = stablehlo.add %84, %128 : tensor<2x2048xf32>
    %130 = stablehlo.composite "mlxla.rms_norm" %129, %arg43 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %131 = stablehlo.composite "mlxla.quantized_dot" %130, %arg44, %arg45, %arg46 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %132 = stablehlo.composite "mlxla.quantized_dot" %130, %arg47, %arg48, %arg49 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %133 = stablehlo.logistic %131 : tensor<2x8192xf32>
    %134 = stablehlo.multiply %131, %133 : tensor<2x8192xf32>
    %135 = stablehlo.multiply %134, %132 : tensor<2x8192xf32>
    %136 = stablehlo.composite "mlxla.quantized_dot" %135, %arg50, %arg51, %arg52 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %137 = stablehlo.add %129, %136 : tensor<2x2048xf32>
    %138 = stablehlo.composite "mlxla.rms_norm" %137, %arg53 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %139 = stablehlo.composite "mlxla.quantized_dot" %138, %arg54, %arg55, %arg56 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %140 = stablehlo.reshape %139 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %141 = stablehlo.composite "mlxla.rope" %140, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %142 = stablehlo.composite "mlxla.quantized_dot" %138, %arg57, %arg58, %arg59 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %143 = stablehlo.reshape %142 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %144 = stablehlo.composite "mlxla.rope" %143, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %145 = stablehlo.composite "mlxla.quantized_dot" %138, %arg60, %arg61, %arg62 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %146 = stablehlo.reshape %145 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %147 = stablehlo.convert %144 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %148 = stablehlo.convert %146 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %149 = stablehlo.constant dense<2> : tensor<i32>
    %150 = stablehlo.constant dense<0> : tensor<i32>
    %151 = stablehlo.constant dense<0> : tensor<i32>
    %152 = stablehlo.slice %147 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %153 = stablehlo.reshape %152 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %154 = stablehlo.dynamic_update_slice %108, %153, %149, %151, %arg1, %150, %150 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %155 = stablehlo.slice %148 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %156 = stablehlo.reshape %155 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %157 = stablehlo.dynamic_update_slice %111, %156, %149, %151, %arg1, %150, %150 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %158 = stablehlo.constant dense<1> : tensor<i32>
    %159 = stablehlo.slice %147 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %160 = stablehlo.reshape %159 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %161 = stablehlo.dynamic_update_slice %154, %160, %149, %158, %arg1, %150, %150 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %162 = stablehlo.slice %148 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %163 = stablehlo.reshape %162 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %164 = stablehlo.dynamic_update_slice %157, %163, %149, %158, %arg1, %150, %150 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %165 = stablehlo.slice %141 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %166 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %167 = stablehlo.slice %164 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %168 = stablehlo.reshape %167 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %169 = stablehlo.slice %161 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %170 = stablehlo.reshape %169 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %171 = stablehlo.composite "mlxla.attention" %165, %170, %168, %166, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %172 = stablehlo.slice %141 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %173 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %174 = stablehlo.slice %164 [2:3, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %175 = stablehlo.reshape %174 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %176 = stablehlo.slice %161 [2:3, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %177 = stablehlo.reshape %176 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %178 = stablehlo.composite "mlxla.attention" %172, %177, %175, %173, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %179 = stablehlo.concatenate %171, %178, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %180 = stablehlo.reshape %179 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %181 = stablehlo.composite "mlxla.quantized_dot" %180, %arg63, %arg64, %arg65 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %182 = stablehlo.add %137, %181 : tensor<2x2048xf32>
    %183 = stablehlo.composite "mlxla.rms_norm" %182, %arg66 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %184 = stablehlo.composite "mlxla.quantized_dot" %183, %arg67, %arg68, %arg69 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %185 = stablehlo.composite "mlxla.quantized_dot" %183, %arg70, %arg71, %arg72 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %186 = stablehlo.logistic %184 : tensor<2x8192xf32>
    %187 = stablehlo.multiply %184, %186 : tensor<2x8192xf32>
    %188 = stablehlo.multiply %187, %185 : tensor<2x8192xf32>
    %189 = stablehlo.composite "mlxla.quantized_dot" %188, %arg73, %arg74, %arg75 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %190 = stablehlo.add %182, %189 : tensor<2x2048xf32>
    %191 = stablehlo.composite "mlxla.rms_norm" %190, %arg76 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %192 = stablehlo.composite "mlxla.quantized_dot" %191, %arg77, %arg78, %arg79 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %193 = stablehlo.reshape %192 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %194 = stablehlo.composite "mlxla.rope" %193, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %195 = stablehlo.composite "mlxla.quantized_dot" %191, %arg80, %arg81, %arg82 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %196 = stablehlo.reshape %195 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %197 = stablehlo.composite "mlxla.rope" %196, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %198 = stablehlo.composite "mlxla.quantized_dot" %191, %arg83, %arg84, %arg85 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %199 = stablehlo.reshape %198 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %200 = stablehlo.convert %197 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %201 = stablehlo.convert %199 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %202 = stablehlo.constant dense<3> : tensor<i32>
    %203 = stablehlo.constant dense<0> : tensor<i32>
    %204 = stablehlo.constant dense<0> : tensor<i32>
    %205 = stablehlo.slice %200 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %206 = stablehlo.reshape %205 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %207 = stablehlo.dynamic_update_slice %161, %206, %202, %204, %arg1, %203, %203 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %208 = stablehlo.slice %201 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %209 = stablehlo.reshape %208 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %210 = stablehlo.dynamic_update_slice %164, %209, %202, %204, %arg1, %203, %203 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %211 = stablehlo.constant dense<1> : tensor<i32>
    %212 = stablehlo.slice %200 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %213 = stablehlo.reshape %212 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %214 = stablehlo.dynamic_update_slice %207, %213, %202, %211, %arg1, %203, %203 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %215 = stablehlo.slice %201 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %216 = stablehlo.reshape %215 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %217 = stablehlo.dynamic_update_slice %210, %216, %202, %211, %arg1, %203, %203 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %218 = stablehlo.slice %194 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %219 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %220 = stablehlo.slice %217 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %221 = stablehlo.reshape %220 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %222 = stablehlo.slice %214 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %223 = stablehlo.reshape %222 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %224 = stablehlo.composite "mlxla.attention" %218, %223, %221, %219, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %225 = stablehlo.slice %194 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %226 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %227 = stablehlo.slice %217 [3:4, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %228 = stablehlo.reshape %227 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %229 = stablehlo.slice %214 [3:4, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %230 = stablehlo.reshape %229 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %231 = stablehlo.composite "mlxla.attention" %225, %230, %228, %226, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %232 = stablehlo.concatenate %224, %231, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %233 = stablehlo.reshape %232 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %234 = stablehlo.composite "mlxla.quantized_dot" %233, %arg86, %arg87, %arg88 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %235 = stablehlo.add %190, %234 : tensor<2x2048xf32>
    %236 = stablehlo.composite "mlxla.rms_norm" %235, %arg89 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %237 = stablehlo.composite "mlxla.quantized_dot" %236, %arg90, %arg91, %arg92 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %238 = stablehlo.composite "mlxla.quantized_dot" %236, %arg93, %arg94, %arg95 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %239 = stablehlo.logistic %237 : tensor<2x8192xf32>
    %240 = stablehlo.multiply %237, %239 : tensor<2x8192xf32>
    %241 = stablehlo.multiply %240, %238 : tensor<2x8192xf32>
    %242 = stablehlo.composite "mlxla.quantized_dot" %241, %arg96, %arg97, %arg98 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %243 = stablehlo.add %235, %242 : tensor<2x2048xf32>
    %244 = stablehlo.composite "mlxla.rms_norm" %243, %arg99 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %245 = stablehlo.composite "mlxla.quantized_dot" %244, %arg100, %arg101, %arg102 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %246 = stablehlo.reshape %245 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %247 = stablehlo.composite "mlxla.rope" %246, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %248 = stablehlo.composite "mlxla.quantized_dot" %244, %arg103, %arg104, %arg105 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %249 = stablehlo.reshape %248 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %250 = stablehlo.composite "mlxla.rope" %249, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %251 = stablehlo.composite "mlxla.quantized_dot" %244, %arg106, %arg107, %arg108 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %252 = stablehlo.reshape %251 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %253 = stablehlo.convert %250 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %254 = stablehlo.convert %252 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %255 = stablehlo.constant dense<4> : tensor<i32>
    %256 = stablehlo.constant dense<0> : tensor<i32>
    %257 = stablehlo.constant dense<0> : tensor<i32>
    %258 = stablehlo.slice %253 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %259 = stablehlo.reshape %258 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %260 = stablehlo.dynamic_update_slice %214, %259, %255, %257, %arg1, %256, %256 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %261 = stablehlo.slice %254 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %262 = stablehlo.reshape %261 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %263 = stablehlo.dynamic_update_slice %217, %262, %255, %257, %arg1, %256, %256 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %264 = stablehlo.constant dense<1> : tensor<i32>
    %265 = stablehlo.slice %253 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %266 = stablehlo.reshape %265 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %267 = stablehlo.dynamic_update_slice %260, %266, %255, %264, %arg1, %256, %256 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %268 = stablehlo.slice %254 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %269 = stablehlo.reshape %268 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %270 = stablehlo.dynamic_update_slice %263, %269, %255, %264, %arg1, %256, %256 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %271 = stablehlo.slice %247 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %272 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %273 = stablehlo.slice %270 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %274 = stablehlo.reshape %273 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %275 = stablehlo.slice %267 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %276 = stablehlo.reshape %275 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %277 = stablehlo.composite "mlxla.attention" %271, %276, %274, %272, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %278 = stablehlo.slice %247 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %279 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %280 = stablehlo.slice %270 [4:5, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %281 = stablehlo.reshape %280 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %282 = stablehlo.slice %267 [4:5, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %283 = stablehlo.reshape %282 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %284 = stablehlo.composite "mlxla.attention" %278, %283, %281, %279, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %285 = stablehlo.concatenate %277, %284, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %286 = stablehlo.reshape %285 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %287 = stablehlo.composite "mlxla.quantized_dot" %286, %arg109, %arg110, %arg111 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %288 = stablehlo.add %243, %287 : tensor<2x2048xf32>
    %289 = stablehlo.composite "mlxla.rms_norm" %288, %arg112 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %290 = stablehlo.composite "mlxla.quantized_dot" %289, %arg113, %arg114, %arg115 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %291 = stablehlo.composite "mlxla.quantized_dot" %289, %arg116, %arg117, %arg118 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %292 = stablehlo.logistic %290 : tensor<2x8192xf32>
    %293 = stablehlo.multiply %290, %292 : tensor<2x8192xf32>
    %294 = stablehlo.multiply %293, %291 : tensor<2x8192xf32>
    %295 = stablehlo.composite "mlxla.quantized_dot" %294, %arg119, %arg120, %arg121 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %296 = stablehlo.add %288, %295 : tensor<2x2048xf32>
    %297 = stablehlo.composite "mlxla.rms_norm" %296, %arg122 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %298 = stablehlo.composite "mlxla.quantized_dot" %297, %arg123, %arg124, %arg125 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %299 = stablehlo.reshape %298 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %300 = stablehlo.composite "mlxla.rope" %299, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %301 = stablehlo.composite "mlxla.quantized_dot" %297, %arg126, %arg127, %arg128 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %302 = stablehlo.reshape %301 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %303 = stablehlo.composite "mlxla.rope" %302, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %304 = stablehlo.composite "mlxla.quantized_dot" %297, %arg129, %arg130, %arg131 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %305 = stablehlo.reshape %304 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %306 = stablehlo.convert %303 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %307 = stablehlo.convert %305 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %308 = stablehlo.constant dense<5> : tensor<i32>
    %309 = stablehlo.constant dense<0> : tensor<i32>
    %310 = stablehlo.constant dense<0> : tensor<i32>
    %311 = stablehlo.slice %306 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %312 = stablehlo.reshape %311 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %313 = stablehlo.dynamic_update_slice %267, %312, %308, %310, %arg1, %309, %309 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %314 = stablehlo.slice %307 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %315 = stablehlo.reshape %314 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %316 = stablehlo.dynamic_update_slice %270, %315, %308, %310, %arg1, %309, %309 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %317 = stablehlo.constant dense<1> : tensor<i32>
    %318 = stablehlo.slice %306 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %319 = stablehlo.reshape %318 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %320 = stablehlo.dynamic_update_slice %313, %319, %308, %317, %arg1, %309, %309 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %321 = stablehlo.slice %307 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %322 = stablehlo.reshape %321 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %323 = stablehlo.dynamic_update_slice %316, %322, %308, %317, %arg1, %309, %309 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %324 = stablehlo.slice %300 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %325 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %326 = stablehlo.slice %323 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %327 = stablehlo.reshape %326 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %328 = stablehlo.slice %320 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %329 = stablehlo.reshape %328 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %330 = stablehlo.composite "mlxla.attention" %324, %329, %327, %325, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %331 = stablehlo.slice %300 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %332 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %333 = stablehlo.slice %323 [5:6, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %334 = stablehlo.reshape %333 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %335 = stablehlo.slice %320 [5:6, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %336 = stablehlo.reshape %335 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %337 = stablehlo.composite "mlxla.attention" %331, %336, %334, %332, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %338 = stablehlo.concatenate %330, %337, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %339 = stablehlo.reshape %338 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %340 = stablehlo.composite "mlxla.quantized_dot" %339, %arg132, %arg133, %arg134 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %341 = stablehlo.add %296, %340 : tensor<2x2048xf32>
    %342 = stablehlo.composite "mlxla.rms_norm" %341, %arg135 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %343 = stablehlo.composite "mlxla.quantized_dot" %342, %arg136, %arg137, %arg138 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %344 = stablehlo.composite "mlxla.quantized_dot" %342, %arg139, %arg140, %arg141 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %345 = stablehlo.logistic %343 : tensor<2x8192xf32>
    %346 = stablehlo.multiply %343, %345 : tensor<2x8192xf32>
    %347 = stablehlo.multiply %346, %344 : tensor<2x8192xf32>
    %348 = stablehlo.composite "mlxla.quantized_dot" %347, %arg142, %arg143, %arg144 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %349 = stablehlo.add %341, %348 : tensor<2x2048xf32>
    %350 = stablehlo.composite "mlxla.rms_norm" %349, %arg145 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %351 = stablehlo.composite "mlxla.quantized_dot" %350, %arg146, %arg147, %arg148 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %352 = stablehlo.reshape %351 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %353 = stablehlo.composite "mlxla.rope" %352, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %354 = stablehlo.composite "mlxla.quantized_dot" %350, %arg149, %arg150, %arg151 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %355 = stablehlo.reshape %354 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %356 = stablehlo.composite "mlxla.rope" %355, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %357 = stablehlo.composite "mlxla.quantized_dot" %350, %arg152, %arg153, %arg154 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %358 = stablehlo.reshape %357 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %359 = stablehlo.convert %356 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %360 = stablehlo.convert %358 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %361 = stablehlo.constant dense<6> : tensor<i32>
    %362 = stablehlo.constant dense<0> : tensor<i32>
    %363 = stablehlo.constant dense<0> : tensor<i32>
    %364 = stablehlo.slice %359 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %365 = stablehlo.reshape %364 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %366 = stablehlo.dynamic_update_slice %320, %365, %361, %363, %arg1, %362, %362 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %367 = stablehlo.slice %360 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %368 = stablehlo.reshape %367 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %369 = stablehlo.dynamic_update_slice %323, %368, %361, %363, %arg1, %362, %362 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %370 = stablehlo.constant dense<1> : tensor<i32>
    %371 = stablehlo.slice %359 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %372 = stablehlo.reshape %371 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %373 = stablehlo.dynamic_update_slice %366, %372, %361, %370, %arg1, %362, %362 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %374 = stablehlo.slice %360 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %375 = stablehlo.reshape %374 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %376 = stablehlo.dynamic_update_slice %369, %375, %361, %370, %arg1, %362, %362 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %377 = stablehlo.slice %353 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %378 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %379 = stablehlo.slice %376 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %380 = stablehlo.reshape %379 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %381 = stablehlo.slice %373 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %382 = stablehlo.reshape %381 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %383 = stablehlo.composite "mlxla.attention" %377, %382, %380, %378, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %384 = stablehlo.slice %353 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %385 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %386 = stablehlo.slice %376 [6:7, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %387 = stablehlo.reshape %386 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %388 = stablehlo.slice %373 [6:7, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %389 = stablehlo.reshape %388 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %390 = stablehlo.composite "mlxla.attention" %384, %389, %387, %385, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %391 = stablehlo.concatenate %383, %390, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %392 = stablehlo.reshape %391 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %393 = stablehlo.composite "mlxla.quantized_dot" %392, %arg155, %arg156, %arg157 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %394 = stablehlo.add %349, %393 : tensor<2x2048xf32>
    %395 = stablehlo.composite "mlxla.rms_norm" %394, %arg158 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %396 = stablehlo.composite "mlxla.quantized_dot" %395, %arg159, %arg160, %arg161 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %397 = stablehlo.composite "mlxla.quantized_dot" %395, %arg162, %arg163, %arg164 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %398 = stablehlo.logistic %396 : tensor<2x8192xf32>
    %399 = stablehlo.multiply %396, %398 : tensor<2x8192xf32>
    %400 = stablehlo.multiply %399, %397 : tensor<2x8192xf32>
    %401 = stablehlo.composite "mlxla.quantized_dot" %400, %arg165, %arg166, %arg167 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %402 = stablehlo.add %394, %401 : tensor<2x2048xf32>
    %403 = stablehlo.composite "mlxla.rms_norm" %402, %arg168 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %404 = stablehlo.composite "mlxla.quantized_dot" %403, %arg169, %arg170, %arg171 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %405 = stablehlo.reshape %404 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %406 = stablehlo.composite "mlxla.rope" %405, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %407 = stablehlo.composite "mlxla.quantized_dot" %403, %arg172, %arg173, %arg174 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %408 = stablehlo.reshape %407 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %409 = stablehlo.composite "mlxla.rope" %408, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %410 = stablehlo.composite "mlxla.quantized_dot" %403, %arg175, %arg176, %arg177 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %411 = stablehlo.reshape %410 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %412 = stablehlo.convert %409 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %413 = stablehlo.convert %411 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %414 = stablehlo.constant dense<7> : tensor<i32>
    %415 = stablehlo.constant dense<0> : tensor<i32>
    %416 = stablehlo.constant dense<0> : tensor<i32>
    %417 = stablehlo.slice %412 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %418 = stablehlo.reshape %417 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %419 = stablehlo.dynamic_update_slice %373, %418, %414, %416, %arg1, %415, %415 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %420 = stablehlo.slice %413 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %421 = stablehlo.reshape %420 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %422 = stablehlo.dynamic_update_slice %376, %421, %414, %416, %arg1, %415, %415 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %423 = stablehlo.constant dense<1> : tensor<i32>
    %424 = stablehlo.slice %412 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %425 = stablehlo.reshape %424 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %426 = stablehlo.dynamic_update_slice %419, %425, %414, %423, %arg1, %415, %415 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %427 = stablehlo.slice %413 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %428 = stablehlo.reshape %427 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %429 = stablehlo.dynamic_update_slice %422, %428, %414, %423, %arg1, %415, %415 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %430 = stablehlo.slice %406 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %431 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %432 = stablehlo.slice %429 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %433 = stablehlo.reshape %432 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %434 = stablehlo.slice %426 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %435 = stablehlo.reshape %434 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %436 = stablehlo.composite "mlxla.attention" %430, %435, %433, %431, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %437 = stablehlo.slice %406 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %438 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %439 = stablehlo.slice %429 [7:8, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %440 = stablehlo.reshape %439 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %441 = stablehlo.slice %426 [7:8, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %442 = stablehlo.reshape %441 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %443 = stablehlo.composite "mlxla.attention" %437, %442, %440, %438, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %444 = stablehlo.concatenate %436, %443, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %445 = stablehlo.reshape %444 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %446 = stablehlo.composite "mlxla.quantized_dot" %445, %arg178, %arg179, %arg180 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %447 = stablehlo.add %402, %446 : tensor<2x2048xf32>
    %448 = stablehlo.composite "mlxla.rms_norm" %447, %arg181 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %449 = stablehlo.composite "mlxla.quantized_dot" %448, %arg182, %arg183, %arg184 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %450 = stablehlo.composite "mlxla.quantized_dot" %448, %arg185, %arg186, %arg187 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %451 = stablehlo.logistic %449 : tensor<2x8192xf32>
    %452 = stablehlo.multiply %449, %451 : tensor<2x8192xf32>
    %453 = stablehlo.multiply %452, %450 : tensor<2x8192xf32>
    %454 = stablehlo.composite "mlxla.quantized_dot" %453, %arg188, %arg189, %arg190 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %455 = stablehlo.add %447, %454 : tensor<2x2048xf32>
    %456 = stablehlo.composite "mlxla.rms_norm" %455, %arg191 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %457 = stablehlo.composite "mlxla.quantized_dot" %456, %arg192, %arg193, %arg194 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %458 = stablehlo.reshape %457 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %459 = stablehlo.composite "mlxla.rope" %458, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %460 = stablehlo.composite "mlxla.quantized_dot" %456, %arg195, %arg196, %arg197 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %461 = stablehlo.reshape %460 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %462 = stablehlo.composite "mlxla.rope" %461, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %463 = stablehlo.composite "mlxla.quantized_dot" %456, %arg198, %arg199, %arg200 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %464 = stablehlo.reshape %463 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %465 = stablehlo.convert %462 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %466 = stablehlo.convert %464 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %467 = stablehlo.constant dense<8> : tensor<i32>
    %468 = stablehlo.constant dense<0> : tensor<i32>
    %469 = stablehlo.constant dense<0> : tensor<i32>
    %470 = stablehlo.slice %465 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %471 = stablehlo.reshape %470 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %472 = stablehlo.dynamic_update_slice %426, %471, %467, %469, %arg1, %468, %468 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %473 = stablehlo.slice %466 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %474 = stablehlo.reshape %473 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %475 = stablehlo.dynamic_update_slice %429, %474, %467, %469, %arg1, %468, %468 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %476 = stablehlo.constant dense<1> : tensor<i32>
    %477 = stablehlo.slice %465 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %478 = stablehlo.reshape %477 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %479 = stablehlo.dynamic_update_slice %472, %478, %467, %476, %arg1, %468, %468 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %480 = stablehlo.slice %466 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %481 = stablehlo.reshape %480 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %482 = stablehlo.dynamic_update_slice %475, %481, %467, %476, %arg1, %468, %468 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %483 = stablehlo.slice %459 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %484 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %485 = stablehlo.slice %482 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %486 = stablehlo.reshape %485 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %487 = stablehlo.slice %479 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %488 = stablehlo.reshape %487 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %489 = stablehlo.composite "mlxla.attention" %483, %488, %486, %484, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %490 = stablehlo.slice %459 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %491 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %492 = stablehlo.slice %482 [8:9, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %493 = stablehlo.reshape %492 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %494 = stablehlo.slice %479 [8:9, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %495 = stablehlo.reshape %494 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %496 = stablehlo.composite "mlxla.attention" %490, %495, %493, %491, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %497 = stablehlo.concatenate %489, %496, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %498 = stablehlo.reshape %497 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %499 = stablehlo.composite "mlxla.quantized_dot" %498, %arg201, %arg202, %arg203 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %500 = stablehlo.add %455, %499 : tensor<2x2048xf32>
    %501 = stablehlo.composite "mlxla.rms_norm" %500, %arg204 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %502 = stablehlo.composite "mlxla.quantized_dot" %501, %arg205, %arg206, %arg207 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %503 = stablehlo.composite "mlxla.quantized_dot" %501, %arg208, %arg209, %arg210 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %504 = stablehlo.logistic %502 : tensor<2x8192xf32>
    %505 = stablehlo.multiply %502, %504 : tensor<2x8192xf32>
    %506 = stablehlo.multiply %505, %503 : tensor<2x8192xf32>
    %507 = stablehlo.composite "mlxla.quantized_dot" %506, %arg211, %arg212, %arg213 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %508 = stablehlo.add %500, %507 : tensor<2x2048xf32>
    %509 = stablehlo.composite "mlxla.rms_norm" %508, %arg214 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %510 = stablehlo.composite "mlxla.quantized_dot" %509, %arg215, %arg216, %arg217 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %511 = stablehlo.reshape %510 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %512 = stablehlo.composite "mlxla.rope" %511, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %513 = stablehlo.composite "mlxla.quantized_dot" %509, %arg218, %arg219, %arg220 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %514 = stablehlo.reshape %513 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %515 = stablehlo.composite "mlxla.rope" %514, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %516 = stablehlo.composite "mlxla.quantized_dot" %509, %arg221, %arg222, %arg223 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %517 = stablehlo.reshape %516 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %518 = stablehlo.convert %515 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %519 = stablehlo.convert %517 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %520 = stablehlo.constant dense<9> : tensor<i32>
    %521 = stablehlo.constant dense<0> : tensor<i32>
    %522 = stablehlo.constant dense<0> : tensor<i32>
    %523 = stablehlo.slice %518 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %524 = stablehlo.reshape %523 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %525 = stablehlo.dynamic_update_slice %479, %524, %520, %522, %arg1, %521, %521 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %526 = stablehlo.slice %519 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %527 = stablehlo.reshape %526 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %528 = stablehlo.dynamic_update_slice %482, %527, %520, %522, %arg1, %521, %521 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %529 = stablehlo.constant dense<1> : tensor<i32>
    %530 = stablehlo.slice %518 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %531 = stablehlo.reshape %530 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %532 = stablehlo.dynamic_update_slice %525, %531, %520, %529, %arg1, %521, %521 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %533 = stablehlo.slice %519 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %534 = stablehlo.reshape %533 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %535 = stablehlo.dynamic_update_slice %528, %534, %520, %529, %arg1, %521, %521 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %536 = stablehlo.slice %512 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %537 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %538 = stablehlo.slice %535 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %539 = stablehlo.reshape %538 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %540 = stablehlo.slice %532 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %541 = stablehlo.reshape %540 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %542 = stablehlo.composite "mlxla.attention" %536, %541, %539, %537, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %543 = stablehlo.slice %512 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %544 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %545 = stablehlo.slice %535 [9:10, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %546 = stablehlo.reshape %545 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %547 = stablehlo.slice %532 [9:10, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %548 = stablehlo.reshape %547 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %549 = stablehlo.composite "mlxla.attention" %543, %548, %546, %544, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %550 = stablehlo.concatenate %542, %549, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %551 = stablehlo.reshape %550 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %552 = stablehlo.composite "mlxla.quantized_dot" %551, %arg224, %arg225, %arg226 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %553 = stablehlo.add %508, %552 : tensor<2x2048xf32>
    %554 = stablehlo.composite "mlxla.rms_norm" %553, %arg227 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %555 = stablehlo.composite "mlxla.quantized_dot" %554, %arg228, %arg229, %arg230 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %556 = stablehlo.composite "mlxla.quantized_dot" %554, %arg231, %arg232, %arg233 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %557 = stablehlo.logistic %555 : tensor<2x8192xf32>
    %558 = stablehlo.multiply %555, %557 : tensor<2x8192xf32>
    %559 = stablehlo.multiply %558, %556 : tensor<2x8192xf32>
    %560 = stablehlo.composite "mlxla.quantized_dot" %559, %arg234, %arg235, %arg236 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %561 = stablehlo.add %553, %560 : tensor<2x2048xf32>
    %562 = stablehlo.composite "mlxla.rms_norm" %561, %arg237 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %563 = stablehlo.composite "mlxla.quantized_dot" %562, %arg238, %arg239, %arg240 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %564 = stablehlo.reshape %563 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %565 = stablehlo.composite "mlxla.rope" %564, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %566 = stablehlo.composite "mlxla.quantized_dot" %562, %arg241, %arg242, %arg243 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %567 = stablehlo.reshape %566 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %568 = stablehlo.composite "mlxla.rope" %567, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %569 = stablehlo.composite "mlxla.quantized_dot" %562, %arg244, %arg245, %arg246 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %570 = stablehlo.reshape %569 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %571 = stablehlo.convert %568 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %572 = stablehlo.convert %570 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %573 = stablehlo.constant dense<10> : tensor<i32>
    %574 = stablehlo.constant dense<0> : tensor<i32>
    %575 = stablehlo.constant dense<0> : tensor<i32>
    %576 = stablehlo.slice %571 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %577 = stablehlo.reshape %576 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %578 = stablehlo.dynamic_update_slice %532, %577, %573, %575, %arg1, %574, %574 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %579 = stablehlo.slice %572 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %580 = stablehlo.reshape %579 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %581 = stablehlo.dynamic_update_slice %535, %580, %573, %575, %arg1, %574, %574 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %582 = stablehlo.constant dense<1> : tensor<i32>
    %583 = stablehlo.slice %571 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %584 = stablehlo.reshape %583 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %585 = stablehlo.dynamic_update_slice %578, %584, %573, %582, %arg1, %574, %574 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %586 = stablehlo.slice %572 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %587 = stablehlo.reshape %586 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %588 = stablehlo.dynamic_update_slice %581, %587, %573, %582, %arg1, %574, %574 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %589 = stablehlo.slice %565 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %590 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %591 = stablehlo.slice %588 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %592 = stablehlo.reshape %591 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %593 = stablehlo.slice %585 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %594 = stablehlo.reshape %593 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %595 = stablehlo.composite "mlxla.attention" %589, %594, %592, %590, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %596 = stablehlo.slice %565 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %597 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %598 = stablehlo.slice %588 [10:11, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %599 = stablehlo.reshape %598 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %600 = stablehlo.slice %585 [10:11, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %601 = stablehlo.reshape %600 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %602 = stablehlo.composite "mlxla.attention" %596, %601, %599, %597, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %603 = stablehlo.concatenate %595, %602, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %604 = stablehlo.reshape %603 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %605 = stablehlo.composite "mlxla.quantized_dot" %604, %arg247, %arg248, %arg249 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %606 = stablehlo.add %561, %605 : tensor<2x2048xf32>
    %607 = stablehlo.composite "mlxla.rms_norm" %606, %arg250 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %608 = stablehlo.composite "mlxla.quantized_dot" %607, %arg251, %arg252, %arg253 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %609 = stablehlo.composite "mlxla.quantized_dot" %607, %arg254, %arg255, %arg256 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %610 = stablehlo.logistic %608 : tensor<2x8192xf32>
    %611 = stablehlo.multiply %608, %610 : tensor<2x8192xf32>
    %612 = stablehlo.multiply %611, %609 : tensor<2x8192xf32>
    %613 = stablehlo.composite "mlxla.quantized_dot" %612, %arg257, %arg258, %arg259 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %614 = stablehlo.add %606, %613 : tensor<2x2048xf32>
    %615 = stablehlo.composite "mlxla.rms_norm" %614, %arg260 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %616 = stablehlo.composite "mlxla.quantized_dot" %615, %arg261, %arg262, %arg263 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %617 = stablehlo.reshape %616 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %618 = stablehlo.composite "mlxla.rope" %617, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %619 = stablehlo.composite "mlxla.quantized_dot" %615, %arg264, %arg265, %arg266 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %620 = stablehlo.reshape %619 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %621 = stablehlo.composite "mlxla.rope" %620, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %622 = stablehlo.composite "mlxla.quantized_dot" %615, %arg267, %arg268, %arg269 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %623 = stablehlo.reshape %622 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %624 = stablehlo.convert %621 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %625 = stablehlo.convert %623 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %626 = stablehlo.constant dense<11> : tensor<i32>
    %627 = stablehlo.constant dense<0> : tensor<i32>
    %628 = stablehlo.constant dense<0> : tensor<i32>
    %629 = stablehlo.slice %624 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %630 = stablehlo.reshape %629 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %631 = stablehlo.dynamic_update_slice %585, %630, %626, %628, %arg1, %627, %627 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %632 = stablehlo.slice %625 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %633 = stablehlo.reshape %632 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %634 = stablehlo.dynamic_update_slice %588, %633, %626, %628, %arg1, %627, %627 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %635 = stablehlo.constant dense<1> : tensor<i32>
    %636 = stablehlo.slice %624 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %637 = stablehlo.reshape %636 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %638 = stablehlo.dynamic_update_slice %631, %637, %626, %635, %arg1, %627, %627 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %639 = stablehlo.slice %625 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %640 = stablehlo.reshape %639 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %641 = stablehlo.dynamic_update_slice %634, %640, %626, %635, %arg1, %627, %627 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %642 = stablehlo.slice %618 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %643 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %644 = stablehlo.slice %641 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %645 = stablehlo.reshape %644 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %646 = stablehlo.slice %638 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %647 = stablehlo.reshape %646 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %648 = stablehlo.composite "mlxla.attention" %642, %647, %645, %643, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %649 = stablehlo.slice %618 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %650 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %651 = stablehlo.slice %641 [11:12, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %652 = stablehlo.reshape %651 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %653 = stablehlo.slice %638 [11:12, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %654 = stablehlo.reshape %653 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %655 = stablehlo.composite "mlxla.attention" %649, %654, %652, %650, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %656 = stablehlo.concatenate %648, %655, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %657 = stablehlo.reshape %656 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %658 = stablehlo.composite "mlxla.quantized_dot" %657, %arg270, %arg271, %arg272 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %659 = stablehlo.add %614, %658 : tensor<2x2048xf32>
    %660 = stablehlo.composite "mlxla.rms_norm" %659, %arg273 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %661 = stablehlo.composite "mlxla.quantized_dot" %660, %arg274, %arg275, %arg276 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %662 = stablehlo.composite "mlxla.quantized_dot" %660, %arg277, %arg278, %arg279 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %663 = stablehlo.logistic %661 : tensor<2x8192xf32>
    %664 = stablehlo.multiply %661, %663 : tensor<2x8192xf32>
    %665 = stablehlo.multiply %664, %662 : tensor<2x8192xf32>
    %666 = stablehlo.composite "mlxla.quantized_dot" %665, %arg280, %arg281, %arg282 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %667 = stablehlo.add %659, %666 : tensor<2x2048xf32>
    %668 = stablehlo.composite "mlxla.rms_norm" %667, %arg283 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %669 = stablehlo.composite "mlxla.quantized_dot" %668, %arg284, %arg285, %arg286 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %670 = stablehlo.reshape %669 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %671 = stablehlo.composite "mlxla.rope" %670, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %672 = stablehlo.composite "mlxla.quantized_dot" %668, %arg287, %arg288, %arg289 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %673 = stablehlo.reshape %672 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %674 = stablehlo.composite "mlxla.rope" %673, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %675 = stablehlo.composite "mlxla.quantized_dot" %668, %arg290, %arg291, %arg292 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %676 = stablehlo.reshape %675 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %677 = stablehlo.convert %674 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %678 = stablehlo.convert %676 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %679 = stablehlo.constant dense<12> : tensor<i32>
    %680 = stablehlo.constant dense<0> : tensor<i32>
    %681 = stablehlo.constant dense<0> : tensor<i32>
    %682 = stablehlo.slice %677 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %683 = stablehlo.reshape %682 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %684 = stablehlo.dynamic_update_slice %638, %683, %679, %681, %arg1, %680, %680 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %685 = stablehlo.slice %678 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %686 = stablehlo.reshape %685 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %687 = stablehlo.dynamic_update_slice %641, %686, %679, %681, %arg1, %680, %680 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %688 = stablehlo.constant dense<1> : tensor<i32>
    %689 = stablehlo.slice %677 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %690 = stablehlo.reshape %689 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %691 = stablehlo.dynamic_update_slice %684, %690, %679, %688, %arg1, %680, %680 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %692 = stablehlo.slice %678 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %693 = stablehlo.reshape %692 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %694 = stablehlo.dynamic_update_slice %687, %693, %679, %688, %arg1, %680, %680 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %695 = stablehlo.slice %671 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %696 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %697 = stablehlo.slice %694 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %698 = stablehlo.reshape %697 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %699 = stablehlo.slice %691 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %700 = stablehlo.reshape %699 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %701 = stablehlo.composite "mlxla.attention" %695, %700, %698, %696, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %702 = stablehlo.slice %671 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %703 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %704 = stablehlo.slice %694 [12:13, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %705 = stablehlo.reshape %704 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %706 = stablehlo.slice %691 [12:13, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %707 = stablehlo.reshape %706 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %708 = stablehlo.composite "mlxla.attention" %702, %707, %705, %703, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %709 = stablehlo.concatenate %701, %708, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %710 = stablehlo.reshape %709 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %711 = stablehlo.composite "mlxla.quantized_dot" %710, %arg293, %arg294, %arg295 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %712 = stablehlo.add %667, %711 : tensor<2x2048xf32>
    %713 = stablehlo.composite "mlxla.rms_norm" %712, %arg296 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %714 = stablehlo.composite "mlxla.quantized_dot" %713, %arg297, %arg298, %arg299 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %715 = stablehlo.composite "mlxla.quantized_dot" %713, %arg300, %arg301, %arg302 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %716 = stablehlo.logistic %714 : tensor<2x8192xf32>
    %717 = stablehlo.multiply %714, %716 : tensor<2x8192xf32>
    %718 = stablehlo.multiply %717, %715 : tensor<2x8192xf32>
    %719 = stablehlo.composite "mlxla.quantized_dot" %718, %arg303, %arg304, %arg305 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %720 = stablehlo.add %712, %719 : tensor<2x2048xf32>
    %721 = stablehlo.composite "mlxla.rms_norm" %720, %arg306 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %722 = stablehlo.composite "mlxla.quantized_dot" %721, %arg307, %arg308, %arg309 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %723 = stablehlo.reshape %722 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %724 = stablehlo.composite "mlxla.rope" %723, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %725 = stablehlo.composite "mlxla.quantized_dot" %721, %arg310, %arg311, %arg312 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %726 = stablehlo.reshape %725 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %727 = stablehlo.composite "mlxla.rope" %726, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %728 = stablehlo.composite "mlxla.quantized_dot" %721, %arg313, %arg314, %arg315 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %729 = stablehlo.reshape %728 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %730 = stablehlo.convert %727 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %731 = stablehlo.convert %729 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %732 = stablehlo.constant dense<13> : tensor<i32>
    %733 = stablehlo.constant dense<0> : tensor<i32>
    %734 = stablehlo.constant dense<0> : tensor<i32>
    %735 = stablehlo.slice %730 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %736 = stablehlo.reshape %735 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %737 = stablehlo.dynamic_update_slice %691, %736, %732, %734, %arg1, %733, %733 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %738 = stablehlo.slice %731 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %739 = stablehlo.reshape %738 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %740 = stablehlo.dynamic_update_slice %694, %739, %732, %734, %arg1, %733, %733 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %741 = stablehlo.constant dense<1> : tensor<i32>
    %742 = stablehlo.slice %730 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %743 = stablehlo.reshape %742 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %744 = stablehlo.dynamic_update_slice %737, %743, %732, %741, %arg1, %733, %733 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %745 = stablehlo.slice %731 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %746 = stablehlo.reshape %745 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %747 = stablehlo.dynamic_update_slice %740, %746, %732, %741, %arg1, %733, %733 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %748 = stablehlo.slice %724 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %749 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %750 = stablehlo.slice %747 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %751 = stablehlo.reshape %750 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %752 = stablehlo.slice %744 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %753 = stablehlo.reshape %752 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %754 = stablehlo.composite "mlxla.attention" %748, %753, %751, %749, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %755 = stablehlo.slice %724 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %756 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %757 = stablehlo.slice %747 [13:14, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %758 = stablehlo.reshape %757 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %759 = stablehlo.slice %744 [13:14, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %760 = stablehlo.reshape %759 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %761 = stablehlo.composite "mlxla.attention" %755, %760, %758, %756, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %762 = stablehlo.concatenate %754, %761, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %763 = stablehlo.reshape %762 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %764 = stablehlo.composite "mlxla.quantized_dot" %763, %arg316, %arg317, %arg318 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %765 = stablehlo.add %720, %764 : tensor<2x2048xf32>
    %766 = stablehlo.composite "mlxla.rms_norm" %765, %arg319 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %767 = stablehlo.composite "mlxla.quantized_dot" %766, %arg320, %arg321, %arg322 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %768 = stablehlo.composite "mlxla.quantized_dot" %766, %arg323, %arg324, %arg325 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %769 = stablehlo.logistic %767 : tensor<2x8192xf32>
    %770 = stablehlo.multiply %767, %769 : tensor<2x8192xf32>
    %771 = stablehlo.multiply %770, %768 : tensor<2x8192xf32>
    %772 = stablehlo.composite "mlxla.quantized_dot" %771, %arg326, %arg327, %arg328 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %773 = stablehlo.add %765, %772 : tensor<2x2048xf32>
    %774 = stablehlo.composite "mlxla.rms_norm" %773, %arg329 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %775 = stablehlo.composite "mlxla.quantized_dot" %774, %arg330, %arg331, %arg332 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %776 = stablehlo.reshape %775 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %777 = stablehlo.composite "mlxla.rope" %776, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %778 = stablehlo.composite "mlxla.quantized_dot" %774, %arg333, %arg334, %arg335 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %779 = stablehlo.reshape %778 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %780 = stablehlo.composite "mlxla.rope" %779, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %781 = stablehlo.composite "mlxla.quantized_dot" %774, %arg336, %arg337, %arg338 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %782 = stablehlo.reshape %781 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %783 = stablehlo.convert %780 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %784 = stablehlo.convert %782 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %785 = stablehlo.constant dense<14> : tensor<i32>
    %786 = stablehlo.constant dense<0> : tensor<i32>
    %787 = stablehlo.constant dense<0> : tensor<i32>
    %788 = stablehlo.slice %783 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %789 = stablehlo.reshape %788 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %790 = stablehlo.dynamic_update_slice %744, %789, %785, %787, %arg1, %786, %786 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %791 = stablehlo.slice %784 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %792 = stablehlo.reshape %791 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %793 = stablehlo.dynamic_update_slice %747, %792, %785, %787, %arg1, %786, %786 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %794 = stablehlo.constant dense<1> : tensor<i32>
    %795 = stablehlo.slice %783 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %796 = stablehlo.reshape %795 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %797 = stablehlo.dynamic_update_slice %790, %796, %785, %794, %arg1, %786, %786 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %798 = stablehlo.slice %784 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %799 = stablehlo.reshape %798 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %800 = stablehlo.dynamic_update_slice %793, %799, %785, %794, %arg1, %786, %786 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %801 = stablehlo.slice %777 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %802 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %803 = stablehlo.slice %800 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %804 = stablehlo.reshape %803 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %805 = stablehlo.slice %797 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %806 = stablehlo.reshape %805 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %807 = stablehlo.composite "mlxla.attention" %801, %806, %804, %802, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %808 = stablehlo.slice %777 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %809 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %810 = stablehlo.slice %800 [14:15, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %811 = stablehlo.reshape %810 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %812 = stablehlo.slice %797 [14:15, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %813 = stablehlo.reshape %812 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %814 = stablehlo.composite "mlxla.attention" %808, %813, %811, %809, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %815 = stablehlo.concatenate %807, %814, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %816 = stablehlo.reshape %815 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %817 = stablehlo.composite "mlxla.quantized_dot" %816, %arg339, %arg340, %arg341 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %818 = stablehlo.add %773, %817 : tensor<2x2048xf32>
    %819 = stablehlo.composite "mlxla.rms_norm" %818, %arg342 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %820 = stablehlo.composite "mlxla.quantized_dot" %819, %arg343, %arg344, %arg345 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %821 = stablehlo.composite "mlxla.quantized_dot" %819, %arg346, %arg347, %arg348 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %822 = stablehlo.logistic %820 : tensor<2x8192xf32>
    %823 = stablehlo.multiply %820, %822 : tensor<2x8192xf32>
    %824 = stablehlo.multiply %823, %821 : tensor<2x8192xf32>
    %825 = stablehlo.composite "mlxla.quantized_dot" %824, %arg349, %arg350, %arg351 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %826 = stablehlo.add %818, %825 : tensor<2x2048xf32>
    %827 = stablehlo.composite "mlxla.rms_norm" %826, %arg352 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %828 = stablehlo.composite "mlxla.quantized_dot" %827, %arg353, %arg354, %arg355 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %829 = stablehlo.reshape %828 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %830 = stablehlo.composite "mlxla.rope" %829, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %831 = stablehlo.composite "mlxla.quantized_dot" %827, %arg356, %arg357, %arg358 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %832 = stablehlo.reshape %831 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %833 = stablehlo.composite "mlxla.rope" %832, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %834 = stablehlo.composite "mlxla.quantized_dot" %827, %arg359, %arg360, %arg361 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %835 = stablehlo.reshape %834 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %836 = stablehlo.convert %833 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %837 = stablehlo.convert %835 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %838 = stablehlo.constant dense<15> : tensor<i32>
    %839 = stablehlo.constant dense<0> : tensor<i32>
    %840 = stablehlo.constant dense<0> : tensor<i32>
    %841 = stablehlo.slice %836 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %842 = stablehlo.reshape %841 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %843 = stablehlo.dynamic_update_slice %797, %842, %838, %840, %arg1, %839, %839 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %844 = stablehlo.slice %837 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %845 = stablehlo.reshape %844 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %846 = stablehlo.dynamic_update_slice %800, %845, %838, %840, %arg1, %839, %839 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %847 = stablehlo.constant dense<1> : tensor<i32>
    %848 = stablehlo.slice %836 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %849 = stablehlo.reshape %848 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %850 = stablehlo.dynamic_update_slice %843, %849, %838, %847, %arg1, %839, %839 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %851 = stablehlo.slice %837 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %852 = stablehlo.reshape %851 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %853 = stablehlo.dynamic_update_slice %846, %852, %838, %847, %arg1, %839, %839 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %854 = stablehlo.slice %830 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %855 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %856 = stablehlo.slice %853 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %857 = stablehlo.reshape %856 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %858 = stablehlo.slice %850 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %859 = stablehlo.reshape %858 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %860 = stablehlo.composite "mlxla.attention" %854, %859, %857, %855, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %861 = stablehlo.slice %830 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %862 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %863 = stablehlo.slice %853 [15:16, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %864 = stablehlo.reshape %863 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %865 = stablehlo.slice %850 [15:16, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %866 = stablehlo.reshape %865 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %867 = stablehlo.composite "mlxla.attention" %861, %866, %864, %862, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %868 = stablehlo.concatenate %860, %867, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %869 = stablehlo.reshape %868 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %870 = stablehlo.composite "mlxla.quantized_dot" %869, %arg362, %arg363, %arg364 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %871 = stablehlo.add %826, %870 : tensor<2x2048xf32>
    %872 = stablehlo.composite "mlxla.rms_norm" %871, %arg365 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %873 = stablehlo.composite "mlxla.quantized_dot" %872, %arg366, %arg367, %arg368 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %874 = stablehlo.composite "mlxla.quantized_dot" %872, %arg369, %arg370, %arg371 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %875 = stablehlo.logistic %873 : tensor<2x8192xf32>
    %876 = stablehlo.multiply %873, %875 : tensor<2x8192xf32>
    %877 = stablehlo.multiply %876, %874 : tensor<2x8192xf32>
    %878 = stablehlo.composite "mlxla.quantized_dot" %877, %arg372, %arg373, %arg374 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %879 = stablehlo.add %871, %878 : tensor<2x2048xf32>
    %880 = stablehlo.composite "mlxla.rms_norm" %879, %arg375 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %881 = stablehlo.composite "mlxla.quantized_dot" %880, %arg4, %arg5, %arg6 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_128256x256xui32_128256x32xbf16_128256x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<128256x256xui32>, tensor<128256x32xbf16>, tensor<128256x32xbf16>) -> tensor<2x128256xf32>
    %882 = stablehlo.composite "mlxla.argmax" %881 {decomposition = @mlxla_argmax_2x128256xf32_cbf29ce484222325} : (tensor<2x128256xf32>) -> tensor<2xi32>
    return %882, %850, %853 : tensor<2xi32>, tensor<16x2x64x8x64xf16>, tensor<16x2x64x8x64xf16>
  }
  func.func private @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f(%arg0: tensor<2x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<2048xf32> {mlxla.name = "arg1"}) -> (tensor<2x2048xf32>) {
    %0 = stablehlo.constant dense<0.0> : tensor<f32>
    %1 = stablehlo.multiply %arg0, %arg0 : tensor<2x2048xf32>
    %2 = stablehlo.reduce(%1 init: %0) applies stablehlo.add across dimensions = [1] : (tensor<2x2048xf32>, tensor<f32>) -> tensor<2xf32>
    %3 = stablehlo.constant dense<2048.0> : tensor<2xf32>
    %4 = stablehlo.divide %2, %3 : tensor<2xf32>
    %5 = stablehlo.constant dense<1.0e-05> : tensor<2xf32>
    %6 = stablehlo.add %4, %5 : tensor<2xf32>
    %7 = stablehlo.rsqrt %6 : tensor<2xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0] : (tensor<2xf32>) -> tensor<2x2048xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<2x2048xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<2048xf32>) -> tensor<2x2048xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<2x2048xf32>
    return %11 : tensor<2x2048xf32>
  }
  func.func private @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508(%arg0: tensor<2x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<2048x256xui32> {mlxla.name = "arg1"}, %arg2: tensor<2048x32xbf16> {mlxla.name = "arg2"}, %arg3: tensor<2048x32xbf16> {mlxla.name = "arg3"}) -> (tensor<2x2048xf32>) {
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
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<2x2048xf32>, tensor<2048x2048xf32>) -> tensor<2x2048xf32>
    return %21 : tensor<2x2048xf32>
  }
  func.func private @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1(%arg0: tensor<2x32x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<2xi32> {mlxla.name = "arg1"}) -> (tensor<2x32x64xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.6636012, 0.4403666, 0.29222783, 0.19392274, 0.12868737, 0.0853971, 0.056669623, 0.03760603, 0.024955409, 0.01656044, 0.010989528, 0.0072926646, 0.0048394212, 0.003211446, 0.0012905479, 0.0004295568, 9.708288e-05, 1.9461639e-05, 1.29147675e-05, 8.570256e-06, 5.6872323e-06, 3.7740542e-06, 2.5044671e-06, 1.6619674e-06, 1.1028836e-06, 7.31875e-07, 4.856731e-07, 3.222933e-07, 2.1387423e-07, 1.419272e-07, 9.4183065e-08]> : tensor<32xf32>
    %1 = stablehlo.convert %arg1 : (tensor<2xi32>) -> tensor<2xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<2xf32>) -> tensor<2x32xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<2x32xf32>
    %5 = stablehlo.cosine %4 : tensor<2x32xf32>
    %6 = stablehlo.sine %4 : tensor<2x32xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<2x32xf32>, tensor<2x32xf32>) -> tensor<2x64xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<2x64xf32>) -> tensor<2x32x64xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<2x32xf32>, tensor<2x32xf32>) -> tensor<2x64xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<2x64xf32>) -> tensor<2x32x64xf32>
    %11 = stablehlo.slice %arg0 [0:2, 0:32, 0:32] : (tensor<2x32x64xf32>) -> tensor<2x32x32xf32>
    %12 = stablehlo.slice %arg0 [0:2, 0:32, 32:64] : (tensor<2x32x64xf32>) -> tensor<2x32x32xf32>
    %13 = stablehlo.negate %12 : tensor<2x32x32xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<2x32x32xf32>, tensor<2x32x32xf32>) -> tensor<2x32x64xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<2x32x64xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<2x32x64xf32>
    %17 = stablehlo.add %16, %15 : tensor<2x32x64xf32>
    return %17 : tensor<2x32x64xf32>
  }
  func.func private @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508(%arg0: tensor<2x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<512x256xui32> {mlxla.name = "arg1"}, %arg2: tensor<512x32xbf16> {mlxla.name = "arg2"}, %arg3: tensor<512x32xbf16> {mlxla.name = "arg3"}) -> (tensor<2x512xf32>) {
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
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<2x2048xf32>, tensor<512x2048xf32>) -> tensor<2x512xf32>
    return %21 : tensor<2x512xf32>
  }
  func.func private @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1(%arg0: tensor<2x8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<2xi32> {mlxla.name = "arg1"}) -> (tensor<2x8x64xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.6636012, 0.4403666, 0.29222783, 0.19392274, 0.12868737, 0.0853971, 0.056669623, 0.03760603, 0.024955409, 0.01656044, 0.010989528, 0.0072926646, 0.0048394212, 0.003211446, 0.0012905479, 0.0004295568, 9.708288e-05, 1.9461639e-05, 1.29147675e-05, 8.570256e-06, 5.6872323e-06, 3.7740542e-06, 2.5044671e-06, 1.6619674e-06, 1.1028836e-06, 7.31875e-07, 4.856731e-07, 3.222933e-07, 2.1387423e-07, 1.419272e-07, 9.4183065e-08]> : tensor<32xf32>
    %1 = stablehlo.convert %arg1 : (tensor<2xi32>) -> tensor<2xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<2xf32>) -> tensor<2x32xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<2x32xf32>
    %5 = stablehlo.cosine %4 : tensor<2x32xf32>
    %6 = stablehlo.sine %4 : tensor<2x32xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<2x32xf32>, tensor<2x32xf32>) -> tensor<2x64xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<2x64xf32>) -> tensor<2x8x64xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<2x32xf32>, tensor<2x32xf32>) -> tensor<2x64xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<2x64xf32>) -> tensor<2x8x64xf32>
    %11 = stablehlo.slice %arg0 [0:2, 0:8, 0:32] : (tensor<2x8x64xf32>) -> tensor<2x8x32xf32>
    %12 = stablehlo.slice %arg0 [0:2, 0:8, 32:64] : (tensor<2x8x64xf32>) -> tensor<2x8x32xf32>
    %13 = stablehlo.negate %12 : tensor<2x8x32xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<2x8x32xf32>, tensor<2x8x32xf32>) -> tensor<2x8x64xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<2x8x64xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<2x8x64xf32>
    %17 = stablehlo.add %16, %15 : tensor<2x8x64xf32>
    return %17 : tensor<2x8x64xf32>
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
  func.func private @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508(%arg0: tensor<2x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<8192x256xui32> {mlxla.name = "arg1"}, %arg2: tensor<8192x32xbf16> {mlxla.name = "arg2"}, %arg3: tensor<8192x32xbf16> {mlxla.name = "arg3"}) -> (tensor<2x8192xf32>) {
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
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<2x2048xf32>, tensor<8192x2048xf32>) -> tensor<2x8192xf32>
    return %21 : tensor<2x8192xf32>
  }
  func.func private @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508(%arg0: tensor<2x8192xf32> {mlxla.name = "arg0"}, %arg1: tensor<2048x1024xui32> {mlxla.name = "arg1"}, %arg2: tensor<2048x128xbf16> {mlxla.name = "arg2"}, %arg3: tensor<2048x128xbf16> {mlxla.name = "arg3"}) -> (tensor<2x2048xf32>) {
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
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<2x8192xf32>, tensor<2048x8192xf32>) -> tensor<2x2048xf32>
    return %21 : tensor<2x2048xf32>
  }
  func.func private @mlxla_quantized_dot_2x2048xf32_128256x256xui32_128256x32xbf16_128256x32xbf16_1606f16f63a9d508(%arg0: tensor<2x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<128256x256xui32> {mlxla.name = "arg1"}, %arg2: tensor<128256x32xbf16> {mlxla.name = "arg2"}, %arg3: tensor<128256x32xbf16> {mlxla.name = "arg3"}) -> (tensor<2x128256xf32>) {
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
    %21 = stablehlo.dot_general %arg0, %20, contracting_dims = [1] x [1] : (tensor<2x2048xf32>, tensor<128256x2048xf32>) -> tensor<2x128256xf32>
    return %21 : tensor<2x128256xf32>
  }
  func.func private @mlxla_argmax_2x128256xf32_cbf29ce484222325(%arg0: tensor<2x128256xf32> {mlxla.name = "arg0"}) -> (tensor<2xi32>) {
    %0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1 = stablehlo.reduce(%arg0 init: %0) applies stablehlo.maximum across dimensions = [1] : (tensor<2x128256xf32>, tensor<f32>) -> tensor<2xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<2xf32>) -> tensor<2x128256xf32>
    %3 = stablehlo.compare EQ, %arg0, %2 : (tensor<2x128256xf32>, tensor<2x128256xf32>) -> tensor<2x128256xi1>
    %4 = stablehlo.constant dense<128256> : tensor<2x128256xi32>
    %5 = stablehlo.iota dim = 1 : tensor<2x128256xi32>
    %6 = stablehlo.select %3, %5, %4 : tensor<2x128256xi1>, tensor<2x128256xi32>
    %7 = stablehlo.constant dense<128256> : tensor<i32>
    %8 = stablehlo.reduce(%6 init: %7) applies stablehlo.minimum across dimensions = [1] : (tensor<2x128256xi32>, tensor<i32>) -> tensor<2xi32>
    return %8 : tensor<2xi32>
  }
}
