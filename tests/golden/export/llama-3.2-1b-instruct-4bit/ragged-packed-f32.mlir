module @mlxla {
  func.func @main(%arg0: tensor<2xi32> {mlxla.name = "tokens"}, %arg1: tensor<2xi32> {mlxla.name = "positions"}, %arg2: tensor<16x2x64x8x64xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<16x2x64x8x64xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<128256x256xui32> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<128256x32xbf16> {mlxla.name = "model.embed_tokens.scales"}, %arg6: tensor<128256x32xbf16> {mlxla.name = "model.embed_tokens.biases"}, %arg7: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg8: tensor<2048x256xui32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg9: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.q_proj.scales"}, %arg10: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.q_proj.biases"}, %arg11: tensor<512x256xui32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg12: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.k_proj.scales"}, %arg13: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.k_proj.biases"}, %arg14: tensor<512x256xui32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg15: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.v_proj.scales"}, %arg16: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.v_proj.biases"}, %arg17: tensor<2048x256xui32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg18: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.o_proj.scales"}, %arg19: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.o_proj.biases"}, %arg20: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg21: tensor<8192x256xui32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg22: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.gate_proj.scales"}, %arg23: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.gate_proj.biases"}, %arg24: tensor<8192x256xui32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg25: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.up_proj.scales"}, %arg26: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.up_proj.biases"}, %arg27: tensor<2048x1024xui32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg28: tensor<2048x128xbf16> {mlxla.name = "model.layers.0.mlp.down_proj.scales"}, %arg29: tensor<2048x128xbf16> {mlxla.name = "model.layers.0.mlp.down_proj.biases"}, %arg30: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg31: tensor<2048x256xui32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg32: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.q_proj.scales"}, %arg33: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.q_proj.biases"}, %arg34: tensor<512x256xui32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg35: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.k_proj.scales"}, %arg36: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.k_proj.biases"}, %arg37: tensor<512x256xui32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg38: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.v_proj.scales"}, %arg39: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.v_proj.biases"}, %arg40: tensor<2048x256xui32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg41: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.o_proj.scales"}, %arg42: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.o_proj.biases"}, %arg43: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg44: tensor<8192x256xui32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg45: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.gate_proj.scales"}, %arg46: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.gate_proj.biases"}, %arg47: tensor<8192x256xui32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg48: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.up_proj.scales"}, %arg49: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.up_proj.biases"}, %arg50: tensor<2048x1024xui32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg51: tensor<2048x128xbf16> {mlxla.name = "model.layers.1.mlp.down_proj.scales"}, %arg52: tensor<2048x128xbf16> {mlxla.name = "model.layers.1.mlp.down_proj.biases"}, %arg53: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg54: tensor<2048x256xui32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg55: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.q_proj.scales"}, %arg56: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.q_proj.biases"}, %arg57: tensor<512x256xui32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg58: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.k_proj.scales"}, %arg59: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.k_proj.biases"}, %arg60: tensor<512x256xui32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg61: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.v_proj.scales"}, %arg62: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.v_proj.biases"}, %arg63: tensor<2048x256xui32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg64: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.o_proj.scales"}, %arg65: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.o_proj.biases"}, %arg66: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg67: tensor<8192x256xui32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg68: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.gate_proj.scales"}, %arg69: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.gate_proj.biases"}, %arg70: tensor<8192x256xui32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg71: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.up_proj.scales"}, %arg72: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.up_proj.biases"}, %arg73: tensor<2048x1024xui32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg74: tensor<2048x128xbf16> {mlxla.name = "model.layers.2.mlp.down_proj.scales"}, %arg75: tensor<2048x128xbf16> {mlxla.name = "model.layers.2.mlp.down_proj.biases"}, %arg76: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg77: tensor<2048x256xui32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg78: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.q_proj.scales"}, %arg79: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.q_proj.biases"}, %arg80: tensor<512x256xui32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg81: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.k_proj.scales"}, %arg82: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.k_proj.biases"}, %arg83: tensor<512x256xui32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg84: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.v_proj.scales"}, %arg85: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.v_proj.biases"}, %arg86: tensor<2048x256xui32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg87: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.o_proj.scales"}, %arg88: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.o_proj.biases"}, %arg89: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg90: tensor<8192x256xui32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg91: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.gate_proj.scales"}, %arg92: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.gate_proj.biases"}, %arg93: tensor<8192x256xui32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg94: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.up_proj.scales"}, %arg95: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.up_proj.biases"}, %arg96: tensor<2048x1024xui32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg97: tensor<2048x128xbf16> {mlxla.name = "model.layers.3.mlp.down_proj.scales"}, %arg98: tensor<2048x128xbf16> {mlxla.name = "model.layers.3.mlp.down_proj.biases"}, %arg99: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg100: tensor<2048x256xui32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg101: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.q_proj.scales"}, %arg102: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.q_proj.biases"}, %arg103: tensor<512x256xui32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg104: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.k_proj.scales"}, %arg105: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.k_proj.biases"}, %arg106: tensor<512x256xui32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg107: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.v_proj.scales"}, %arg108: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.v_proj.biases"}, %arg109: tensor<2048x256xui32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg110: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.o_proj.scales"}, %arg111: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.o_proj.biases"}, %arg112: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg113: tensor<8192x256xui32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg114: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.gate_proj.scales"}, %arg115: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.gate_proj.biases"}, %arg116: tensor<8192x256xui32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg117: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.up_proj.scales"}, %arg118: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.up_proj.biases"}, %arg119: tensor<2048x1024xui32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg120: tensor<2048x128xbf16> {mlxla.name = "model.layers.4.mlp.down_proj.scales"}, %arg121: tensor<2048x128xbf16> {mlxla.name = "model.layers.4.mlp.down_proj.biases"}, %arg122: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg123: tensor<2048x256xui32> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg124: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.q_proj.scales"}, %arg125: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.q_proj.biases"}, %arg126: tensor<512x256xui32> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg127: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.k_proj.scales"}, %arg128: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.k_proj.biases"}, %arg129: tensor<512x256xui32> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg130: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.v_proj.scales"}, %arg131: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.v_proj.biases"}, %arg132: tensor<2048x256xui32> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg133: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.o_proj.scales"}, %arg134: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.o_proj.biases"}, %arg135: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg136: tensor<8192x256xui32> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg137: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.gate_proj.scales"}, %arg138: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.gate_proj.biases"}, %arg139: tensor<8192x256xui32> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg140: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.up_proj.scales"}, %arg141: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.up_proj.biases"}, %arg142: tensor<2048x1024xui32> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg143: tensor<2048x128xbf16> {mlxla.name = "model.layers.5.mlp.down_proj.scales"}, %arg144: tensor<2048x128xbf16> {mlxla.name = "model.layers.5.mlp.down_proj.biases"}, %arg145: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg146: tensor<2048x256xui32> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg147: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.q_proj.scales"}, %arg148: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.q_proj.biases"}, %arg149: tensor<512x256xui32> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg150: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.k_proj.scales"}, %arg151: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.k_proj.biases"}, %arg152: tensor<512x256xui32> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg153: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.v_proj.scales"}, %arg154: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.v_proj.biases"}, %arg155: tensor<2048x256xui32> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg156: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.o_proj.scales"}, %arg157: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.o_proj.biases"}, %arg158: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg159: tensor<8192x256xui32> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg160: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.gate_proj.scales"}, %arg161: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.gate_proj.biases"}, %arg162: tensor<8192x256xui32> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg163: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.up_proj.scales"}, %arg164: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.up_proj.biases"}, %arg165: tensor<2048x1024xui32> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg166: tensor<2048x128xbf16> {mlxla.name = "model.layers.6.mlp.down_proj.scales"}, %arg167: tensor<2048x128xbf16> {mlxla.name = "model.layers.6.mlp.down_proj.biases"}, %arg168: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg169: tensor<2048x256xui32> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg170: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.q_proj.scales"}, %arg171: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.q_proj.biases"}, %arg172: tensor<512x256xui32> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg173: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.k_proj.scales"}, %arg174: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.k_proj.biases"}, %arg175: tensor<512x256xui32> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg176: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.v_proj.scales"}, %arg177: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.v_proj.biases"}, %arg178: tensor<2048x256xui32> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg179: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.o_proj.scales"}, %arg180: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.o_proj.biases"}, %arg181: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg182: tensor<8192x256xui32> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg183: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.gate_proj.scales"}, %arg184: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.gate_proj.biases"}, %arg185: tensor<8192x256xui32> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg186: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.up_proj.scales"}, %arg187: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.up_proj.biases"}, %arg188: tensor<2048x1024xui32> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg189: tensor<2048x128xbf16> {mlxla.name = "model.layers.7.mlp.down_proj.scales"}, %arg190: tensor<2048x128xbf16> {mlxla.name = "model.layers.7.mlp.down_proj.biases"}, %arg191: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg192: tensor<2048x256xui32> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg193: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.q_proj.scales"}, %arg194: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.q_proj.biases"}, %arg195: tensor<512x256xui32> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg196: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.k_proj.scales"}, %arg197: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.k_proj.biases"}, %arg198: tensor<512x256xui32> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg199: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.v_proj.scales"}, %arg200: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.v_proj.biases"}, %arg201: tensor<2048x256xui32> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg202: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.o_proj.scales"}, %arg203: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.o_proj.biases"}, %arg204: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg205: tensor<8192x256xui32> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg206: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.gate_proj.scales"}, %arg207: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.gate_proj.biases"}, %arg208: tensor<8192x256xui32> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg209: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.up_proj.scales"}, %arg210: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.up_proj.biases"}, %arg211: tensor<2048x1024xui32> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg212: tensor<2048x128xbf16> {mlxla.name = "model.layers.8.mlp.down_proj.scales"}, %arg213: tensor<2048x128xbf16> {mlxla.name = "model.layers.8.mlp.down_proj.biases"}, %arg214: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg215: tensor<2048x256xui32> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg216: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.q_proj.scales"}, %arg217: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.q_proj.biases"}, %arg218: tensor<512x256xui32> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg219: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.k_proj.scales"}, %arg220: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.k_proj.biases"}, %arg221: tensor<512x256xui32> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg222: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.v_proj.scales"}, %arg223: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.v_proj.biases"}, %arg224: tensor<2048x256xui32> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg225: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.o_proj.scales"}, %arg226: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.o_proj.biases"}, %arg227: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg228: tensor<8192x256xui32> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg229: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.gate_proj.scales"}, %arg230: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.gate_proj.biases"}, %arg231: tensor<8192x256xui32> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg232: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.up_proj.scales"}, %arg233: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.up_proj.biases"}, %arg234: tensor<2048x1024xui32> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg235: tensor<2048x128xbf16> {mlxla.name = "model.layers.9.mlp.down_proj.scales"}, %arg236: tensor<2048x128xbf16> {mlxla.name = "model.layers.9.mlp.down_proj.biases"}, %arg237: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg238: tensor<2048x256xui32> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg239: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.q_proj.scales"}, %arg240: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.q_proj.biases"}, %arg241: tensor<512x256xui32> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg242: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.k_proj.scales"}, %arg243: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.k_proj.biases"}, %arg244: tensor<512x256xui32> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg245: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.v_proj.scales"}, %arg246: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.v_proj.biases"}, %arg247: tensor<2048x256xui32> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg248: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.o_proj.scales"}, %arg249: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.o_proj.biases"}, %arg250: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg251: tensor<8192x256xui32> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg252: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.gate_proj.scales"}, %arg253: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.gate_proj.biases"}, %arg254: tensor<8192x256xui32> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg255: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.up_proj.scales"}, %arg256: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.up_proj.biases"}, %arg257: tensor<2048x1024xui32> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg258: tensor<2048x128xbf16> {mlxla.name = "model.layers.10.mlp.down_proj.scales"}, %arg259: tensor<2048x128xbf16> {mlxla.name = "model.layers.10.mlp.down_proj.biases"}, %arg260: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg261: tensor<2048x256xui32> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg262: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.q_proj.scales"}, %arg263: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.q_proj.biases"}, %arg264: tensor<512x256xui32> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg265: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.k_proj.scales"}, %arg266: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.k_proj.biases"}, %arg267: tensor<512x256xui32> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg268: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.v_proj.scales"}, %arg269: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.v_proj.biases"}, %arg270: tensor<2048x256xui32> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg271: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.o_proj.scales"}, %arg272: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.o_proj.biases"}, %arg273: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg274: tensor<8192x256xui32> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg275: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.gate_proj.scales"}, %arg276: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.gate_proj.biases"}, %arg277: tensor<8192x256xui32> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg278: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.up_proj.scales"}, %arg279: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.up_proj.biases"}, %arg280: tensor<2048x1024xui32> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg281: tensor<2048x128xbf16> {mlxla.name = "model.layers.11.mlp.down_proj.scales"}, %arg282: tensor<2048x128xbf16> {mlxla.name = "model.layers.11.mlp.down_proj.biases"}, %arg283: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg284: tensor<2048x256xui32> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg285: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.q_proj.scales"}, %arg286: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.q_proj.biases"}, %arg287: tensor<512x256xui32> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg288: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.k_proj.scales"}, %arg289: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.k_proj.biases"}, %arg290: tensor<512x256xui32> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg291: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.v_proj.scales"}, %arg292: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.v_proj.biases"}, %arg293: tensor<2048x256xui32> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg294: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.o_proj.scales"}, %arg295: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.o_proj.biases"}, %arg296: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg297: tensor<8192x256xui32> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg298: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.gate_proj.scales"}, %arg299: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.gate_proj.biases"}, %arg300: tensor<8192x256xui32> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg301: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.up_proj.scales"}, %arg302: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.up_proj.biases"}, %arg303: tensor<2048x1024xui32> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg304: tensor<2048x128xbf16> {mlxla.name = "model.layers.12.mlp.down_proj.scales"}, %arg305: tensor<2048x128xbf16> {mlxla.name = "model.layers.12.mlp.down_proj.biases"}, %arg306: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg307: tensor<2048x256xui32> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg308: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.q_proj.scales"}, %arg309: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.q_proj.biases"}, %arg310: tensor<512x256xui32> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg311: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.k_proj.scales"}, %arg312: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.k_proj.biases"}, %arg313: tensor<512x256xui32> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg314: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.v_proj.scales"}, %arg315: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.v_proj.biases"}, %arg316: tensor<2048x256xui32> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg317: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.o_proj.scales"}, %arg318: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.o_proj.biases"}, %arg319: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg320: tensor<8192x256xui32> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg321: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.gate_proj.scales"}, %arg322: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.gate_proj.biases"}, %arg323: tensor<8192x256xui32> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg324: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.up_proj.scales"}, %arg325: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.up_proj.biases"}, %arg326: tensor<2048x1024xui32> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg327: tensor<2048x128xbf16> {mlxla.name = "model.layers.13.mlp.down_proj.scales"}, %arg328: tensor<2048x128xbf16> {mlxla.name = "model.layers.13.mlp.down_proj.biases"}, %arg329: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg330: tensor<2048x256xui32> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg331: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.q_proj.scales"}, %arg332: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.q_proj.biases"}, %arg333: tensor<512x256xui32> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg334: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.k_proj.scales"}, %arg335: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.k_proj.biases"}, %arg336: tensor<512x256xui32> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg337: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.v_proj.scales"}, %arg338: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.v_proj.biases"}, %arg339: tensor<2048x256xui32> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg340: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.o_proj.scales"}, %arg341: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.o_proj.biases"}, %arg342: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg343: tensor<8192x256xui32> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg344: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.gate_proj.scales"}, %arg345: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.gate_proj.biases"}, %arg346: tensor<8192x256xui32> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg347: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.up_proj.scales"}, %arg348: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.up_proj.biases"}, %arg349: tensor<2048x1024xui32> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg350: tensor<2048x128xbf16> {mlxla.name = "model.layers.14.mlp.down_proj.scales"}, %arg351: tensor<2048x128xbf16> {mlxla.name = "model.layers.14.mlp.down_proj.biases"}, %arg352: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg353: tensor<2048x256xui32> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg354: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.q_proj.scales"}, %arg355: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.q_proj.biases"}, %arg356: tensor<512x256xui32> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg357: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.k_proj.scales"}, %arg358: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.k_proj.biases"}, %arg359: tensor<512x256xui32> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg360: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.v_proj.scales"}, %arg361: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.v_proj.biases"}, %arg362: tensor<2048x256xui32> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg363: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.o_proj.scales"}, %arg364: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.o_proj.biases"}, %arg365: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg366: tensor<8192x256xui32> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg367: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.gate_proj.scales"}, %arg368: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.gate_proj.biases"}, %arg369: tensor<8192x256xui32> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg370: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.up_proj.scales"}, %arg371: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.up_proj.biases"}, %arg372: tensor<2048x1024xui32> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg373: tensor<2048x128xbf16> {mlxla.name = "model.layers.15.mlp.down_proj.scales"}, %arg374: tensor<2048x128xbf16> {mlxla.name = "model.layers.15.mlp.down_proj.biases"}, %arg375: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<2xi32> {mlxla.name = "next_tokens"}, tensor<16x2x64x8x64xf32> {mlxla.name = "k_cache"}, tensor<16x2x64x8x64xf32> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.constant dense<1> : tensor<i32>
    %3 = stablehlo.add %1, %2 : tensor<i32>
    %4 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<1> : tensor<i32>
    %7 = stablehlo.add %5, %6 : tensor<i32>
    %8 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %9 = "stablehlo.gather"(%arg4, %8) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 256>} : (tensor<128256x256xui32>, tensor<2x1xi32>) -> tensor<2x256xui32>
    %10 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%arg5, %10) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>} : (tensor<128256x32xbf16>, tensor<2x1xi32>) -> tensor<2x32xbf16>
    %12 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %13 = "stablehlo.gather"(%arg6, %12) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>} : (tensor<128256x32xbf16>, tensor<2x1xi32>) -> tensor<2x32xbf16>
    %14 = stablehlo.reshape %9 : (tensor<2x256xui32>) -> tensor<2x64x4xui32>
    %15 = stablehlo.slice %14 [0:2, 0:64, 0:1] : (tensor<2x64x4xui32>) -> tensor<2x64x1xui32>
    %16 = stablehlo.slice %14 [0:2, 0:64, 1:2] : (tensor<2x64x4xui32>) -> tensor<2x64x1xui32>
    %17 = stablehlo.slice %14 [0:2, 0:64, 2:3] : (tensor<2x64x4xui32>) -> tensor<2x64x1xui32>
    %18 = stablehlo.slice %14 [0:2, 0:64, 3:4] : (tensor<2x64x4xui32>) -> tensor<2x64x1xui32>
    %19 = stablehlo.concatenate %15, %15, %15, %15, %15, %15, %15, %15, %16, %16, %16, %16, %16, %16, %16, %16, %17, %17, %17, %17, %17, %17, %17, %17, %18, %18, %18, %18, %18, %18, %18, %18, dim = 2 : (tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>) -> tensor<2x64x32xui32>
    %20 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [2] : (tensor<32xui32>) -> tensor<2x64x32xui32>
    %22 = stablehlo.shift_right_logical %19, %21 : tensor<2x64x32xui32>
    %23 = stablehlo.constant dense<15> : tensor<2x64x32xui32>
    %24 = stablehlo.and %22, %23 : tensor<2x64x32xui32>
    %25 = stablehlo.reshape %24 : (tensor<2x64x32xui32>) -> tensor<2x2048xui32>
    %26 = stablehlo.convert %25 : (tensor<2x2048xui32>) -> tensor<2x2048xf32>
    %27 = stablehlo.convert %11 : (tensor<2x32xbf16>) -> tensor<2x32xf32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [0, 1] : (tensor<2x32xf32>) -> tensor<2x32x64xf32>
    %29 = stablehlo.reshape %28 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %30 = stablehlo.multiply %26, %29 : tensor<2x2048xf32>
    %31 = stablehlo.convert %13 : (tensor<2x32xbf16>) -> tensor<2x32xf32>
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
    %44 = stablehlo.constant dense<0> : tensor<i32>
    %45 = stablehlo.constant dense<0> : tensor<i32>
    %46 = stablehlo.constant dense<0> : tensor<i32>
    %47 = stablehlo.slice %41 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %48 = stablehlo.reshape %47 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %49 = stablehlo.dynamic_update_slice %arg2, %48, %44, %46, %1, %45, %45 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %50 = stablehlo.slice %43 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %51 = stablehlo.reshape %50 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %52 = stablehlo.dynamic_update_slice %arg3, %51, %44, %46, %1, %45, %45 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %53 = stablehlo.constant dense<1> : tensor<i32>
    %54 = stablehlo.slice %41 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %55 = stablehlo.reshape %54 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %56 = stablehlo.dynamic_update_slice %49, %55, %44, %53, %5, %45, %45 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %57 = stablehlo.slice %43 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %58 = stablehlo.reshape %57 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %59 = stablehlo.dynamic_update_slice %52, %58, %44, %53, %5, %45, %45 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %60 = stablehlo.slice %38 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %61 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %62 = stablehlo.slice %56 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %63 = stablehlo.reshape %62 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %64 = stablehlo.slice %59 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %65 = stablehlo.reshape %64 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %66 = stablehlo.composite "mlxla.attention" %60, %63, %65, %61, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %67 = stablehlo.slice %38 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %68 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %69 = stablehlo.slice %56 [0:1, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %70 = stablehlo.reshape %69 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %71 = stablehlo.slice %59 [0:1, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %72 = stablehlo.reshape %71 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %73 = stablehlo.composite "mlxla.attention" %67, %70, %72, %68, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %74 = stablehlo.concatenate %66, %73, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %75 = stablehlo.reshape %74 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %76 = stablehlo.composite "mlxla.quantized_dot" %75, %arg17, %arg18, %arg19 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %77 = stablehlo.add %34, %76 : tensor<2x2048xf32>
    %78 = stablehlo.composite "mlxla.rms_norm" %77, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %79 = stablehlo.composite "mlxla.quantized_dot" %78, %arg21, %arg22, %arg23 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %80 = stablehlo.logistic %79 : tensor<2x8192xf32>
    %81 = stablehlo.multiply %79, %80 : tensor<2x8192xf32>
    %82 = stablehlo.composite "mlxla.quantized_dot" %78, %arg24, %arg25, %arg26 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %83 = stablehlo.multiply %81, %82 : tensor<2x8192xf32>
    %84 = stablehlo.composite "mlxla.quantized_dot" %83, %arg27, %arg28, %arg29 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %85 = stablehlo.add %77, %84 : tensor<2x2048xf32>
    %86 = stablehlo.composite "mlxla.rms_norm" %85, %arg30 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %87 = stablehlo.composite "mlxla.quantized_dot" %86, %arg31, %arg32, %arg33 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %88 = stablehlo.reshape %87 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %89 = stablehlo.composite "mlxla.rope" %88, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %90 = stablehlo.composite "mlxla.quantized_dot" %86, %arg34, %arg35, %arg36 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %91 = stablehlo.reshape %90 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %92 = stablehlo.composite "mlxla.rope" %91, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %93 = stablehlo.composite "mlxla.quantized_dot" %86, %arg37, %arg38, %arg39 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %94 = stablehlo.reshape %93 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %95 = stablehlo.constant dense<1> : tensor<i32>
    %96 = stablehlo.constant dense<0> : tensor<i32>
    %97 = stablehlo.constant dense<0> : tensor<i32>
    %98 = stablehlo.slice %92 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %99 = stablehlo.reshape %98 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %100 = stablehlo.dynamic_update_slice %56, %99, %95, %97, %1, %96, %96 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %101 = stablehlo.slice %94 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %102 = stablehlo.reshape %101 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %103 = stablehlo.dynamic_update_slice %59, %102, %95, %97, %1, %96, %96 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %104 = stablehlo.constant dense<1> : tensor<i32>
    %105 = stablehlo.slice %92 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %106 = stablehlo.reshape %105 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %107 = stablehlo.dynamic_update_slice %100, %106, %95, %104, %5, %96, %96 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %108 = stablehlo.slice %94 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %109 = stablehlo.reshape %108 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %110 = stablehlo.dynamic_update_slice %103, %109, %95, %104, %5, %96, %96 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %111 = stablehlo.slice %89 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %112 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %113 = stablehlo.slice %107 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %114 = stablehlo.reshape %113 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %115 = stablehlo.slice %110 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %116 = stablehlo.reshape %115 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %117 = stablehlo.composite "mlxla.attention" %111, %114, %116, %112, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %118 = stablehlo.slice %89 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %119 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %120 = stablehlo.slice %107 [1:2, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %121 = stablehlo.reshape %120 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %122 = stablehlo.slice %110 [1:2, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %123 = stablehlo.reshape %122 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %124 = stablehlo.composite "mlxla.attention" %118, %121, %123, %119, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %125 = stablehlo.concatenate %117, %124, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %126 = stablehlo.reshape %125 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %127 = stablehlo.composite "mlxla.quantized_dot" %126, %arg40, %arg41, %arg42 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %128 = stablehlo.add %85, %127 : tensor<2x2048xf32>
    %129 = stablehlo.composite "mlxla.rms_norm" %128, %arg43 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %130 = stablehlo.composite "mlxla.quantized_dot" %129, %arg44, %arg45, %arg46 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %131 = stablehlo.logistic %130 : tensor<2x8192xf32>
    %132 = stablehlo.multiply %130, %131 : tensor<2x8192xf32>
    %133 = stablehlo.composite "mlxla.quantized_dot" %129, %arg47, %arg48, %arg49 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %134 = stablehlo.multiply %132, %133 : tensor<2x8192xf32>
    %135 = stablehlo.composite "mlxla.quantized_dot" %134, %arg50, %arg51, %arg52 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %136 = stablehlo.add %128, %135 : tensor<2x2048xf32>
    %137 = stablehlo.composite "mlxla.rms_norm" %136, %arg53 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %138 = stablehlo.composite "mlxla.quantized_dot" %137, %arg54, %arg55, %arg56 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %139 = stablehlo.reshape %138 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %140 = stablehlo.composite "mlxla.rope" %139, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %141 = stablehlo.composite "mlxla.quantized_dot" %137, %arg57, %arg58, %arg59 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %142 = stablehlo.reshape %141 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %143 = stablehlo.composite "mlxla.rope" %142, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %144 = stablehlo.composite "mlxla.quantized_dot" %137, %arg60, %arg61, %arg62 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %145 = stablehlo.reshape %144 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %146 = stablehlo.constant dense<2> : tensor<i32>
    %147 = stablehlo.constant dense<0> : tensor<i32>
    %148 = stablehlo.constant dense<0> : tensor<i32>
    %149 = stablehlo.slice %143 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %151 = stablehlo.dynamic_update_slice %107, %150, %146, %148, %1, %147, %147 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %152 = stablehlo.slice %145 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %153 = stablehlo.reshape %152 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %154 = stablehlo.dynamic_update_slice %110, %153, %146, %148, %1, %147, %147 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %155 = stablehlo.constant dense<1> : tensor<i32>
    %156 = stablehlo.slice %143 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %157 = stablehlo.reshape %156 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %158 = stablehlo.dynamic_update_slice %151, %157, %146, %155, %5, %147, %147 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %159 = stablehlo.slice %145 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %160 = stablehlo.reshape %159 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %161 = stablehlo.dynamic_update_slice %154, %160, %146, %155, %5, %147, %147 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %162 = stablehlo.slice %140 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %163 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %164 = stablehlo.slice %158 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %165 = stablehlo.reshape %164 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %166 = stablehlo.slice %161 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %167 = stablehlo.reshape %166 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %168 = stablehlo.composite "mlxla.attention" %162, %165, %167, %163, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %169 = stablehlo.slice %140 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %170 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %171 = stablehlo.slice %158 [2:3, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %172 = stablehlo.reshape %171 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %173 = stablehlo.slice %161 [2:3, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %174 = stablehlo.reshape %173 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %175 = stablehlo.composite "mlxla.attention" %169, %172, %174, %170, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %176 = stablehlo.concatenate %168, %175, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %177 = stablehlo.reshape %176 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %178 = stablehlo.composite "mlxla.quantized_dot" %177, %arg63, %arg64, %arg65 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %179 = stablehlo.add %136, %178 : tensor<2x2048xf32>
    %180 = stablehlo.composite "mlxla.rms_norm" %179, %arg66 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %181 = stablehlo.composite "mlxla.quantized_dot" %180, %arg67, %arg68, %arg69 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %182 = stablehlo.logistic %181 : tensor<2x8192xf32>
    %183 = stablehlo.multiply %181, %182 : tensor<2x8192xf32>
    %184 = stablehlo.composite "mlxla.quantized_dot" %180, %arg70, %arg71, %arg72 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %185 = stablehlo.multiply %183, %184 : tensor<2x8192xf32>
    %186 = stablehlo.composite "mlxla.quantized_dot" %185, %arg73, %arg74, %arg75 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %187 = stablehlo.add %179, %186 : tensor<2x2048xf32>
    %188 = stablehlo.composite "mlxla.rms_norm" %187, %arg76 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %189 = stablehlo.composite "mlxla.quantized_dot" %188, %arg77, %arg78, %arg79 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %190 = stablehlo.reshape %189 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %191 = stablehlo.composite "mlxla.rope" %190, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %192 = stablehlo.composite "mlxla.quantized_dot" %188, %arg80, %arg81, %arg82 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %193 = stablehlo.reshape %192 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %194 = stablehlo.composite "mlxla.rope" %193, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %195 = stablehlo.composite "mlxla.quantized_dot" %188, %arg83, %arg84, %arg85 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %196 = stablehlo.reshape %195 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %197 = stablehlo.constant dense<3> : tensor<i32>
    %198 = stablehlo.constant dense<0> : tensor<i32>
    %199 = stablehlo.constant dense<0> : tensor<i32>
    %200 = stablehlo.slice %194 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %201 = stablehlo.reshape %200 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %202 = stablehlo.dynamic_update_slice %158, %201, %197, %199, %1, %198, %198 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %203 = stablehlo.slice %196 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %204 = stablehlo.reshape %203 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %205 = stablehlo.dynamic_update_slice %161, %204, %197, %199, %1, %198, %198 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %206 = stablehlo.constant dense<1> : tensor<i32>
    %207 = stablehlo.slice %194 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %208 = stablehlo.reshape %207 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %209 = stablehlo.dynamic_update_slice %202, %208, %197, %206, %5, %198, %198 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %210 = stablehlo.slice %196 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %211 = stablehlo.reshape %210 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %212 = stablehlo.dynamic_update_slice %205, %211, %197, %206, %5, %198, %198 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %213 = stablehlo.slice %191 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %214 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %215 = stablehlo.slice %209 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %216 = stablehlo.reshape %215 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %217 = stablehlo.slice %212 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %218 = stablehlo.reshape %217 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %219 = stablehlo.composite "mlxla.attention" %213, %216, %218, %214, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %220 = stablehlo.slice %191 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %221 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %222 = stablehlo.slice %209 [3:4, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %223 = stablehlo.reshape %222 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %224 = stablehlo.slice %212 [3:4, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %225 = stablehlo.reshape %224 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %226 = stablehlo.composite "mlxla.attention" %220, %223, %225, %221, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %227 = stablehlo.concatenate %219, %226, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %228 = stablehlo.reshape %227 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %229 = stablehlo.composite "mlxla.quantized_dot" %228, %arg86, %arg87, %arg88 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %230 = stablehlo.add %187, %229 : tensor<2x2048xf32>
    %231 = stablehlo.composite "mlxla.rms_norm" %230, %arg89 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %232 = stablehlo.composite "mlxla.quantized_dot" %231, %arg90, %arg91, %arg92 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %233 = stablehlo.logistic %232 : tensor<2x8192xf32>
    %234 = stablehlo.multiply %232, %233 : tensor<2x8192xf32>
    %235 = stablehlo.composite "mlxla.quantized_dot" %231, %arg93, %arg94, %arg95 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %236 = stablehlo.multiply %234, %235 : tensor<2x8192xf32>
    %237 = stablehlo.composite "mlxla.quantized_dot" %236, %arg96, %arg97, %arg98 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %238 = stablehlo.add %230, %237 : tensor<2x2048xf32>
    %239 = stablehlo.composite "mlxla.rms_norm" %238, %arg99 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %240 = stablehlo.composite "mlxla.quantized_dot" %239, %arg100, %arg101, %arg102 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %241 = stablehlo.reshape %240 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %242 = stablehlo.composite "mlxla.rope" %241, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %243 = stablehlo.composite "mlxla.quantized_dot" %239, %arg103, %arg104, %arg105 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %244 = stablehlo.reshape %243 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %245 = stablehlo.composite "mlxla.rope" %244, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %246 = stablehlo.composite "mlxla.quantized_dot" %239, %arg106, %arg107, %arg108 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %247 = stablehlo.reshape %246 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %248 = stablehlo.constant dense<4> : tensor<i32>
    %249 = stablehlo.constant dense<0> : tensor<i32>
    %250 = stablehlo.constant dense<0> : tensor<i32>
    %251 = stablehlo.slice %245 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %252 = stablehlo.reshape %251 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %253 = stablehlo.dynamic_update_slice %209, %252, %248, %250, %1, %249, %249 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %254 = stablehlo.slice %247 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %255 = stablehlo.reshape %254 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %256 = stablehlo.dynamic_update_slice %212, %255, %248, %250, %1, %249, %249 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %257 = stablehlo.constant dense<1> : tensor<i32>
    %258 = stablehlo.slice %245 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %259 = stablehlo.reshape %258 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %260 = stablehlo.dynamic_update_slice %253, %259, %248, %257, %5, %249, %249 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %261 = stablehlo.slice %247 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %262 = stablehlo.reshape %261 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %263 = stablehlo.dynamic_update_slice %256, %262, %248, %257, %5, %249, %249 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %264 = stablehlo.slice %242 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %265 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %266 = stablehlo.slice %260 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %267 = stablehlo.reshape %266 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %268 = stablehlo.slice %263 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %269 = stablehlo.reshape %268 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %270 = stablehlo.composite "mlxla.attention" %264, %267, %269, %265, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %271 = stablehlo.slice %242 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %272 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %273 = stablehlo.slice %260 [4:5, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %274 = stablehlo.reshape %273 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %275 = stablehlo.slice %263 [4:5, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %276 = stablehlo.reshape %275 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %277 = stablehlo.composite "mlxla.attention" %271, %274, %276, %272, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %278 = stablehlo.concatenate %270, %277, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %279 = stablehlo.reshape %278 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %280 = stablehlo.composite "mlxla.quantized_dot" %279, %arg109, %arg110, %arg111 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %281 = stablehlo.add %238, %280 : tensor<2x2048xf32>
    %282 = stablehlo.composite "mlxla.rms_norm" %281, %arg112 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %283 = stablehlo.composite "mlxla.quantized_dot" %282, %arg113, %arg114, %arg115 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %284 = stablehlo.logistic %283 : tensor<2x8192xf32>
    %285 = stablehlo.multiply %283, %284 : tensor<2x8192xf32>
    %286 = stablehlo.composite "mlxla.quantized_dot" %282, %arg116, %arg117, %arg118 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %287 = stablehlo.multiply %285, %286 : tensor<2x8192xf32>
    %288 = stablehlo.composite "mlxla.quantized_dot" %287, %arg119, %arg120, %arg121 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %289 = stablehlo.add %281, %288 : tensor<2x2048xf32>
    %290 = stablehlo.composite "mlxla.rms_norm" %289, %arg122 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %291 = stablehlo.composite "mlxla.quantized_dot" %290, %arg123, %arg124, %arg125 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %292 = stablehlo.reshape %291 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %293 = stablehlo.composite "mlxla.rope" %292, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %294 = stablehlo.composite "mlxla.quantized_dot" %290, %arg126, %arg127, %arg128 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %295 = stablehlo.reshape %294 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %296 = stablehlo.composite "mlxla.rope" %295, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %297 = stablehlo.composite "mlxla.quantized_dot" %290, %arg129, %arg130, %arg131 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %298 = stablehlo.reshape %297 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %299 = stablehlo.constant dense<5> : tensor<i32>
    %300 = stablehlo.constant dense<0> : tensor<i32>
    %301 = stablehlo.constant dense<0> : tensor<i32>
    %302 = stablehlo.slice %296 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %303 = stablehlo.reshape %302 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %304 = stablehlo.dynamic_update_slice %260, %303, %299, %301, %1, %300, %300 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %305 = stablehlo.slice %298 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %306 = stablehlo.reshape %305 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %307 = stablehlo.dynamic_update_slice %263, %306, %299, %301, %1, %300, %300 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %308 = stablehlo.constant dense<1> : tensor<i32>
    %309 = stablehlo.slice %296 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %310 = stablehlo.reshape %309 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %311 = stablehlo.dynamic_update_slice %304, %310, %299, %308, %5, %300, %300 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %312 = stablehlo.slice %298 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %313 = stablehlo.reshape %312 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %314 = stablehlo.dynamic_update_slice %307, %313, %299, %308, %5, %300, %300 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %315 = stablehlo.slice %293 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %316 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %317 = stablehlo.slice %311 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %318 = stablehlo.reshape %317 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %319 = stablehlo.slice %314 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %320 = stablehlo.reshape %319 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %321 = stablehlo.composite "mlxla.attention" %315, %318, %320, %316, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %322 = stablehlo.slice %293 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %323 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %324 = stablehlo.slice %311 [5:6, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %325 = stablehlo.reshape %324 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %326 = stablehlo.slice %314 [5:6, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %327 = stablehlo.reshape %326 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %328 = stablehlo.composite "mlxla.attention" %322, %325, %327, %323, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %329 = stablehlo.concatenate %321, %328, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %330 = stablehlo.reshape %329 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %331 = stablehlo.composite "mlxla.quantized_dot" %330, %arg132, %arg133, %arg134 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %332 = stablehlo.add %289, %331 : tensor<2x2048xf32>
    %333 = stablehlo.composite "mlxla.rms_norm" %332, %arg135 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %334 = stablehlo.composite "mlxla.quantized_dot" %333, %arg136, %arg137, %arg138 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %335 = stablehlo.logistic %334 : tensor<2x8192xf32>
    %336 = stablehlo.multiply %334, %335 : tensor<2x8192xf32>
    %337 = stablehlo.composite "mlxla.quantized_dot" %333, %arg139, %arg140, %arg141 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %338 = stablehlo.multiply %336, %337 : tensor<2x8192xf32>
    %339 = stablehlo.composite "mlxla.quantized_dot" %338, %arg142, %arg143, %arg144 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %340 = stablehlo.add %332, %339 : tensor<2x2048xf32>
    %341 = stablehlo.composite "mlxla.rms_norm" %340, %arg145 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %342 = stablehlo.composite "mlxla.quantized_dot" %341, %arg146, %arg147, %arg148 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %343 = stablehlo.reshape %342 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %344 = stablehlo.composite "mlxla.rope" %343, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %345 = stablehlo.composite "mlxla.quantized_dot" %341, %arg149, %arg150, %arg151 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %346 = stablehlo.reshape %345 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %347 = stablehlo.composite "mlxla.rope" %346, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %348 = stablehlo.composite "mlxla.quantized_dot" %341, %arg152, %arg153, %arg154 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %349 = stablehlo.reshape %348 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %350 = stablehlo.constant dense<6> : tensor<i32>
    %351 = stablehlo.constant dense<0> : tensor<i32>
    %352 = stablehlo.constant dense<0> : tensor<i32>
    %353 = stablehlo.slice %347 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %354 = stablehlo.reshape %353 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %355 = stablehlo.dynamic_update_slice %311, %354, %350, %352, %1, %351, %351 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %356 = stablehlo.slice %349 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %357 = stablehlo.reshape %356 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %358 = stablehlo.dynamic_update_slice %314, %357, %350, %352, %1, %351, %351 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %359 = stablehlo.constant dense<1> : tensor<i32>
    %360 = stablehlo.slice %347 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %361 = stablehlo.reshape %360 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %362 = stablehlo.dynamic_update_slice %355, %361, %350, %359, %5, %351, %351 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %363 = stablehlo.slice %349 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %364 = stablehlo.reshape %363 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %365 = stablehlo.dynamic_update_slice %358, %364, %350, %359, %5, %351, %351 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %366 = stablehlo.slice %344 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %367 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %368 = stablehlo.slice %362 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %369 = stablehlo.reshape %368 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %370 = stablehlo.slice %365 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %371 = stablehlo.reshape %370 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %372 = stablehlo.composite "mlxla.attention" %366, %369, %371, %367, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %373 = stablehlo.slice %344 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %374 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %375 = stablehlo.slice %362 [6:7, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %376 = stablehlo.reshape %375 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %377 = stablehlo.slice %365 [6:7, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %378 = stablehlo.reshape %377 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %379 = stablehlo.composite "mlxla.attention" %373, %376, %378, %374, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %380 = stablehlo.concatenate %372, %379, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %381 = stablehlo.reshape %380 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %382 = stablehlo.composite "mlxla.quantized_dot" %381, %arg155, %arg156, %arg157 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %383 = stablehlo.add %340, %382 : tensor<2x2048xf32>
    %384 = stablehlo.composite "mlxla.rms_norm" %383, %arg158 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %385 = stablehlo.composite "mlxla.quantized_dot" %384, %arg159, %arg160, %arg161 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %386 = stablehlo.logistic %385 : tensor<2x8192xf32>
    %387 = stablehlo.multiply %385, %386 : tensor<2x8192xf32>
    %388 = stablehlo.composite "mlxla.quantized_dot" %384, %arg162, %arg163, %arg164 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %389 = stablehlo.multiply %387, %388 : tensor<2x8192xf32>
    %390 = stablehlo.composite "mlxla.quantized_dot" %389, %arg165, %arg166, %arg167 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %391 = stablehlo.add %383, %390 : tensor<2x2048xf32>
    %392 = stablehlo.composite "mlxla.rms_norm" %391, %arg168 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %393 = stablehlo.composite "mlxla.quantized_dot" %392, %arg169, %arg170, %arg171 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %394 = stablehlo.reshape %393 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %395 = stablehlo.composite "mlxla.rope" %394, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %396 = stablehlo.composite "mlxla.quantized_dot" %392, %arg172, %arg173, %arg174 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %397 = stablehlo.reshape %396 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %398 = stablehlo.composite "mlxla.rope" %397, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %399 = stablehlo.composite "mlxla.quantized_dot" %392, %arg175, %arg176, %arg177 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %400 = stablehlo.reshape %399 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %401 = stablehlo.constant dense<7> : tensor<i32>
    %402 = stablehlo.constant dense<0> : tensor<i32>
    %403 = stablehlo.constant dense<0> : tensor<i32>
    %404 = stablehlo.slice %398 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %405 = stablehlo.reshape %404 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %406 = stablehlo.dynamic_update_slice %362, %405, %401, %403, %1, %402, %402 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %407 = stablehlo.slice %400 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %408 = stablehlo.reshape %407 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %409 = stablehlo.dynamic_update_slice %365, %408, %401, %403, %1, %402, %402 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %410 = stablehlo.constant dense<1> : tensor<i32>
    %411 = stablehlo.slice %398 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %412 = stablehlo.reshape %411 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %413 = stablehlo.dynamic_update_slice %406, %412, %401, %410, %5, %402, %402 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %414 = stablehlo.slice %400 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %415 = stablehlo.reshape %414 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %416 = stablehlo.dynamic_update_slice %409, %415, %401, %410, %5, %402, %402 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %417 = stablehlo.slice %395 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %418 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %419 = stablehlo.slice %413 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %420 = stablehlo.reshape %419 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %421 = stablehlo.slice %416 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %422 = stablehlo.reshape %421 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %423 = stablehlo.composite "mlxla.attention" %417, %420, %422, %418, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %424 = stablehlo.slice %395 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %425 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %426 = stablehlo.slice %413 [7:8, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %427 = stablehlo.reshape %426 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %428 = stablehlo.slice %416 [7:8, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %429 = stablehlo.reshape %428 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %430 = stablehlo.composite "mlxla.attention" %424, %427, %429, %425, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %431 = stablehlo.concatenate %423, %430, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %432 = stablehlo.reshape %431 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %433 = stablehlo.composite "mlxla.quantized_dot" %432, %arg178, %arg179, %arg180 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %434 = stablehlo.add %391, %433 : tensor<2x2048xf32>
    %435 = stablehlo.composite "mlxla.rms_norm" %434, %arg181 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %436 = stablehlo.composite "mlxla.quantized_dot" %435, %arg182, %arg183, %arg184 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %437 = stablehlo.logistic %436 : tensor<2x8192xf32>
    %438 = stablehlo.multiply %436, %437 : tensor<2x8192xf32>
    %439 = stablehlo.composite "mlxla.quantized_dot" %435, %arg185, %arg186, %arg187 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %440 = stablehlo.multiply %438, %439 : tensor<2x8192xf32>
    %441 = stablehlo.composite "mlxla.quantized_dot" %440, %arg188, %arg189, %arg190 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %442 = stablehlo.add %434, %441 : tensor<2x2048xf32>
    %443 = stablehlo.composite "mlxla.rms_norm" %442, %arg191 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %444 = stablehlo.composite "mlxla.quantized_dot" %443, %arg192, %arg193, %arg194 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %445 = stablehlo.reshape %444 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %446 = stablehlo.composite "mlxla.rope" %445, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %447 = stablehlo.composite "mlxla.quantized_dot" %443, %arg195, %arg196, %arg197 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %448 = stablehlo.reshape %447 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %449 = stablehlo.composite "mlxla.rope" %448, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %450 = stablehlo.composite "mlxla.quantized_dot" %443, %arg198, %arg199, %arg200 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %451 = stablehlo.reshape %450 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %452 = stablehlo.constant dense<8> : tensor<i32>
    %453 = stablehlo.constant dense<0> : tensor<i32>
    %454 = stablehlo.constant dense<0> : tensor<i32>
    %455 = stablehlo.slice %449 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %456 = stablehlo.reshape %455 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %457 = stablehlo.dynamic_update_slice %413, %456, %452, %454, %1, %453, %453 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %458 = stablehlo.slice %451 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %459 = stablehlo.reshape %458 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %460 = stablehlo.dynamic_update_slice %416, %459, %452, %454, %1, %453, %453 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %461 = stablehlo.constant dense<1> : tensor<i32>
    %462 = stablehlo.slice %449 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %463 = stablehlo.reshape %462 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %464 = stablehlo.dynamic_update_slice %457, %463, %452, %461, %5, %453, %453 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %465 = stablehlo.slice %451 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %466 = stablehlo.reshape %465 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %467 = stablehlo.dynamic_update_slice %460, %466, %452, %461, %5, %453, %453 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %468 = stablehlo.slice %446 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %469 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %470 = stablehlo.slice %464 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %471 = stablehlo.reshape %470 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %472 = stablehlo.slice %467 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %473 = stablehlo.reshape %472 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %474 = stablehlo.composite "mlxla.attention" %468, %471, %473, %469, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %475 = stablehlo.slice %446 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %476 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %477 = stablehlo.slice %464 [8:9, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %478 = stablehlo.reshape %477 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %479 = stablehlo.slice %467 [8:9, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %480 = stablehlo.reshape %479 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %481 = stablehlo.composite "mlxla.attention" %475, %478, %480, %476, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %482 = stablehlo.concatenate %474, %481, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %483 = stablehlo.reshape %482 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %484 = stablehlo.composite "mlxla.quantized_dot" %483, %arg201, %arg202, %arg203 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %485 = stablehlo.add %442, %484 : tensor<2x2048xf32>
    %486 = stablehlo.composite "mlxla.rms_norm" %485, %arg204 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %487 = stablehlo.composite "mlxla.quantized_dot" %486, %arg205, %arg206, %arg207 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %488 = stablehlo.logistic %487 : tensor<2x8192xf32>
    %489 = stablehlo.multiply %487, %488 : tensor<2x8192xf32>
    %490 = stablehlo.composite "mlxla.quantized_dot" %486, %arg208, %arg209, %arg210 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %491 = stablehlo.multiply %489, %490 : tensor<2x8192xf32>
    %492 = stablehlo.composite "mlxla.quantized_dot" %491, %arg211, %arg212, %arg213 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %493 = stablehlo.add %485, %492 : tensor<2x2048xf32>
    %494 = stablehlo.composite "mlxla.rms_norm" %493, %arg214 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %495 = stablehlo.composite "mlxla.quantized_dot" %494, %arg215, %arg216, %arg217 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %496 = stablehlo.reshape %495 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %497 = stablehlo.composite "mlxla.rope" %496, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %498 = stablehlo.composite "mlxla.quantized_dot" %494, %arg218, %arg219, %arg220 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %499 = stablehlo.reshape %498 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %500 = stablehlo.composite "mlxla.rope" %499, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %501 = stablehlo.composite "mlxla.quantized_dot" %494, %arg221, %arg222, %arg223 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %502 = stablehlo.reshape %501 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %503 = stablehlo.constant dense<9> : tensor<i32>
    %504 = stablehlo.constant dense<0> : tensor<i32>
    %505 = stablehlo.constant dense<0> : tensor<i32>
    %506 = stablehlo.slice %500 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %507 = stablehlo.reshape %506 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %508 = stablehlo.dynamic_update_slice %464, %507, %503, %505, %1, %504, %504 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %509 = stablehlo.slice %502 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %510 = stablehlo.reshape %509 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %511 = stablehlo.dynamic_update_slice %467, %510, %503, %505, %1, %504, %504 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %512 = stablehlo.constant dense<1> : tensor<i32>
    %513 = stablehlo.slice %500 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %514 = stablehlo.reshape %513 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %515 = stablehlo.dynamic_update_slice %508, %514, %503, %512, %5, %504, %504 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %516 = stablehlo.slice %502 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %517 = stablehlo.reshape %516 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %518 = stablehlo.dynamic_update_slice %511, %517, %503, %512, %5, %504, %504 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %519 = stablehlo.slice %497 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %520 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %521 = stablehlo.slice %515 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %522 = stablehlo.reshape %521 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %523 = stablehlo.slice %518 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %524 = stablehlo.reshape %523 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %525 = stablehlo.composite "mlxla.attention" %519, %522, %524, %520, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %526 = stablehlo.slice %497 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %527 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %528 = stablehlo.slice %515 [9:10, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %529 = stablehlo.reshape %528 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %530 = stablehlo.slice %518 [9:10, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %531 = stablehlo.reshape %530 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %532 = stablehlo.composite "mlxla.attention" %526, %529, %531, %527, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %533 = stablehlo.concatenate %525, %532, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %534 = stablehlo.reshape %533 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %535 = stablehlo.composite "mlxla.quantized_dot" %534, %arg224, %arg225, %arg226 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %536 = stablehlo.add %493, %535 : tensor<2x2048xf32>
    %537 = stablehlo.composite "mlxla.rms_norm" %536, %arg227 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %538 = stablehlo.composite "mlxla.quantized_dot" %537, %arg228, %arg229, %arg230 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %539 = stablehlo.logistic %538 : tensor<2x8192xf32>
    %540 = stablehlo.multiply %538, %539 : tensor<2x8192xf32>
    %541 = stablehlo.composite "mlxla.quantized_dot" %537, %arg231, %arg232, %arg233 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %542 = stablehlo.multiply %540, %541 : tensor<2x8192xf32>
    %543 = stablehlo.composite "mlxla.quantized_dot" %542, %arg234, %arg235, %arg236 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %544 = stablehlo.add %536, %543 : tensor<2x2048xf32>
    %545 = stablehlo.composite "mlxla.rms_norm" %544, %arg237 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %546 = stablehlo.composite "mlxla.quantized_dot" %545, %arg238, %arg239, %arg240 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %547 = stablehlo.reshape %546 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %548 = stablehlo.composite "mlxla.rope" %547, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %549 = stablehlo.composite "mlxla.quantized_dot" %545, %arg241, %arg242, %arg243 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %550 = stablehlo.reshape %549 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %551 = stablehlo.composite "mlxla.rope" %550, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %552 = stablehlo.composite "mlxla.quantized_dot" %545, %arg244, %arg245, %arg246 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %553 = stablehlo.reshape %552 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %554 = stablehlo.constant dense<10> : tensor<i32>
    %555 = stablehlo.constant dense<0> : tensor<i32>
    %556 = stablehlo.constant dense<0> : tensor<i32>
    %557 = stablehlo.slice %551 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %558 = stablehlo.reshape %557 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %559 = stablehlo.dynamic_update_slice %515, %558, %554, %556, %1, %555, %555 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %560 = stablehlo.slice %553 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %561 = stablehlo.reshape %560 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %562 = stablehlo.dynamic_update_slice %518, %561, %554, %556, %1, %555, %555 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %563 = stablehlo.constant dense<1> : tensor<i32>
    %564 = stablehlo.slice %551 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %565 = stablehlo.reshape %564 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %566 = stablehlo.dynamic_update_slice %559, %565, %554, %563, %5, %555, %555 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %567 = stablehlo.slice %553 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %568 = stablehlo.reshape %567 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %569 = stablehlo.dynamic_update_slice %562, %568, %554, %563, %5, %555, %555 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %570 = stablehlo.slice %548 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %571 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %572 = stablehlo.slice %566 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %573 = stablehlo.reshape %572 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %574 = stablehlo.slice %569 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %575 = stablehlo.reshape %574 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %576 = stablehlo.composite "mlxla.attention" %570, %573, %575, %571, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %577 = stablehlo.slice %548 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %578 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %579 = stablehlo.slice %566 [10:11, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %580 = stablehlo.reshape %579 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %581 = stablehlo.slice %569 [10:11, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %582 = stablehlo.reshape %581 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %583 = stablehlo.composite "mlxla.attention" %577, %580, %582, %578, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %584 = stablehlo.concatenate %576, %583, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %585 = stablehlo.reshape %584 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %586 = stablehlo.composite "mlxla.quantized_dot" %585, %arg247, %arg248, %arg249 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %587 = stablehlo.add %544, %586 : tensor<2x2048xf32>
    %588 = stablehlo.composite "mlxla.rms_norm" %587, %arg250 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %589 = stablehlo.composite "mlxla.quantized_dot" %588, %arg251, %arg252, %arg253 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %590 = stablehlo.logistic %589 : tensor<2x8192xf32>
    %591 = stablehlo.multiply %589, %590 : tensor<2x8192xf32>
    %592 = stablehlo.composite "mlxla.quantized_dot" %588, %arg254, %arg255, %arg256 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %593 = stablehlo.multiply %591, %592 : tensor<2x8192xf32>
    %594 = stablehlo.composite "mlxla.quantized_dot" %593, %arg257, %arg258, %arg259 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %595 = stablehlo.add %587, %594 : tensor<2x2048xf32>
    %596 = stablehlo.composite "mlxla.rms_norm" %595, %arg260 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %597 = stablehlo.composite "mlxla.quantized_dot" %596, %arg261, %arg262, %arg263 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %598 = stablehlo.reshape %597 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %599 = stablehlo.composite "mlxla.rope" %598, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %600 = stablehlo.composite "mlxla.quantized_dot" %596, %arg264, %arg265, %arg266 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %601 = stablehlo.reshape %600 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %602 = stablehlo.composite "mlxla.rope" %601, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %603 = stablehlo.composite "mlxla.quantized_dot" %596, %arg267, %arg268, %arg269 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %604 = stablehlo.reshape %603 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %605 = stablehlo.constant dense<11> : tensor<i32>
    %606 = stablehlo.constant dense<0> : tensor<i32>
    %607 = stablehlo.constant dense<0> : tensor<i32>
    %608 = stablehlo.slice %602 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %609 = stablehlo.reshape %608 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %610 = stablehlo.dynamic_update_slice %566, %609, %605, %607, %1, %606, %606 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %611 = stablehlo.slice %604 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %612 = stablehlo.reshape %611 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %613 = stablehlo.dynamic_update_slice %569, %612, %605, %607, %1, %606, %606 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %614 = stablehlo.constant dense<1> : tensor<i32>
    %615 = stablehlo.slice %602 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %616 = stablehlo.reshape %615 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %617 = stablehlo.dynamic_update_slice %610, %616, %605, %614, %5, %606, %606 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %618 = stablehlo.slice %604 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %619 = stablehlo.reshape %618 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %620 = stablehlo.dynamic_update_slice %613, %619, %605, %614, %5, %606, %606 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %621 = stablehlo.slice %599 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %622 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %623 = stablehlo.slice %617 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %624 = stablehlo.reshape %623 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %625 = stablehlo.slice %620 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %626 = stablehlo.reshape %625 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %627 = stablehlo.composite "mlxla.attention" %621, %624, %626, %622, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %628 = stablehlo.slice %599 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %629 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %630 = stablehlo.slice %617 [11:12, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %631 = stablehlo.reshape %630 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %632 = stablehlo.slice %620 [11:12, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %633 = stablehlo.reshape %632 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %634 = stablehlo.composite "mlxla.attention" %628, %631, %633, %629, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %635 = stablehlo.concatenate %627, %634, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %636 = stablehlo.reshape %635 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %637 = stablehlo.composite "mlxla.quantized_dot" %636, %arg270, %arg271, %arg272 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %638 = stablehlo.add %595, %637 : tensor<2x2048xf32>
    %639 = stablehlo.composite "mlxla.rms_norm" %638, %arg273 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %640 = stablehlo.composite "mlxla.quantized_dot" %639, %arg274, %arg275, %arg276 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %641 = stablehlo.logistic %640 : tensor<2x8192xf32>
    %642 = stablehlo.multiply %640, %641 : tensor<2x8192xf32>
    %643 = stablehlo.composite "mlxla.quantized_dot" %639, %arg277, %arg278, %arg279 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %644 = stablehlo.multiply %642, %643 : tensor<2x8192xf32>
    %645 = stablehlo.composite "mlxla.quantized_dot" %644, %arg280, %arg281, %arg282 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %646 = stablehlo.add %638, %645 : tensor<2x2048xf32>
    %647 = stablehlo.composite "mlxla.rms_norm" %646, %arg283 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %648 = stablehlo.composite "mlxla.quantized_dot" %647, %arg284, %arg285, %arg286 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %649 = stablehlo.reshape %648 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %650 = stablehlo.composite "mlxla.rope" %649, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %651 = stablehlo.composite "mlxla.quantized_dot" %647, %arg287, %arg288, %arg289 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %652 = stablehlo.reshape %651 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %653 = stablehlo.composite "mlxla.rope" %652, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %654 = stablehlo.composite "mlxla.quantized_dot" %647, %arg290, %arg291, %arg292 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %655 = stablehlo.reshape %654 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %656 = stablehlo.constant dense<12> : tensor<i32>
    %657 = stablehlo.constant dense<0> : tensor<i32>
    %658 = stablehlo.constant dense<0> : tensor<i32>
    %659 = stablehlo.slice %653 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %660 = stablehlo.reshape %659 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %661 = stablehlo.dynamic_update_slice %617, %660, %656, %658, %1, %657, %657 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %662 = stablehlo.slice %655 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %663 = stablehlo.reshape %662 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %664 = stablehlo.dynamic_update_slice %620, %663, %656, %658, %1, %657, %657 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %665 = stablehlo.constant dense<1> : tensor<i32>
    %666 = stablehlo.slice %653 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %667 = stablehlo.reshape %666 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %668 = stablehlo.dynamic_update_slice %661, %667, %656, %665, %5, %657, %657 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %669 = stablehlo.slice %655 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %670 = stablehlo.reshape %669 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %671 = stablehlo.dynamic_update_slice %664, %670, %656, %665, %5, %657, %657 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %672 = stablehlo.slice %650 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %673 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %674 = stablehlo.slice %668 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %675 = stablehlo.reshape %674 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %676 = stablehlo.slice %671 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %677 = stablehlo.reshape %676 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %678 = stablehlo.composite "mlxla.attention" %672, %675, %677, %673, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %679 = stablehlo.slice %650 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %680 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %681 = stablehlo.slice %668 [12:13, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %682 = stablehlo.reshape %681 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %683 = stablehlo.slice %671 [12:13, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %684 = stablehlo.reshape %683 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %685 = stablehlo.composite "mlxla.attention" %679, %682, %684, %680, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %686 = stablehlo.concatenate %678, %685, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %687 = stablehlo.reshape %686 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %688 = stablehlo.composite "mlxla.quantized_dot" %687, %arg293, %arg294, %arg295 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %689 = stablehlo.add %646, %688 : tensor<2x2048xf32>
    %690 = stablehlo.composite "mlxla.rms_norm" %689, %arg296 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %691 = stablehlo.composite "mlxla.quantized_dot" %690, %arg297, %arg298, %arg299 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %692 = stablehlo.logistic %691 : tensor<2x8192xf32>
    %693 = stablehlo.multiply %691, %692 : tensor<2x8192xf32>
    %694 = stablehlo.composite "mlxla.quantized_dot" %690, %arg300, %arg301, %arg302 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %695 = stablehlo.multiply %693, %694 : tensor<2x8192xf32>
    %696 = stablehlo.composite "mlxla.quantized_dot" %695, %arg303, %arg304, %arg305 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %697 = stablehlo.add %689, %696 : tensor<2x2048xf32>
    %698 = stablehlo.composite "mlxla.rms_norm" %697, %arg306 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %699 = stablehlo.composite "mlxla.quantized_dot" %698, %arg307, %arg308, %arg309 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %700 = stablehlo.reshape %699 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %701 = stablehlo.composite "mlxla.rope" %700, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %702 = stablehlo.composite "mlxla.quantized_dot" %698, %arg310, %arg311, %arg312 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %703 = stablehlo.reshape %702 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %704 = stablehlo.composite "mlxla.rope" %703, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %705 = stablehlo.composite "mlxla.quantized_dot" %698, %arg313, %arg314, %arg315 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %706 = stablehlo.reshape %705 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %707 = stablehlo.constant dense<13> : tensor<i32>
    %708 = stablehlo.constant dense<0> : tensor<i32>
    %709 = stablehlo.constant dense<0> : tensor<i32>
    %710 = stablehlo.slice %704 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %711 = stablehlo.reshape %710 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %712 = stablehlo.dynamic_update_slice %668, %711, %707, %709, %1, %708, %708 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %713 = stablehlo.slice %706 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %714 = stablehlo.reshape %713 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %715 = stablehlo.dynamic_update_slice %671, %714, %707, %709, %1, %708, %708 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %716 = stablehlo.constant dense<1> : tensor<i32>
    %717 = stablehlo.slice %704 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %718 = stablehlo.reshape %717 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %719 = stablehlo.dynamic_update_slice %712, %718, %707, %716, %5, %708, %708 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %720 = stablehlo.slice %706 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %721 = stablehlo.reshape %720 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %722 = stablehlo.dynamic_update_slice %715, %721, %707, %716, %5, %708, %708 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %723 = stablehlo.slice %701 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %724 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %725 = stablehlo.slice %719 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %726 = stablehlo.reshape %725 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %727 = stablehlo.slice %722 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %728 = stablehlo.reshape %727 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %729 = stablehlo.composite "mlxla.attention" %723, %726, %728, %724, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %730 = stablehlo.slice %701 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %731 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %732 = stablehlo.slice %719 [13:14, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %733 = stablehlo.reshape %732 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %734 = stablehlo.slice %722 [13:14, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %735 = stablehlo.reshape %734 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %736 = stablehlo.composite "mlxla.attention" %730, %733, %735, %731, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %737 = stablehlo.concatenate %729, %736, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %738 = stablehlo.reshape %737 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %739 = stablehlo.composite "mlxla.quantized_dot" %738, %arg316, %arg317, %arg318 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %740 = stablehlo.add %697, %739 : tensor<2x2048xf32>
    %741 = stablehlo.composite "mlxla.rms_norm" %740, %arg319 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %742 = stablehlo.composite "mlxla.quantized_dot" %741, %arg320, %arg321, %arg322 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %743 = stablehlo.logistic %742 : tensor<2x8192xf32>
    %744 = stablehlo.multiply %742, %743 : tensor<2x8192xf32>
    %745 = stablehlo.composite "mlxla.quantized_dot" %741, %arg323, %arg324, %arg325 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %746 = stablehlo.multiply %744, %745 : tensor<2x8192xf32>
    %747 = stablehlo.composite "mlxla.quantized_dot" %746, %arg326, %arg327, %arg328 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %748 = stablehlo.add %740, %747 : tensor<2x2048xf32>
    %749 = stablehlo.composite "mlxla.rms_norm" %748, %arg329 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %750 = stablehlo.composite "mlxla.quantized_dot" %749, %arg330, %arg331, %arg332 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %751 = stablehlo.reshape %750 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %752 = stablehlo.composite "mlxla.rope" %751, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %753 = stablehlo.composite "mlxla.quantized_dot" %749, %arg333, %arg334, %arg335 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %754 = stablehlo.reshape %753 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %755 = stablehlo.composite "mlxla.rope" %754, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %756 = stablehlo.composite "mlxla.quantized_dot" %749, %arg336, %arg337, %arg338 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %757 = stablehlo.reshape %756 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %758 = stablehlo.constant dense<14> : tensor<i32>
    %759 = stablehlo.constant dense<0> : tensor<i32>
    %760 = stablehlo.constant dense<0> : tensor<i32>
    %761 = stablehlo.slice %755 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %762 = stablehlo.reshape %761 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %763 = stablehlo.dynamic_update_slice %719, %762, %758, %760, %1, %759, %759 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %764 = stablehlo.slice %757 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %765 = stablehlo.reshape %764 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %766 = stablehlo.dynamic_update_slice %722, %765, %758, %760, %1, %759, %759 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %767 = stablehlo.constant dense<1> : tensor<i32>
    %768 = stablehlo.slice %755 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %769 = stablehlo.reshape %768 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %770 = stablehlo.dynamic_update_slice %763, %769, %758, %767, %5, %759, %759 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %771 = stablehlo.slice %757 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %772 = stablehlo.reshape %771 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %773 = stablehlo.dynamic_update_slice %766, %772, %758, %767, %5, %759, %759 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %774 = stablehlo.slice %752 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %775 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %776 = stablehlo.slice %770 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %777 = stablehlo.reshape %776 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %778 = stablehlo.slice %773 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %779 = stablehlo.reshape %778 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %780 = stablehlo.composite "mlxla.attention" %774, %777, %779, %775, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %781 = stablehlo.slice %752 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %782 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %783 = stablehlo.slice %770 [14:15, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %784 = stablehlo.reshape %783 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %785 = stablehlo.slice %773 [14:15, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %786 = stablehlo.reshape %785 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %787 = stablehlo.composite "mlxla.attention" %781, %784, %786, %782, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %788 = stablehlo.concatenate %780, %787, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %789 = stablehlo.reshape %788 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %790 = stablehlo.composite "mlxla.quantized_dot" %789, %arg339, %arg340, %arg341 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %791 = stablehlo.add %748, %790 : tensor<2x2048xf32>
    %792 = stablehlo.composite "mlxla.rms_norm" %791, %arg342 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %793 = stablehlo.composite "mlxla.quantized_dot" %792, %arg343, %arg344, %arg345 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %794 = stablehlo.logistic %793 : tensor<2x8192xf32>
    %795 = stablehlo.multiply %793, %794 : tensor<2x8192xf32>
    %796 = stablehlo.composite "mlxla.quantized_dot" %792, %arg346, %arg347, %arg348 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %797 = stablehlo.multiply %795, %796 : tensor<2x8192xf32>
    %798 = stablehlo.composite "mlxla.quantized_dot" %797, %arg349, %arg350, %arg351 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %799 = stablehlo.add %791, %798 : tensor<2x2048xf32>
    %800 = stablehlo.composite "mlxla.rms_norm" %799, %arg352 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %801 = stablehlo.composite "mlxla.quantized_dot" %800, %arg353, %arg354, %arg355 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %802 = stablehlo.reshape %801 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %803 = stablehlo.composite "mlxla.rope" %802, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %804 = stablehlo.composite "mlxla.quantized_dot" %800, %arg356, %arg357, %arg358 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %805 = stablehlo.reshape %804 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %806 = stablehlo.composite "mlxla.rope" %805, %arg1 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %807 = stablehlo.composite "mlxla.quantized_dot" %800, %arg359, %arg360, %arg361 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %808 = stablehlo.reshape %807 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %809 = stablehlo.constant dense<15> : tensor<i32>
    %810 = stablehlo.constant dense<0> : tensor<i32>
    %811 = stablehlo.constant dense<0> : tensor<i32>
    %812 = stablehlo.slice %806 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %813 = stablehlo.reshape %812 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %814 = stablehlo.dynamic_update_slice %770, %813, %809, %811, %1, %810, %810 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %815 = stablehlo.slice %808 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %816 = stablehlo.reshape %815 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %817 = stablehlo.dynamic_update_slice %773, %816, %809, %811, %1, %810, %810 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %818 = stablehlo.constant dense<1> : tensor<i32>
    %819 = stablehlo.slice %806 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %820 = stablehlo.reshape %819 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %821 = stablehlo.dynamic_update_slice %814, %820, %809, %818, %5, %810, %810 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %822 = stablehlo.slice %808 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %823 = stablehlo.reshape %822 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %824 = stablehlo.dynamic_update_slice %817, %823, %809, %818, %5, %810, %810 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %825 = stablehlo.slice %803 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %826 = stablehlo.slice %arg1 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %827 = stablehlo.slice %821 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %828 = stablehlo.reshape %827 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %829 = stablehlo.slice %824 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %830 = stablehlo.reshape %829 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %831 = stablehlo.composite "mlxla.attention" %825, %828, %830, %826, %3 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %832 = stablehlo.slice %803 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %833 = stablehlo.slice %arg1 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %834 = stablehlo.slice %821 [15:16, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %835 = stablehlo.reshape %834 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %836 = stablehlo.slice %824 [15:16, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %837 = stablehlo.reshape %836 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %838 = stablehlo.composite "mlxla.attention" %832, %835, %837, %833, %7 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %839 = stablehlo.concatenate %831, %838, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %840 = stablehlo.reshape %839 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %841 = stablehlo.composite "mlxla.quantized_dot" %840, %arg362, %arg363, %arg364 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %842 = stablehlo.add %799, %841 : tensor<2x2048xf32>
    %843 = stablehlo.composite "mlxla.rms_norm" %842, %arg365 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %844 = stablehlo.composite "mlxla.quantized_dot" %843, %arg366, %arg367, %arg368 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %845 = stablehlo.logistic %844 : tensor<2x8192xf32>
    %846 = stablehlo.multiply %844, %845 : tensor<2x8192xf32>
    %847 = stablehlo.composite "mlxla.quantized_dot" %843, %arg369, %arg370, %arg371 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %848 = stablehlo.multiply %846, %847 : tensor<2x8192xf32>
    %849 = stablehlo.composite "mlxla.quantized_dot" %848, %arg372, %arg373, %arg374 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %850 = stablehlo.add %842, %849 : tensor<2x2048xf32>
    %851 = stablehlo.composite "mlxla.rms_norm" %850, %arg375 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %852 = stablehlo.composite "mlxla.quantized_dot" %851, %arg4, %arg5, %arg6 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_128256x256xui32_128256x32xbf16_128256x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<128256x256xui32>, tensor<128256x32xbf16>, tensor<128256x32xbf16>) -> tensor<2x128256xf32>
    %853 = stablehlo.composite "mlxla.argmax" %852 {decomposition = @mlxla_argmax_2x128256xf32_cbf29ce484222325} : (tensor<2x128256xf32>) -> tensor<2xi32>
    return %853, %821, %824 : tensor<2xi32>, tensor<16x2x64x8x64xf32>, tensor<16x2x64x8x64xf32>
  }
  func.func private @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f(%arg0: tensor<2x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<2048xf32> {mlxla.name = "arg1"}) -> (tensor<2x2048xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<2x2048xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [1] : (tensor<2x2048xf32>, tensor<f32>) -> tensor<2xf32>
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
    %5 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>, tensor<2048x64x1xui32>) -> tensor<2048x64x32xui32>
    %6 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<32xui32>) -> tensor<2048x64x32xui32>
    %8 = stablehlo.shift_right_logical %5, %7 : tensor<2048x64x32xui32>
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
    %0 = stablehlo.convert %arg1 : (tensor<2xi32>) -> tensor<2xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<2xf32>) -> tensor<2x32xf32>
    %2 = stablehlo.constant dense<[1.0, 0.6636012, 0.4403666, 0.29222783, 0.19392274, 0.12868737, 0.0853971, 0.056669623, 0.03760603, 0.024955409, 0.01656044, 0.010989528, 0.0072926646, 0.0048394212, 0.003211446, 0.0012905479, 0.0004295568, 9.708288e-05, 1.9461639e-05, 1.29147675e-05, 8.570256e-06, 5.6872323e-06, 3.7740542e-06, 2.5044671e-06, 1.6619674e-06, 1.1028836e-06, 7.31875e-07, 4.856731e-07, 3.222933e-07, 2.1387423e-07, 1.419272e-07, 9.4183065e-08]> : tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<2x32xf32>
    %5 = stablehlo.cosine %4 : tensor<2x32xf32>
    %6 = stablehlo.sine %4 : tensor<2x32xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<2x32xf32>, tensor<2x32xf32>) -> tensor<2x64xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<2x32xf32>, tensor<2x32xf32>) -> tensor<2x64xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<2x64xf32>) -> tensor<2x32x64xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x64xf32>) -> tensor<2x32x64xf32>
    %11 = stablehlo.slice %arg0 [0:2, 0:32, 0:32] : (tensor<2x32x64xf32>) -> tensor<2x32x32xf32>
    %12 = stablehlo.slice %arg0 [0:2, 0:32, 32:64] : (tensor<2x32x64xf32>) -> tensor<2x32x32xf32>
    %13 = stablehlo.negate %12 : tensor<2x32x32xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<2x32x32xf32>, tensor<2x32x32xf32>) -> tensor<2x32x64xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<2x32x64xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<2x32x64xf32>
    %17 = stablehlo.add %15, %16 : tensor<2x32x64xf32>
    return %17 : tensor<2x32x64xf32>
  }
  func.func private @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508(%arg0: tensor<2x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<512x256xui32> {mlxla.name = "arg1"}, %arg2: tensor<512x32xbf16> {mlxla.name = "arg2"}, %arg3: tensor<512x32xbf16> {mlxla.name = "arg3"}) -> (tensor<2x512xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<512x256xui32>) -> tensor<512x64x4xui32>
    %1 = stablehlo.slice %0 [0:512, 0:64, 0:1] : (tensor<512x64x4xui32>) -> tensor<512x64x1xui32>
    %2 = stablehlo.slice %0 [0:512, 0:64, 1:2] : (tensor<512x64x4xui32>) -> tensor<512x64x1xui32>
    %3 = stablehlo.slice %0 [0:512, 0:64, 2:3] : (tensor<512x64x4xui32>) -> tensor<512x64x1xui32>
    %4 = stablehlo.slice %0 [0:512, 0:64, 3:4] : (tensor<512x64x4xui32>) -> tensor<512x64x1xui32>
    %5 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>, tensor<512x64x1xui32>) -> tensor<512x64x32xui32>
    %6 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<32xui32>) -> tensor<512x64x32xui32>
    %8 = stablehlo.shift_right_logical %5, %7 : tensor<512x64x32xui32>
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
    %0 = stablehlo.convert %arg1 : (tensor<2xi32>) -> tensor<2xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<2xf32>) -> tensor<2x32xf32>
    %2 = stablehlo.constant dense<[1.0, 0.6636012, 0.4403666, 0.29222783, 0.19392274, 0.12868737, 0.0853971, 0.056669623, 0.03760603, 0.024955409, 0.01656044, 0.010989528, 0.0072926646, 0.0048394212, 0.003211446, 0.0012905479, 0.0004295568, 9.708288e-05, 1.9461639e-05, 1.29147675e-05, 8.570256e-06, 5.6872323e-06, 3.7740542e-06, 2.5044671e-06, 1.6619674e-06, 1.1028836e-06, 7.31875e-07, 4.856731e-07, 3.222933e-07, 2.1387423e-07, 1.419272e-07, 9.4183065e-08]> : tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<2x32xf32>
    %5 = stablehlo.cosine %4 : tensor<2x32xf32>
    %6 = stablehlo.sine %4 : tensor<2x32xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<2x32xf32>, tensor<2x32xf32>) -> tensor<2x64xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<2x32xf32>, tensor<2x32xf32>) -> tensor<2x64xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<2x64xf32>) -> tensor<2x8x64xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x64xf32>) -> tensor<2x8x64xf32>
    %11 = stablehlo.slice %arg0 [0:2, 0:8, 0:32] : (tensor<2x8x64xf32>) -> tensor<2x8x32xf32>
    %12 = stablehlo.slice %arg0 [0:2, 0:8, 32:64] : (tensor<2x8x64xf32>) -> tensor<2x8x32xf32>
    %13 = stablehlo.negate %12 : tensor<2x8x32xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<2x8x32xf32>, tensor<2x8x32xf32>) -> tensor<2x8x64xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<2x8x64xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<2x8x64xf32>
    %17 = stablehlo.add %15, %16 : tensor<2x8x64xf32>
    return %17 : tensor<2x8x64xf32>
  }
  func.func private @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a(%arg0: tensor<1x32x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x8x64xf32> {mlxla.name = "arg1"}, %arg2: tensor<64x8x64xf32> {mlxla.name = "arg2"}, %arg3: tensor<1xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<1x32x64xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %1 = stablehlo.dot_general %0, %arg1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<1x8x4x64xf32>, tensor<64x8x64xf32>) -> tensor<8x1x4x64xf32>
    %2 = stablehlo.constant dense<0.125> : tensor<8x1x4x64xf32>
    %3 = stablehlo.multiply %1, %2 : tensor<8x1x4x64xf32>
    %4 = stablehlo.constant dense<1> : tensor<1xi32>
    %5 = stablehlo.add %arg3, %4 : tensor<1xi32>
    %6 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %7 = stablehlo.minimum %5, %6 : tensor<1xi32>
    %8 = stablehlo.iota dim = 3 : tensor<8x1x4x64xi32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [1] : (tensor<1xi32>) -> tensor<8x1x4x64xi32>
    %10 = stablehlo.compare LT, %8, %9 : (tensor<8x1x4x64xi32>, tensor<8x1x4x64xi32>) -> tensor<8x1x4x64xi1>
    %11 = stablehlo.constant dense<-3.4028235e+38> : tensor<8x1x4x64xf32>
    %12 = stablehlo.select %10, %3, %11 : tensor<8x1x4x64xi1>, tensor<8x1x4x64xf32>
    %13 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %14 = stablehlo.reduce(%12 init: %13) applies stablehlo.maximum across dimensions = [3] : (tensor<8x1x4x64xf32>, tensor<f32>) -> tensor<8x1x4xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1, 2] : (tensor<8x1x4xf32>) -> tensor<8x1x4x64xf32>
    %16 = stablehlo.subtract %12, %15 : tensor<8x1x4x64xf32>
    %17 = stablehlo.exponential %16 : tensor<8x1x4x64xf32>
    %18 = stablehlo.constant dense<0.0> : tensor<f32>
    %19 = stablehlo.reduce(%17 init: %18) applies stablehlo.add across dimensions = [3] : (tensor<8x1x4x64xf32>, tensor<f32>) -> tensor<8x1x4xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 2] : (tensor<8x1x4xf32>) -> tensor<8x1x4x64xf32>
    %21 = stablehlo.divide %17, %20 : tensor<8x1x4x64xf32>
    %22 = stablehlo.dot_general %21, %arg2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x1x4x64xf32>, tensor<64x8x64xf32>) -> tensor<8x1x4x64xf32>
    %23 = stablehlo.transpose %22, dims = [1, 0, 2, 3] : (tensor<8x1x4x64xf32>) -> tensor<1x8x4x64xf32>
    %24 = stablehlo.reshape %23 : (tensor<1x8x4x64xf32>) -> tensor<1x32x64xf32>
    return %24 : tensor<1x32x64xf32>
  }
  func.func private @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508(%arg0: tensor<2x2048xf32> {mlxla.name = "arg0"}, %arg1: tensor<8192x256xui32> {mlxla.name = "arg1"}, %arg2: tensor<8192x32xbf16> {mlxla.name = "arg2"}, %arg3: tensor<8192x32xbf16> {mlxla.name = "arg3"}) -> (tensor<2x8192xf32>) {
    %0 = stablehlo.reshape %arg1 : (tensor<8192x256xui32>) -> tensor<8192x64x4xui32>
    %1 = stablehlo.slice %0 [0:8192, 0:64, 0:1] : (tensor<8192x64x4xui32>) -> tensor<8192x64x1xui32>
    %2 = stablehlo.slice %0 [0:8192, 0:64, 1:2] : (tensor<8192x64x4xui32>) -> tensor<8192x64x1xui32>
    %3 = stablehlo.slice %0 [0:8192, 0:64, 2:3] : (tensor<8192x64x4xui32>) -> tensor<8192x64x1xui32>
    %4 = stablehlo.slice %0 [0:8192, 0:64, 3:4] : (tensor<8192x64x4xui32>) -> tensor<8192x64x1xui32>
    %5 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>, tensor<8192x64x1xui32>) -> tensor<8192x64x32xui32>
    %6 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<32xui32>) -> tensor<8192x64x32xui32>
    %8 = stablehlo.shift_right_logical %5, %7 : tensor<8192x64x32xui32>
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
    %5 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>, tensor<2048x256x1xui32>) -> tensor<2048x256x32xui32>
    %6 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<32xui32>) -> tensor<2048x256x32xui32>
    %8 = stablehlo.shift_right_logical %5, %7 : tensor<2048x256x32xui32>
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
    %5 = stablehlo.concatenate %1, %1, %1, %1, %1, %1, %1, %1, %2, %2, %2, %2, %2, %2, %2, %2, %3, %3, %3, %3, %3, %3, %3, %3, %4, %4, %4, %4, %4, %4, %4, %4, dim = 2 : (tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>, tensor<128256x64x1xui32>) -> tensor<128256x64x32xui32>
    %6 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<32xui32>) -> tensor<128256x64x32xui32>
    %8 = stablehlo.shift_right_logical %5, %7 : tensor<128256x64x32xui32>
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
    %4 = stablehlo.iota dim = 1 : tensor<2x128256xi32>
    %5 = stablehlo.constant dense<128256> : tensor<2x128256xi32>
    %6 = stablehlo.select %3, %4, %5 : tensor<2x128256xi1>, tensor<2x128256xi32>
    %7 = stablehlo.constant dense<128256> : tensor<i32>
    %8 = stablehlo.reduce(%6 init: %7) applies stablehlo.minimum across dimensions = [1] : (tensor<2x128256xi32>, tensor<i32>) -> tensor<2xi32>
    return %8 : tensor<2xi32>
  }
}
