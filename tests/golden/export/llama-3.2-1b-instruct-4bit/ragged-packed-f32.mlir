module @mlxla {
  func.func @main(%arg0: tensor<2xi32> {mlxla.name = "tokens"}, %arg1: tensor<2xi32> {mlxla.name = "positions"}, %arg2: tensor<16x2x64x8x64xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<16x2x64x8x64xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<128256x256xui32> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<128256x32xbf16> {mlxla.name = "model.embed_tokens.scales"}, %arg6: tensor<128256x32xbf16> {mlxla.name = "model.embed_tokens.biases"}, %arg7: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg8: tensor<2048x256xui32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg9: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.q_proj.scales"}, %arg10: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.q_proj.biases"}, %arg11: tensor<512x256xui32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg12: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.k_proj.scales"}, %arg13: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.k_proj.biases"}, %arg14: tensor<512x256xui32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg15: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.v_proj.scales"}, %arg16: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.v_proj.biases"}, %arg17: tensor<2048x256xui32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg18: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.o_proj.scales"}, %arg19: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.o_proj.biases"}, %arg20: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg21: tensor<8192x256xui32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg22: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.gate_proj.scales"}, %arg23: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.gate_proj.biases"}, %arg24: tensor<8192x256xui32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg25: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.up_proj.scales"}, %arg26: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.up_proj.biases"}, %arg27: tensor<2048x1024xui32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg28: tensor<2048x128xbf16> {mlxla.name = "model.layers.0.mlp.down_proj.scales"}, %arg29: tensor<2048x128xbf16> {mlxla.name = "model.layers.0.mlp.down_proj.biases"}, %arg30: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg31: tensor<2048x256xui32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg32: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.q_proj.scales"}, %arg33: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.q_proj.biases"}, %arg34: tensor<512x256xui32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg35: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.k_proj.scales"}, %arg36: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.k_proj.biases"}, %arg37: tensor<512x256xui32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg38: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.v_proj.scales"}, %arg39: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.v_proj.biases"}, %arg40: tensor<2048x256xui32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg41: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.o_proj.scales"}, %arg42: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.o_proj.biases"}, %arg43: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg44: tensor<8192x256xui32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg45: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.gate_proj.scales"}, %arg46: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.gate_proj.biases"}, %arg47: tensor<8192x256xui32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg48: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.up_proj.scales"}, %arg49: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.up_proj.biases"}, %arg50: tensor<2048x1024xui32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg51: tensor<2048x128xbf16> {mlxla.name = "model.layers.1.mlp.down_proj.scales"}, %arg52: tensor<2048x128xbf16> {mlxla.name = "model.layers.1.mlp.down_proj.biases"}, %arg53: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg54: tensor<2048x256xui32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg55: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.q_proj.scales"}, %arg56: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.q_proj.biases"}, %arg57: tensor<512x256xui32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg58: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.k_proj.scales"}, %arg59: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.k_proj.biases"}, %arg60: tensor<512x256xui32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg61: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.v_proj.scales"}, %arg62: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.v_proj.biases"}, %arg63: tensor<2048x256xui32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg64: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.o_proj.scales"}, %arg65: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.o_proj.biases"}, %arg66: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg67: tensor<8192x256xui32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg68: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.gate_proj.scales"}, %arg69: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.gate_proj.biases"}, %arg70: tensor<8192x256xui32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg71: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.up_proj.scales"}, %arg72: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.up_proj.biases"}, %arg73: tensor<2048x1024xui32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg74: tensor<2048x128xbf16> {mlxla.name = "model.layers.2.mlp.down_proj.scales"}, %arg75: tensor<2048x128xbf16> {mlxla.name = "model.layers.2.mlp.down_proj.biases"}, %arg76: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg77: tensor<2048x256xui32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg78: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.q_proj.scales"}, %arg79: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.q_proj.biases"}, %arg80: tensor<512x256xui32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg81: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.k_proj.scales"}, %arg82: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.k_proj.biases"}, %arg83: tensor<512x256xui32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg84: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.v_proj.scales"}, %arg85: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.v_proj.biases"}, %arg86: tensor<2048x256xui32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg87: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.o_proj.scales"}, %arg88: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.o_proj.biases"}, %arg89: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg90: tensor<8192x256xui32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg91: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.gate_proj.scales"}, %arg92: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.gate_proj.biases"}, %arg93: tensor<8192x256xui32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg94: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.up_proj.scales"}, %arg95: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.up_proj.biases"}, %arg96: tensor<2048x1024xui32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg97: tensor<2048x128xbf16> {mlxla.name = "model.layers.3.mlp.down_proj.scales"}, %arg98: tensor<2048x128xbf16> {mlxla.name = "model.layers.3.mlp.down_proj.biases"}, %arg99: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg100: tensor<2048x256xui32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg101: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.q_proj.scales"}, %arg102: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.q_proj.biases"}, %arg103: tensor<512x256xui32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg104: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.k_proj.scales"}, %arg105: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.k_proj.biases"}, %arg106: tensor<512x256xui32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg107: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.v_proj.scales"}, %arg108: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.v_proj.biases"}, %arg109: tensor<2048x256xui32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg110: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.o_proj.scales"}, %arg111: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.o_proj.biases"}, %arg112: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg113: tensor<8192x256xui32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg114: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.gate_proj.scales"}, %arg115: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.gate_proj.biases"}, %arg116: tensor<8192x256xui32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg117: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.up_proj.scales"}, %arg118: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.up_proj.biases"}, %arg119: tensor<2048x1024xui32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg120: tensor<2048x128xbf16> {mlxla.name = "model.layers.4.mlp.down_proj.scales"}, %arg121: tensor<2048x128xbf16> {mlxla.name = "model.layers.4.mlp.down_proj.biases"}, %arg122: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg123: tensor<2048x256xui32> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg124: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.q_proj.scales"}, %arg125: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.q_proj.biases"}, %arg126: tensor<512x256xui32> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg127: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.k_proj.scales"}, %arg128: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.k_proj.biases"}, %arg129: tensor<512x256xui32> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg130: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.v_proj.scales"}, %arg131: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.v_proj.biases"}, %arg132: tensor<2048x256xui32> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg133: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.o_proj.scales"}, %arg134: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.o_proj.biases"}, %arg135: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg136: tensor<8192x256xui32> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg137: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.gate_proj.scales"}, %arg138: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.gate_proj.biases"}, %arg139: tensor<8192x256xui32> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg140: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.up_proj.scales"}, %arg141: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.up_proj.biases"}, %arg142: tensor<2048x1024xui32> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg143: tensor<2048x128xbf16> {mlxla.name = "model.layers.5.mlp.down_proj.scales"}, %arg144: tensor<2048x128xbf16> {mlxla.name = "model.layers.5.mlp.down_proj.biases"}, %arg145: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg146: tensor<2048x256xui32> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg147: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.q_proj.scales"}, %arg148: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.q_proj.biases"}, %arg149: tensor<512x256xui32> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg150: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.k_proj.scales"}, %arg151: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.k_proj.biases"}, %arg152: tensor<512x256xui32> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg153: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.v_proj.scales"}, %arg154: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.v_proj.biases"}, %arg155: tensor<2048x256xui32> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg156: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.o_proj.scales"}, %arg157: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.o_proj.biases"}, %arg158: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg159: tensor<8192x256xui32> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg160: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.gate_proj.scales"}, %arg161: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.gate_proj.biases"}, %arg162: tensor<8192x256xui32> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg163: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.up_proj.scales"}, %arg164: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.up_proj.biases"}, %arg165: tensor<2048x1024xui32> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg166: tensor<2048x128xbf16> {mlxla.name = "model.layers.6.mlp.down_proj.scales"}, %arg167: tensor<2048x128xbf16> {mlxla.name = "model.layers.6.mlp.down_proj.biases"}, %arg168: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg169: tensor<2048x256xui32> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg170: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.q_proj.scales"}, %arg171: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.q_proj.biases"}, %arg172: tensor<512x256xui32> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg173: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.k_proj.scales"}, %arg174: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.k_proj.biases"}, %arg175: tensor<512x256xui32> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg176: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.v_proj.scales"}, %arg177: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.v_proj.biases"}, %arg178: tensor<2048x256xui32> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg179: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.o_proj.scales"}, %arg180: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.o_proj.biases"}, %arg181: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg182: tensor<8192x256xui32> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg183: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.gate_proj.scales"}, %arg184: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.gate_proj.biases"}, %arg185: tensor<8192x256xui32> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg186: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.up_proj.scales"}, %arg187: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.up_proj.biases"}, %arg188: tensor<2048x1024xui32> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg189: tensor<2048x128xbf16> {mlxla.name = "model.layers.7.mlp.down_proj.scales"}, %arg190: tensor<2048x128xbf16> {mlxla.name = "model.layers.7.mlp.down_proj.biases"}, %arg191: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg192: tensor<2048x256xui32> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg193: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.q_proj.scales"}, %arg194: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.q_proj.biases"}, %arg195: tensor<512x256xui32> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg196: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.k_proj.scales"}, %arg197: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.k_proj.biases"}, %arg198: tensor<512x256xui32> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg199: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.v_proj.scales"}, %arg200: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.v_proj.biases"}, %arg201: tensor<2048x256xui32> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg202: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.o_proj.scales"}, %arg203: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.o_proj.biases"}, %arg204: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg205: tensor<8192x256xui32> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg206: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.gate_proj.scales"}, %arg207: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.gate_proj.biases"}, %arg208: tensor<8192x256xui32> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg209: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.up_proj.scales"}, %arg210: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.up_proj.biases"}, %arg211: tensor<2048x1024xui32> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg212: tensor<2048x128xbf16> {mlxla.name = "model.layers.8.mlp.down_proj.scales"}, %arg213: tensor<2048x128xbf16> {mlxla.name = "model.layers.8.mlp.down_proj.biases"}, %arg214: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg215: tensor<2048x256xui32> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg216: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.q_proj.scales"}, %arg217: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.q_proj.biases"}, %arg218: tensor<512x256xui32> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg219: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.k_proj.scales"}, %arg220: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.k_proj.biases"}, %arg221: tensor<512x256xui32> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg222: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.v_proj.scales"}, %arg223: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.v_proj.biases"}, %arg224: tensor<2048x256xui32> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg225: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.o_proj.scales"}, %arg226: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.o_proj.biases"}, %arg227: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg228: tensor<8192x256xui32> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg229: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.gate_proj.scales"}, %arg230: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.gate_proj.biases"}, %arg231: tensor<8192x256xui32> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg232: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.up_proj.scales"}, %arg233: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.up_proj.biases"}, %arg234: tensor<2048x1024xui32> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg235: tensor<2048x128xbf16> {mlxla.name = "model.layers.9.mlp.down_proj.scales"}, %arg236: tensor<2048x128xbf16> {mlxla.name = "model.layers.9.mlp.down_proj.biases"}, %arg237: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg238: tensor<2048x256xui32> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg239: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.q_proj.scales"}, %arg240: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.q_proj.biases"}, %arg241: tensor<512x256xui32> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg242: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.k_proj.scales"}, %arg243: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.k_proj.biases"}, %arg244: tensor<512x256xui32> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg245: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.v_proj.scales"}, %arg246: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.v_proj.biases"}, %arg247: tensor<2048x256xui32> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg248: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.o_proj.scales"}, %arg249: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.o_proj.biases"}, %arg250: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg251: tensor<8192x256xui32> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg252: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.gate_proj.scales"}, %arg253: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.gate_proj.biases"}, %arg254: tensor<8192x256xui32> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg255: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.up_proj.scales"}, %arg256: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.up_proj.biases"}, %arg257: tensor<2048x1024xui32> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg258: tensor<2048x128xbf16> {mlxla.name = "model.layers.10.mlp.down_proj.scales"}, %arg259: tensor<2048x128xbf16> {mlxla.name = "model.layers.10.mlp.down_proj.biases"}, %arg260: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg261: tensor<2048x256xui32> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg262: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.q_proj.scales"}, %arg263: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.q_proj.biases"}, %arg264: tensor<512x256xui32> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg265: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.k_proj.scales"}, %arg266: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.k_proj.biases"}, %arg267: tensor<512x256xui32> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg268: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.v_proj.scales"}, %arg269: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.v_proj.biases"}, %arg270: tensor<2048x256xui32> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg271: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.o_proj.scales"}, %arg272: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.o_proj.biases"}, %arg273: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg274: tensor<8192x256xui32> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg275: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.gate_proj.scales"}, %arg276: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.gate_proj.biases"}, %arg277: tensor<8192x256xui32> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg278: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.up_proj.scales"}, %arg279: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.up_proj.biases"}, %arg280: tensor<2048x1024xui32> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg281: tensor<2048x128xbf16> {mlxla.name = "model.layers.11.mlp.down_proj.scales"}, %arg282: tensor<2048x128xbf16> {mlxla.name = "model.layers.11.mlp.down_proj.biases"}, %arg283: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg284: tensor<2048x256xui32> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg285: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.q_proj.scales"}, %arg286: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.q_proj.biases"}, %arg287: tensor<512x256xui32> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg288: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.k_proj.scales"}, %arg289: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.k_proj.biases"}, %arg290: tensor<512x256xui32> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg291: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.v_proj.scales"}, %arg292: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.v_proj.biases"}, %arg293: tensor<2048x256xui32> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg294: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.o_proj.scales"}, %arg295: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.o_proj.biases"}, %arg296: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg297: tensor<8192x256xui32> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg298: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.gate_proj.scales"}, %arg299: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.gate_proj.biases"}, %arg300: tensor<8192x256xui32> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg301: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.up_proj.scales"}, %arg302: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.up_proj.biases"}, %arg303: tensor<2048x1024xui32> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg304: tensor<2048x128xbf16> {mlxla.name = "model.layers.12.mlp.down_proj.scales"}, %arg305: tensor<2048x128xbf16> {mlxla.name = "model.layers.12.mlp.down_proj.biases"}, %arg306: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg307: tensor<2048x256xui32> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg308: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.q_proj.scales"}, %arg309: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.q_proj.biases"}, %arg310: tensor<512x256xui32> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg311: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.k_proj.scales"}, %arg312: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.k_proj.biases"}, %arg313: tensor<512x256xui32> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg314: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.v_proj.scales"}, %arg315: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.v_proj.biases"}, %arg316: tensor<2048x256xui32> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg317: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.o_proj.scales"}, %arg318: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.o_proj.biases"}, %arg319: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg320: tensor<8192x256xui32> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg321: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.gate_proj.scales"}, %arg322: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.gate_proj.biases"}, %arg323: tensor<8192x256xui32> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg324: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.up_proj.scales"}, %arg325: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.up_proj.biases"}, %arg326: tensor<2048x1024xui32> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg327: tensor<2048x128xbf16> {mlxla.name = "model.layers.13.mlp.down_proj.scales"}, %arg328: tensor<2048x128xbf16> {mlxla.name = "model.layers.13.mlp.down_proj.biases"}, %arg329: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg330: tensor<2048x256xui32> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg331: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.q_proj.scales"}, %arg332: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.q_proj.biases"}, %arg333: tensor<512x256xui32> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg334: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.k_proj.scales"}, %arg335: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.k_proj.biases"}, %arg336: tensor<512x256xui32> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg337: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.v_proj.scales"}, %arg338: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.v_proj.biases"}, %arg339: tensor<2048x256xui32> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg340: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.o_proj.scales"}, %arg341: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.o_proj.biases"}, %arg342: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg343: tensor<8192x256xui32> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg344: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.gate_proj.scales"}, %arg345: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.gate_proj.biases"}, %arg346: tensor<8192x256xui32> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg347: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.up_proj.scales"}, %arg348: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.up_proj.biases"}, %arg349: tensor<2048x1024xui32> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg350: tensor<2048x128xbf16> {mlxla.name = "model.layers.14.mlp.down_proj.scales"}, %arg351: tensor<2048x128xbf16> {mlxla.name = "model.layers.14.mlp.down_proj.biases"}, %arg352: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg353: tensor<2048x256xui32> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg354: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.q_proj.scales"}, %arg355: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.q_proj.biases"}, %arg356: tensor<512x256xui32> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg357: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.k_proj.scales"}, %arg358: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.k_proj.biases"}, %arg359: tensor<512x256xui32> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg360: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.v_proj.scales"}, %arg361: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.v_proj.biases"}, %arg362: tensor<2048x256xui32> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg363: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.o_proj.scales"}, %arg364: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.o_proj.biases"}, %arg365: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg366: tensor<8192x256xui32> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg367: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.gate_proj.scales"}, %arg368: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.gate_proj.biases"}, %arg369: tensor<8192x256xui32> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg370: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.up_proj.scales"}, %arg371: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.up_proj.biases"}, %arg372: tensor<2048x1024xui32> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg373: tensor<2048x128xbf16> {mlxla.name = "model.layers.15.mlp.down_proj.scales"}, %arg374: tensor<2048x128xbf16> {mlxla.name = "model.layers.15.mlp.down_proj.biases"}, %arg375: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<2xi32> {mlxla.name = "next_tokens"}, tensor<16x2x64x8x64xf16> {mlxla.name = "k_cache"}, tensor<16x2x64x8x64xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.constant dense<1> : tensor<i32>
    %3 = stablehlo.add %1, %2 : tensor<i32>
    %4 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<1> : tensor<i32>
    %7 = stablehlo.add %5, %6 : tensor<i32>
    %8 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %9 = "stablehlo.gather"(%arg6, %8) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>} : (tensor<128256x32xbf16>, tensor<2x1xi32>) -> tensor<2x32xbf16>
    %10 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%arg5, %10) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>} : (tensor<128256x32xbf16>, tensor<2x1xi32>) -> tensor<2x32xbf16>
    %12 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %13 = "stablehlo.gather"(%arg4, %12) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 256>} : (tensor<128256x256xui32>, tensor<2x1xi32>) -> tensor<2x256xui32>
    %14 = stablehlo.reshape %13 : (tensor<2x256xui32>) -> tensor<2x64x4xui32>
    %15 = stablehlo.slice %14 [0:2, 0:64, 0:1] : (tensor<2x64x4xui32>) -> tensor<2x64x1xui32>
    %16 = stablehlo.slice %14 [0:2, 0:64, 1:2] : (tensor<2x64x4xui32>) -> tensor<2x64x1xui32>
    %17 = stablehlo.slice %14 [0:2, 0:64, 2:3] : (tensor<2x64x4xui32>) -> tensor<2x64x1xui32>
    %18 = stablehlo.slice %14 [0:2, 0:64, 3:4] : (tensor<2x64x4xui32>) -> tensor<2x64x1xui32>
    %19 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [2] : (tensor<32xui32>) -> tensor<2x64x32xui32>
    %21 = stablehlo.concatenate %15, %15, %15, %15, %15, %15, %15, %15, %16, %16, %16, %16, %16, %16, %16, %16, %17, %17, %17, %17, %17, %17, %17, %17, %18, %18, %18, %18, %18, %18, %18, %18, dim = 2 : (tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>) -> tensor<2x64x32xui32>
    %22 = stablehlo.shift_right_logical %21, %20 : tensor<2x64x32xui32>
    %23 = stablehlo.constant dense<15> : tensor<2x64x32xui32>
    %24 = stablehlo.and %22, %23 : tensor<2x64x32xui32>
    %25 = stablehlo.reshape %24 : (tensor<2x64x32xui32>) -> tensor<2x2048xui32>
    %26 = stablehlo.convert %25 : (tensor<2x2048xui32>) -> tensor<2x2048xf32>
    %27 = stablehlo.convert %11 : (tensor<2x32xbf16>) -> tensor<2x32xf32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [0, 1] : (tensor<2x32xf32>) -> tensor<2x32x64xf32>
    %29 = stablehlo.reshape %28 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %30 = stablehlo.multiply %26, %29 : tensor<2x2048xf32>
    %31 = stablehlo.convert %9 : (tensor<2x32xbf16>) -> tensor<2x32xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0, 1] : (tensor<2x32xf32>) -> tensor<2x32x64xf32>
    %33 = stablehlo.reshape %32 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %34 = stablehlo.add %30, %33 : tensor<2x2048xf32>
    %35 = stablehlo.composite "mlxla.rms_norm" %34, %arg7 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %36 = stablehlo.composite "mlxla.quantized_dot" %35, %arg8, %arg9, %arg10 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %37 = stablehlo.reshape %36 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %38 = stablehlo.composite "mlxla.rope" %37, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %39 = stablehlo.composite "mlxla.quantized_dot" %35, %arg11, %arg12, %arg13 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %40 = stablehlo.reshape %39 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %41 = stablehlo.composite "mlxla.rope" %40, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %42 = stablehlo.composite "mlxla.quantized_dot" %35, %arg14, %arg15, %arg16 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %43 = stablehlo.reshape %42 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %44 = stablehlo.convert %41 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %45 = stablehlo.convert %43 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %46 = stablehlo.constant dense<0> : tensor<i32>
    %47 = stablehlo.constant dense<0> : tensor<i32>
    %48 = stablehlo.constant dense<0> : tensor<i32>
    %49 = stablehlo.slice %44 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %50 = stablehlo.reshape %49 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %51 = stablehlo.dynamic_update_slice %arg2, %50, %46, %48, %1, %47, %47 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %52 = stablehlo.slice %45 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %53 = stablehlo.reshape %52 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %54 = stablehlo.dynamic_update_slice %arg3, %53, %46, %48, %1, %47, %47 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %55 = stablehlo.constant dense<1> : tensor<i32>
    %56 = stablehlo.slice %44 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %57 = stablehlo.reshape %56 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %58 = stablehlo.dynamic_update_slice %51, %57, %46, %55, %5, %47, %47 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %59 = stablehlo.slice %45 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %60 = stablehlo.reshape %59 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %61 = stablehlo.dynamic_update_slice %54, %60, %46, %55, %5, %47, %47 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %62 = stablehlo.slice %38 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %63 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %64 = stablehlo.slice %61 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %65 = stablehlo.reshape %64 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %66 = stablehlo.slice %58 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %67 = stablehlo.reshape %66 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %68 = stablehlo.composite "mlxla.attention" %62, %67, %65, %63, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %69 = stablehlo.slice %38 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %70 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %71 = stablehlo.slice %61 [0:1, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %72 = stablehlo.reshape %71 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %73 = stablehlo.slice %58 [0:1, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %74 = stablehlo.reshape %73 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %75 = stablehlo.composite "mlxla.attention" %69, %74, %72, %70, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %76 = stablehlo.concatenate %68, %75, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %77 = stablehlo.reshape %76 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %78 = stablehlo.composite "mlxla.quantized_dot" %77, %arg17, %arg18, %arg19 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %79 = stablehlo.add %34, %78 : tensor<2x2048xf32>
    %80 = stablehlo.composite "mlxla.rms_norm" %79, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %81 = stablehlo.composite "mlxla.quantized_dot" %80, %arg21, %arg22, %arg23 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %82 = stablehlo.composite "mlxla.quantized_dot" %80, %arg24, %arg25, %arg26 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %83 = stablehlo.logistic %81 : tensor<2x8192xf32>
    %84 = stablehlo.multiply %81, %83 : tensor<2x8192xf32>
    %85 = stablehlo.multiply %84, %82 : tensor<2x8192xf32>
    %86 = stablehlo.composite "mlxla.quantized_dot" %85, %arg27, %arg28, %arg29 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %87 = stablehlo.add %79, %86 : tensor<2x2048xf32>
    %88 = stablehlo.composite "mlxla.rms_norm" %87, %arg30 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %89 = stablehlo.composite "mlxla.quantized_dot" %88, %arg31, %arg32, %arg33 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %90 = stablehlo.reshape %89 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %91 = stablehlo.composite "mlxla.rope" %90, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %92 = stablehlo.composite "mlxla.quantized_dot" %88, %arg34, %arg35, %arg36 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %93 = stablehlo.reshape %92 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %94 = stablehlo.composite "mlxla.rope" %93, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %95 = stablehlo.composite "mlxla.quantized_dot" %88, %arg37, %arg38, %arg39 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %96 = stablehlo.reshape %95 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %97 = stablehlo.convert %94 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %98 = stablehlo.convert %96 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %99 = stablehlo.constant dense<1> : tensor<i32>
    %100 = stablehlo.constant dense<0> : tensor<i32>
    %101 = stablehlo.constant dense<0> : tensor<i32>
    %102 = stablehlo.slice %97 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %103 = stablehlo.reshape %102 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %104 = stablehlo.dynamic_update_slice %58, %103, %99, %101, %1, %100, %100 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %105 = stablehlo.slice %98 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %106 = stablehlo.reshape %105 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %107 = stablehlo.dynamic_update_slice %61, %106, %99, %101, %1, %100, %100 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %108 = stablehlo.constant dense<1> : tensor<i32>
    %109 = stablehlo.slice %97 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %110 = stablehlo.reshape %109 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %111 = stablehlo.dynamic_update_slice %104, %110, %99, %108, %5, %100, %100 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %112 = stablehlo.slice %98 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %113 = stablehlo.reshape %112 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %114 = stablehlo.dynamic_update_slice %107, %113, %99, %108, %5, %100, %100 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %115 = stablehlo.slice %91 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %116 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %117 = stablehlo.slice %114 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %118 = stablehlo.reshape %117 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %119 = stablehlo.slice %111 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %120 = stablehlo.reshape %119 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %121 = stablehlo.composite "mlxla.attention" %115, %120, %118, %116, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %122 = stablehlo.slice %91 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %123 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %124 = stablehlo.slice %114 [1:2, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %125 = stablehlo.reshape %124 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %126 = stablehlo.slice %111 [1:2, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %127 = stablehlo.reshape %126 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %128 = stablehlo.composite "mlxla.attention" %122, %127, %125, %123, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %129 = stablehlo.concatenate %121, %128, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %130 = stablehlo.reshape %129 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %131 = stablehlo.composite "mlxla.quantized_dot" %130, %arg40, %arg41, %arg42 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %132 = stablehlo.add %87, %131 : tensor<2x2048xf32>
    %133 = stablehlo.composite "mlxla.rms_norm" %132, %arg43 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %134 = stablehlo.composite "mlxla.quantized_dot" %133, %arg44, %arg45, %arg46 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %135 = stablehlo.composite "mlxla.quantized_dot" %133, %arg47, %arg48, %arg49 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %136 = stablehlo.logistic %134 : tensor<2x8192xf32>
    %137 = stablehlo.multiply %134, %136 : tensor<2x8192xf32>
    %138 = stablehlo.multiply %137, %135 : tensor<2x8192xf32>
    %139 = stablehlo.composite "mlxla.quantized_dot" %138, %arg50, %arg51, %arg52 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %140 = stablehlo.add %132, %139 : tensor<2x2048xf32>
    %141 = stablehlo.composite "mlxla.rms_norm" %140, %arg53 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %142 = stablehlo.composite "mlxla.quantized_dot" %141, %arg54, %arg55, %arg56 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %143 = stablehlo.reshape %142 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %144 = stablehlo.composite "mlxla.rope" %143, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %145 = stablehlo.composite "mlxla.quantized_dot" %141, %arg57, %arg58, %arg59 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %146 = stablehlo.reshape %145 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %147 = stablehlo.composite "mlxla.rope" %146, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %148 = stablehlo.composite "mlxla.quantized_dot" %141, %arg60, %arg61, %arg62 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %149 = stablehlo.reshape %148 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %150 = stablehlo.convert %147 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %151 = stablehlo.convert %149 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %152 = stablehlo.constant dense<2> : tensor<i32>
    %153 = stablehlo.constant dense<0> : tensor<i32>
    %154 = stablehlo.constant dense<0> : tensor<i32>
    %155 = stablehlo.slice %150 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %156 = stablehlo.reshape %155 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %157 = stablehlo.dynamic_update_slice %111, %156, %152, %154, %1, %153, %153 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %158 = stablehlo.slice %151 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %159 = stablehlo.reshape %158 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %160 = stablehlo.dynamic_update_slice %114, %159, %152, %154, %1, %153, %153 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %161 = stablehlo.constant dense<1> : tensor<i32>
    %162 = stablehlo.slice %150 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %163 = stablehlo.reshape %162 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %164 = stablehlo.dynamic_update_slice %157, %163, %152, %161, %5, %153, %153 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %165 = stablehlo.slice %151 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %166 = stablehlo.reshape %165 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %167 = stablehlo.dynamic_update_slice %160, %166, %152, %161, %5, %153, %153 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %168 = stablehlo.slice %144 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %169 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %170 = stablehlo.slice %167 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %171 = stablehlo.reshape %170 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %172 = stablehlo.slice %164 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %173 = stablehlo.reshape %172 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %174 = stablehlo.composite "mlxla.attention" %168, %173, %171, %169, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %175 = stablehlo.slice %144 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %176 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %177 = stablehlo.slice %167 [2:3, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %178 = stablehlo.reshape %177 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %179 = stablehlo.slice %164 [2:3, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %180 = stablehlo.reshape %179 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %181 = stablehlo.composite "mlxla.attention" %175, %180, %178, %176, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %182 = stablehlo.concatenate %174, %181, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %183 = stablehlo.reshape %182 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %184 = stablehlo.composite "mlxla.quantized_dot" %183, %arg63, %arg64, %arg65 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %185 = stablehlo.add %140, %184 : tensor<2x2048xf32>
    %186 = stablehlo.composite "mlxla.rms_norm" %185, %arg66 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %187 = stablehlo.composite "mlxla.quantized_dot" %186, %arg67, %arg68, %arg69 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %188 = stablehlo.composite "mlxla.quantized_dot" %186, %arg70, %arg71, %arg72 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %189 = stablehlo.logistic %187 : tensor<2x8192xf32>
    %190 = stablehlo.multiply %187, %189 : tensor<2x8192xf32>
    %191 = stablehlo.multiply %190, %188 : tensor<2x8192xf32>
    %192 = stablehlo.composite "mlxla.quantized_dot" %191, %arg73, %arg74, %arg75 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %193 = stablehlo.add %185, %192 : tensor<2x2048xf32>
    %194 = stablehlo.composite "mlxla.rms_norm" %193, %arg76 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %195 = stablehlo.composite "mlxla.quantized_dot" %194, %arg77, %arg78, %arg79 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %196 = stablehlo.reshape %195 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %197 = stablehlo.composite "mlxla.rope" %196, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %198 = stablehlo.composite "mlxla.quantized_dot" %194, %arg80, %arg81, %arg82 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %199 = stablehlo.reshape %198 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %200 = stablehlo.composite "mlxla.rope" %199, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %201 = stablehlo.composite "mlxla.quantized_dot" %194, %arg83, %arg84, %arg85 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %202 = stablehlo.reshape %201 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %203 = stablehlo.convert %200 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %204 = stablehlo.convert %202 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %205 = stablehlo.constant dense<3> : tensor<i32>
    %206 = stablehlo.constant dense<0> : tensor<i32>
    %207 = stablehlo.constant dense<0> : tensor<i32>
    %208 = stablehlo.slice %203 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %209 = stablehlo.reshape %208 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %210 = stablehlo.dynamic_update_slice %164, %209, %205, %207, %1, %206, %206 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %211 = stablehlo.slice %204 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %212 = stablehlo.reshape %211 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %213 = stablehlo.dynamic_update_slice %167, %212, %205, %207, %1, %206, %206 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %214 = stablehlo.constant dense<1> : tensor<i32>
    %215 = stablehlo.slice %203 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %216 = stablehlo.reshape %215 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %217 = stablehlo.dynamic_update_slice %210, %216, %205, %214, %5, %206, %206 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %218 = stablehlo.slice %204 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %219 = stablehlo.reshape %218 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %220 = stablehlo.dynamic_update_slice %213, %219, %205, %214, %5, %206, %206 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %221 = stablehlo.slice %197 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %222 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %223 = stablehlo.slice %220 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %224 = stablehlo.reshape %223 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %225 = stablehlo.slice %217 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %226 = stablehlo.reshape %225 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %227 = stablehlo.composite "mlxla.attention" %221, %226, %224, %222, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %228 = stablehlo.slice %197 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %229 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %230 = stablehlo.slice %220 [3:4, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %231 = stablehlo.reshape %230 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %232 = stablehlo.slice %217 [3:4, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %233 = stablehlo.reshape %232 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %234 = stablehlo.composite "mlxla.attention" %228, %233, %231, %229, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %235 = stablehlo.concatenate %227, %234, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %236 = stablehlo.reshape %235 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %237 = stablehlo.composite "mlxla.quantized_dot" %236, %arg86, %arg87, %arg88 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %238 = stablehlo.add %193, %237 : tensor<2x2048xf32>
    %239 = stablehlo.composite "mlxla.rms_norm" %238, %arg89 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %240 = stablehlo.composite "mlxla.quantized_dot" %239, %arg90, %arg91, %arg92 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %241 = stablehlo.composite "mlxla.quantized_dot" %239, %arg93, %arg94, %arg95 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %242 = stablehlo.logistic %240 : tensor<2x8192xf32>
    %243 = stablehlo.multiply %240, %242 : tensor<2x8192xf32>
    %244 = stablehlo.multiply %243, %241 : tensor<2x8192xf32>
    %245 = stablehlo.composite "mlxla.quantized_dot" %244, %arg96, %arg97, %arg98 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %246 = stablehlo.add %238, %245 : tensor<2x2048xf32>
    %247 = stablehlo.composite "mlxla.rms_norm" %246, %arg99 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %248 = stablehlo.composite "mlxla.quantized_dot" %247, %arg100, %arg101, %arg102 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %249 = stablehlo.reshape %248 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %250 = stablehlo.composite "mlxla.rope" %249, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %251 = stablehlo.composite "mlxla.quantized_dot" %247, %arg103, %arg104, %arg105 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %252 = stablehlo.reshape %251 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %253 = stablehlo.composite "mlxla.rope" %252, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %254 = stablehlo.composite "mlxla.quantized_dot" %247, %arg106, %arg107, %arg108 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %255 = stablehlo.reshape %254 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %256 = stablehlo.convert %253 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %257 = stablehlo.convert %255 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %258 = stablehlo.constant dense<4> : tensor<i32>
    %259 = stablehlo.constant dense<0> : tensor<i32>
    %260 = stablehlo.constant dense<0> : tensor<i32>
    %261 = stablehlo.slice %256 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %262 = stablehlo.reshape %261 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %263 = stablehlo.dynamic_update_slice %217, %262, %258, %260, %1, %259, %259 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %264 = stablehlo.slice %257 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %265 = stablehlo.reshape %264 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %266 = stablehlo.dynamic_update_slice %220, %265, %258, %260, %1, %259, %259 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %267 = stablehlo.constant dense<1> : tensor<i32>
    %268 = stablehlo.slice %256 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %269 = stablehlo.reshape %268 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %270 = stablehlo.dynamic_update_slice %263, %269, %258, %267, %5, %259, %259 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %271 = stablehlo.slice %257 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %272 = stablehlo.reshape %271 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %273 = stablehlo.dynamic_update_slice %266, %272, %258, %267, %5, %259, %259 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %274 = stablehlo.slice %250 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %275 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %276 = stablehlo.slice %273 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %277 = stablehlo.reshape %276 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %278 = stablehlo.slice %270 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %279 = stablehlo.reshape %278 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %280 = stablehlo.composite "mlxla.attention" %274, %279, %277, %275, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %281 = stablehlo.slice %250 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %282 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %283 = stablehlo.slice %273 [4:5, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %284 = stablehlo.reshape %283 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %285 = stablehlo.slice %270 [4:5, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %286 = stablehlo.reshape %285 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %287 = stablehlo.composite "mlxla.attention" %281, %286, %284, %282, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %288 = stablehlo.concatenate %280, %287, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %289 = stablehlo.reshape %288 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %290 = stablehlo.composite "mlxla.quantized_dot" %289, %arg109, %arg110, %arg111 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %291 = stablehlo.add %246, %290 : tensor<2x2048xf32>
    %292 = stablehlo.composite "mlxla.rms_norm" %291, %arg112 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %293 = stablehlo.composite "mlxla.quantized_dot" %292, %arg113, %arg114, %arg115 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %294 = stablehlo.composite "mlxla.quantized_dot" %292, %arg116, %arg117, %arg118 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %295 = stablehlo.logistic %293 : tensor<2x8192xf32>
    %296 = stablehlo.multiply %293, %295 : tensor<2x8192xf32>
    %297 = stablehlo.multiply %296, %294 : tensor<2x8192xf32>
    %298 = stablehlo.composite "mlxla.quantized_dot" %297, %arg119, %arg120, %arg121 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %299 = stablehlo.add %291, %298 : tensor<2x2048xf32>
    %300 = stablehlo.composite "mlxla.rms_norm" %299, %arg122 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %301 = stablehlo.composite "mlxla.quantized_dot" %300, %arg123, %arg124, %arg125 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %302 = stablehlo.reshape %301 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %303 = stablehlo.composite "mlxla.rope" %302, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %304 = stablehlo.composite "mlxla.quantized_dot" %300, %arg126, %arg127, %arg128 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %305 = stablehlo.reshape %304 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %306 = stablehlo.composite "mlxla.rope" %305, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %307 = stablehlo.composite "mlxla.quantized_dot" %300, %arg129, %arg130, %arg131 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %308 = stablehlo.reshape %307 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %309 = stablehlo.convert %306 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %310 = stablehlo.convert %308 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %311 = stablehlo.constant dense<5> : tensor<i32>
    %312 = stablehlo.constant dense<0> : tensor<i32>
    %313 = stablehlo.constant dense<0> : tensor<i32>
    %314 = stablehlo.slice %309 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %315 = stablehlo.reshape %314 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %316 = stablehlo.dynamic_update_slice %270, %315, %311, %313, %1, %312, %312 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %317 = stablehlo.slice %310 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %318 = stablehlo.reshape %317 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %319 = stablehlo.dynamic_update_slice %273, %318, %311, %313, %1, %312, %312 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %320 = stablehlo.constant dense<1> : tensor<i32>
    %321 = stablehlo.slice %309 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %322 = stablehlo.reshape %321 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %323 = stablehlo.dynamic_update_slice %316, %322, %311, %320, %5, %312, %312 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %324 = stablehlo.slice %310 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %325 = stablehlo.reshape %324 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %326 = stablehlo.dynamic_update_slice %319, %325, %311, %320, %5, %312, %312 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %327 = stablehlo.slice %303 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %328 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %329 = stablehlo.slice %326 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %330 = stablehlo.reshape %329 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %331 = stablehlo.slice %323 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %332 = stablehlo.reshape %331 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %333 = stablehlo.composite "mlxla.attention" %327, %332, %330, %328, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %334 = stablehlo.slice %303 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %335 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %336 = stablehlo.slice %326 [5:6, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %337 = stablehlo.reshape %336 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %338 = stablehlo.slice %323 [5:6, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %339 = stablehlo.reshape %338 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %340 = stablehlo.composite "mlxla.attention" %334, %339, %337, %335, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %341 = stablehlo.concatenate %333, %340, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %342 = stablehlo.reshape %341 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %343 = stablehlo.composite "mlxla.quantized_dot" %342, %arg132, %arg133, %arg134 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %344 = stablehlo.add %299, %343 : tensor<2x2048xf32>
    %345 = stablehlo.composite "mlxla.rms_norm" %344, %arg135 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %346 = stablehlo.composite "mlxla.quantized_dot" %345, %arg136, %arg137, %arg138 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %347 = stablehlo.composite "mlxla.quantized_dot" %345, %arg139, %arg140, %arg141 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %348 = stablehlo.logistic %346 : tensor<2x8192xf32>
    %349 = stablehlo.multiply %346, %348 : tensor<2x8192xf32>
    %350 = stablehlo.multiply %349, %347 : tensor<2x8192xf32>
    %351 = stablehlo.composite "mlxla.quantized_dot" %350, %arg142, %arg143, %arg144 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %352 = stablehlo.add %344, %351 : tensor<2x2048xf32>
    %353 = stablehlo.composite "mlxla.rms_norm" %352, %arg145 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %354 = stablehlo.composite "mlxla.quantized_dot" %353, %arg146, %arg147, %arg148 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %355 = stablehlo.reshape %354 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %356 = stablehlo.composite "mlxla.rope" %355, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %357 = stablehlo.composite "mlxla.quantized_dot" %353, %arg149, %arg150, %arg151 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %358 = stablehlo.reshape %357 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %359 = stablehlo.composite "mlxla.rope" %358, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %360 = stablehlo.composite "mlxla.quantized_dot" %353, %arg152, %arg153, %arg154 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %361 = stablehlo.reshape %360 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %362 = stablehlo.convert %359 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %363 = stablehlo.convert %361 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %364 = stablehlo.constant dense<6> : tensor<i32>
    %365 = stablehlo.constant dense<0> : tensor<i32>
    %366 = stablehlo.constant dense<0> : tensor<i32>
    %367 = stablehlo.slice %362 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %368 = stablehlo.reshape %367 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %369 = stablehlo.dynamic_update_slice %323, %368, %364, %366, %1, %365, %365 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %370 = stablehlo.slice %363 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %371 = stablehlo.reshape %370 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %372 = stablehlo.dynamic_update_slice %326, %371, %364, %366, %1, %365, %365 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %373 = stablehlo.constant dense<1> : tensor<i32>
    %374 = stablehlo.slice %362 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %375 = stablehlo.reshape %374 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %376 = stablehlo.dynamic_update_slice %369, %375, %364, %373, %5, %365, %365 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %377 = stablehlo.slice %363 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %378 = stablehlo.reshape %377 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %379 = stablehlo.dynamic_update_slice %372, %378, %364, %373, %5, %365, %365 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %380 = stablehlo.slice %356 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %381 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %382 = stablehlo.slice %379 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %383 = stablehlo.reshape %382 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %384 = stablehlo.slice %376 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %385 = stablehlo.reshape %384 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %386 = stablehlo.composite "mlxla.attention" %380, %385, %383, %381, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %387 = stablehlo.slice %356 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %388 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %389 = stablehlo.slice %379 [6:7, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %390 = stablehlo.reshape %389 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %391 = stablehlo.slice %376 [6:7, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %392 = stablehlo.reshape %391 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %393 = stablehlo.composite "mlxla.attention" %387, %392, %390, %388, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %394 = stablehlo.concatenate %386, %393, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %395 = stablehlo.reshape %394 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %396 = stablehlo.composite "mlxla.quantized_dot" %395, %arg155, %arg156, %arg157 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %397 = stablehlo.add %352, %396 : tensor<2x2048xf32>
    %398 = stablehlo.composite "mlxla.rms_norm" %397, %arg158 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %399 = stablehlo.composite "mlxla.quantized_dot" %398, %arg159, %arg160, %arg161 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %400 = stablehlo.composite "mlxla.quantized_dot" %398, %arg162, %arg163, %arg164 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %401 = stablehlo.logistic %399 : tensor<2x8192xf32>
    %402 = stablehlo.multiply %399, %401 : tensor<2x8192xf32>
    %403 = stablehlo.multiply %402, %400 : tensor<2x8192xf32>
    %404 = stablehlo.composite "mlxla.quantized_dot" %403, %arg165, %arg166, %arg167 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %405 = stablehlo.add %397, %404 : tensor<2x2048xf32>
    %406 = stablehlo.composite "mlxla.rms_norm" %405, %arg168 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %407 = stablehlo.composite "mlxla.quantized_dot" %406, %arg169, %arg170, %arg171 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %408 = stablehlo.reshape %407 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %409 = stablehlo.composite "mlxla.rope" %408, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %410 = stablehlo.composite "mlxla.quantized_dot" %406, %arg172, %arg173, %arg174 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %411 = stablehlo.reshape %410 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %412 = stablehlo.composite "mlxla.rope" %411, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %413 = stablehlo.composite "mlxla.quantized_dot" %406, %arg175, %arg176, %arg177 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %414 = stablehlo.reshape %413 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %415 = stablehlo.convert %412 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %416 = stablehlo.convert %414 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %417 = stablehlo.constant dense<7> : tensor<i32>
    %418 = stablehlo.constant dense<0> : tensor<i32>
    %419 = stablehlo.constant dense<0> : tensor<i32>
    %420 = stablehlo.slice %415 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %421 = stablehlo.reshape %420 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %422 = stablehlo.dynamic_update_slice %376, %421, %417, %419, %1, %418, %418 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %423 = stablehlo.slice %416 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %424 = stablehlo.reshape %423 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %425 = stablehlo.dynamic_update_slice %379, %424, %417, %419, %1, %418, %418 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %426 = stablehlo.constant dense<1> : tensor<i32>
    %427 = stablehlo.slice %415 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %428 = stablehlo.reshape %427 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %429 = stablehlo.dynamic_update_slice %422, %428, %417, %426, %5, %418, %418 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %430 = stablehlo.slice %416 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %431 = stablehlo.reshape %430 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %432 = stablehlo.dynamic_update_slice %425, %431, %417, %426, %5, %418, %418 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %433 = stablehlo.slice %409 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %434 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %435 = stablehlo.slice %432 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %436 = stablehlo.reshape %435 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %437 = stablehlo.slice %429 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %438 = stablehlo.reshape %437 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %439 = stablehlo.composite "mlxla.attention" %433, %438, %436, %434, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %440 = stablehlo.slice %409 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %441 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %442 = stablehlo.slice %432 [7:8, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %443 = stablehlo.reshape %442 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %444 = stablehlo.slice %429 [7:8, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %445 = stablehlo.reshape %444 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %446 = stablehlo.composite "mlxla.attention" %440, %445, %443, %441, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %447 = stablehlo.concatenate %439, %446, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %448 = stablehlo.reshape %447 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %449 = stablehlo.composite "mlxla.quantized_dot" %448, %arg178, %arg179, %arg180 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %450 = stablehlo.add %405, %449 : tensor<2x2048xf32>
    %451 = stablehlo.composite "mlxla.rms_norm" %450, %arg181 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %452 = stablehlo.composite "mlxla.quantized_dot" %451, %arg182, %arg183, %arg184 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %453 = stablehlo.composite "mlxla.quantized_dot" %451, %arg185, %arg186, %arg187 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %454 = stablehlo.logistic %452 : tensor<2x8192xf32>
    %455 = stablehlo.multiply %452, %454 : tensor<2x8192xf32>
    %456 = stablehlo.multiply %455, %453 : tensor<2x8192xf32>
    %457 = stablehlo.composite "mlxla.quantized_dot" %456, %arg188, %arg189, %arg190 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %458 = stablehlo.add %450, %457 : tensor<2x2048xf32>
    %459 = stablehlo.composite "mlxla.rms_norm" %458, %arg191 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %460 = stablehlo.composite "mlxla.quantized_dot" %459, %arg192, %arg193, %arg194 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %461 = stablehlo.reshape %460 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %462 = stablehlo.composite "mlxla.rope" %461, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %463 = stablehlo.composite "mlxla.quantized_dot" %459, %arg195, %arg196, %arg197 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %464 = stablehlo.reshape %463 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %465 = stablehlo.composite "mlxla.rope" %464, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %466 = stablehlo.composite "mlxla.quantized_dot" %459, %arg198, %arg199, %arg200 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %467 = stablehlo.reshape %466 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %468 = stablehlo.convert %465 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %469 = stablehlo.convert %467 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %470 = stablehlo.constant dense<8> : tensor<i32>
    %471 = stablehlo.constant dense<0> : tensor<i32>
    %472 = stablehlo.constant dense<0> : tensor<i32>
    %473 = stablehlo.slice %468 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %474 = stablehlo.reshape %473 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %475 = stablehlo.dynamic_update_slice %429, %474, %470, %472, %1, %471, %471 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %476 = stablehlo.slice %469 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %477 = stablehlo.reshape %476 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %478 = stablehlo.dynamic_update_slice %432, %477, %470, %472, %1, %471, %471 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %479 = stablehlo.constant dense<1> : tensor<i32>
    %480 = stablehlo.slice %468 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %481 = stablehlo.reshape %480 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %482 = stablehlo.dynamic_update_slice %475, %481, %470, %479, %5, %471, %471 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %483 = stablehlo.slice %469 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %484 = stablehlo.reshape %483 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %485 = stablehlo.dynamic_update_slice %478, %484, %470, %479, %5, %471, %471 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %486 = stablehlo.slice %462 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %487 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %488 = stablehlo.slice %485 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %489 = stablehlo.reshape %488 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %490 = stablehlo.slice %482 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %491 = stablehlo.reshape %490 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %492 = stablehlo.composite "mlxla.attention" %486, %491, %489, %487, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %493 = stablehlo.slice %462 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %494 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %495 = stablehlo.slice %485 [8:9, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %496 = stablehlo.reshape %495 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %497 = stablehlo.slice %482 [8:9, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %498 = stablehlo.reshape %497 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %499 = stablehlo.composite "mlxla.attention" %493, %498, %496, %494, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %500 = stablehlo.concatenate %492, %499, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %501 = stablehlo.reshape %500 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %502 = stablehlo.composite "mlxla.quantized_dot" %501, %arg201, %arg202, %arg203 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %503 = stablehlo.add %458, %502 : tensor<2x2048xf32>
    %504 = stablehlo.composite "mlxla.rms_norm" %503, %arg204 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %505 = stablehlo.composite "mlxla.quantized_dot" %504, %arg205, %arg206, %arg207 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %506 = stablehlo.composite "mlxla.quantized_dot" %504, %arg208, %arg209, %arg210 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %507 = stablehlo.logistic %505 : tensor<2x8192xf32>
    %508 = stablehlo.multiply %505, %507 : tensor<2x8192xf32>
    %509 = stablehlo.multiply %508, %506 : tensor<2x8192xf32>
    %510 = stablehlo.composite "mlxla.quantized_dot" %509, %arg211, %arg212, %arg213 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %511 = stablehlo.add %503, %510 : tensor<2x2048xf32>
    %512 = stablehlo.composite "mlxla.rms_norm" %511, %arg214 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %513 = stablehlo.composite "mlxla.quantized_dot" %512, %arg215, %arg216, %arg217 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %514 = stablehlo.reshape %513 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %515 = stablehlo.composite "mlxla.rope" %514, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %516 = stablehlo.composite "mlxla.quantized_dot" %512, %arg218, %arg219, %arg220 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %517 = stablehlo.reshape %516 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %518 = stablehlo.composite "mlxla.rope" %517, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %519 = stablehlo.composite "mlxla.quantized_dot" %512, %arg221, %arg222, %arg223 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %520 = stablehlo.reshape %519 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %521 = stablehlo.convert %518 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %522 = stablehlo.convert %520 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %523 = stablehlo.constant dense<9> : tensor<i32>
    %524 = stablehlo.constant dense<0> : tensor<i32>
    %525 = stablehlo.constant dense<0> : tensor<i32>
    %526 = stablehlo.slice %521 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %527 = stablehlo.reshape %526 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %528 = stablehlo.dynamic_update_slice %482, %527, %523, %525, %1, %524, %524 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %529 = stablehlo.slice %522 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %530 = stablehlo.reshape %529 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %531 = stablehlo.dynamic_update_slice %485, %530, %523, %525, %1, %524, %524 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %532 = stablehlo.constant dense<1> : tensor<i32>
    %533 = stablehlo.slice %521 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %534 = stablehlo.reshape %533 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %535 = stablehlo.dynamic_update_slice %528, %534, %523, %532, %5, %524, %524 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %536 = stablehlo.slice %522 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %537 = stablehlo.reshape %536 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %538 = stablehlo.dynamic_update_slice %531, %537, %523, %532, %5, %524, %524 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %539 = stablehlo.slice %515 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %540 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %541 = stablehlo.slice %538 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %542 = stablehlo.reshape %541 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %543 = stablehlo.slice %535 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %544 = stablehlo.reshape %543 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %545 = stablehlo.composite "mlxla.attention" %539, %544, %542, %540, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %546 = stablehlo.slice %515 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %547 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %548 = stablehlo.slice %538 [9:10, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %549 = stablehlo.reshape %548 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %550 = stablehlo.slice %535 [9:10, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %551 = stablehlo.reshape %550 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %552 = stablehlo.composite "mlxla.attention" %546, %551, %549, %547, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %553 = stablehlo.concatenate %545, %552, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %554 = stablehlo.reshape %553 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %555 = stablehlo.composite "mlxla.quantized_dot" %554, %arg224, %arg225, %arg226 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %556 = stablehlo.add %511, %555 : tensor<2x2048xf32>
    %557 = stablehlo.composite "mlxla.rms_norm" %556, %arg227 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %558 = stablehlo.composite "mlxla.quantized_dot" %557, %arg228, %arg229, %arg230 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %559 = stablehlo.composite "mlxla.quantized_dot" %557, %arg231, %arg232, %arg233 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %560 = stablehlo.logistic %558 : tensor<2x8192xf32>
    %561 = stablehlo.multiply %558, %560 : tensor<2x8192xf32>
    %562 = stablehlo.multiply %561, %559 : tensor<2x8192xf32>
    %563 = stablehlo.composite "mlxla.quantized_dot" %562, %arg234, %arg235, %arg236 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %564 = stablehlo.add %556, %563 : tensor<2x2048xf32>
    %565 = stablehlo.composite "mlxla.rms_norm" %564, %arg237 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %566 = stablehlo.composite "mlxla.quantized_dot" %565, %arg238, %arg239, %arg240 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %567 = stablehlo.reshape %566 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %568 = stablehlo.composite "mlxla.rope" %567, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %569 = stablehlo.composite "mlxla.quantized_dot" %565, %arg241, %arg242, %arg243 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %570 = stablehlo.reshape %569 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %571 = stablehlo.composite "mlxla.rope" %570, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %572 = stablehlo.composite "mlxla.quantized_dot" %565, %arg244, %arg245, %arg246 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %573 = stablehlo.reshape %572 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %574 = stablehlo.convert %571 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %575 = stablehlo.convert %573 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %576 = stablehlo.constant dense<10> : tensor<i32>
    %577 = stablehlo.constant dense<0> : tensor<i32>
    %578 = stablehlo.constant dense<0> : tensor<i32>
    %579 = stablehlo.slice %574 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %580 = stablehlo.reshape %579 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %581 = stablehlo.dynamic_update_slice %535, %580, %576, %578, %1, %577, %577 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %582 = stablehlo.slice %575 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %583 = stablehlo.reshape %582 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %584 = stablehlo.dynamic_update_slice %538, %583, %576, %578, %1, %577, %577 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %585 = stablehlo.constant dense<1> : tensor<i32>
    %586 = stablehlo.slice %574 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %587 = stablehlo.reshape %586 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %588 = stablehlo.dynamic_update_slice %581, %587, %576, %585, %5, %577, %577 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %589 = stablehlo.slice %575 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %590 = stablehlo.reshape %589 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %591 = stablehlo.dynamic_update_slice %584, %590, %576, %585, %5, %577, %577 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %592 = stablehlo.slice %568 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %593 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %594 = stablehlo.slice %591 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %595 = stablehlo.reshape %594 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %596 = stablehlo.slice %588 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %597 = stablehlo.reshape %596 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %598 = stablehlo.composite "mlxla.attention" %592, %597, %595, %593, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %599 = stablehlo.slice %568 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %600 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %601 = stablehlo.slice %591 [10:11, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %602 = stablehlo.reshape %601 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %603 = stablehlo.slice %588 [10:11, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %604 = stablehlo.reshape %603 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %605 = stablehlo.composite "mlxla.attention" %599, %604, %602, %600, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %606 = stablehlo.concatenate %598, %605, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %607 = stablehlo.reshape %606 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %608 = stablehlo.composite "mlxla.quantized_dot" %607, %arg247, %arg248, %arg249 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %609 = stablehlo.add %564, %608 : tensor<2x2048xf32>
    %610 = stablehlo.composite "mlxla.rms_norm" %609, %arg250 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %611 = stablehlo.composite "mlxla.quantized_dot" %610, %arg251, %arg252, %arg253 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %612 = stablehlo.composite "mlxla.quantized_dot" %610, %arg254, %arg255, %arg256 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %613 = stablehlo.logistic %611 : tensor<2x8192xf32>
    %614 = stablehlo.multiply %611, %613 : tensor<2x8192xf32>
    %615 = stablehlo.multiply %614, %612 : tensor<2x8192xf32>
    %616 = stablehlo.composite "mlxla.quantized_dot" %615, %arg257, %arg258, %arg259 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %617 = stablehlo.add %609, %616 : tensor<2x2048xf32>
    %618 = stablehlo.composite "mlxla.rms_norm" %617, %arg260 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %619 = stablehlo.composite "mlxla.quantized_dot" %618, %arg261, %arg262, %arg263 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %620 = stablehlo.reshape %619 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %621 = stablehlo.composite "mlxla.rope" %620, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %622 = stablehlo.composite "mlxla.quantized_dot" %618, %arg264, %arg265, %arg266 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %623 = stablehlo.reshape %622 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %624 = stablehlo.composite "mlxla.rope" %623, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %625 = stablehlo.composite "mlxla.quantized_dot" %618, %arg267, %arg268, %arg269 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %626 = stablehlo.reshape %625 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %627 = stablehlo.convert %624 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %628 = stablehlo.convert %626 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %629 = stablehlo.constant dense<11> : tensor<i32>
    %630 = stablehlo.constant dense<0> : tensor<i32>
    %631 = stablehlo.constant dense<0> : tensor<i32>
    %632 = stablehlo.slice %627 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %633 = stablehlo.reshape %632 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %634 = stablehlo.dynamic_update_slice %588, %633, %629, %631, %1, %630, %630 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %635 = stablehlo.slice %628 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %636 = stablehlo.reshape %635 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %637 = stablehlo.dynamic_update_slice %591, %636, %629, %631, %1, %630, %630 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %638 = stablehlo.constant dense<1> : tensor<i32>
    %639 = stablehlo.slice %627 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %640 = stablehlo.reshape %639 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %641 = stablehlo.dynamic_update_slice %634, %640, %629, %638, %5, %630, %630 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %642 = stablehlo.slice %628 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %643 = stablehlo.reshape %642 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %644 = stablehlo.dynamic_update_slice %637, %643, %629, %638, %5, %630, %630 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %645 = stablehlo.slice %621 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %646 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %647 = stablehlo.slice %644 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %648 = stablehlo.reshape %647 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %649 = stablehlo.slice %641 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %650 = stablehlo.reshape %649 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %651 = stablehlo.composite "mlxla.attention" %645, %650, %648, %646, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %652 = stablehlo.slice %621 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %653 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %654 = stablehlo.slice %644 [11:12, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %655 = stablehlo.reshape %654 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %656 = stablehlo.slice %641 [11:12, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %657 = stablehlo.reshape %656 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %658 = stablehlo.composite "mlxla.attention" %652, %657, %655, %653, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %659 = stablehlo.concatenate %651, %658, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %660 = stablehlo.reshape %659 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %661 = stablehlo.composite "mlxla.quantized_dot" %660, %arg270, %arg271, %arg272 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %662 = stablehlo.add %617, %661 : tensor<2x2048xf32>
    %663 = stablehlo.composite "mlxla.rms_norm" %662, %arg273 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %664 = stablehlo.composite "mlxla.quantized_dot" %663, %arg274, %arg275, %arg276 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %665 = stablehlo.composite "mlxla.quantized_dot" %663, %arg277, %arg278, %arg279 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %666 = stablehlo.logistic %664 : tensor<2x8192xf32>
    %667 = stablehlo.multiply %664, %666 : tensor<2x8192xf32>
    %668 = stablehlo.multiply %667, %665 : tensor<2x8192xf32>
    %669 = stablehlo.composite "mlxla.quantized_dot" %668, %arg280, %arg281, %arg282 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %670 = stablehlo.add %662, %669 : tensor<2x2048xf32>
    %671 = stablehlo.composite "mlxla.rms_norm" %670, %arg283 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %672 = stablehlo.composite "mlxla.quantized_dot" %671, %arg284, %arg285, %arg286 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %673 = stablehlo.reshape %672 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %674 = stablehlo.composite "mlxla.rope" %673, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %675 = stablehlo.composite "mlxla.quantized_dot" %671, %arg287, %arg288, %arg289 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %676 = stablehlo.reshape %675 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %677 = stablehlo.composite "mlxla.rope" %676, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %678 = stablehlo.composite "mlxla.quantized_dot" %671, %arg290, %arg291, %arg292 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %679 = stablehlo.reshape %678 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %680 = stablehlo.convert %677 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %681 = stablehlo.convert %679 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %682 = stablehlo.constant dense<12> : tensor<i32>
    %683 = stablehlo.constant dense<0> : tensor<i32>
    %684 = stablehlo.constant dense<0> : tensor<i32>
    %685 = stablehlo.slice %680 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %686 = stablehlo.reshape %685 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %687 = stablehlo.dynamic_update_slice %641, %686, %682, %684, %1, %683, %683 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %688 = stablehlo.slice %681 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %689 = stablehlo.reshape %688 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %690 = stablehlo.dynamic_update_slice %644, %689, %682, %684, %1, %683, %683 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %691 = stablehlo.constant dense<1> : tensor<i32>
    %692 = stablehlo.slice %680 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %693 = stablehlo.reshape %692 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %694 = stablehlo.dynamic_update_slice %687, %693, %682, %691, %5, %683, %683 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %695 = stablehlo.slice %681 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %696 = stablehlo.reshape %695 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %697 = stablehlo.dynamic_update_slice %690, %696, %682, %691, %5, %683, %683 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %698 = stablehlo.slice %674 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %699 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %700 = stablehlo.slice %697 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %701 = stablehlo.reshape %700 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %702 = stablehlo.slice %694 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %703 = stablehlo.reshape %702 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %704 = stablehlo.composite "mlxla.attention" %698, %703, %701, %699, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %705 = stablehlo.slice %674 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %706 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %707 = stablehlo.slice %697 [12:13, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %708 = stablehlo.reshape %707 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %709 = stablehlo.slice %694 [12:13, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %710 = stablehlo.reshape %709 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %711 = stablehlo.composite "mlxla.attention" %705, %710, %708, %706, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %712 = stablehlo.concatenate %704, %711, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %713 = stablehlo.reshape %712 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %714 = stablehlo.composite "mlxla.quantized_dot" %713, %arg293, %arg294, %arg295 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %715 = stablehlo.add %670, %714 : tensor<2x2048xf32>
    %716 = stablehlo.composite "mlxla.rms_norm" %715, %arg296 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %717 = stablehlo.composite "mlxla.quantized_dot" %716, %arg297, %arg298, %arg299 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %718 = stablehlo.composite "mlxla.quantized_dot" %716, %arg300, %arg301, %arg302 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %719 = stablehlo.logistic %717 : tensor<2x8192xf32>
    %720 = stablehlo.multiply %717, %719 : tensor<2x8192xf32>
    %721 = stablehlo.multiply %720, %718 : tensor<2x8192xf32>
    %722 = stablehlo.composite "mlxla.quantized_dot" %721, %arg303, %arg304, %arg305 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %723 = stablehlo.add %715, %722 : tensor<2x2048xf32>
    %724 = stablehlo.composite "mlxla.rms_norm" %723, %arg306 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %725 = stablehlo.composite "mlxla.quantized_dot" %724, %arg307, %arg308, %arg309 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %726 = stablehlo.reshape %725 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %727 = stablehlo.composite "mlxla.rope" %726, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %728 = stablehlo.composite "mlxla.quantized_dot" %724, %arg310, %arg311, %arg312 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %729 = stablehlo.reshape %728 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %730 = stablehlo.composite "mlxla.rope" %729, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %731 = stablehlo.composite "mlxla.quantized_dot" %724, %arg313, %arg314, %arg315 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %732 = stablehlo.reshape %731 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %733 = stablehlo.convert %730 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %734 = stablehlo.convert %732 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %735 = stablehlo.constant dense<13> : tensor<i32>
    %736 = stablehlo.constant dense<0> : tensor<i32>
    %737 = stablehlo.constant dense<0> : tensor<i32>
    %738 = stablehlo.slice %733 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %739 = stablehlo.reshape %738 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %740 = stablehlo.dynamic_update_slice %694, %739, %735, %737, %1, %736, %736 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %741 = stablehlo.slice %734 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %742 = stablehlo.reshape %741 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %743 = stablehlo.dynamic_update_slice %697, %742, %735, %737, %1, %736, %736 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %744 = stablehlo.constant dense<1> : tensor<i32>
    %745 = stablehlo.slice %733 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %746 = stablehlo.reshape %745 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %747 = stablehlo.dynamic_update_slice %740, %746, %735, %744, %5, %736, %736 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %748 = stablehlo.slice %734 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %749 = stablehlo.reshape %748 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %750 = stablehlo.dynamic_update_slice %743, %749, %735, %744, %5, %736, %736 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %751 = stablehlo.slice %727 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %752 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %753 = stablehlo.slice %750 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %754 = stablehlo.reshape %753 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %755 = stablehlo.slice %747 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %756 = stablehlo.reshape %755 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %757 = stablehlo.composite "mlxla.attention" %751, %756, %754, %752, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %758 = stablehlo.slice %727 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %759 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %760 = stablehlo.slice %750 [13:14, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %761 = stablehlo.reshape %760 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %762 = stablehlo.slice %747 [13:14, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %763 = stablehlo.reshape %762 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %764 = stablehlo.composite "mlxla.attention" %758, %763, %761, %759, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %765 = stablehlo.concatenate %757, %764, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %766 = stablehlo.reshape %765 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %767 = stablehlo.composite "mlxla.quantized_dot" %766, %arg316, %arg317, %arg318 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %768 = stablehlo.add %723, %767 : tensor<2x2048xf32>
    %769 = stablehlo.composite "mlxla.rms_norm" %768, %arg319 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %770 = stablehlo.composite "mlxla.quantized_dot" %769, %arg320, %arg321, %arg322 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %771 = stablehlo.composite "mlxla.quantized_dot" %769, %arg323, %arg324, %arg325 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %772 = stablehlo.logistic %770 : tensor<2x8192xf32>
    %773 = stablehlo.multiply %770, %772 : tensor<2x8192xf32>
    %774 = stablehlo.multiply %773, %771 : tensor<2x8192xf32>
    %775 = stablehlo.composite "mlxla.quantized_dot" %774, %arg326, %arg327, %arg328 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %776 = stablehlo.add %768, %775 : tensor<2x2048xf32>
    %777 = stablehlo.composite "mlxla.rms_norm" %776, %arg329 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %778 = stablehlo.composite "mlxla.quantized_dot" %777, %arg330, %arg331, %arg332 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %779 = stablehlo.reshape %778 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %780 = stablehlo.composite "mlxla.rope" %779, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %781 = stablehlo.composite "mlxla.quantized_dot" %777, %arg333, %arg334, %arg335 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %782 = stablehlo.reshape %781 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %783 = stablehlo.composite "mlxla.rope" %782, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %784 = stablehlo.composite "mlxla.quantized_dot" %777, %arg336, %arg337, %arg338 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %785 = stablehlo.reshape %784 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %786 = stablehlo.convert %783 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %787 = stablehlo.convert %785 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %788 = stablehlo.constant dense<14> : tensor<i32>
    %789 = stablehlo.constant dense<0> : tensor<i32>
    %790 = stablehlo.constant dense<0> : tensor<i32>
    %791 = stablehlo.slice %786 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %792 = stablehlo.reshape %791 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %793 = stablehlo.dynamic_update_slice %747, %792, %788, %790, %1, %789, %789 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %794 = stablehlo.slice %787 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %795 = stablehlo.reshape %794 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %796 = stablehlo.dynamic_update_slice %750, %795, %788, %790, %1, %789, %789 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %797 = stablehlo.constant dense<1> : tensor<i32>
    %798 = stablehlo.slice %786 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %799 = stablehlo.reshape %798 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %800 = stablehlo.dynamic_update_slice %793, %799, %788, %797, %5, %789, %789 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %801 = stablehlo.slice %787 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %802 = stablehlo.reshape %801 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %803 = stablehlo.dynamic_update_slice %796, %802, %788, %797, %5, %789, %789 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %804 = stablehlo.slice %780 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %805 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %806 = stablehlo.slice %803 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %807 = stablehlo.reshape %806 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %808 = stablehlo.slice %800 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %809 = stablehlo.reshape %808 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %810 = stablehlo.composite "mlxla.attention" %804, %809, %807, %805, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %811 = stablehlo.slice %780 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %812 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %813 = stablehlo.slice %803 [14:15, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %814 = stablehlo.reshape %813 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %815 = stablehlo.slice %800 [14:15, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %816 = stablehlo.reshape %815 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %817 = stablehlo.composite "mlxla.attention" %811, %816, %814, %812, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %818 = stablehlo.concatenate %810, %817, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %819 = stablehlo.reshape %818 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %820 = stablehlo.composite "mlxla.quantized_dot" %819, %arg339, %arg340, %arg341 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %821 = stablehlo.add %776, %820 : tensor<2x2048xf32>
    %822 = stablehlo.composite "mlxla.rms_norm" %821, %arg342 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %823 = stablehlo.composite "mlxla.quantized_dot" %822, %arg343, %arg344, %arg345 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %824 = stablehlo.composite "mlxla.quantized_dot" %822, %arg346, %arg347, %arg348 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %825 = stablehlo.logistic %823 : tensor<2x8192xf32>
    %826 = stablehlo.multiply %823, %825 : tensor<2x8192xf32>
    %827 = stablehlo.multiply %826, %824 : tensor<2x8192xf32>
    %828 = stablehlo.composite "mlxla.quantized_dot" %827, %arg349, %arg350, %arg351 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %829 = stablehlo.add %821, %828 : tensor<2x2048xf32>
    %830 = stablehlo.composite "mlxla.rms_norm" %829, %arg352 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %831 = stablehlo.composite "mlxla.quantized_dot" %830, %arg353, %arg354, %arg355 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %832 = stablehlo.reshape %831 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %833 = stablehlo.composite "mlxla.rope" %832, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %834 = stablehlo.composite "mlxla.quantized_dot" %830, %arg356, %arg357, %arg358 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %835 = stablehlo.reshape %834 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %836 = stablehlo.composite "mlxla.rope" %835, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %837 = stablehlo.composite "mlxla.quantized_dot" %830, %arg359, %arg360, %arg361 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %838 = stablehlo.reshape %837 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %839 = stablehlo.convert %836 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %840 = stablehlo.convert %838 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf16>
    %841 = stablehlo.constant dense<15> : tensor<i32>
    %842 = stablehlo.constant dense<0> : tensor<i32>
    %843 = stablehlo.constant dense<0> : tensor<i32>
    %844 = stablehlo.slice %839 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %845 = stablehlo.reshape %844 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %846 = stablehlo.dynamic_update_slice %800, %845, %841, %843, %1, %842, %842 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %847 = stablehlo.slice %840 [0:1, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %848 = stablehlo.reshape %847 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %849 = stablehlo.dynamic_update_slice %803, %848, %841, %843, %1, %842, %842 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %850 = stablehlo.constant dense<1> : tensor<i32>
    %851 = stablehlo.slice %839 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %852 = stablehlo.reshape %851 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %853 = stablehlo.dynamic_update_slice %846, %852, %841, %850, %5, %842, %842 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %854 = stablehlo.slice %840 [1:2, 0:8, 0:64] : (tensor<2x8x64xf16>) -> tensor<1x8x64xf16>
    %855 = stablehlo.reshape %854 : (tensor<1x8x64xf16>) -> tensor<1x1x1x8x64xf16>
    %856 = stablehlo.dynamic_update_slice %849, %855, %841, %850, %5, %842, %842 : (tensor<16x2x64x8x64xf16>, tensor<1x1x1x8x64xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf16>
    %857 = stablehlo.slice %833 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %858 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %859 = stablehlo.slice %856 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %860 = stablehlo.reshape %859 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %861 = stablehlo.slice %853 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %862 = stablehlo.reshape %861 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %863 = stablehlo.composite "mlxla.attention" %857, %862, %860, %858, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %864 = stablehlo.slice %833 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %865 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %866 = stablehlo.slice %856 [15:16, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %867 = stablehlo.reshape %866 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %868 = stablehlo.slice %853 [15:16, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf16>) -> tensor<1x1x64x8x64xf16>
    %869 = stablehlo.reshape %868 : (tensor<1x1x64x8x64xf16>) -> tensor<64x8x64xf16>
    %870 = stablehlo.composite "mlxla.attention" %864, %869, %867, %865, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf16_64x8x64xf16_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf16>, tensor<64x8x64xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %871 = stablehlo.concatenate %863, %870, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %872 = stablehlo.reshape %871 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %873 = stablehlo.composite "mlxla.quantized_dot" %872, %arg362, %arg363, %arg364 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %874 = stablehlo.add %829, %873 : tensor<2x2048xf32>
    %875 = stablehlo.composite "mlxla.rms_norm" %874, %arg365 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %876 = stablehlo.composite "mlxla.quantized_dot" %875, %arg366, %arg367, %arg368 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %877 = stablehlo.composite "mlxla.quantized_dot" %875, %arg369, %arg370, %arg371 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %878 = stablehlo.logistic %876 : tensor<2x8192xf32>
    %879 = stablehlo.multiply %876, %878 : tensor<2x8192xf32>
    %880 = stablehlo.multiply %879, %877 : tensor<2x8192xf32>
    %881 = stablehlo.composite "mlxla.quantized_dot" %880, %arg372, %arg373, %arg374 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %882 = stablehlo.add %874, %881 : tensor<2x2048xf32>
    %883 = stablehlo.composite "mlxla.rms_norm" %882, %arg375 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %884 = stablehlo.composite "mlxla.quantized_dot" %883, %arg4, %arg5, %arg6 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_128256x256xui32_128256x32xbf16_128256x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<128256x256xui32>, tensor<128256x32xbf16>, tensor<128256x32xbf16>) -> tensor<2x128256xf32>
    %885 = stablehlo.composite "mlxla.argmax" %884 {decomposition = @mlxla_argmax_2x128256xf32_cbf29ce484222325} : (tensor<2x128256xf32>) -> tensor<2xi32>
    return %885, %853, %856 : tensor<2xi32>, tensor<16x2x64x8x64xf16>, tensor<16x2x64x8x64xf16>
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
