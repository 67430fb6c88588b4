module @mlxla {
  func.func @main(%arg0: tensor<2xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<16x2x64x8x64xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<16x2x64x8x64xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<128256x256xui32> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<128256x32xbf16> {mlxla.name = "model.embed_tokens.scales"}, %arg6: tensor<128256x32xbf16> {mlxla.name = "model.embed_tokens.biases"}, %arg7: tensor<2048xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg8: tensor<2048x256xui32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg9: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.q_proj.scales"}, %arg10: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.q_proj.biases"}, %arg11: tensor<512x256xui32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg12: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.k_proj.scales"}, %arg13: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.k_proj.biases"}, %arg14: tensor<512x256xui32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg15: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.v_proj.scales"}, %arg16: tensor<512x32xbf16> {mlxla.name = "model.layers.0.self_attn.v_proj.biases"}, %arg17: tensor<2048x256xui32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg18: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.o_proj.scales"}, %arg19: tensor<2048x32xbf16> {mlxla.name = "model.layers.0.self_attn.o_proj.biases"}, %arg20: tensor<2048xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg21: tensor<8192x256xui32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg22: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.gate_proj.scales"}, %arg23: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.gate_proj.biases"}, %arg24: tensor<8192x256xui32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg25: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.up_proj.scales"}, %arg26: tensor<8192x32xbf16> {mlxla.name = "model.layers.0.mlp.up_proj.biases"}, %arg27: tensor<2048x1024xui32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg28: tensor<2048x128xbf16> {mlxla.name = "model.layers.0.mlp.down_proj.scales"}, %arg29: tensor<2048x128xbf16> {mlxla.name = "model.layers.0.mlp.down_proj.biases"}, %arg30: tensor<2048xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg31: tensor<2048x256xui32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg32: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.q_proj.scales"}, %arg33: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.q_proj.biases"}, %arg34: tensor<512x256xui32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg35: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.k_proj.scales"}, %arg36: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.k_proj.biases"}, %arg37: tensor<512x256xui32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg38: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.v_proj.scales"}, %arg39: tensor<512x32xbf16> {mlxla.name = "model.layers.1.self_attn.v_proj.biases"}, %arg40: tensor<2048x256xui32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg41: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.o_proj.scales"}, %arg42: tensor<2048x32xbf16> {mlxla.name = "model.layers.1.self_attn.o_proj.biases"}, %arg43: tensor<2048xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg44: tensor<8192x256xui32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg45: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.gate_proj.scales"}, %arg46: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.gate_proj.biases"}, %arg47: tensor<8192x256xui32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg48: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.up_proj.scales"}, %arg49: tensor<8192x32xbf16> {mlxla.name = "model.layers.1.mlp.up_proj.biases"}, %arg50: tensor<2048x1024xui32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg51: tensor<2048x128xbf16> {mlxla.name = "model.layers.1.mlp.down_proj.scales"}, %arg52: tensor<2048x128xbf16> {mlxla.name = "model.layers.1.mlp.down_proj.biases"}, %arg53: tensor<2048xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg54: tensor<2048x256xui32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg55: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.q_proj.scales"}, %arg56: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.q_proj.biases"}, %arg57: tensor<512x256xui32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg58: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.k_proj.scales"}, %arg59: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.k_proj.biases"}, %arg60: tensor<512x256xui32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg61: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.v_proj.scales"}, %arg62: tensor<512x32xbf16> {mlxla.name = "model.layers.2.self_attn.v_proj.biases"}, %arg63: tensor<2048x256xui32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg64: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.o_proj.scales"}, %arg65: tensor<2048x32xbf16> {mlxla.name = "model.layers.2.self_attn.o_proj.biases"}, %arg66: tensor<2048xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg67: tensor<8192x256xui32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg68: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.gate_proj.scales"}, %arg69: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.gate_proj.biases"}, %arg70: tensor<8192x256xui32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg71: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.up_proj.scales"}, %arg72: tensor<8192x32xbf16> {mlxla.name = "model.layers.2.mlp.up_proj.biases"}, %arg73: tensor<2048x1024xui32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg74: tensor<2048x128xbf16> {mlxla.name = "model.layers.2.mlp.down_proj.scales"}, %arg75: tensor<2048x128xbf16> {mlxla.name = "model.layers.2.mlp.down_proj.biases"}, %arg76: tensor<2048xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg77: tensor<2048x256xui32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg78: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.q_proj.scales"}, %arg79: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.q_proj.biases"}, %arg80: tensor<512x256xui32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg81: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.k_proj.scales"}, %arg82: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.k_proj.biases"}, %arg83: tensor<512x256xui32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg84: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.v_proj.scales"}, %arg85: tensor<512x32xbf16> {mlxla.name = "model.layers.3.self_attn.v_proj.biases"}, %arg86: tensor<2048x256xui32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg87: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.o_proj.scales"}, %arg88: tensor<2048x32xbf16> {mlxla.name = "model.layers.3.self_attn.o_proj.biases"}, %arg89: tensor<2048xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg90: tensor<8192x256xui32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg91: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.gate_proj.scales"}, %arg92: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.gate_proj.biases"}, %arg93: tensor<8192x256xui32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg94: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.up_proj.scales"}, %arg95: tensor<8192x32xbf16> {mlxla.name = "model.layers.3.mlp.up_proj.biases"}, %arg96: tensor<2048x1024xui32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg97: tensor<2048x128xbf16> {mlxla.name = "model.layers.3.mlp.down_proj.scales"}, %arg98: tensor<2048x128xbf16> {mlxla.name = "model.layers.3.mlp.down_proj.biases"}, %arg99: tensor<2048xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg100: tensor<2048x256xui32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg101: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.q_proj.scales"}, %arg102: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.q_proj.biases"}, %arg103: tensor<512x256xui32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg104: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.k_proj.scales"}, %arg105: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.k_proj.biases"}, %arg106: tensor<512x256xui32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg107: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.v_proj.scales"}, %arg108: tensor<512x32xbf16> {mlxla.name = "model.layers.4.self_attn.v_proj.biases"}, %arg109: tensor<2048x256xui32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg110: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.o_proj.scales"}, %arg111: tensor<2048x32xbf16> {mlxla.name = "model.layers.4.self_attn.o_proj.biases"}, %arg112: tensor<2048xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg113: tensor<8192x256xui32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg114: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.gate_proj.scales"}, %arg115: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.gate_proj.biases"}, %arg116: tensor<8192x256xui32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg117: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.up_proj.scales"}, %arg118: tensor<8192x32xbf16> {mlxla.name = "model.layers.4.mlp.up_proj.biases"}, %arg119: tensor<2048x1024xui32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg120: tensor<2048x128xbf16> {mlxla.name = "model.layers.4.mlp.down_proj.scales"}, %arg121: tensor<2048x128xbf16> {mlxla.name = "model.layers.4.mlp.down_proj.biases"}, %arg122: tensor<2048xf32> {mlxla.name = "model.layers.5.input_layernorm.weight"}, %arg123: tensor<2048x256xui32> {mlxla.name = "model.layers.5.self_attn.q_proj.weight"}, %arg124: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.q_proj.scales"}, %arg125: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.q_proj.biases"}, %arg126: tensor<512x256xui32> {mlxla.name = "model.layers.5.self_attn.k_proj.weight"}, %arg127: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.k_proj.scales"}, %arg128: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.k_proj.biases"}, %arg129: tensor<512x256xui32> {mlxla.name = "model.layers.5.self_attn.v_proj.weight"}, %arg130: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.v_proj.scales"}, %arg131: tensor<512x32xbf16> {mlxla.name = "model.layers.5.self_attn.v_proj.biases"}, %arg132: tensor<2048x256xui32> {mlxla.name = "model.layers.5.self_attn.o_proj.weight"}, %arg133: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.o_proj.scales"}, %arg134: tensor<2048x32xbf16> {mlxla.name = "model.layers.5.self_attn.o_proj.biases"}, %arg135: tensor<2048xf32> {mlxla.name = "model.layers.5.post_attention_layernorm.weight"}, %arg136: tensor<8192x256xui32> {mlxla.name = "model.layers.5.mlp.gate_proj.weight"}, %arg137: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.gate_proj.scales"}, %arg138: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.gate_proj.biases"}, %arg139: tensor<8192x256xui32> {mlxla.name = "model.layers.5.mlp.up_proj.weight"}, %arg140: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.up_proj.scales"}, %arg141: tensor<8192x32xbf16> {mlxla.name = "model.layers.5.mlp.up_proj.biases"}, %arg142: tensor<2048x1024xui32> {mlxla.name = "model.layers.5.mlp.down_proj.weight"}, %arg143: tensor<2048x128xbf16> {mlxla.name = "model.layers.5.mlp.down_proj.scales"}, %arg144: tensor<2048x128xbf16> {mlxla.name = "model.layers.5.mlp.down_proj.biases"}, %arg145: tensor<2048xf32> {mlxla.name = "model.layers.6.input_layernorm.weight"}, %arg146: tensor<2048x256xui32> {mlxla.name = "model.layers.6.self_attn.q_proj.weight"}, %arg147: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.q_proj.scales"}, %arg148: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.q_proj.biases"}, %arg149: tensor<512x256xui32> {mlxla.name = "model.layers.6.self_attn.k_proj.weight"}, %arg150: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.k_proj.scales"}, %arg151: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.k_proj.biases"}, %arg152: tensor<512x256xui32> {mlxla.name = "model.layers.6.self_attn.v_proj.weight"}, %arg153: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.v_proj.scales"}, %arg154: tensor<512x32xbf16> {mlxla.name = "model.layers.6.self_attn.v_proj.biases"}, %arg155: tensor<2048x256xui32> {mlxla.name = "model.layers.6.self_attn.o_proj.weight"}, %arg156: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.o_proj.scales"}, %arg157: tensor<2048x32xbf16> {mlxla.name = "model.layers.6.self_attn.o_proj.biases"}, %arg158: tensor<2048xf32> {mlxla.name = "model.layers.6.post_attention_layernorm.weight"}, %arg159: tensor<8192x256xui32> {mlxla.name = "model.layers.6.mlp.gate_proj.weight"}, %arg160: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.gate_proj.scales"}, %arg161: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.gate_proj.biases"}, %arg162: tensor<8192x256xui32> {mlxla.name = "model.layers.6.mlp.up_proj.weight"}, %arg163: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.up_proj.scales"}, %arg164: tensor<8192x32xbf16> {mlxla.name = "model.layers.6.mlp.up_proj.biases"}, %arg165: tensor<2048x1024xui32> {mlxla.name = "model.layers.6.mlp.down_proj.weight"}, %arg166: tensor<2048x128xbf16> {mlxla.name = "model.layers.6.mlp.down_proj.scales"}, %arg167: tensor<2048x128xbf16> {mlxla.name = "model.layers.6.mlp.down_proj.biases"}, %arg168: tensor<2048xf32> {mlxla.name = "model.layers.7.input_layernorm.weight"}, %arg169: tensor<2048x256xui32> {mlxla.name = "model.layers.7.self_attn.q_proj.weight"}, %arg170: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.q_proj.scales"}, %arg171: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.q_proj.biases"}, %arg172: tensor<512x256xui32> {mlxla.name = "model.layers.7.self_attn.k_proj.weight"}, %arg173: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.k_proj.scales"}, %arg174: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.k_proj.biases"}, %arg175: tensor<512x256xui32> {mlxla.name = "model.layers.7.self_attn.v_proj.weight"}, %arg176: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.v_proj.scales"}, %arg177: tensor<512x32xbf16> {mlxla.name = "model.layers.7.self_attn.v_proj.biases"}, %arg178: tensor<2048x256xui32> {mlxla.name = "model.layers.7.self_attn.o_proj.weight"}, %arg179: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.o_proj.scales"}, %arg180: tensor<2048x32xbf16> {mlxla.name = "model.layers.7.self_attn.o_proj.biases"}, %arg181: tensor<2048xf32> {mlxla.name = "model.layers.7.post_attention_layernorm.weight"}, %arg182: tensor<8192x256xui32> {mlxla.name = "model.layers.7.mlp.gate_proj.weight"}, %arg183: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.gate_proj.scales"}, %arg184: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.gate_proj.biases"}, %arg185: tensor<8192x256xui32> {mlxla.name = "model.layers.7.mlp.up_proj.weight"}, %arg186: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.up_proj.scales"}, %arg187: tensor<8192x32xbf16> {mlxla.name = "model.layers.7.mlp.up_proj.biases"}, %arg188: tensor<2048x1024xui32> {mlxla.name = "model.layers.7.mlp.down_proj.weight"}, %arg189: tensor<2048x128xbf16> {mlxla.name = "model.layers.7.mlp.down_proj.scales"}, %arg190: tensor<2048x128xbf16> {mlxla.name = "model.layers.7.mlp.down_proj.biases"}, %arg191: tensor<2048xf32> {mlxla.name = "model.layers.8.input_layernorm.weight"}, %arg192: tensor<2048x256xui32> {mlxla.name = "model.layers.8.self_attn.q_proj.weight"}, %arg193: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.q_proj.scales"}, %arg194: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.q_proj.biases"}, %arg195: tensor<512x256xui32> {mlxla.name = "model.layers.8.self_attn.k_proj.weight"}, %arg196: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.k_proj.scales"}, %arg197: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.k_proj.biases"}, %arg198: tensor<512x256xui32> {mlxla.name = "model.layers.8.self_attn.v_proj.weight"}, %arg199: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.v_proj.scales"}, %arg200: tensor<512x32xbf16> {mlxla.name = "model.layers.8.self_attn.v_proj.biases"}, %arg201: tensor<2048x256xui32> {mlxla.name = "model.layers.8.self_attn.o_proj.weight"}, %arg202: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.o_proj.scales"}, %arg203: tensor<2048x32xbf16> {mlxla.name = "model.layers.8.self_attn.o_proj.biases"}, %arg204: tensor<2048xf32> {mlxla.name = "model.layers.8.post_attention_layernorm.weight"}, %arg205: tensor<8192x256xui32> {mlxla.name = "model.layers.8.mlp.gate_proj.weight"}, %arg206: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.gate_proj.scales"}, %arg207: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.gate_proj.biases"}, %arg208: tensor<8192x256xui32> {mlxla.name = "model.layers.8.mlp.up_proj.weight"}, %arg209: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.up_proj.scales"}, %arg210: tensor<8192x32xbf16> {mlxla.name = "model.layers.8.mlp.up_proj.biases"}, %arg211: tensor<2048x1024xui32> {mlxla.name = "model.layers.8.mlp.down_proj.weight"}, %arg212: tensor<2048x128xbf16> {mlxla.name = "model.layers.8.mlp.down_proj.scales"}, %arg213: tensor<2048x128xbf16> {mlxla.name = "model.layers.8.mlp.down_proj.biases"}, %arg214: tensor<2048xf32> {mlxla.name = "model.layers.9.input_layernorm.weight"}, %arg215: tensor<2048x256xui32> {mlxla.name = "model.layers.9.self_attn.q_proj.weight"}, %arg216: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.q_proj.scales"}, %arg217: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.q_proj.biases"}, %arg218: tensor<512x256xui32> {mlxla.name = "model.layers.9.self_attn.k_proj.weight"}, %arg219: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.k_proj.scales"}, %arg220: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.k_proj.biases"}, %arg221: tensor<512x256xui32> {mlxla.name = "model.layers.9.self_attn.v_proj.weight"}, %arg222: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.v_proj.scales"}, %arg223: tensor<512x32xbf16> {mlxla.name = "model.layers.9.self_attn.v_proj.biases"}, %arg224: tensor<2048x256xui32> {mlxla.name = "model.layers.9.self_attn.o_proj.weight"}, %arg225: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.o_proj.scales"}, %arg226: tensor<2048x32xbf16> {mlxla.name = "model.layers.9.self_attn.o_proj.biases"}, %arg227: tensor<2048xf32> {mlxla.name = "model.layers.9.post_attention_layernorm.weight"}, %arg228: tensor<8192x256xui32> {mlxla.name = "model.layers.9.mlp.gate_proj.weight"}, %arg229: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.gate_proj.scales"}, %arg230: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.gate_proj.biases"}, %arg231: tensor<8192x256xui32> {mlxla.name = "model.layers.9.mlp.up_proj.weight"}, %arg232: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.up_proj.scales"}, %arg233: tensor<8192x32xbf16> {mlxla.name = "model.layers.9.mlp.up_proj.biases"}, %arg234: tensor<2048x1024xui32> {mlxla.name = "model.layers.9.mlp.down_proj.weight"}, %arg235: tensor<2048x128xbf16> {mlxla.name = "model.layers.9.mlp.down_proj.scales"}, %arg236: tensor<2048x128xbf16> {mlxla.name = "model.layers.9.mlp.down_proj.biases"}, %arg237: tensor<2048xf32> {mlxla.name = "model.layers.10.input_layernorm.weight"}, %arg238: tensor<2048x256xui32> {mlxla.name = "model.layers.10.self_attn.q_proj.weight"}, %arg239: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.q_proj.scales"}, %arg240: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.q_proj.biases"}, %arg241: tensor<512x256xui32> {mlxla.name = "model.layers.10.self_attn.k_proj.weight"}, %arg242: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.k_proj.scales"}, %arg243: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.k_proj.biases"}, %arg244: tensor<512x256xui32> {mlxla.name = "model.layers.10.self_attn.v_proj.weight"}, %arg245: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.v_proj.scales"}, %arg246: tensor<512x32xbf16> {mlxla.name = "model.layers.10.self_attn.v_proj.biases"}, %arg247: tensor<2048x256xui32> {mlxla.name = "model.layers.10.self_attn.o_proj.weight"}, %arg248: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.o_proj.scales"}, %arg249: tensor<2048x32xbf16> {mlxla.name = "model.layers.10.self_attn.o_proj.biases"}, %arg250: tensor<2048xf32> {mlxla.name = "model.layers.10.post_attention_layernorm.weight"}, %arg251: tensor<8192x256xui32> {mlxla.name = "model.layers.10.mlp.gate_proj.weight"}, %arg252: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.gate_proj.scales"}, %arg253: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.gate_proj.biases"}, %arg254: tensor<8192x256xui32> {mlxla.name = "model.layers.10.mlp.up_proj.weight"}, %arg255: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.up_proj.scales"}, %arg256: tensor<8192x32xbf16> {mlxla.name = "model.layers.10.mlp.up_proj.biases"}, %arg257: tensor<2048x1024xui32> {mlxla.name = "model.layers.10.mlp.down_proj.weight"}, %arg258: tensor<2048x128xbf16> {mlxla.name = "model.layers.10.mlp.down_proj.scales"}, %arg259: tensor<2048x128xbf16> {mlxla.name = "model.layers.10.mlp.down_proj.biases"}, %arg260: tensor<2048xf32> {mlxla.name = "model.layers.11.input_layernorm.weight"}, %arg261: tensor<2048x256xui32> {mlxla.name = "model.layers.11.self_attn.q_proj.weight"}, %arg262: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.q_proj.scales"}, %arg263: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.q_proj.biases"}, %arg264: tensor<512x256xui32> {mlxla.name = "model.layers.11.self_attn.k_proj.weight"}, %arg265: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.k_proj.scales"}, %arg266: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.k_proj.biases"}, %arg267: tensor<512x256xui32> {mlxla.name = "model.layers.11.self_attn.v_proj.weight"}, %arg268: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.v_proj.scales"}, %arg269: tensor<512x32xbf16> {mlxla.name = "model.layers.11.self_attn.v_proj.biases"}, %arg270: tensor<2048x256xui32> {mlxla.name = "model.layers.11.self_attn.o_proj.weight"}, %arg271: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.o_proj.scales"}, %arg272: tensor<2048x32xbf16> {mlxla.name = "model.layers.11.self_attn.o_proj.biases"}, %arg273: tensor<2048xf32> {mlxla.name = "model.layers.11.post_attention_layernorm.weight"}, %arg274: tensor<8192x256xui32> {mlxla.name = "model.layers.11.mlp.gate_proj.weight"}, %arg275: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.gate_proj.scales"}, %arg276: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.gate_proj.biases"}, %arg277: tensor<8192x256xui32> {mlxla.name = "model.layers.11.mlp.up_proj.weight"}, %arg278: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.up_proj.scales"}, %arg279: tensor<8192x32xbf16> {mlxla.name = "model.layers.11.mlp.up_proj.biases"}, %arg280: tensor<2048x1024xui32> {mlxla.name = "model.layers.11.mlp.down_proj.weight"}, %arg281: tensor<2048x128xbf16> {mlxla.name = "model.layers.11.mlp.down_proj.scales"}, %arg282: tensor<2048x128xbf16> {mlxla.name = "model.layers.11.mlp.down_proj.biases"}, %arg283: tensor<2048xf32> {mlxla.name = "model.layers.12.input_layernorm.weight"}, %arg284: tensor<2048x256xui32> {mlxla.name = "model.layers.12.self_attn.q_proj.weight"}, %arg285: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.q_proj.scales"}, %arg286: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.q_proj.biases"}, %arg287: tensor<512x256xui32> {mlxla.name = "model.layers.12.self_attn.k_proj.weight"}, %arg288: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.k_proj.scales"}, %arg289: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.k_proj.biases"}, %arg290: tensor<512x256xui32> {mlxla.name = "model.layers.12.self_attn.v_proj.weight"}, %arg291: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.v_proj.scales"}, %arg292: tensor<512x32xbf16> {mlxla.name = "model.layers.12.self_attn.v_proj.biases"}, %arg293: tensor<2048x256xui32> {mlxla.name = "model.layers.12.self_attn.o_proj.weight"}, %arg294: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.o_proj.scales"}, %arg295: tensor<2048x32xbf16> {mlxla.name = "model.layers.12.self_attn.o_proj.biases"}, %arg296: tensor<2048xf32> {mlxla.name = "model.layers.12.post_attention_layernorm.weight"}, %arg297: tensor<8192x256xui32> {mlxla.name = "model.layers.12.mlp.gate_proj.weight"}, %arg298: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.gate_proj.scales"}, %arg299: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.gate_proj.biases"}, %arg300: tensor<8192x256xui32> {mlxla.name = "model.layers.12.mlp.up_proj.weight"}, %arg301: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.up_proj.scales"}, %arg302: tensor<8192x32xbf16> {mlxla.name = "model.layers.12.mlp.up_proj.biases"}, %arg303: tensor<2048x1024xui32> {mlxla.name = "model.layers.12.mlp.down_proj.weight"}, %arg304: tensor<2048x128xbf16> {mlxla.name = "model.layers.12.mlp.down_proj.scales"}, %arg305: tensor<2048x128xbf16> {mlxla.name = "model.layers.12.mlp.down_proj.biases"}, %arg306: tensor<2048xf32> {mlxla.name = "model.layers.13.input_layernorm.weight"}, %arg307: tensor<2048x256xui32> {mlxla.name = "model.layers.13.self_attn.q_proj.weight"}, %arg308: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.q_proj.scales"}, %arg309: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.q_proj.biases"}, %arg310: tensor<512x256xui32> {mlxla.name = "model.layers.13.self_attn.k_proj.weight"}, %arg311: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.k_proj.scales"}, %arg312: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.k_proj.biases"}, %arg313: tensor<512x256xui32> {mlxla.name = "model.layers.13.self_attn.v_proj.weight"}, %arg314: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.v_proj.scales"}, %arg315: tensor<512x32xbf16> {mlxla.name = "model.layers.13.self_attn.v_proj.biases"}, %arg316: tensor<2048x256xui32> {mlxla.name = "model.layers.13.self_attn.o_proj.weight"}, %arg317: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.o_proj.scales"}, %arg318: tensor<2048x32xbf16> {mlxla.name = "model.layers.13.self_attn.o_proj.biases"}, %arg319: tensor<2048xf32> {mlxla.name = "model.layers.13.post_attention_layernorm.weight"}, %arg320: tensor<8192x256xui32> {mlxla.name = "model.layers.13.mlp.gate_proj.weight"}, %arg321: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.gate_proj.scales"}, %arg322: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.gate_proj.biases"}, %arg323: tensor<8192x256xui32> {mlxla.name = "model.layers.13.mlp.up_proj.weight"}, %arg324: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.up_proj.scales"}, %arg325: tensor<8192x32xbf16> {mlxla.name = "model.layers.13.mlp.up_proj.biases"}, %arg326: tensor<2048x1024xui32> {mlxla.name = "model.layers.13.mlp.down_proj.weight"}, %arg327: tensor<2048x128xbf16> {mlxla.name = "model.layers.13.mlp.down_proj.scales"}, %arg328: tensor<2048x128xbf16> {mlxla.name = "model.layers.13.mlp.down_proj.biases"}, %arg329: tensor<2048xf32> {mlxla.name = "model.layers.14.input_layernorm.weight"}, %arg330: tensor<2048x256xui32> {mlxla.name = "model.layers.14.self_attn.q_proj.weight"}, %arg331: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.q_proj.scales"}, %arg332: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.q_proj.biases"}, %arg333: tensor<512x256xui32> {mlxla.name = "model.layers.14.self_attn.k_proj.weight"}, %arg334: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.k_proj.scales"}, %arg335: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.k_proj.biases"}, %arg336: tensor<512x256xui32> {mlxla.name = "model.layers.14.self_attn.v_proj.weight"}, %arg337: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.v_proj.scales"}, %arg338: tensor<512x32xbf16> {mlxla.name = "model.layers.14.self_attn.v_proj.biases"}, %arg339: tensor<2048x256xui32> {mlxla.name = "model.layers.14.self_attn.o_proj.weight"}, %arg340: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.o_proj.scales"}, %arg341: tensor<2048x32xbf16> {mlxla.name = "model.layers.14.self_attn.o_proj.biases"}, %arg342: tensor<2048xf32> {mlxla.name = "model.layers.14.post_attention_layernorm.weight"}, %arg343: tensor<8192x256xui32> {mlxla.name = "model.layers.14.mlp.gate_proj.weight"}, %arg344: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.gate_proj.scales"}, %arg345: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.gate_proj.biases"}, %arg346: tensor<8192x256xui32> {mlxla.name = "model.layers.14.mlp.up_proj.weight"}, %arg347: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.up_proj.scales"}, %arg348: tensor<8192x32xbf16> {mlxla.name = "model.layers.14.mlp.up_proj.biases"}, %arg349: tensor<2048x1024xui32> {mlxla.name = "model.layers.14.mlp.down_proj.weight"}, %arg350: tensor<2048x128xbf16> {mlxla.name = "model.layers.14.mlp.down_proj.scales"}, %arg351: tensor<2048x128xbf16> {mlxla.name = "model.layers.14.mlp.down_proj.biases"}, %arg352: tensor<2048xf32> {mlxla.name = "model.layers.15.input_layernorm.weight"}, %arg353: tensor<2048x256xui32> {mlxla.name = "model.layers.15.self_attn.q_proj.weight"}, %arg354: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.q_proj.scales"}, %arg355: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.q_proj.biases"}, %arg356: tensor<512x256xui32> {mlxla.name = "model.layers.15.self_attn.k_proj.weight"}, %arg357: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.k_proj.scales"}, %arg358: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.k_proj.biases"}, %arg359: tensor<512x256xui32> {mlxla.name = "model.layers.15.self_attn.v_proj.weight"}, %arg360: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.v_proj.scales"}, %arg361: tensor<512x32xbf16> {mlxla.name = "model.layers.15.self_attn.v_proj.biases"}, %arg362: tensor<2048x256xui32> {mlxla.name = "model.layers.15.self_attn.o_proj.weight"}, %arg363: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.o_proj.scales"}, %arg364: tensor<2048x32xbf16> {mlxla.name = "model.layers.15.self_attn.o_proj.biases"}, %arg365: tensor<2048xf32> {mlxla.name = "model.layers.15.post_attention_layernorm.weight"}, %arg366: tensor<8192x256xui32> {mlxla.name = "model.layers.15.mlp.gate_proj.weight"}, %arg367: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.gate_proj.scales"}, %arg368: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.gate_proj.biases"}, %arg369: tensor<8192x256xui32> {mlxla.name = "model.layers.15.mlp.up_proj.weight"}, %arg370: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.up_proj.scales"}, %arg371: tensor<8192x32xbf16> {mlxla.name = "model.layers.15.mlp.up_proj.biases"}, %arg372: tensor<2048x1024xui32> {mlxla.name = "model.layers.15.mlp.down_proj.weight"}, %arg373: tensor<2048x128xbf16> {mlxla.name = "model.layers.15.mlp.down_proj.scales"}, %arg374: tensor<2048x128xbf16> {mlxla.name = "model.layers.15.mlp.down_proj.biases"}, %arg375: tensor<2048xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<2xi32> {mlxla.name = "next_tokens"}, tensor<16x2x64x8x64xf32> {mlxla.name = "k_cache"}, tensor<16x2x64x8x64xf32> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<2xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.constant dense<1> : tensor<i32>
    %4 = stablehlo.add %arg1, %3 : tensor<i32>
    %5 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %6 = "stablehlo.gather"(%arg4, %5) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 256>} : (tensor<128256x256xui32>, tensor<2x1xi32>) -> tensor<2x256xui32>
    %7 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %8 = "stablehlo.gather"(%arg5, %7) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>} : (tensor<128256x32xbf16>, tensor<2x1xi32>) -> tensor<2x32xbf16>
    %9 = stablehlo.reshape %arg0 : (tensor<2xi32>) -> tensor<2x1xi32>
    %10 = "stablehlo.gather"(%arg6, %9) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>} : (tensor<128256x32xbf16>, tensor<2x1xi32>) -> tensor<2x32xbf16>
    %11 = stablehlo.reshape %6 : (tensor<2x256xui32>) -> tensor<2x64x4xui32>
    %12 = stablehlo.slice %11 [0:2, 0:64, 0:1] : (tensor<2x64x4xui32>) -> tensor<2x64x1xui32>
    %13 = stablehlo.slice %11 [0:2, 0:64, 1:2] : (tensor<2x64x4xui32>) -> tensor<2x64x1xui32>
    %14 = stablehlo.slice %11 [0:2, 0:64, 2:3] : (tensor<2x64x4xui32>) -> tensor<2x64x1xui32>
    %15 = stablehlo.slice %11 [0:2, 0:64, 3:4] : (tensor<2x64x4xui32>) -> tensor<2x64x1xui32>
    %16 = stablehlo.concatenate %12, %12, %12, %12, %12, %12, %12, %12, %13, %13, %13, %13, %13, %13, %13, %13, %14, %14, %14, %14, %14, %14, %14, %14, %15, %15, %15, %15, %15, %15, %15, %15, dim = 2 : (tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>, tensor<2x64x1xui32>) -> tensor<2x64x32xui32>
    %17 = stablehlo.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28]> : tensor<32xui32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [2] : (tensor<32xui32>) -> tensor<2x64x32xui32>
    %19 = stablehlo.shift_right_logical %16, %18 : tensor<2x64x32xui32>
    %20 = stablehlo.constant dense<15> : tensor<2x64x32xui32>
    %21 = stablehlo.and %19, %20 : tensor<2x64x32xui32>
    %22 = stablehlo.reshape %21 : (tensor<2x64x32xui32>) -> tensor<2x2048xui32>
    %23 = stablehlo.convert %22 : (tensor<2x2048xui32>) -> tensor<2x2048xf32>
    %24 = stablehlo.convert %8 : (tensor<2x32xbf16>) -> tensor<2x32xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0, 1] : (tensor<2x32xf32>) -> tensor<2x32x64xf32>
    %26 = stablehlo.reshape %25 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %27 = stablehlo.multiply %23, %26 : tensor<2x2048xf32>
    %28 = stablehlo.convert %10 : (tensor<2x32xbf16>) -> tensor<2x32xf32>
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
    %41 = stablehlo.constant dense<0> : tensor<i32>
    %42 = stablehlo.constant dense<0> : tensor<i32>
    %43 = stablehlo.constant dense<0> : tensor<i32>
    %44 = stablehlo.slice %38 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %45 = stablehlo.reshape %44 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %46 = stablehlo.dynamic_update_slice %arg2, %45, %41, %43, %arg1, %42, %42 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %47 = stablehlo.slice %40 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %48 = stablehlo.reshape %47 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %49 = stablehlo.dynamic_update_slice %arg3, %48, %41, %43, %arg1, %42, %42 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %50 = stablehlo.constant dense<1> : tensor<i32>
    %51 = stablehlo.slice %38 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %52 = stablehlo.reshape %51 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %53 = stablehlo.dynamic_update_slice %46, %52, %41, %50, %arg1, %42, %42 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %54 = stablehlo.slice %40 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %55 = stablehlo.reshape %54 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %56 = stablehlo.dynamic_update_slice %49, %55, %41, %50, %arg1, %42, %42 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %57 = stablehlo.slice %35 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %58 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %59 = stablehlo.slice %53 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %60 = stablehlo.reshape %59 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %61 = stablehlo.slice %56 [0:1, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %62 = stablehlo.reshape %61 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %63 = stablehlo.composite "mlxla.attention" %57, %60, %62, %58, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %64 = stablehlo.slice %35 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %65 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %66 = stablehlo.slice %53 [0:1, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %67 = stablehlo.reshape %66 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %68 = stablehlo.slice %56 [0:1, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %69 = stablehlo.reshape %68 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %70 = stablehlo.composite "mlxla.attention" %64, %67, %69, %65, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %71 = stablehlo.concatenate %63, %70, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %72 = stablehlo.reshape %71 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %73 = stablehlo.composite "mlxla.quantized_dot" %72, %arg17, %arg18, %arg19 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %74 = stablehlo.add %31, %73 : tensor<2x2048xf32>
    %75 = stablehlo.composite "mlxla.rms_norm" %74, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %76 = stablehlo.composite "mlxla.quantized_dot" %75, %arg21, %arg22, %arg23 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %77 = stablehlo.logistic %76 : tensor<2x8192xf32>
    %78 = stablehlo.multiply %76, %77 : tensor<2x8192xf32>
    %79 = stablehlo.composite "mlxla.quantized_dot" %75, %arg24, %arg25, %arg26 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %80 = stablehlo.multiply %78, %79 : tensor<2x8192xf32>
    %81 = stablehlo.composite "mlxla.quantized_dot" %80, %arg27, %arg28, %arg29 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %82 = stablehlo.add %74, %81 : tensor<2x2048xf32>
    %83 = stablehlo.composite "mlxla.rms_norm" %82, %arg30 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %84 = stablehlo.composite "mlxla.quantized_dot" %83, %arg31, %arg32, %arg33 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %85 = stablehlo.reshape %84 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %86 = stablehlo.composite "mlxla.rope" %85, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %87 = stablehlo.composite "mlxla.quantized_dot" %83, %arg34, %arg35, %arg36 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %88 = stablehlo.reshape %87 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %89 = stablehlo.composite "mlxla.rope" %88, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %90 = stablehlo.composite "mlxla.quantized_dot" %83, %arg37, %arg38, %arg39 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %91 = stablehlo.reshape %90 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %92 = stablehlo.constant dense<1> : tensor<i32>
    %93 = stablehlo.constant dense<0> : tensor<i32>
    %94 = stablehlo.constant dense<0> : tensor<i32>
    %95 = stablehlo.slice %89 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %96 = stablehlo.reshape %95 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %97 = stablehlo.dynamic_update_slice %53, %96, %92, %94, %arg1, %93, %93 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %98 = stablehlo.slice %91 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %99 = stablehlo.reshape %98 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %100 = stablehlo.dynamic_update_slice %56, %99, %92, %94, %arg1, %93, %93 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %101 = stablehlo.constant dense<1> : tensor<i32>
    %102 = stablehlo.slice %89 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %103 = stablehlo.reshape %102 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %104 = stablehlo.dynamic_update_slice %97, %103, %92, %101, %arg1, %93, %93 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %105 = stablehlo.slice %91 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %106 = stablehlo.reshape %105 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %107 = stablehlo.dynamic_update_slice %100, %106, %92, %101, %arg1, %93, %93 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %108 = stablehlo.slice %86 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %109 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %110 = stablehlo.slice %104 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %111 = stablehlo.reshape %110 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %112 = stablehlo.slice %107 [1:2, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %113 = stablehlo.reshape %112 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %114 = stablehlo.composite "mlxla.attention" %108, %111, %113, %109, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %115 = stablehlo.slice %86 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %116 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %117 = stablehlo.slice %104 [1:2, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %118 = stablehlo.reshape %117 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %119 = stablehlo.slice %107 [1:2, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %120 = stablehlo.reshape %119 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %121 = stablehlo.composite "mlxla.attention" %115, %118, %120, %116, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %122 = stablehlo.concatenate %114, %121, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %123 = stablehlo.reshape %122 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %124 = stablehlo.composite "mlxla.quantized_dot" %123, %arg40, %arg41, %arg42 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %125 = stablehlo.add %82, %124 : tensor<2x2048xf32>
    %126 = stablehlo.composite "mlxla.rms_norm" %125, %arg43 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %127 = stablehlo.composite "mlxla.quantized_dot" %126, %arg44, %arg45, %arg46 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %128 = stablehlo.logistic %127 : tensor<2x8192xf32>
    %129 = stablehlo.multiply %127, %128 : tensor<2x8192xf32>
    %130 = stablehlo.composite "mlxla.quantized_dot" %126, %arg47, %arg48, %arg49 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %131 = stablehlo.multiply %129, %130 : tensor<2x8192xf32>
    %132 = stablehlo.composite "mlxla.quantized_dot" %131, %arg50, %arg51, %arg52 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %133 = stablehlo.add %125, %132 : tensor<2x2048xf32>
    %134 = stablehlo.composite "mlxla.rms_norm" %133, %arg53 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %135 = stablehlo.composite "mlxla.quantized_dot" %134, %arg54, %arg55, %arg56 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %136 = stablehlo.reshape %135 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %137 = stablehlo.composite "mlxla.rope" %136, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %138 = stablehlo.composite "mlxla.quantized_dot" %134, %arg57, %arg58, %arg59 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %139 = stablehlo.reshape %138 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %140 = stablehlo.composite "mlxla.rope" %139, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %141 = stablehlo.composite "mlxla.quantized_dot" %134, %arg60, %arg61, %arg62 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %142 = stablehlo.reshape %141 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %143 = stablehlo.constant dense<2> : tensor<i32>
    %144 = stablehlo.constant dense<0> : tensor<i32>
    %145 = stablehlo.constant dense<0> : tensor<i32>
    %146 = stablehlo.slice %140 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %147 = stablehlo.reshape %146 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %148 = stablehlo.dynamic_update_slice %104, %147, %143, %145, %arg1, %144, %144 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %149 = stablehlo.slice %142 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %151 = stablehlo.dynamic_update_slice %107, %150, %143, %145, %arg1, %144, %144 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %152 = stablehlo.constant dense<1> : tensor<i32>
    %153 = stablehlo.slice %140 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %154 = stablehlo.reshape %153 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %155 = stablehlo.dynamic_update_slice %148, %154, %143, %152, %arg1, %144, %144 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %156 = stablehlo.slice %142 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %157 = stablehlo.reshape %156 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %158 = stablehlo.dynamic_update_slice %151, %157, %143, %152, %arg1, %144, %144 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %159 = stablehlo.slice %137 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %160 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %161 = stablehlo.slice %155 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %162 = stablehlo.reshape %161 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %163 = stablehlo.slice %158 [2:3, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %164 = stablehlo.reshape %163 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %165 = stablehlo.composite "mlxla.attention" %159, %162, %164, %160, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %166 = stablehlo.slice %137 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %167 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %168 = stablehlo.slice %155 [2:3, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %169 = stablehlo.reshape %168 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %170 = stablehlo.slice %158 [2:3, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %171 = stablehlo.reshape %170 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %172 = stablehlo.composite "mlxla.attention" %166, %169, %171, %167, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %173 = stablehlo.concatenate %165, %172, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %174 = stablehlo.reshape %173 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %175 = stablehlo.composite "mlxla.quantized_dot" %174, %arg63, %arg64, %arg65 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %176 = stablehlo.add %133, %175 : tensor<2x2048xf32>
    %177 = stablehlo.composite "mlxla.rms_norm" %176, %arg66 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %178 = stablehlo.composite "mlxla.quantized_dot" %177, %arg67, %arg68, %arg69 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %179 = stablehlo.logistic %178 : tensor<2x8192xf32>
    %180 = stablehlo.multiply %178, %179 : tensor<2x8192xf32>
    %181 = stablehlo.composite "mlxla.quantized_dot" %177, %arg70, %arg71, %arg72 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %182 = stablehlo.multiply %180, %181 : tensor<2x8192xf32>
    %183 = stablehlo.composite "mlxla.quantized_dot" %182, %arg73, %arg74, %arg75 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %184 = stablehlo.add %176, %183 : tensor<2x2048xf32>
    %185 = stablehlo.composite "mlxla.rms_norm" %184, %arg76 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %186 = stablehlo.composite "mlxla.quantized_dot" %185, %arg77, %arg78, %arg79 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %187 = stablehlo.reshape %186 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %188 = stablehlo.composite "mlxla.rope" %187, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %189 = stablehlo.composite "mlxla.quantized_dot" %185, %arg80, %arg81, %arg82 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %190 = stablehlo.reshape %189 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %191 = stablehlo.composite "mlxla.rope" %190, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %192 = stablehlo.composite "mlxla.quantized_dot" %185, %arg83, %arg84, %arg85 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %193 = stablehlo.reshape %192 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %194 = stablehlo.constant dense<3> : tensor<i32>
    %195 = stablehlo.constant dense<0> : tensor<i32>
    %196 = stablehlo.constant dense<0> : tensor<i32>
    %197 = stablehlo.slice %191 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %198 = stablehlo.reshape %197 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %199 = stablehlo.dynamic_update_slice %155, %198, %194, %196, %arg1, %195, %195 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %200 = stablehlo.slice %193 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %201 = stablehlo.reshape %200 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %202 = stablehlo.dynamic_update_slice %158, %201, %194, %196, %arg1, %195, %195 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %203 = stablehlo.constant dense<1> : tensor<i32>
    %204 = stablehlo.slice %191 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %205 = stablehlo.reshape %204 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %206 = stablehlo.dynamic_update_slice %199, %205, %194, %203, %arg1, %195, %195 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %207 = stablehlo.slice %193 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %208 = stablehlo.reshape %207 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %209 = stablehlo.dynamic_update_slice %202, %208, %194, %203, %arg1, %195, %195 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %210 = stablehlo.slice %188 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %211 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %212 = stablehlo.slice %206 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %213 = stablehlo.reshape %212 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %214 = stablehlo.slice %209 [3:4, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %215 = stablehlo.reshape %214 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %216 = stablehlo.composite "mlxla.attention" %210, %213, %215, %211, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %217 = stablehlo.slice %188 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %218 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %219 = stablehlo.slice %206 [3:4, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %220 = stablehlo.reshape %219 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %221 = stablehlo.slice %209 [3:4, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %222 = stablehlo.reshape %221 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %223 = stablehlo.composite "mlxla.attention" %217, %220, %222, %218, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %224 = stablehlo.concatenate %216, %223, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %225 = stablehlo.reshape %224 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %226 = stablehlo.composite "mlxla.quantized_dot" %225, %arg86, %arg87, %arg88 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %227 = stablehlo.add %184, %226 : tensor<2x2048xf32>
    %228 = stablehlo.composite "mlxla.rms_norm" %227, %arg89 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %229 = stablehlo.composite "mlxla.quantized_dot" %228, %arg90, %arg91, %arg92 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %230 = stablehlo.logistic %229 : tensor<2x8192xf32>
    %231 = stablehlo.multiply %229, %230 : tensor<2x8192xf32>
    %232 = stablehlo.composite "mlxla.quantized_dot" %228, %arg93, %arg94, %arg95 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %233 = stablehlo.multiply %231, %232 : tensor<2x8192xf32>
    %234 = stablehlo.composite "mlxla.quantized_dot" %233, %arg96, %arg97, %arg98 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %235 = stablehlo.add %227, %234 : tensor<2x2048xf32>
    %236 = stablehlo.composite "mlxla.rms_norm" %235, %arg99 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %237 = stablehlo.composite "mlxla.quantized_dot" %236, %arg100, %arg101, %arg102 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %238 = stablehlo.reshape %237 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %239 = stablehlo.composite "mlxla.rope" %238, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %240 = stablehlo.composite "mlxla.quantized_dot" %236, %arg103, %arg104, %arg105 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %241 = stablehlo.reshape %240 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %242 = stablehlo.composite "mlxla.rope" %241, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %243 = stablehlo.composite "mlxla.quantized_dot" %236, %arg106, %arg107, %arg108 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %244 = stablehlo.reshape %243 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %245 = stablehlo.constant dense<4> : tensor<i32>
    %246 = stablehlo.constant dense<0> : tensor<i32>
    %247 = stablehlo.constant dense<0> : tensor<i32>
    %248 = stablehlo.slice %242 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %249 = stablehlo.reshape %248 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %250 = stablehlo.dynamic_update_slice %206, %249, %245, %247, %arg1, %246, %246 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %251 = stablehlo.slice %244 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %252 = stablehlo.reshape %251 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %253 = stablehlo.dynamic_update_slice %209, %252, %245, %247, %arg1, %246, %246 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %254 = stablehlo.constant dense<1> : tensor<i32>
    %255 = stablehlo.slice %242 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %256 = stablehlo.reshape %255 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %257 = stablehlo.dynamic_update_slice %250, %256, %245, %254, %arg1, %246, %246 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %258 = stablehlo.slice %244 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %259 = stablehlo.reshape %258 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %260 = stablehlo.dynamic_update_slice %253, %259, %245, %254, %arg1, %246, %246 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %261 = stablehlo.slice %239 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %262 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %263 = stablehlo.slice %257 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %264 = stablehlo.reshape %263 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %265 = stablehlo.slice %260 [4:5, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %266 = stablehlo.reshape %265 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %267 = stablehlo.composite "mlxla.attention" %261, %264, %266, %262, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %268 = stablehlo.slice %239 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %269 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %270 = stablehlo.slice %257 [4:5, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %271 = stablehlo.reshape %270 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %272 = stablehlo.slice %260 [4:5, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %273 = stablehlo.reshape %272 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %274 = stablehlo.composite "mlxla.attention" %268, %271, %273, %269, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %275 = stablehlo.concatenate %267, %274, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %276 = stablehlo.reshape %275 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %277 = stablehlo.composite "mlxla.quantized_dot" %276, %arg109, %arg110, %arg111 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %278 = stablehlo.add %235, %277 : tensor<2x2048xf32>
    %279 = stablehlo.composite "mlxla.rms_norm" %278, %arg112 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %280 = stablehlo.composite "mlxla.quantized_dot" %279, %arg113, %arg114, %arg115 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %281 = stablehlo.logistic %280 : tensor<2x8192xf32>
    %282 = stablehlo.multiply %280, %281 : tensor<2x8192xf32>
    %283 = stablehlo.composite "mlxla.quantized_dot" %279, %arg116, %arg117, %arg118 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %284 = stablehlo.multiply %282, %283 : tensor<2x8192xf32>
    %285 = stablehlo.composite "mlxla.quantized_dot" %284, %arg119, %arg120, %arg121 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %286 = stablehlo.add %278, %285 : tensor<2x2048xf32>
    %287 = stablehlo.composite "mlxla.rms_norm" %286, %arg122 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %288 = stablehlo.composite "mlxla.quantized_dot" %287, %arg123, %arg124, %arg125 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %289 = stablehlo.reshape %288 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %290 = stablehlo.composite "mlxla.rope" %289, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %291 = stablehlo.composite "mlxla.quantized_dot" %287, %arg126, %arg127, %arg128 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %292 = stablehlo.reshape %291 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %293 = stablehlo.composite "mlxla.rope" %292, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %294 = stablehlo.composite "mlxla.quantized_dot" %287, %arg129, %arg130, %arg131 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %295 = stablehlo.reshape %294 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %296 = stablehlo.constant dense<5> : tensor<i32>
    %297 = stablehlo.constant dense<0> : tensor<i32>
    %298 = stablehlo.constant dense<0> : tensor<i32>
    %299 = stablehlo.slice %293 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %300 = stablehlo.reshape %299 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %301 = stablehlo.dynamic_update_slice %257, %300, %296, %298, %arg1, %297, %297 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %302 = stablehlo.slice %295 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %303 = stablehlo.reshape %302 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %304 = stablehlo.dynamic_update_slice %260, %303, %296, %298, %arg1, %297, %297 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %305 = stablehlo.constant dense<1> : tensor<i32>
    %306 = stablehlo.slice %293 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %307 = stablehlo.reshape %306 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %308 = stablehlo.dynamic_update_slice %301, %307, %296, %305, %arg1, %297, %297 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %309 = stablehlo.slice %295 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %310 = stablehlo.reshape %309 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %311 = stablehlo.dynamic_update_slice %304, %310, %296, %305, %arg1, %297, %297 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %312 = stablehlo.slice %290 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %313 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %314 = stablehlo.slice %308 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %315 = stablehlo.reshape %314 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %316 = stablehlo.slice %311 [5:6, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %317 = stablehlo.reshape %316 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %318 = stablehlo.composite "mlxla.attention" %312, %315, %317, %313, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %319 = stablehlo.slice %290 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %320 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %321 = stablehlo.slice %308 [5:6, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %322 = stablehlo.reshape %321 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %323 = stablehlo.slice %311 [5:6, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %324 = stablehlo.reshape %323 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %325 = stablehlo.composite "mlxla.attention" %319, %322, %324, %320, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %326 = stablehlo.concatenate %318, %325, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %327 = stablehlo.reshape %326 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %328 = stablehlo.composite "mlxla.quantized_dot" %327, %arg132, %arg133, %arg134 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %329 = stablehlo.add %286, %328 : tensor<2x2048xf32>
    %330 = stablehlo.composite "mlxla.rms_norm" %329, %arg135 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %331 = stablehlo.composite "mlxla.quantized_dot" %330, %arg136, %arg137, %arg138 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %332 = stablehlo.logistic %331 : tensor<2x8192xf32>
    %333 = stablehlo.multiply %331, %332 : tensor<2x8192xf32>
    %334 = stablehlo.composite "mlxla.quantized_dot" %330, %arg139, %arg140, %arg141 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %335 = stablehlo.multiply %333, %334 : tensor<2x8192xf32>
    %336 = stablehlo.composite "mlxla.quantized_dot" %335, %arg142, %arg143, %arg144 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %337 = stablehlo.add %329, %336 : tensor<2x2048xf32>
    %338 = stablehlo.composite "mlxla.rms_norm" %337, %arg145 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %339 = stablehlo.composite "mlxla.quantized_dot" %338, %arg146, %arg147, %arg148 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %340 = stablehlo.reshape %339 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %341 = stablehlo.composite "mlxla.rope" %340, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %342 = stablehlo.composite "mlxla.quantized_dot" %338, %arg149, %arg150, %arg151 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %343 = stablehlo.reshape %342 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %344 = stablehlo.composite "mlxla.rope" %343, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %345 = stablehlo.composite "mlxla.quantized_dot" %338, %arg152, %arg153, %arg154 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %346 = stablehlo.reshape %345 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %347 = stablehlo.constant dense<6> : tensor<i32>
    %348 = stablehlo.constant dense<0> : tensor<i32>
    %349 = stablehlo.constant dense<0> : tensor<i32>
    %350 = stablehlo.slice %344 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %351 = stablehlo.reshape %350 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %352 = stablehlo.dynamic_update_slice %308, %351, %347, %349, %arg1, %348, %348 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %353 = stablehlo.slice %346 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %354 = stablehlo.reshape %353 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %355 = stablehlo.dynamic_update_slice %311, %354, %347, %349, %arg1, %348, %348 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %356 = stablehlo.constant dense<1> : tensor<i32>
    %357 = stablehlo.slice %344 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %358 = stablehlo.reshape %357 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %359 = stablehlo.dynamic_update_slice %352, %358, %347, %356, %arg1, %348, %348 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %360 = stablehlo.slice %346 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %361 = stablehlo.reshape %360 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %362 = stablehlo.dynamic_update_slice %355, %361, %347, %356, %arg1, %348, %348 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %363 = stablehlo.slice %341 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %364 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %365 = stablehlo.slice %359 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %366 = stablehlo.reshape %365 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %367 = stablehlo.slice %362 [6:7, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %368 = stablehlo.reshape %367 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %369 = stablehlo.composite "mlxla.attention" %363, %366, %368, %364, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %370 = stablehlo.slice %341 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %371 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %372 = stablehlo.slice %359 [6:7, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %373 = stablehlo.reshape %372 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %374 = stablehlo.slice %362 [6:7, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %375 = stablehlo.reshape %374 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %376 = stablehlo.composite "mlxla.attention" %370, %373, %375, %371, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %377 = stablehlo.concatenate %369, %376, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %378 = stablehlo.reshape %377 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %379 = stablehlo.composite "mlxla.quantized_dot" %378, %arg155, %arg156, %arg157 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %380 = stablehlo.add %337, %379 : tensor<2x2048xf32>
    %381 = stablehlo.composite "mlxla.rms_norm" %380, %arg158 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %382 = stablehlo.composite "mlxla.quantized_dot" %381, %arg159, %arg160, %arg161 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %383 = stablehlo.logistic %382 : tensor<2x8192xf32>
    %384 = stablehlo.multiply %382, %383 : tensor<2x8192xf32>
    %385 = stablehlo.composite "mlxla.quantized_dot" %381, %arg162, %arg163, %arg164 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %386 = stablehlo.multiply %384, %385 : tensor<2x8192xf32>
    %387 = stablehlo.composite "mlxla.quantized_dot" %386, %arg165, %arg166, %arg167 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %388 = stablehlo.add %380, %387 : tensor<2x2048xf32>
    %389 = stablehlo.composite "mlxla.rms_norm" %388, %arg168 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %390 = stablehlo.composite "mlxla.quantized_dot" %389, %arg169, %arg170, %arg171 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %391 = stablehlo.reshape %390 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %392 = stablehlo.composite "mlxla.rope" %391, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %393 = stablehlo.composite "mlxla.quantized_dot" %389, %arg172, %arg173, %arg174 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %394 = stablehlo.reshape %393 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %395 = stablehlo.composite "mlxla.rope" %394, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %396 = stablehlo.composite "mlxla.quantized_dot" %389, %arg175, %arg176, %arg177 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %397 = stablehlo.reshape %396 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %398 = stablehlo.constant dense<7> : tensor<i32>
    %399 = stablehlo.constant dense<0> : tensor<i32>
    %400 = stablehlo.constant dense<0> : tensor<i32>
    %401 = stablehlo.slice %395 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %402 = stablehlo.reshape %401 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %403 = stablehlo.dynamic_update_slice %359, %402, %398, %400, %arg1, %399, %399 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %404 = stablehlo.slice %397 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %405 = stablehlo.reshape %404 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %406 = stablehlo.dynamic_update_slice %362, %405, %398, %400, %arg1, %399, %399 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %407 = stablehlo.constant dense<1> : tensor<i32>
    %408 = stablehlo.slice %395 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %409 = stablehlo.reshape %408 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %410 = stablehlo.dynamic_update_slice %403, %409, %398, %407, %arg1, %399, %399 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %411 = stablehlo.slice %397 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %412 = stablehlo.reshape %411 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %413 = stablehlo.dynamic_update_slice %406, %412, %398, %407, %arg1, %399, %399 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %414 = stablehlo.slice %392 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %415 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %416 = stablehlo.slice %410 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %417 = stablehlo.reshape %416 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %418 = stablehlo.slice %413 [7:8, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %419 = stablehlo.reshape %418 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %420 = stablehlo.composite "mlxla.attention" %414, %417, %419, %415, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %421 = stablehlo.slice %392 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %422 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %423 = stablehlo.slice %410 [7:8, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %424 = stablehlo.reshape %423 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %425 = stablehlo.slice %413 [7:8, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %426 = stablehlo.reshape %425 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %427 = stablehlo.composite "mlxla.attention" %421, %424, %426, %422, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %428 = stablehlo.concatenate %420, %427, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %429 = stablehlo.reshape %428 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %430 = stablehlo.composite "mlxla.quantized_dot" %429, %arg178, %arg179, %arg180 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %431 = stablehlo.add %388, %430 : tensor<2x2048xf32>
    %432 = stablehlo.composite "mlxla.rms_norm" %431, %arg181 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %433 = stablehlo.composite "mlxla.quantized_dot" %432, %arg182, %arg183, %arg184 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %434 = stablehlo.logistic %433 : tensor<2x8192xf32>
    %435 = stablehlo.multiply %433, %434 : tensor<2x8192xf32>
    %436 = stablehlo.composite "mlxla.quantized_dot" %432, %arg185, %arg186, %arg187 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %437 = stablehlo.multiply %435, %436 : tensor<2x8192xf32>
    %438 = stablehlo.composite "mlxla.quantized_dot" %437, %arg188, %arg189, %arg190 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %439 = stablehlo.add %431, %438 : tensor<2x2048xf32>
    %440 = stablehlo.composite "mlxla.rms_norm" %439, %arg191 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %441 = stablehlo.composite "mlxla.quantized_dot" %440, %arg192, %arg193, %arg194 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %442 = stablehlo.reshape %441 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %443 = stablehlo.composite "mlxla.rope" %442, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %444 = stablehlo.composite "mlxla.quantized_dot" %440, %arg195, %arg196, %arg197 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %445 = stablehlo.reshape %444 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %446 = stablehlo.composite "mlxla.rope" %445, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %447 = stablehlo.composite "mlxla.quantized_dot" %440, %arg198, %arg199, %arg200 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %448 = stablehlo.reshape %447 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %449 = stablehlo.constant dense<8> : tensor<i32>
    %450 = stablehlo.constant dense<0> : tensor<i32>
    %451 = stablehlo.constant dense<0> : tensor<i32>
    %452 = stablehlo.slice %446 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %453 = stablehlo.reshape %452 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %454 = stablehlo.dynamic_update_slice %410, %453, %449, %451, %arg1, %450, %450 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %455 = stablehlo.slice %448 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %456 = stablehlo.reshape %455 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %457 = stablehlo.dynamic_update_slice %413, %456, %449, %451, %arg1, %450, %450 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %458 = stablehlo.constant dense<1> : tensor<i32>
    %459 = stablehlo.slice %446 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %460 = stablehlo.reshape %459 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %461 = stablehlo.dynamic_update_slice %454, %460, %449, %458, %arg1, %450, %450 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %462 = stablehlo.slice %448 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %463 = stablehlo.reshape %462 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %464 = stablehlo.dynamic_update_slice %457, %463, %449, %458, %arg1, %450, %450 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %465 = stablehlo.slice %443 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %466 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %467 = stablehlo.slice %461 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %468 = stablehlo.reshape %467 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %469 = stablehlo.slice %464 [8:9, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %470 = stablehlo.reshape %469 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %471 = stablehlo.composite "mlxla.attention" %465, %468, %470, %466, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %472 = stablehlo.slice %443 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %473 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %474 = stablehlo.slice %461 [8:9, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %475 = stablehlo.reshape %474 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %476 = stablehlo.slice %464 [8:9, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %477 = stablehlo.reshape %476 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %478 = stablehlo.composite "mlxla.attention" %472, %475, %477, %473, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %479 = stablehlo.concatenate %471, %478, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %480 = stablehlo.reshape %479 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %481 = stablehlo.composite "mlxla.quantized_dot" %480, %arg201, %arg202, %arg203 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %482 = stablehlo.add %439, %481 : tensor<2x2048xf32>
    %483 = stablehlo.composite "mlxla.rms_norm" %482, %arg204 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %484 = stablehlo.composite "mlxla.quantized_dot" %483, %arg205, %arg206, %arg207 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %485 = stablehlo.logistic %484 : tensor<2x8192xf32>
    %486 = stablehlo.multiply %484, %485 : tensor<2x8192xf32>
    %487 = stablehlo.composite "mlxla.quantized_dot" %483, %arg208, %arg209, %arg210 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %488 = stablehlo.multiply %486, %487 : tensor<2x8192xf32>
    %489 = stablehlo.composite "mlxla.quantized_dot" %488, %arg211, %arg212, %arg213 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %490 = stablehlo.add %482, %489 : tensor<2x2048xf32>
    %491 = stablehlo.composite "mlxla.rms_norm" %490, %arg214 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %492 = stablehlo.composite "mlxla.quantized_dot" %491, %arg215, %arg216, %arg217 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %493 = stablehlo.reshape %492 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %494 = stablehlo.composite "mlxla.rope" %493, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %495 = stablehlo.composite "mlxla.quantized_dot" %491, %arg218, %arg219, %arg220 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %496 = stablehlo.reshape %495 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %497 = stablehlo.composite "mlxla.rope" %496, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %498 = stablehlo.composite "mlxla.quantized_dot" %491, %arg221, %arg222, %arg223 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %499 = stablehlo.reshape %498 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %500 = stablehlo.constant dense<9> : tensor<i32>
    %501 = stablehlo.constant dense<0> : tensor<i32>
    %502 = stablehlo.constant dense<0> : tensor<i32>
    %503 = stablehlo.slice %497 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %504 = stablehlo.reshape %503 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %505 = stablehlo.dynamic_update_slice %461, %504, %500, %502, %arg1, %501, %501 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %506 = stablehlo.slice %499 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %507 = stablehlo.reshape %506 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %508 = stablehlo.dynamic_update_slice %464, %507, %500, %502, %arg1, %501, %501 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %509 = stablehlo.constant dense<1> : tensor<i32>
    %510 = stablehlo.slice %497 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %511 = stablehlo.reshape %510 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %512 = stablehlo.dynamic_update_slice %505, %511, %500, %509, %arg1, %501, %501 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %513 = stablehlo.slice %499 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %514 = stablehlo.reshape %513 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %515 = stablehlo.dynamic_update_slice %508, %514, %500, %509, %arg1, %501, %501 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %516 = stablehlo.slice %494 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %517 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %518 = stablehlo.slice %512 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %519 = stablehlo.reshape %518 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %520 = stablehlo.slice %515 [9:10, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %521 = stablehlo.reshape %520 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %522 = stablehlo.composite "mlxla.attention" %516, %519, %521, %517, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %523 = stablehlo.slice %494 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %524 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %525 = stablehlo.slice %512 [9:10, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %526 = stablehlo.reshape %525 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %527 = stablehlo.slice %515 [9:10, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %528 = stablehlo.reshape %527 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %529 = stablehlo.composite "mlxla.attention" %523, %526, %528, %524, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %530 = stablehlo.concatenate %522, %529, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %531 = stablehlo.reshape %530 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %532 = stablehlo.composite "mlxla.quantized_dot" %531, %arg224, %arg225, %arg226 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %533 = stablehlo.add %490, %532 : tensor<2x2048xf32>
    %534 = stablehlo.composite "mlxla.rms_norm" %533, %arg227 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %535 = stablehlo.composite "mlxla.quantized_dot" %534, %arg228, %arg229, %arg230 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %536 = stablehlo.logistic %535 : tensor<2x8192xf32>
    %537 = stablehlo.multiply %535, %536 : tensor<2x8192xf32>
    %538 = stablehlo.composite "mlxla.quantized_dot" %534, %arg231, %arg232, %arg233 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %539 = stablehlo.multiply %537, %538 : tensor<2x8192xf32>
    %540 = stablehlo.composite "mlxla.quantized_dot" %539, %arg234, %arg235, %arg236 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %541 = stablehlo.add %533, %540 : tensor<2x2048xf32>
    %542 = stablehlo.composite "mlxla.rms_norm" %541, %arg237 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %543 = stablehlo.composite "mlxla.quantized_dot" %542, %arg238, %arg239, %arg240 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %544 = stablehlo.reshape %543 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %545 = stablehlo.composite "mlxla.rope" %544, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %546 = stablehlo.composite "mlxla.quantized_dot" %542, %arg241, %arg242, %arg243 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %547 = stablehlo.reshape %546 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %548 = stablehlo.composite "mlxla.rope" %547, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %549 = stablehlo.composite "mlxla.quantized_dot" %542, %arg244, %arg245, %arg246 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %550 = stablehlo.reshape %549 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %551 = stablehlo.constant dense<10> : tensor<i32>
    %552 = stablehlo.constant dense<0> : tensor<i32>
    %553 = stablehlo.constant dense<0> : tensor<i32>
    %554 = stablehlo.slice %548 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %555 = stablehlo.reshape %554 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %556 = stablehlo.dynamic_update_slice %512, %555, %551, %553, %arg1, %552, %552 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %557 = stablehlo.slice %550 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %558 = stablehlo.reshape %557 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %559 = stablehlo.dynamic_update_slice %515, %558, %551, %553, %arg1, %552, %552 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %560 = stablehlo.constant dense<1> : tensor<i32>
    %561 = stablehlo.slice %548 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %562 = stablehlo.reshape %561 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %563 = stablehlo.dynamic_update_slice %556, %562, %551, %560, %arg1, %552, %552 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %564 = stablehlo.slice %550 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %565 = stablehlo.reshape %564 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %566 = stablehlo.dynamic_update_slice %559, %565, %551, %560, %arg1, %552, %552 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %567 = stablehlo.slice %545 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %568 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %569 = stablehlo.slice %563 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %570 = stablehlo.reshape %569 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %571 = stablehlo.slice %566 [10:11, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %572 = stablehlo.reshape %571 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %573 = stablehlo.composite "mlxla.attention" %567, %570, %572, %568, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %574 = stablehlo.slice %545 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %575 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %576 = stablehlo.slice %563 [10:11, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %577 = stablehlo.reshape %576 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %578 = stablehlo.slice %566 [10:11, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %579 = stablehlo.reshape %578 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %580 = stablehlo.composite "mlxla.attention" %574, %577, %579, %575, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %581 = stablehlo.concatenate %573, %580, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %582 = stablehlo.reshape %581 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %583 = stablehlo.composite "mlxla.quantized_dot" %582, %arg247, %arg248, %arg249 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %584 = stablehlo.add %541, %583 : tensor<2x2048xf32>
    %585 = stablehlo.composite "mlxla.rms_norm" %584, %arg250 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %586 = stablehlo.composite "mlxla.quantized_dot" %585, %arg251, %arg252, %arg253 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %587 = stablehlo.logistic %586 : tensor<2x8192xf32>
    %588 = stablehlo.multiply %586, %587 : tensor<2x8192xf32>
    %589 = stablehlo.composite "mlxla.quantized_dot" %585, %arg254, %arg255, %arg256 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %590 = stablehlo.multiply %588, %589 : tensor<2x8192xf32>
    %591 = stablehlo.composite "mlxla.quantized_dot" %590, %arg257, %arg258, %arg259 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %592 = stablehlo.add %584, %591 : tensor<2x2048xf32>
    %593 = stablehlo.composite "mlxla.rms_norm" %592, %arg260 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %594 = stablehlo.composite "mlxla.quantized_dot" %593, %arg261, %arg262, %arg263 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %595 = stablehlo.reshape %594 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %596 = stablehlo.composite "mlxla.rope" %595, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %597 = stablehlo.composite "mlxla.quantized_dot" %593, %arg264, %arg265, %arg266 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %598 = stablehlo.reshape %597 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %599 = stablehlo.composite "mlxla.rope" %598, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %600 = stablehlo.composite "mlxla.quantized_dot" %593, %arg267, %arg268, %arg269 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %601 = stablehlo.reshape %600 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %602 = stablehlo.constant dense<11> : tensor<i32>
    %603 = stablehlo.constant dense<0> : tensor<i32>
    %604 = stablehlo.constant dense<0> : tensor<i32>
    %605 = stablehlo.slice %599 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %606 = stablehlo.reshape %605 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %607 = stablehlo.dynamic_update_slice %563, %606, %602, %604, %arg1, %603, %603 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %608 = stablehlo.slice %601 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %609 = stablehlo.reshape %608 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %610 = stablehlo.dynamic_update_slice %566, %609, %602, %604, %arg1, %603, %603 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %611 = stablehlo.constant dense<1> : tensor<i32>
    %612 = stablehlo.slice %599 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %613 = stablehlo.reshape %612 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %614 = stablehlo.dynamic_update_slice %607, %613, %602, %611, %arg1, %603, %603 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %615 = stablehlo.slice %601 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %616 = stablehlo.reshape %615 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %617 = stablehlo.dynamic_update_slice %610, %616, %602, %611, %arg1, %603, %603 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %618 = stablehlo.slice %596 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %619 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %620 = stablehlo.slice %614 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %621 = stablehlo.reshape %620 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %622 = stablehlo.slice %617 [11:12, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %623 = stablehlo.reshape %622 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %624 = stablehlo.composite "mlxla.attention" %618, %621, %623, %619, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %625 = stablehlo.slice %596 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %626 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %627 = stablehlo.slice %614 [11:12, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %628 = stablehlo.reshape %627 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %629 = stablehlo.slice %617 [11:12, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %630 = stablehlo.reshape %629 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %631 = stablehlo.composite "mlxla.attention" %625, %628, %630, %626, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %632 = stablehlo.concatenate %624, %631, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %633 = stablehlo.reshape %632 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %634 = stablehlo.composite "mlxla.quantized_dot" %633, %arg270, %arg271, %arg272 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %635 = stablehlo.add %592, %634 : tensor<2x2048xf32>
    %636 = stablehlo.composite "mlxla.rms_norm" %635, %arg273 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %637 = stablehlo.composite "mlxla.quantized_dot" %636, %arg274, %arg275, %arg276 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %638 = stablehlo.logistic %637 : tensor<2x8192xf32>
    %639 = stablehlo.multiply %637, %638 : tensor<2x8192xf32>
    %640 = stablehlo.composite "mlxla.quantized_dot" %636, %arg277, %arg278, %arg279 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %641 = stablehlo.multiply %639, %640 : tensor<2x8192xf32>
    %642 = stablehlo.composite "mlxla.quantized_dot" %641, %arg280, %arg281, %arg282 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %643 = stablehlo.add %635, %642 : tensor<2x2048xf32>
    %644 = stablehlo.composite "mlxla.rms_norm" %643, %arg283 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %645 = stablehlo.composite "mlxla.quantized_dot" %644, %arg284, %arg285, %arg286 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %646 = stablehlo.reshape %645 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %647 = stablehlo.composite "mlxla.rope" %646, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %648 = stablehlo.composite "mlxla.quantized_dot" %644, %arg287, %arg288, %arg289 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %649 = stablehlo.reshape %648 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %650 = stablehlo.composite "mlxla.rope" %649, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %651 = stablehlo.composite "mlxla.quantized_dot" %644, %arg290, %arg291, %arg292 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %652 = stablehlo.reshape %651 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %653 = stablehlo.constant dense<12> : tensor<i32>
    %654 = stablehlo.constant dense<0> : tensor<i32>
    %655 = stablehlo.constant dense<0> : tensor<i32>
    %656 = stablehlo.slice %650 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %657 = stablehlo.reshape %656 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %658 = stablehlo.dynamic_update_slice %614, %657, %653, %655, %arg1, %654, %654 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %659 = stablehlo.slice %652 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %660 = stablehlo.reshape %659 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %661 = stablehlo.dynamic_update_slice %617, %660, %653, %655, %arg1, %654, %654 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %662 = stablehlo.constant dense<1> : tensor<i32>
    %663 = stablehlo.slice %650 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %664 = stablehlo.reshape %663 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %665 = stablehlo.dynamic_update_slice %658, %664, %653, %662, %arg1, %654, %654 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %666 = stablehlo.slice %652 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %667 = stablehlo.reshape %666 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %668 = stablehlo.dynamic_update_slice %661, %667, %653, %662, %arg1, %654, %654 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %669 = stablehlo.slice %647 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %670 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %671 = stablehlo.slice %665 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %672 = stablehlo.reshape %671 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %673 = stablehlo.slice %668 [12:13, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %674 = stablehlo.reshape %673 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %675 = stablehlo.composite "mlxla.attention" %669, %672, %674, %670, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %676 = stablehlo.slice %647 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %677 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %678 = stablehlo.slice %665 [12:13, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %679 = stablehlo.reshape %678 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %680 = stablehlo.slice %668 [12:13, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %681 = stablehlo.reshape %680 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %682 = stablehlo.composite "mlxla.attention" %676, %679, %681, %677, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %683 = stablehlo.concatenate %675, %682, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %684 = stablehlo.reshape %683 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %685 = stablehlo.composite "mlxla.quantized_dot" %684, %arg293, %arg294, %arg295 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %686 = stablehlo.add %643, %685 : tensor<2x2048xf32>
    %687 = stablehlo.composite "mlxla.rms_norm" %686, %arg296 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %688 = stablehlo.composite "mlxla.quantized_dot" %687, %arg297, %arg298, %arg299 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %689 = stablehlo.logistic %688 : tensor<2x8192xf32>
    %690 = stablehlo.multiply %688, %689 : tensor<2x8192xf32>
    %691 = stablehlo.composite "mlxla.quantized_dot" %687, %arg300, %arg301, %arg302 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %692 = stablehlo.multiply %690, %691 : tensor<2x8192xf32>
    %693 = stablehlo.composite "mlxla.quantized_dot" %692, %arg303, %arg304, %arg305 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %694 = stablehlo.add %686, %693 : tensor<2x2048xf32>
    %695 = stablehlo.composite "mlxla.rms_norm" %694, %arg306 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %696 = stablehlo.composite "mlxla.quantized_dot" %695, %arg307, %arg308, %arg309 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %697 = stablehlo.reshape %696 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %698 = stablehlo.composite "mlxla.rope" %697, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %699 = stablehlo.composite "mlxla.quantized_dot" %695, %arg310, %arg311, %arg312 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %700 = stablehlo.reshape %699 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %701 = stablehlo.composite "mlxla.rope" %700, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %702 = stablehlo.composite "mlxla.quantized_dot" %695, %arg313, %arg314, %arg315 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %703 = stablehlo.reshape %702 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %704 = stablehlo.constant dense<13> : tensor<i32>
    %705 = stablehlo.constant dense<0> : tensor<i32>
    %706 = stablehlo.constant dense<0> : tensor<i32>
    %707 = stablehlo.slice %701 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %708 = stablehlo.reshape %707 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %709 = stablehlo.dynamic_update_slice %665, %708, %704, %706, %arg1, %705, %705 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %710 = stablehlo.slice %703 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %711 = stablehlo.reshape %710 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %712 = stablehlo.dynamic_update_slice %668, %711, %704, %706, %arg1, %705, %705 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %713 = stablehlo.constant dense<1> : tensor<i32>
    %714 = stablehlo.slice %701 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %715 = stablehlo.reshape %714 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %716 = stablehlo.dynamic_update_slice %709, %715, %704, %713, %arg1, %705, %705 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %717 = stablehlo.slice %703 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %718 = stablehlo.reshape %717 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %719 = stablehlo.dynamic_update_slice %712, %718, %704, %713, %arg1, %705, %705 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %720 = stablehlo.slice %698 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %721 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %722 = stablehlo.slice %716 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %723 = stablehlo.reshape %722 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %724 = stablehlo.slice %719 [13:14, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %725 = stablehlo.reshape %724 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %726 = stablehlo.composite "mlxla.attention" %720, %723, %725, %721, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %727 = stablehlo.slice %698 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %728 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %729 = stablehlo.slice %716 [13:14, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %730 = stablehlo.reshape %729 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %731 = stablehlo.slice %719 [13:14, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %732 = stablehlo.reshape %731 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %733 = stablehlo.composite "mlxla.attention" %727, %730, %732, %728, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %734 = stablehlo.concatenate %726, %733, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %735 = stablehlo.reshape %734 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %736 = stablehlo.composite "mlxla.quantized_dot" %735, %arg316, %arg317, %arg318 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %737 = stablehlo.add %694, %736 : tensor<2x2048xf32>
    %738 = stablehlo.composite "mlxla.rms_norm" %737, %arg319 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %739 = stablehlo.composite "mlxla.quantized_dot" %738, %arg320, %arg321, %arg322 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %740 = stablehlo.logistic %739 : tensor<2x8192xf32>
    %741 = stablehlo.multiply %739, %740 : tensor<2x8192xf32>
    %742 = stablehlo.composite "mlxla.quantized_dot" %738, %arg323, %arg324, %arg325 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %743 = stablehlo.multiply %741, %742 : tensor<2x8192xf32>
    %744 = stablehlo.composite "mlxla.quantized_dot" %743, %arg326, %arg327, %arg328 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %745 = stablehlo.add %737, %744 : tensor<2x2048xf32>
    %746 = stablehlo.composite "mlxla.rms_norm" %745, %arg329 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %747 = stablehlo.composite "mlxla.quantized_dot" %746, %arg330, %arg331, %arg332 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %748 = stablehlo.reshape %747 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %749 = stablehlo.composite "mlxla.rope" %748, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %750 = stablehlo.composite "mlxla.quantized_dot" %746, %arg333, %arg334, %arg335 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %751 = stablehlo.reshape %750 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %752 = stablehlo.composite "mlxla.rope" %751, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %753 = stablehlo.composite "mlxla.quantized_dot" %746, %arg336, %arg337, %arg338 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %754 = stablehlo.reshape %753 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %755 = stablehlo.constant dense<14> : tensor<i32>
    %756 = stablehlo.constant dense<0> : tensor<i32>
    %757 = stablehlo.constant dense<0> : tensor<i32>
    %758 = stablehlo.slice %752 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %759 = stablehlo.reshape %758 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %760 = stablehlo.dynamic_update_slice %716, %759, %755, %757, %arg1, %756, %756 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %761 = stablehlo.slice %754 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %762 = stablehlo.reshape %761 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %763 = stablehlo.dynamic_update_slice %719, %762, %755, %757, %arg1, %756, %756 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %764 = stablehlo.constant dense<1> : tensor<i32>
    %765 = stablehlo.slice %752 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %766 = stablehlo.reshape %765 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %767 = stablehlo.dynamic_update_slice %760, %766, %755, %764, %arg1, %756, %756 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %768 = stablehlo.slice %754 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %769 = stablehlo.reshape %768 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %770 = stablehlo.dynamic_update_slice %763, %769, %755, %764, %arg1, %756, %756 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %771 = stablehlo.slice %749 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %772 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %773 = stablehlo.slice %767 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %774 = stablehlo.reshape %773 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %775 = stablehlo.slice %770 [14:15, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %776 = stablehlo.reshape %775 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %777 = stablehlo.composite "mlxla.attention" %771, %774, %776, %772, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %778 = stablehlo.slice %749 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %779 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %780 = stablehlo.slice %767 [14:15, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %781 = stablehlo.reshape %780 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %782 = stablehlo.slice %770 [14:15, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %783 = stablehlo.reshape %782 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %784 = stablehlo.composite "mlxla.attention" %778, %781, %783, %779, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %785 = stablehlo.concatenate %777, %784, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %786 = stablehlo.reshape %785 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %787 = stablehlo.composite "mlxla.quantized_dot" %786, %arg339, %arg340, %arg341 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %788 = stablehlo.add %745, %787 : tensor<2x2048xf32>
    %789 = stablehlo.composite "mlxla.rms_norm" %788, %arg342 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %790 = stablehlo.composite "mlxla.quantized_dot" %789, %arg343, %arg344, %arg345 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %791 = stablehlo.logistic %790 : tensor<2x8192xf32>
    %792 = stablehlo.multiply %790, %791 : tensor<2x8192xf32>
    %793 = stablehlo.composite "mlxla.quantized_dot" %789, %arg346, %arg347, %arg348 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %794 = stablehlo.multiply %792, %793 : tensor<2x8192xf32>
    %795 = stablehlo.composite "mlxla.quantized_dot" %794, %arg349, %arg350, %arg351 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %796 = stablehlo.add %788, %795 : tensor<2x2048xf32>
    %797 = stablehlo.composite "mlxla.rms_norm" %796, %arg352 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %798 = stablehlo.composite "mlxla.quantized_dot" %797, %arg353, %arg354, %arg355 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %799 = stablehlo.reshape %798 : (tensor<2x2048xf32>) -> tensor<2x32x64xf32>
    %800 = stablehlo.composite "mlxla.rope" %799, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x32x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x32x64xf32>, tensor<2xi32>) -> tensor<2x32x64xf32>
    %801 = stablehlo.composite "mlxla.quantized_dot" %797, %arg356, %arg357, %arg358 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %802 = stablehlo.reshape %801 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %803 = stablehlo.composite "mlxla.rope" %802, %0 {composite_attributes = {factor = 32.0 : f64, high_freq_factor = 4.0 : f64, low_freq_factor = 1.0 : f64, original_max_position_embeddings = 8192 : i64, scaling = "llama3", theta = 5.0e+05 : f64}, decomposition = @mlxla_rope_2x8x64xf32_2xi32_2e52f2855da63bd1} : (tensor<2x8x64xf32>, tensor<2xi32>) -> tensor<2x8x64xf32>
    %804 = stablehlo.composite "mlxla.quantized_dot" %797, %arg359, %arg360, %arg361 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_512x256xui32_512x32xbf16_512x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<512x256xui32>, tensor<512x32xbf16>, tensor<512x32xbf16>) -> tensor<2x512xf32>
    %805 = stablehlo.reshape %804 : (tensor<2x512xf32>) -> tensor<2x8x64xf32>
    %806 = stablehlo.constant dense<15> : tensor<i32>
    %807 = stablehlo.constant dense<0> : tensor<i32>
    %808 = stablehlo.constant dense<0> : tensor<i32>
    %809 = stablehlo.slice %803 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %810 = stablehlo.reshape %809 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %811 = stablehlo.dynamic_update_slice %767, %810, %806, %808, %arg1, %807, %807 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %812 = stablehlo.slice %805 [0:1, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %813 = stablehlo.reshape %812 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %814 = stablehlo.dynamic_update_slice %770, %813, %806, %808, %arg1, %807, %807 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %815 = stablehlo.constant dense<1> : tensor<i32>
    %816 = stablehlo.slice %803 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %817 = stablehlo.reshape %816 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %818 = stablehlo.dynamic_update_slice %811, %817, %806, %815, %arg1, %807, %807 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %819 = stablehlo.slice %805 [1:2, 0:8, 0:64] : (tensor<2x8x64xf32>) -> tensor<1x8x64xf32>
    %820 = stablehlo.reshape %819 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %821 = stablehlo.dynamic_update_slice %814, %820, %806, %815, %arg1, %807, %807 : (tensor<16x2x64x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x2x64x8x64xf32>
    %822 = stablehlo.slice %800 [0:1, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %823 = stablehlo.slice %0 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %824 = stablehlo.slice %818 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %825 = stablehlo.reshape %824 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %826 = stablehlo.slice %821 [15:16, 0:1, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %827 = stablehlo.reshape %826 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %828 = stablehlo.composite "mlxla.attention" %822, %825, %827, %823, %2 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %829 = stablehlo.slice %800 [1:2, 0:32, 0:64] : (tensor<2x32x64xf32>) -> tensor<1x32x64xf32>
    %830 = stablehlo.slice %0 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %831 = stablehlo.slice %818 [15:16, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %832 = stablehlo.reshape %831 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %833 = stablehlo.slice %821 [15:16, 1:2, 0:64, 0:8, 0:64] : (tensor<16x2x64x8x64xf32>) -> tensor<1x1x64x8x64xf32>
    %834 = stablehlo.reshape %833 : (tensor<1x1x64x8x64xf32>) -> tensor<64x8x64xf32>
    %835 = stablehlo.composite "mlxla.attention" %829, %832, %834, %830, %4 {composite_attributes = {scale = 0.125 : f64}, decomposition = @mlxla_attention_1x32x64xf32_64x8x64xf32_64x8x64xf32_1xi32_i32_5d6592c1bcfb836a} : (tensor<1x32x64xf32>, tensor<64x8x64xf32>, tensor<64x8x64xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x32x64xf32>
    %836 = stablehlo.concatenate %828, %835, dim = 0 : (tensor<1x32x64xf32>, tensor<1x32x64xf32>) -> tensor<2x32x64xf32>
    %837 = stablehlo.reshape %836 : (tensor<2x32x64xf32>) -> tensor<2x2048xf32>
    %838 = stablehlo.composite "mlxla.quantized_dot" %837, %arg362, %arg363, %arg364 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_2048x256xui32_2048x32xbf16_2048x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<2048x256xui32>, tensor<2048x32xbf16>, tensor<2048x32xbf16>) -> tensor<2x2048xf32>
    %839 = stablehlo.add %796, %838 : tensor<2x2048xf32>
    %840 = stablehlo.composite "mlxla.rms_norm" %839, %arg365 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %841 = stablehlo.composite "mlxla.quantized_dot" %840, %arg366, %arg367, %arg368 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %842 = stablehlo.logistic %841 : tensor<2x8192xf32>
    %843 = stablehlo.multiply %841, %842 : tensor<2x8192xf32>
    %844 = stablehlo.composite "mlxla.quantized_dot" %840, %arg369, %arg370, %arg371 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_8192x256xui32_8192x32xbf16_8192x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<8192x256xui32>, tensor<8192x32xbf16>, tensor<8192x32xbf16>) -> tensor<2x8192xf32>
    %845 = stablehlo.multiply %843, %844 : tensor<2x8192xf32>
    %846 = stablehlo.composite "mlxla.quantized_dot" %845, %arg372, %arg373, %arg374 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x8192xf32_2048x1024xui32_2048x128xbf16_2048x128xbf16_1606f16f63a9d508} : (tensor<2x8192xf32>, tensor<2048x1024xui32>, tensor<2048x128xbf16>, tensor<2048x128xbf16>) -> tensor<2x2048xf32>
    %847 = stablehlo.add %839, %846 : tensor<2x2048xf32>
    %848 = stablehlo.composite "mlxla.rms_norm" %847, %arg375 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_2x2048xf32_2048xf32_b6a9c526c7d0eb0f} : (tensor<2x2048xf32>, tensor<2048xf32>) -> tensor<2x2048xf32>
    %849 = stablehlo.composite "mlxla.quantized_dot" %848, %arg4, %arg5, %arg6 {composite_attributes = {bits = 4 : i64, group_size = 64 : i64, precision = "f32"}, decomposition = @mlxla_quantized_dot_2x2048xf32_128256x256xui32_128256x32xbf16_128256x32xbf16_1606f16f63a9d508} : (tensor<2x2048xf32>, tensor<128256x256xui32>, tensor<128256x32xbf16>, tensor<128256x32xbf16>) -> tensor<2x128256xf32>
    %850 = stablehlo.composite "mlxla.argmax" %849 {decomposition = @mlxla_argmax_2x128256xf32_cbf29ce484222325} : (tensor<2x128256xf32>) -> tensor<2xi32>
    return %850, %818, %821 : tensor<2xi32>, tensor<16x2x64x8x64xf32>, tensor<16x2x64x8x64xf32>
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
